"""The GUI side of the review's model changes: Art. 10 data are answered with a combo „— bitte
wählen —/Ja/Nein“ (an unanswered question is not a „nein“), and a partly implemented measure
has a field „Was fehlt noch“ stored like the note; the date field shows for every status the
annex dates (teilweise, geplant, nicht umgesetzt)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.controllers.page_numbers import PROCESSING_PAGE
from ui.pages.form_fields import YesNoField
from ui.pages.form_page import FormPage
from ui.pages.measure_editor import EditorState, MeasureEditor


def stored(path: Path) -> Assessment:
    with TomwStore.open(path, readonly=True) as store:
        return store.load()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    demo = demo_assessment(default_catalog())
    demo.processing.criminal_data = None  # as a new file: not answered yet
    demo.processing.special_data = None
    path = tmp_path / "demo.tomw"
    TomwStore.create(path, demo).close()
    return path


@pytest.fixture
def gui(demo_gui: MainController) -> MainController:
    """The main window with the demo file open (conftest's ``demo_gui``)."""
    return demo_gui


@pytest.mark.parametrize("name", ["criminal_data", "special_data"])
def test_art9_and_art10_are_three_way_choices_stored_as_none_true_false(
    gui: MainController, demo_file: Path, name: str
) -> None:
    """Art. 10 (review 1) and Art. 9 (DSB review 3, B1): „— bitte wählen —/Ja/Nein“, stored as
    None, True, False and undone like every edit."""
    gui.navigation.go_to(PROCESSING_PAGE)
    form = gui.page_widget(PROCESSING_PAGE)
    assert isinstance(form, FormPage)
    field = form.editors[f"processing.{name}"]
    assert isinstance(field, YesNoField)
    assert [field.itemText(i) for i in range(field.count())] == ["— bitte wählen —", "Ja", "Nein"]
    assert field.currentIndex() == 0 and field.value() is None
    for index, expected in ((2, False), (1, True), (0, None)):
        field.setCurrentIndex(index)
        field.activated.emit(index)
        assert getattr(stored(demo_file).processing, name) is expected
    gui.document.undo()
    assert getattr(stored(demo_file).processing, name) is True
    assert field.currentText() == "Ja"


def test_what_remains_is_typed_for_a_partly_implemented_measure(
    qtbot: QtBot, gui: MainController, demo_file: Path
) -> None:
    page = gui.section_page(0)
    target = next(m.id for m in gui.catalog.sections[0].measures())
    page.select(target)
    editor = page.editor
    editor.status_chosen.emit("teilweise")
    remaining = editor.remaining
    assert remaining.isVisibleTo(page)
    assert editor.planned_date.isVisibleTo(page)
    remaining.setFocus()
    qtbot.keyClicks(remaining, "Zweiter Standort")
    qtbot.keyClick(remaining, Qt.Key.Key_Tab)
    assert stored(demo_file).answer(target).remaining == "Zweiter Standort"
    gui.document.undo()
    assert stored(demo_file).answer(target).remaining == ""


def test_the_remaining_row_shows_only_for_teilweise(qtbot: QtBot) -> None:
    statuses = ["offen", "umgesetzt", "teilweise", "geplant", "nicht_umgesetzt", "entfaellt"]
    editor = MeasureEditor([(s, s) for s in statuses])
    qtbot.addWidget(editor)
    editor.show()
    for status in statuses:
        editor.show_state(EditorState(status=status, remaining="Rest"))
        assert editor.remaining.isVisible() is (status == "teilweise"), status
        dated = status in ("teilweise", "geplant", "nicht_umgesetzt")
        assert editor.planned_date.isVisible() is dated, status
    assert editor.remaining.value() == "Rest"
