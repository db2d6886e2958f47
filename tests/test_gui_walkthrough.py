"""A whole interview with keyboard and mouse: preset → tick, status, parameter, note →
subprocessor in the USA → finding → undo/redo → search → close, reopen → export."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from tests.builders import stored
from tests.conftest import Errors
from tests.gui_support import active, isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.presets import list_presets
from tomwizard.editing import SetAnswer
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.finding import Severity
from ui import dialogs
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.pages import form_fields
from ui.pages.export_dialog import ExportDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def gui(qtbot: QtBot, errors: Errors) -> Iterator[MainController]:
    yield from active(qtbot, MainController())


def key(
    qtbot: QtBot, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, k, mods)


def test_a_whole_interview(
    qtbot: QtBot,
    gui: MainController,
    tmp_path: Path,
    errors: Errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "kunde.tomw"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window = gui.window

    # -- create from a preset (keyboard on the preset list, mouse on the button) --------------
    preset = list_presets()[0]
    qtbot.waitUntil(lambda: gui.start_page.preset_choice.count() > 1)  # filled after start-up
    gui.start_page.preset_choice.setFocus()
    while gui.start_page.preset_choice.currentData() != preset.id:
        key(qtbot, Qt.Key.Key_Down)
    qtbot.mouseClick(gui.start_page.new_button, Qt.MouseButton.LeftButton)
    assert gui.document.path == path
    first = preset.implemented[0]
    assert stored(path).answer(first).follow_up  # preset answers wait for confirmation

    # -- Ctrl+Enter to the first section; Space ticks; keys set statuses ---------------------
    while window.current_page() < FIRST_SECTION_PAGE:
        key(qtbot, Qt.Key.Key_Return, CTRL)
    page = gui.section_page(0)
    assert page.tree.hasFocus()
    section = gui.catalog.sections[0]
    open_ids = [m.id for m in section.measures() if m.id not in preset.implemented]
    open_ids = [m for m in open_ids if m not in preset.not_applicable]
    target = open_ids[0]
    while page.current_id() != target:
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Space)
    assert stored(path).answer(target).status is Status.UMGESETZT
    assert "Gespeichert" in window.save_label.text()

    key(qtbot, Qt.Key.Key_3)  # geplant
    assert stored(path).answer(target).status is Status.GEPLANT
    assert page.editor.planned_date.isVisibleTo(page)
    qtbot.keyClicks(page.editor.planned_date, "31.03.2027")
    qtbot.keyClick(page.editor.planned_date, Qt.Key.Key_Return)
    assert stored(path).answer(target).planned_date == dt.date(2027, 3, 31)

    # -- a note, typed, then Tab leaves the field --------------------------------------------
    page.tree.setFocus()
    page.select(target)
    qtbot.mouseClick(page.editor.note.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.editor.note, "mit IT klaeren")
    key(qtbot, Qt.Key.Key_Tab)
    assert stored(path).answer(target).note == "mit IT klaeren"
    page.tree.setFocus()
    key(qtbot, Qt.Key.Key_R)  # Rückfrage
    assert stored(path).answer(target).follow_up

    # -- search (Ctrl+F) jumps to a measure with a parameter; set it ------------------------
    with_param = next(m for m in gui.catalog.measures() if any(p.type == "int" for p in m.params))
    param = next(p for p in with_param.params if p.type == "int")
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert window.search.hasFocus()
    words = with_param.text.de.split("{")[0].split()[:4]
    window.search.insert(" ".join(words))  # QTest types ASCII only; the words have umlauts
    window.search.completer().popup().hide()
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    section_index = gui.section_index(gui.catalog.section_of()[with_param.id])
    assert window.current_page() == FIRST_SECTION_PAGE + section_index
    found_page = gui.section_page(section_index)
    assert found_page.current_id() == with_param.id
    editor = found_page.editor.param_editors[param.id]
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "17")
    key(qtbot, Qt.Key.Key_Return)
    assert stored(path).answer(with_param.id).params[param.id] == 17

    # -- a subprocessor in the USA without transfer basis: the finding appears ----------------
    gui.navigation.go_to(gui.subprocessor_index)
    subs = gui.subprocessors
    assert subs is not None
    qtbot.mouseClick(subs.page.add_button, Qt.MouseButton.LeftButton)
    name = subs.page.form.editors["subprocessor.name"]
    assert name.hasFocus()
    qtbot.keyClicks(name, "Cloudy Inc.")
    key(qtbot, Qt.Key.Key_Tab)
    country = subs.page.form.editors["subprocessor.country_seat"]
    country.setFocus()
    country.setCurrentIndex(country.findData("US"))
    country.activated.emit(country.currentIndex())
    sub = stored(path).subprocessors[0]
    assert (sub.name, sub.country_seat) == ("Cloudy Inc.", "US")
    target_id = f"subprocessor:{sub.id}"
    critical = [f for f in gui.document.findings if target_id in f.targets]
    assert any(f.severity is Severity.KRITISCH for f in critical)
    assert critical[0].text.de in subs.page.check_label.text()
    assert subs.page.table.item(0, 3).text().startswith(critical[0].text.de)

    # -- undo and redo with the keyboard --------------------------------------------------------
    subs.page.table.setFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(path).subprocessors[0].country_seat == ""
    assert not [
        f
        for f in gui.document.findings
        if target_id in f.targets and f.severity is Severity.KRITISCH
    ]
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(path).subprocessors[0].country_seat == "US"

    # -- the summary lists the finding and jumps to it -----------------------------------------
    gui.navigation.go_to(gui.summary_index)
    summary = gui.summary
    assert summary is not None
    items = [
        summary.page.findings.topLevelItem(i)
        for i in range(summary.page.findings.topLevelItemCount())
    ]
    hit = next(
        i for i in items if i is not None and i.data(0, Qt.ItemDataRole.UserRole) == target_id
    )
    summary.page.findings.setCurrentItem(hit)
    summary.page.findings.setFocus()
    key(qtbot, Qt.Key.Key_Return)
    assert window.current_page() == gui.subprocessor_index

    # -- export: options dialog, warning about kritisch, result opened --------------------------
    opened: list[Path] = []
    warned: list[str] = []
    monkeypatch.setattr(ExportDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(dialogs, "confirm", lambda parent, title, text: warned.append(text) or True)
    monkeypatch.setattr(dialogs, "open_document", lambda p, failed=None: opened.append(p) or True)
    # the message saying where the files went: „Öffnen“ opens both
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.findChild(QPushButton, "open").click())
    key(qtbot, Qt.Key.Key_E, CTRL)
    assert warned and "kritische" in warned[0]
    assert opened and opened[0].is_file() and opened[0].read_bytes().startswith(b"%PDF")
    assert opened[1] == opened[0].with_name(f"{opened[0].stem}-lueckenbericht.pdf")
    assert opened[1].is_file()

    # -- close and reopen: every answer is there ------------------------------------------------
    window.close()
    again = MainController()
    qtbot.addWidget(again.window)
    assert again.open_file(path)
    answer = again.document.answer(target)
    assert (answer.status, answer.planned_date, answer.note, answer.follow_up) == (
        Status.GEPLANT,
        dt.date(2027, 3, 31),
        "mit IT klaeren",
        True,
    )
    assert again.document.answer(with_param.id).params[param.id] == 17
    assert again.document.assessment is not None
    assert [s.country_seat for s in again.document.assessment.subprocessors] == ["US"]
    item = again.section_page(0).item_for(target)
    assert item is not None and item.checkState(0) == Qt.CheckState.PartiallyChecked
    assert errors == []
    again.window.close()
    form_fields.flush_all()


def test_answer_text_edits_merge_into_one_undo_step(
    qtbot: QtBot, gui: MainController, tmp_path: Path
) -> None:
    path = tmp_path / "a.tomw"
    assert gui.new_file(path)
    page = gui.section_page(0)
    gui.navigation.go_to(FIRST_SECTION_PAGE)
    measure_id = page.current_id()
    key = f"answer:{measure_id}"
    gui.document.apply([SetAnswer(measure_id, Answer(note="a"))], "Text ändern", key)
    gui.document.apply([SetAnswer(measure_id, Answer(note="ab"))], "Text ändern", key)
    gui.document.end_merge()
    assert gui.document.undo_count() == 1
    gui.document.undo()
    assert stored(path).answer(measure_id).note == ""
    gui.document.redo()
    assert stored(path).answer(measure_id).note == "ab"
