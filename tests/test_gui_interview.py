"""Interview mode: one question at a time, answered with single keys, one undo step each."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore
from ui.controllers.interview import InterviewController
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.pages.interview_view import InterviewView


def stored(path: Path, measure_id: str) -> Answer:
    with TomwStore.open(path, readonly=True) as store:
        return store.load().answer(measure_id)


def interview_on(qtbot: QtBot, path: Path, section: int = 0) -> MainController:
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert gui.open_file(path)
    gui.navigation.go_to(FIRST_SECTION_PAGE + section)
    gui.window.interview_action.trigger()
    return gui


def running(gui: MainController, section: int = 0) -> InterviewController:
    interview = gui.interview.interview(section)
    assert interview is not None
    assert gui.section_page(section).alternate() is interview.view
    return interview


def press(qtbot: QtBot, view: InterviewView, key: str) -> None:
    target = view.focusWidget() if view.isAncestorOf(view.focusWidget()) else view
    assert isinstance(target, QWidget)
    qtbot.keyClicks(target, key)


def test_the_menu_action_switches_between_list_and_interview(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = interview_on(qtbot, tomw)
    action = gui.window.interview_action
    assert action.isCheckable() and action.isChecked()
    assert action.shortcut().toString() == "Ctrl+I"
    page = gui.section_page(0)
    interview = running(gui)
    assert interview.view.isVisible() and not page.tree.isVisible()
    first = catalog.sections[0].subsections[0].measures[0]
    assert first.question is not None
    assert interview.view.question_label.text() == first.question.de
    assert interview.view.buttons["ja"].text() == "Ja  (J)"
    action.trigger()
    assert page.alternate() is None
    assert page.tree.isVisible() and not interview.view.isVisible()


def test_keys_answer_write_the_file_and_move_on(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    view = interview.view
    ids = [m.id for m in catalog.sections[0].measures()]
    expected = {
        "J": Status.UMGESETZT,
        "T": Status.TEILWEISE,
        "N": Status.NICHT_UMGESETZT,
    }
    for position, (key, status) in enumerate(expected.items()):
        assert interview.current_id() == ids[position]
        press(qtbot, view, key.lower())
        assert stored(tomw, ids[position]).status is status
    assert interview.current_id() == ids[3]

    press(qtbot, view, "r")  # Rückfrage: flagged, status left open, next question
    flagged = stored(tomw, ids[3])
    assert flagged.follow_up and flagged.status is Status.OFFEN
    assert interview.current_id() == ids[4]


def test_geplant_asks_for_a_date_inline(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    view = interview.view
    first = interview.current_id()
    press(qtbot, view, "g")
    assert view.detail_open() and view.focusWidget() is view.detail_edit
    assert stored(tomw, first).status is Status.OFFEN, "nothing is written without a date"
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Return)  # empty: refused
    assert view.detail_open() and "Datum" in view.detail_error.text()
    qtbot.keyClicks(view.detail_edit, "31.13.2026")
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Return)  # not a date: refused
    assert view.detail_open() and stored(tomw, first).status is Status.OFFEN
    view.detail_edit.clear()
    qtbot.keyClicks(view.detail_edit, "30.06.2027")
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Return)
    answer = stored(tomw, first)
    assert answer.status is Status.GEPLANT and answer.planned_date == dt.date(2027, 6, 30)
    assert not view.detail_open() and interview.current_id() != first


def test_entfaellt_asks_for_a_reason_and_esc_cancels(qtbot: QtBot, tomw: Path) -> None:
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    view = interview.view
    first = interview.current_id()
    press(qtbot, view, "e")
    assert view.detail_open()
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Escape)
    assert not view.detail_open() and interview.current_id() == first
    press(qtbot, view, "e")
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Return)
    assert view.detail_open() and "Begründung" in view.detail_error.text()
    qtbot.keyClicks(view.detail_edit, "Kein eigener Serverraum vorhanden")
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Return)
    answer = stored(tomw, first)
    assert answer.status is Status.ENTFAELLT
    assert answer.reason == "Kein eigener Serverraum vorhanden"


def test_undo_takes_back_one_interview_answer(qtbot: QtBot, tomw: Path) -> None:
    gui = interview_on(qtbot, tomw)
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    interview = running(gui)
    assert interview.view.isAncestorOf(QApplication.focusWidget())
    assert not gui.document.can_undo()
    first = interview.current_id()
    press(qtbot, interview.view, "j")
    assert stored(tomw, first).status is Status.UMGESETZT
    assert interview.view.progress_label.text().startswith("1 von ")
    assert "Antwort ändern" in gui.window.undo_action.text()
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, ctrl)
    assert stored(tomw, first).status is Status.OFFEN
    assert interview.view.progress_label.text().startswith("0 von ")
    assert not gui.document.can_undo() and gui.document.can_redo(), "one answer, one step"


def test_progress_counts_the_answered_questions_of_the_section(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = interview_on(qtbot, tomw, section=2)
    interview = running(gui, 2)
    view = interview.view
    total = len(list(catalog.sections[2].measures()))
    assert view.progress_label.text() == f"0 von {total} beantwortet"
    assert view.position_label.text() == f"Frage 1 von {total}"
    press(qtbot, view, "j")
    press(qtbot, view, "n")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Right)  # skipped: not answered
    press(qtbot, view, "t")
    assert view.progress_label.text() == f"3 von {total} beantwortet"
    assert view.progress_bar.value() == 3 and view.progress_bar.maximum() == total
    assert view.position_label.text() == f"Frage 5 von {total}"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_PageUp)
    assert view.position_label.text() == f"Frage 4 von {total}"


def test_sub_measures_are_asked_right_after_their_parent(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    index, section = next(
        (i, s) for i, s in enumerate(catalog.sections) if any(m.children for m in s.measures())
    )
    gui = interview_on(qtbot, tomw, section=index)
    interview = running(gui, index)
    order = [m.id for m in interview.order]
    parent = next(m for m in section.measures() if m.children)
    assert order[order.index(parent.id) + 1] == parent.children[0].id
    interview.start_at(parent.children[0].id)
    assert interview.view.parent_label.isVisible()
    assert parent.question is not None
    assert parent.question.de in interview.view.parent_label.text()


def test_leaving_returns_to_the_list_at_the_same_measure(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    for _ in range(3):
        qtbot.keyClick(interview.view.focusWidget(), Qt.Key.Key_PageDown)
    asked = interview.current_id()
    gui.window.interview_action.trigger()
    page = gui.section_page(0)
    assert page.current_id() == asked and page.tree.isVisible()
    page.select(catalog.sections[0].subsections[0].measures[1].id)
    gui.window.interview_action.trigger()  # back in: starts at the list's measure
    assert interview.current_id() == catalog.sections[0].subsections[0].measures[1].id


def test_other_section_pages_show_the_interview_while_the_mode_is_on(
    qtbot: QtBot, tomw: Path
) -> None:
    gui = interview_on(qtbot, tomw)
    gui.navigation.go_to(FIRST_SECTION_PAGE + 1)
    assert running(gui, 1).view.isVisible()
    gui.window.interview_action.trigger()
    assert gui.section_page(1).alternate() is None
    assert gui.section_page(0).alternate() is None


def test_turning_it_on_away_from_the_sections_goes_to_the_first(qtbot: QtBot, tomw: Path) -> None:
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert gui.open_file(tomw)
    gui.window.interview_action.trigger()
    assert gui.window.current_page() == FIRST_SECTION_PAGE
    assert running(gui).view.isVisible()


def test_a_read_only_file_cannot_be_answered(qtbot: QtBot, tomw: Path) -> None:
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert gui.open_file(tomw, readonly=True)
    gui.navigation.go_to(FIRST_SECTION_PAGE)
    gui.window.interview_action.trigger()
    interview = running(gui)
    assert not interview.view.buttons["ja"].isEnabled()
    first = interview.current_id()
    interview.answer("ja")
    assert stored(tomw, first).status is Status.OFFEN


def test_english_keys_and_the_german_ones_both_answer() -> None:
    view = InterviewView()
    assert view.answer_for_key("j") == "ja"
    assert view.answer_for_key("R") == "rueckfrage"
    assert view.answer_for_key("x") == ""


def test_a_search_hit_is_asked_at_once(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    gui = interview_on(qtbot, tomw)
    target = catalog.sections[3].subsections[0].measures[2]
    assert gui.jump_to(f"measure:{target.id}")
    interview = running(gui, 3)
    assert interview.current_id() == target.id
    assert target.question is not None
    assert interview.view.question_label.text() == target.question.de


def test_a_fully_answered_section_says_so(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    gui = interview_on(qtbot, tomw, section=5)
    interview = running(gui, 5)
    view = interview.view
    assert "Bild auf/ab" in view.hint_label.text()
    for _ in catalog.sections[5].measures():
        press(qtbot, view, "j")
    assert "Alle Fragen dieses Abschnitts sind beantwortet" in view.hint_label.text()
    assert all(stored(tomw, m.id).status is Status.UMGESETZT for m in interview.order)


def test_cancelling_the_date_line_shows_the_stored_answer_again(qtbot: QtBot, tomw: Path) -> None:
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    view = interview.view
    press(qtbot, view, "n")
    interview.go(-1)
    assert view.buttons["nein"].isChecked()
    press(qtbot, view, "g")
    assert view.buttons["geplant"].isChecked() and not view.buttons["nein"].isChecked()
    assert view.buttons["geplant"].text().startswith("✓ ")
    qtbot.keyClick(view.detail_edit, Qt.Key.Key_Escape)
    assert view.buttons["nein"].isChecked() and not view.buttons["geplant"].isChecked()
    assert view.buttons["nein"].text().startswith("✓ ")


def test_measures_ruled_out_by_the_screening_are_skipped_and_answers_become_the_users(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    section = catalog.sections[0]
    first, second, third = [m.id for m in section.measures()][:3]
    ruled_out = Answer(status=Status.ENTFAELLT, reason="Keine Akten", from_screening=True)
    with TomwStore.open(tomw) as store:
        store.set_answer(second, ruled_out)
        store.set_answer(third, ruled_out.model_copy(update={"status": Status.OFFEN}))
    gui = interview_on(qtbot, tomw)
    interview = running(gui)
    interview.go_to(first)
    press(qtbot, interview.view, "j")
    assert interview.current_id() == third  # the ruled-out one is not asked
    press(qtbot, interview.view, "n")
    assert stored(tomw, third).status is Status.NICHT_UMGESETZT
    assert not stored(tomw, third).from_screening  # answered in the interview: the user's own
    interview.go_to(third)
    interview.go(-1)
    assert interview.current_id() == first  # and not asked going back either
