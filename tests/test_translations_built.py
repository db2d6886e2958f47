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


@pytest.mark.skipif(
    not LRELEASE.with_name("pyside6-lupdate").exists(),
    reason="pyside6-lupdate not installed beside this Python",
)
def test_every_interface_string_has_an_english_translation(tmp_path: Path) -> None:
    """lupdate over ui/ finds no string that the committed .ts lacks or leaves untranslated."""
    source = resource_path("translations", "tomwizard_en.ts")
    copy = tmp_path / "tomwizard_en.ts"
    shutil.copy(source, copy)
    ui = Path(__file__).resolve().parent.parent / "ui"
    files = sorted(str(path) for path in ui.rglob("*.py"))
    tool = str(LRELEASE.with_name("pyside6-lupdate"))
    subprocess.run(
        [tool, *files, "-source-language", "de", "-no-obsolete", "-silent", "-ts", str(copy)],
        check=True,
        capture_output=True,
    )
    text = copy.read_text(encoding="utf-8")
    assert 'type="unfinished"' not in text, "new strings: run `make update-translations`"
    assert text.count("<source>") == source.read_text(encoding="utf-8").count("<source>")
