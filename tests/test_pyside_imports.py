"""PySide6's import hook asks of every newly named module whether it uses PySide6; tomwizard
answers from the file's bytes (the same answers, no source text kept in memory)."""

from __future__ import annotations

import importlib
import json
import linecache
import sqlite3
import sys
from pathlib import Path
from types import ModuleType

import pytest

import ui
from ui import pyside_imports

feature = sys.modules.get("shibokensupport.feature")
pytestmark = pytest.mark.skipif(
    feature is None or not hasattr(feature, "_mod_uses_pyside"),
    reason="this PySide6 version asks no such question",
)


def test_the_gui_package_replaces_pysides_check() -> None:
    assert ui.pyside_imports is pyside_imports
    assert feature is not None
    assert feature._mod_uses_pyside is pyside_imports.uses_pyside
    assert not pyside_imports.install()  # once only


def test_the_answers_are_pysides(tmp_path: Path) -> None:
    missing = ModuleType("gone")
    missing.__file__ = str(tmp_path / "gone.py")  # its file is gone
    modules = [
        sys.modules["ui.pyside_imports"],
        importlib.import_module("ui.main_window"),
        importlib.import_module("tomwizard.models.catalog"),
        json,
        sys,  # no file
        sqlite3,
        sys.modules["_sqlite3"],  # an extension module
        sys.modules["PySide6.QtCore"],
        missing,
    ]
    answers = [pyside_imports.uses_pyside(m) for m in modules]
    assert answers == [pyside_imports.pyside_check(m) for m in modules]
    assert answers[:3] == [True, True, False]


def test_a_module_named_after_pyside6_is_checked_without_keeping_its_source(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tw_probe_qt.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "tw_probe_plain.py").write_text("VALUE = 'ohne Qt'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import tw_probe_plain  # noqa: F401
    import tw_probe_qt  # noqa: F401

    assert feature is not None
    assert feature.pyside_feature_dict["tw_probe_qt"] == 0  # uses PySide6, no feature selected
    assert feature.pyside_feature_dict["tw_probe_plain"] == -1
    assert not any("tw_probe" in name for name in linecache.cache)
