"""The committed English .qm is the compiled .ts, so a wheel built from a clean checkout
(`pip install .`, no make) still has the English interface."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tomwizard.paths import resource_path

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@pytest.mark.skipif(
    not LRELEASE.exists() and not shutil.which("pyside6-lrelease"),
    reason="pyside6-lrelease not installed beside this Python",
)
def test_committed_qm_matches_its_source(tmp_path: Path) -> None:
    tool = str(LRELEASE) if LRELEASE.exists() else "pyside6-lrelease"
    source = resource_path("translations", "tomwizard_en.ts")
    built = tmp_path / "tomwizard_en.qm"
    subprocess.run([tool, "-silent", str(source), "-qm", str(built)], check=True)
    committed = resource_path("translations", "tomwizard_en.qm")
    assert committed.read_bytes() == built.read_bytes(), "run `make translations` and commit"
