"""What ``tomwizard export`` of the annex with gap report loads and leaves behind as a process:
none of Babel's locale data, pydantic's plugin search (importlib.metadata), Qt, python-docx,
openpyxl, the JSON exchange format, merge sources or the write lock, and the cycle collector
on again after an export run in-process."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from tomwizard.cli.main import main

PROBE = """
import json, sys
from tomwizard.cli.launch import main
sys.argv = ["tomwizard", "export", sys.argv[1], "-o", sys.argv[2], "--gap-report", sys.argv[3]]
main()
names = ("babel", "importlib.metadata", "PySide6", "docx", "openpyxl", "tomwizard.exchange")
names += ("tomwizard.history.merge_source", "tomwizard.store.lock")
print(json.dumps([name for name in names if name in sys.modules]))
"""


def test_an_export_loads_only_what_it_writes_with(demo_file: Path, tmp_path: Path) -> None:
    out, report = tmp_path / "a.pdf", tmp_path / "g.pdf"
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(demo_file), str(out), str(report)],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert json.loads(done.stdout.splitlines()[-1]) == []
    assert out.read_bytes().startswith(b"%PDF") and report.read_bytes().startswith(b"%PDF")


def test_the_collector_runs_again_after_an_export(demo_file: Path, tmp_path: Path) -> None:
    assert gc.isenabled()
    out, report = tmp_path / "a.pdf", tmp_path / "g.pdf"
    main(["export", str(demo_file), "-o", str(out), "--gap-report", str(report)])
    assert gc.isenabled()
    assert out.read_bytes().startswith(b"%PDF") and report.read_bytes().startswith(b"%PDF")
