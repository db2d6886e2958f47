"""A custom measure names the catalog measure it replaces or extends; the contradiction with an
„entfällt“ catalog measure shows up, and the choice is undoable."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import SetAnswer
from tomwizard.models.assessment import Answer, CustomMeasure, LinkKind, Status
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.pages.section_page import SectionPage


@pytest.fixture
def gui(qtbot: QtBot) -> Iterator[MainController]:
    controller = MainController()
    qtbot.addWidget(controller.window)
    yield controller
    controller.window.close()


@pytest.fixture
def page(qtbot: QtBot, gui: MainController, tmp_path: Path) -> SectionPage:
    """A new file, the intrusion alarm „entfällt“, and a new custom measure in its section."""
    assert gui.new_file(tmp_path / "link.tomw")
    index = gui.section_index("zutritt")
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    gui.document.apply(
        [SetAnswer("zutritt.einbruchmeldeanlage", Answer(status=Status.ENTFAELLT, reason="keine"))]
    )
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    return page


def _stored(gui: MainController) -> CustomMeasure:
    """The custom measure as the file holds it."""
    assert gui.document.path is not None
    with TomwStore.open(gui.document.path, readonly=True) as store:
        return store.load().custom_measures[0]


def _choose(box: QComboBox, data: str) -> int:
    """Choose the entry holding ``data`` as a user does (the box reports it activated)."""
    index = box.findData(data)
    box.setCurrentIndex(index)
    box.activated.emit(index)
    return index


def test_choosing_the_replaced_measure_reports_the_contradiction(
    gui: MainController, page: SectionPage
) -> None:
    editor = page.editor
    assert editor.custom_link.isVisibleTo(page)
    choice = _choose(editor.custom_link, "zutritt.einbruchmeldeanlage")
    assert choice > 0 and "Einbruchmeldeanlage" in editor.custom_link.itemText(choice)
    (custom,) = gui.document.assessment_list("custom")
    assert custom.linked_measure == "zutritt.einbruchmeldeanlage"
    assert "widerspruch.sonstige_trotz_entfall" in [f.rule_id for f in gui.document.findings]
    assert _stored(gui).linked_measure == "zutritt.einbruchmeldeanlage"
    gui.document.undo()
    (custom,) = gui.document.assessment_list("custom")
    assert custom.linked_measure == ""
    assert editor.custom_link.value() == ""


def test_choosing_ersetzt_turns_the_contradiction_into_a_replacement(
    gui: MainController, page: SectionPage
) -> None:
    editor = page.editor
    kind = editor.custom_link_kind
    assert kind.isVisibleTo(page) and not kind.isEnabled()  # nothing linked yet
    _choose(editor.custom_link, "zutritt.einbruchmeldeanlage")
    assert kind.isEnabled() and kind.value() == "extends"
    assert kind.itemText(_choose(kind, "replaces")) == "ersetzt"
    (custom,) = gui.document.assessment_list("custom")
    assert custom.link_kind == LinkKind.REPLACES
    assert "widerspruch.sonstige_trotz_entfall" not in [f.rule_id for f in gui.document.findings]
    assert _stored(gui).link_kind == LinkKind.REPLACES
    gui.document.undo()
    (custom,) = gui.document.assessment_list("custom")
    assert custom.link_kind == LinkKind.EXTENDS
    assert kind.value() == "extends"
    assert "widerspruch.sonstige_trotz_entfall" in [f.rule_id for f in gui.document.findings]
