"""The „Verlauf“ dialog: change log with filters, freezing, the version diff; the export's
appendix checkbox; the read-only banner when a file is opened twice."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QInputDialog, QStyle, QStyleOptionComboBox
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.test_versions import _catalog, ten_changes
from tomwizard.editing import (
    Change,
    DeleteSubprocessor,
    PutCustomMeasure,
    PutSubprocessor,
    SetAnswer,
    SetField,
)
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from ui.controllers.document import DocumentController
from ui.controllers.main import MainController
from ui.pages.history_dialog import HistoryDialog


class _ThroughDocument:
    """The store interface ``ten_changes`` uses, routed through the document controller."""

    def __init__(self, document: DocumentController) -> None:
        self.document = document

    def load(self) -> Assessment:
        assert self.document.assessment is not None
        return self.document.assessment.model_copy(deep=True)

    def _apply(self, change: Change) -> None:
        assert self.document.apply([change])

    def set_answer(self, measure_id: str, answer: Answer) -> None:
        self._apply(SetAnswer(measure_id, answer))

    def set_field(self, path: str, value: Any) -> None:
        self._apply(SetField(path, value))

    def put_custom_measure(self, measure: CustomMeasure) -> None:
        self._apply(PutCustomMeasure(measure))

    def put_subprocessor(self, sub: Subprocessor) -> None:
        self._apply(PutSubprocessor(sub))

    def delete_subprocessor(self, sub_id: str) -> None:
        self._apply(DeleteSubprocessor(sub_id))


def _open_dialog(demo_gui: MainController) -> HistoryDialog:
    assert demo_gui.window.history_action.isEnabled()
    demo_gui.window.history_action.trigger()
    dialog = demo_gui.history.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _lines(dialog: HistoryDialog) -> list[str]:
    return [dialog.diff_list.item(i).text() for i in range(dialog.diff_list.count())]


def _column(dialog: HistoryDialog, column: int) -> list[str]:
    table = dialog.change_table
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_freeze_then_ten_changes_shows_exactly_those_ten(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_dialog(demo_gui)
    assert not dialog.compare_button.isEnabled()  # nothing frozen yet
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Vertragsstand", True))
    dialog.freeze_button.click()
    assert dialog.version_table.rowCount() == 1
    assert dialog.version_table.item(0, 1).text() == "Vertragsstand"
    expected = ten_changes(_ThroughDocument(demo_gui.document))  # type: ignore[arg-type]
    # the open dialog follows every committed change: version 1 → current state
    lines = _lines(dialog)
    assert len(lines) == 10
    assert dialog.diff_title.text().endswith("10 Änderungen")
    assert dialog.diff_title.text().startswith("Änderungen von Version 1 zu aktuellem Stand")
    store = demo_gui.document.store
    assert store is not None
    from tomwizard.history.versions import diff_versions

    entries = diff_versions(store, 1, None, _catalog()).entries
    assert {e.entry_id for e in entries} == expected
    assert lines == [f"{n}. {e.line('de')}" for n, e in enumerate(entries, start=1)]
    # a second version, then version 1 → version 2 shows the same ten; 2 → current none
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    dialog.freeze_button.click()
    assert dialog.version_table.rowCount() == 2
    assert _lines(dialog) == []
    assert "keine Änderungen" in dialog.diff_title.text()
    dialog.from_choice.setCurrentIndex(0)
    dialog.to_choice.setCurrentIndex(1)
    dialog.compare_button.click()
    assert _lines(dialog) == lines


def test_cancelled_freeze_freezes_nothing(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _open_dialog(demo_gui)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("x", False))
    dialog.freeze_button.click()
    assert dialog.version_table.rowCount() == 0
    store = demo_gui.document.store
    assert store is not None and store.versions() == []


def test_change_log_lists_changes_newest_first_and_filters(demo_gui: MainController) -> None:
    ten_changes(_ThroughDocument(demo_gui.document))  # type: ignore[arg-type]
    dialog = _open_dialog(demo_gui)
    whats = _column(dialog, 2)
    assert len(whats) == 10
    assert whats[0] == "Eigene Maßnahme: Tresor für Bänder"  # the last change comes first
    assert "Schutzbedarf: hoch → sehr hoch" not in whats  # what and change are two columns
    schutz = whats.index("Schutzbedarf")
    assert _column(dialog, 3)[schutz] == "hoch → sehr hoch"
    assert all(author for author in _column(dialog, 1))
    # section filter: the answers and the custom measure of „verfuegbarkeit“
    index = dialog.section_filter.findData("verfuegbarkeit")
    dialog.section_filter.setCurrentIndex(index)
    assert len(_column(dialog, 2)) == 2
    assert all("Tresor" in w or "Wiederherstellung" in w for w in _column(dialog, 2))
    # text filter (measure text or id), within the section
    dialog.section_filter.setCurrentIndex(0)
    dialog.text_filter.setText("mehr-faktor")
    demo_gui.history.refresh_changes()  # the dialog waits for a typing pause; no need in a test
    assert len(_column(dialog, 2)) == 1 and "Mehr-Faktor" in _column(dialog, 2)[0]
    dialog.text_filter.setText("zugang.passwort")
    demo_gui.history.refresh_changes()
    assert _column(dialog, 2)[0].startswith("Passwörter haben mindestens 14 Zeichen")
    assert dialog.change_count.text() == "1 von 10 Änderungen"
    # time range: today holds everything, a range in the past nothing
    dialog.text_filter.setText("")
    dialog.range_box.setChecked(True)
    demo_gui.history.refresh_changes()
    assert len(_column(dialog, 2)) == 10
    dialog.since_edit.setDate(dialog.since_edit.date().addYears(-2))
    dialog.until_edit.setDate(dialog.until_edit.date().addYears(-1))
    assert _column(dialog, 2) == []


def test_export_appends_the_changes_since_the_last_version(
    demo_gui: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert demo_gui.exporter.changes_unavailable()  # no version yet: the checkbox is disabled
    store = demo_gui.document.store
    assert store is not None
    store.freeze_version()
    ten_changes(_ThroughDocument(demo_gui.document))  # type: ignore[arg-type]
    assert demo_gui.exporter.changes_unavailable() == ""
    base = demo_gui.exporter.initial("de")
    out = tmp_path / "anlage.pdf"
    choices = type(base)(**{**base.__dict__, "path": str(out), "append_changes": True})
    assert demo_gui.exporter.export(choices, open_result=False)
    text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(out.read_bytes())).pages)
    assert "Änderungen gegenüber der Fassung 2.1 (Stand 02.11.2026)" in text
    assert "Druckhaus Nord" in text


def test_second_window_on_the_same_file_is_read_only_with_a_banner(
    qtbot: QtBot, demo_gui: MainController, demo_file: Path
) -> None:
    assert demo_gui.window.banner.isHidden()
    second = MainController(_catalog(), lambda title, message: None)
    qtbot.addWidget(second.window)
    second.window.show()
    assert second.open_file(demo_file)
    assert second.document.readonly
    assert second.window.banner.isVisible()
    reason = second.document.readonly_reason
    assert reason and second.window.banner.text() == reason
    dialog = _open_dialog(second)
    assert not dialog.freeze_button.isEnabled()
    assert dialog.freeze_button.toolTip() == reason
    second.document.close()


def test_the_version_choices_show_the_whole_name(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dialog opens with no version; the versions frozen then must not read „Version ĭ“ (the
    combo box kept the width it had when it was shown empty)."""
    dialog = _open_dialog(demo_gui)
    dialog.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", True))
    for _ in range(10):  # „Version 10“: wider than an empty combo box in any font
        dialog.freeze_button.click()
    QApplication.processEvents()
    for choice in (dialog.from_choice, dialog.to_choice):
        assert choice.count() > 0
        widest = max(
            choice.fontMetrics().horizontalAdvance(choice.itemText(i))
            for i in range(choice.count())
        )
        option = QStyleOptionComboBox()
        choice.initStyleOption(option)
        field = choice.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            choice,
        )
        assert field.width() >= widest, (choice.currentText(), field.width(), widest)
