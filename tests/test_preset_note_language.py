"""The note a preset adds to its pre-answers („Vorbelegt aus der Vorlage … – bitte prüfen und
bestätigen.“) is shown in the interface's language, whichever language the file was made in
(issue 14 leftover: a file made from a preset in German showed the German note in the English
interface). The stored note stays as it was; the user's own words are never translated."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.builders import stored
from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.editing import OpenAssessment
from tomwizard.editing.confirm import confirmed, is_pre_answer, note_in
from tomwizard.models.assessment import Answer
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE

CATALOG = default_catalog()
GERMAN = "Vorbelegt aus der Vorlage „Büro mit Cloud-Diensten“ – bitte prüfen und bestätigen."
ENGLISH = 'Pre-filled from the preset "Office using cloud services" – please check and confirm.'


def test_the_preset_note_is_said_in_the_language_asked_for() -> None:
    assert note_in(GERMAN, "en") == ENGLISH
    assert note_in(ENGLISH, "de") == GERMAN
    assert note_in(GERMAN, "de") == GERMAN
    own = f"Mit Frau Kern klären.\n{GERMAN}"
    assert note_in(own, "en") == f"Mit Frau Kern klären.\n{ENGLISH}"  # own words as written
    assert note_in("Vom Kunden bestätigt.", "en") == "Vom Kunden bestätigt."
    assert note_in("", "en") == ""
    # a preset this program does not ship keeps its title
    other = "Vorbelegt aus der Vorlage „Eigene Vorlage“ – bitte prüfen und bestätigen."
    assert (
        note_in(other, "en")
        == 'Pre-filled from the preset "Eigene Vorlage" – please check and confirm.'
    )


def test_a_translated_note_is_still_a_pre_answer_and_confirms_away() -> None:
    answer = Answer(follow_up=True, note=note_in(GERMAN, "en"))
    assert is_pre_answer(answer)
    assert confirmed(answer).note == ""


def test_a_german_preset_file_shows_the_note_in_english(
    qtbot: QtBot, tmp_path: Path, english_qm: Path
) -> None:
    path = tmp_path / "praxis.tomw"
    start = assessment_from_preset("arztpraxis", CATALOG, "de")
    OpenAssessment.create(path, CATALOG, start).close()
    gui = build(path, lang="en")
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    index, measure_id = next(
        (n, m.id)
        for n, section in enumerate(CATALOG.sections)
        for m in section.measures()
        if is_pre_answer(start.answers.get(m.id, Answer()))
    )
    assert start.answers[measure_id].note.startswith("Vorbelegt aus der Vorlage „Dienstleister")
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    assert page.select(measure_id)
    shown = page.editor.note.toPlainText()
    assert shown == (
        'Pre-filled from the preset "Service provider for medical practices (billing, '
        'transcription, practice IT)" – please check and confirm.'
    )
    qtbot.wait(500)  # nothing is written for showing it
    assert gui.document.undo_count() == 0
    gui.window.close()
    assert stored(path).answers[measure_id] == start.answers[measure_id]
