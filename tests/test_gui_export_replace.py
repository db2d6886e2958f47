"""Exporting over files that exist (a signed annex, say) asks first: „Ersetzen“ or „Abbrechen“
(the default); „Abbrechen“ leads back to the export dialog and leaves the files as they were."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from ui import dialogs, i18n
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog


def _export_to(
    gui: MainController, monkeypatch: pytest.MonkeyPatch, target: Path, replace: list[bool]
) -> tuple[list[Path], list[list[Path]], int]:
    """Datei › Exportieren with ``target`` typed in; the answers to „Ersetzen?“ in turn
    (then the dialog is cancelled); the written files, the questions asked, dialogs shown."""
    asked: list[list[Path]] = []
    shown: list[int] = []

    def accept(dialog: ExportDialog) -> int:
        shown.append(1)
        if len(asked) >= len(replace) and len(shown) > 1:
            return QDialog.DialogCode.Rejected.value
        dialog.path.setText(str(target))
        return QDialog.DialogCode.Accepted.value

    def answer(_parent: object, files: list[Path]) -> bool:
        asked.append(files)
        return replace[len(asked) - 1]

    monkeypatch.setattr(ExportDialog, "exec", accept)
    monkeypatch.setattr(dialogs, "confirm_replace", answer)
    monkeypatch.setattr(dialogs, "confirm", lambda *_args: True)  # the demo's kritisch findings
    monkeypatch.setattr(dialogs, "show_exported", lambda *_args, **_kw: None)
    written = gui.exporter.ask(gui.window, "de")
    return written, asked, len(shown)


def test_a_new_target_is_written_without_asking(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    written, asked, _shown = _export_to(demo_gui, monkeypatch, tmp_path / "anlage.pdf", [])
    assert asked == []
    assert written[0] == tmp_path / "anlage.pdf" and written[0].is_file()


def test_an_existing_annex_is_not_replaced_without_consent(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    annex = folder / "anlage.pdf"
    report = folder / "anlage-lueckenbericht.pdf"
    annex.write_bytes(b"%PDF signed")
    report.write_bytes(b"%PDF report")
    written, asked, shown = _export_to(demo_gui, monkeypatch, annex, [False])
    assert written == []
    assert asked == [[annex, report]]  # both files named in one question
    assert shown == 2  # „Abbrechen“ led back to the dialog (then cancelled there)
    assert annex.read_bytes() == b"%PDF signed" and report.read_bytes() == b"%PDF report"
    assert sorted(p.name for p in folder.iterdir()) == [report.name, annex.name]

    written, asked, _shown = _export_to(demo_gui, monkeypatch, annex, [True])
    assert written[:2] == [annex, report]
    assert annex.read_bytes().startswith(b"%PDF-") and annex.read_bytes() != b"%PDF signed"


def test_the_question_defaults_to_abbrechen(qtbot: QtBot, tmp_path: Path) -> None:
    box = dialogs.replace_question(None, [tmp_path / "anlage-3.pdf"])
    qtbot.addWidget(box)
    assert box.text() == "Die Datei „anlage-3.pdf“ besteht bereits. Ersetzen?"
    assert str(tmp_path) in box.informativeText()
    default = box.defaultButton()
    assert default is not None and default.text() == "Abbrechen"
    assert box.escapeButton() is default
    labels = {b.text().replace("&", "") for b in box.buttons()}
    assert labels == {"Ersetzen", "Abbrechen"}


def test_the_question_in_english(qtbot: QtBot, tmp_path: Path) -> None:
    i18n.install("en")
    box = dialogs.replace_question(None, [tmp_path / "a.pdf", tmp_path / "a-lueckenbericht.pdf"])
    qtbot.addWidget(box)
    assert box.text() == "These files already exist:\na.pdf\na-lueckenbericht.pdf\nReplace them?"
    default = box.defaultButton()
    assert default is not None and default.text() == "Cancel"
    assert {b.text() for b in box.buttons()} == {"&Replace", "Cancel"}
