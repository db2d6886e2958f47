"""The core imports and runs without Qt: no module of tomwizard pulls in PySide6 or ui."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

import tomwizard

SCRIPT = """
import pkgutil, importlib, sys, tomwizard
names = [m.name for m in pkgutil.walk_packages(tomwizard.__path__, "tomwizard.")]
names = [n for n in names if n != "tomwizard.__main__"]
for name in names:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(len(names))
print(",".join(bad))
"""


def test_every_core_module_imports_without_qt_or_ui() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(tomwizard.__file__).parent.parent,
        env={"PATH": "/usr/bin:/bin"},  # no DISPLAY, no QT_QPA_PLATFORM
    )
    count, bad = result.stdout.splitlines()
    assert int(count) >= 10
    assert bad == ""


def test_the_core_names_no_gui_module_and_finds_the_gui_by_its_entry_point(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    core = Path(tomwizard.__file__).parent
    for source in core.rglob("*.py"):
        text = source.read_text(encoding="utf-8")
        assert not re.search(r"""(?:from|import)\s+ui\b|["']ui\.""", text), source
    import importlib.metadata

    from tomwizard.cli.main import main

    monkeypatch.setattr(importlib.metadata, "entry_points", lambda **_: [])
    assert main(["gui", "--smoke"]) == 2
    assert "Oberfläche ist nicht installiert" in capsys.readouterr().err
