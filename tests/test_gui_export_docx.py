"""The export dialog's Word option: "Word (.docx)" beside PDF, the file name follows the format,
and the export writes the annex and the gap report as Word documents; the message afterwards
names them and offers „Öffnen“ and „Ordner öffnen“."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.docx_text import body_text, open_docx
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui import dialogs
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog


@pytest.fixture
def gui(demo_gui: MainController) -> MainController:
    """The main window with the demo file open (conftest's ``demo_gui``)."""
    return demo_gui


def test_choosing_word_changes_the_file_name_and_back(qtbot: QtBot, gui: MainController) -> None:
    base = gui.exporter.initial("de")
    dialog = ExportDialog(base, [("checklist", "Checkliste")], [("catalog", "Katalog")], [])
    qtbot.addWidget(dialog)
    labels = [dialog.format_choice.itemText(i) for i in range(dialog.format_choice.count())]
    assert "Word (.docx)" in labels
    assert dialog.path.text().endswith(".pdf")
    dialog.format_choice.setCurrentIndex(dialog.format_choice.findData("docx"))
    assert dialog.path.text() == base.path[: -len(".pdf")] + ".docx"
    assert dialog.choices().format == "docx"
    dialog.format_choice.setCurrentIndex(dialog.format_choice.findData("pdf"))
    assert dialog.path.text() == base.path


def test_word_export_writes_annex_and_gap_report_as_docx(
    qtbot: QtBot, gui: MainController, tmp_path: Path
) -> None:
    base = gui.exporter.initial("de")
    out = tmp_path / "anlage"  # no suffix typed: the format's is added
    choices = type(base)(**{**base.__dict__, "path": str(out), "format": "docx"})
    written = gui.exporter.export(choices, open_result=False)
    annex, report = tmp_path / "anlage.docx", tmp_path / "anlage-lueckenbericht.docx"
    assert written == [annex, report]
    assert "Technische und organisatorische Maßnahmen" in body_text(annex)
    assert open_docx(report).paragraphs  # a Word document, not a PDF with another name
    assert report.read_bytes()[:2] == b"PK"
    # the next dialog remembers Word
    assert gui.exporter.initial("de").path.endswith(".docx")
    box = dialogs.exported_message(None, written)
    qtbot.addWidget(box)
    assert "anlage.docx" in box.text() and "anlage-lueckenbericht.docx" in box.text()
    names = {b.objectName() for b in box.buttons()}
    assert {"open", "folder"} <= names
    assert box.standardButton(box.defaultButton()) == QMessageBox.StandardButton.Close
