"""In the list of a section, changing the status of a preset's pre-answer (key 1–5) confirms it:
„Rückfrage nötig“ and the note „Vorbelegt aus der Vorlage … bitte prüfen und bestätigen.“ go,
one Ctrl+Z brings both back; „Abschnitt bestätigen“ clears that note too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.editing import OpenAssessment
from tomwizard.editing.confirm import is_pre_answer
from tomwizard.models.assessment import Status
from ui.app import build
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE

CATALOG = default_catalog()


def _preset_window(qtbot: QtBot, tmp_path: Path) -> MainController:
    path = tmp_path / "praxis.tomw"
    OpenAssessment.create(path, CATALOG, assessment_from_preset("arztpraxis", CATALOG)).close()
    gui = build(path, lang="de")
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    return gui


def _first_pre_answered(gui: MainController) -> tuple[int, str]:
    for index, section in enumerate(CATALOG.sections):
        for measure in section.measures():
            answer = gui.document.answer(measure.id)
            if is_pre_answer(answer) and answer.status is Status.UMGESETZT:
                return index, measure.id
    raise AssertionError("no pre-answered measure")


def test_a_status_key_confirms_a_pre_answer_and_undo_restores_it(
    qtbot: QtBot, tmp_path: Path
) -> None:
    gui = _preset_window(qtbot, tmp_path)
    index, measure_id = _first_pre_answered(gui)
    before = gui.document.answer(measure_id)
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    assert page.select(measure_id)
    assert page.editor.follow_up.value() is True
    qtbot.keyClick(page.tree, Qt.Key.Key_2)  # teilweise
    after = gui.document.answer(measure_id)
    assert after.status is Status.TEILWEISE
    assert not after.follow_up and after.note == ""
    assert page.editor.follow_up.value() is False  # the editor shows it
    gui.document.undo()  # one step: status, Rückfrage and note back
    assert gui.document.answer(measure_id) == before
    gui.window.close()


def test_confirm_section_clears_the_preset_note(qtbot: QtBot, tmp_path: Path) -> None:
    gui = _preset_window(qtbot, tmp_path)
    index, measure_id = _first_pre_answered(gui)
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    gui.section_page(index).confirm_button.click()
    answer = gui.document.answer(measure_id)
    assert answer.status is Status.UMGESETZT and not answer.follow_up and answer.note == ""
    gui.window.close()


@pytest.mark.parametrize(("choice", "status"), [("nein", "nicht_umgesetzt"), ("ja", "umgesetzt")])
def test_an_answer_in_the_interview_confirms_a_pre_answer(
    qtbot: QtBot, tmp_path: Path, choice: str, status: str
) -> None:
    """The interview asks the question: an answer to it confirms, also the preset's own."""
    gui = _preset_window(qtbot, tmp_path)
    index, measure_id = _first_pre_answered(gui)
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    gui.window.interview_action.trigger()
    interview = gui.interview.interview(index)
    assert interview is not None
    interview.go_to(measure_id)
    interview.answer(choice)  # was umgesetzt (the preset's)
    answer = gui.document.answer(measure_id)
    assert answer.status is Status(status)
    assert not answer.follow_up and answer.note == ""
    gui.window.close()
