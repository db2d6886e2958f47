"""A full disk while the GUI exports over a signed annex (hostile tester round 2, helper x6):
the annex signed last time stays as it was, nothing is left beside it, and the message gives
the reason in the user's words (it once truncated the old annex and said „No space left on
device“)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.writers import write_annex
from tomwizard.models.catalog import Catalog
from ui import dialogs
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog


def _disk_fills_after(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """``Path.write_bytes`` writes ``size`` bytes, then the disk is full."""
    real = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        real(self, data[:size])
        raise OSError(errno.ENOSPC, "No space left on device", str(self))

    monkeypatch.setattr(Path, "write_bytes", write_bytes)


def test_a_full_disk_leaves_the_old_annex(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annex = tmp_path / "anlage.pdf"
    annex.write_bytes(b"%PDF signed")
    _disk_fills_after(monkeypatch, 1000)
    with pytest.raises(OSError):
        write_annex(demo_assessment(default_catalog()), default_catalog(), annex)
    assert annex.read_bytes() == b"%PDF signed"
    assert [p.name for p in tmp_path.iterdir()] == ["anlage.pdf"]


def test_the_gui_export_on_a_full_disk_says_why_in_german(
    qtbot: QtBot, demo_file: Path, catalog: Catalog, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    told: list[tuple[str, str]] = []
    gui = MainController(catalog, lambda title, text: told.append((title, text)))
    qtbot.addWidget(gui.window)
    assert gui.open_file(demo_file)
    folder = tmp_path / "out"
    folder.mkdir()
    annex = folder / "anlage.pdf"
    annex.write_bytes(b"%PDF signed")

    def accept(dialog: ExportDialog) -> int:
        dialog.path.setText(str(annex))
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(dialogs, "confirm_replace", lambda *_args: True)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)
    _disk_fills_after(monkeypatch, 1000)
    assert gui.exporter.ask(gui.window, "de") == []
    assert told and "kein Platz mehr auf dem Datenträger" in told[0][1]
    assert annex.read_bytes() == b"%PDF signed"
    assert [p.name for p in folder.iterdir()] == ["anlage.pdf"]
