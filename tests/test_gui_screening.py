"""The Rahmenbedingungen page and the folded measures on the section pages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.test_gui import open_window, stored
from tomwizard.models.assessment import Status
from tomwizard.models.catalog import Catalog
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE, SCREENING_PAGE
from ui.pages.screening_page import ScreeningPage
from ui.pages.section_page import FOLD_ROLE, SectionPage


def _screening(gui: MainController) -> ScreeningPage:
    gui.navigation.go_to(SCREENING_PAGE)
    page = gui.page_widget(SCREENING_PAGE)
    assert isinstance(page, ScreeningPage)
    return page


def _betrieb(gui: MainController, catalog: Catalog) -> SectionPage:
    index = next(i for i, s in enumerate(catalog.sections) if s.id == "betrieb")
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    return gui.section_page(index)


def _folds(page: SectionPage) -> list[QTreeWidgetItem]:
    tree = page.tree
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [item for item in items if item is not None and item.data(0, FOLD_ROLE)]


def test_keys_answer_the_question_and_one_undo_takes_it_all_back(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = open_window(qtbot, tomw)
    page = _screening(gui)
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    row = page.rows["softwareentwicklung"]
    row.setFocus()
    qtbot.keyClick(row, Qt.Key.Key_N)
    assert row.answer() == "nein"
    assert stored(tomw, "betrieb.code_review").status is Status.ENTFAELLT
    assert page.rows["papierakten"].hasFocus()  # on to the next question
    qtbot.keyClick(page.rows["papierakten"], Qt.Key.Key_1)
    assert page.rows["papierakten"].answer() == "ja"
    gui.document.undo()
    gui.document.undo()
    assert row.answer() is None
    assert stored(tomw, "betrieb.code_review").status is Status.OFFEN


def test_ruled_out_measures_fold_into_one_line_that_opens(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = open_window(qtbot, tomw)
    page = _betrieb(gui, catalog)
    assert _folds(page) == []
    _screening(gui).rows["softwareentwicklung"].buttons["nein"].click()
    page = _betrieb(gui, catalog)
    (fold,) = _folds(page)
    assert fold.text(0) == "6 Maßnahmen entfallen: Keine eigene Softwareentwicklung"
    assert not fold.isExpanded()
    assert fold.childCount() == 6
    page.tree.setCurrentItem(fold)
    qtbot.keyClick(page.tree, Qt.Key.Key_Return)
    assert fold.isExpanded()
    child = fold.child(0)
    assert "Rahmenbedingungen" in child.toolTip(0)
    # the user's own decision: ticking it takes it out of the screening's hands
    child.setCheckState(0, Qt.CheckState.Checked)
    assert stored(tomw, "betrieb.sichere_entwicklung").status is Status.UMGESETZT
    assert not stored(tomw, "betrieb.sichere_entwicklung").from_screening
    del fold, child  # the tree is rebuilt one event-loop turn after the tick
    qtbot.waitUntil(lambda: [f.text(0)[:1] for f in _folds(page)] == ["5"])
    assert _folds(page)[0].text(0).startswith("5 Maßnahmen entfallen")
    # answering "ja" opens the others again, the user's answer stays
    _screening(gui).rows["softwareentwicklung"].buttons["ja"].click()
    assert _folds(_betrieb(gui, catalog)) == []
    assert stored(tomw, "betrieb.code_review").status is Status.OFFEN
    assert stored(tomw, "betrieb.sichere_entwicklung").status is Status.UMGESETZT


def test_confirming_a_screening_answer_keeps_it_folded(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = open_window(qtbot, tomw)
    _screening(gui).rows["softwareentwicklung"].buttons["nein"].click()
    page = _betrieb(gui, catalog)
    (fold,) = _folds(page)
    page.tree.setCurrentItem(fold.child(0))
    page.editor.follow_up.click()
    measure_id = fold.child(0).data(0, Qt.ItemDataRole.UserRole)
    assert stored(tomw, measure_id).follow_up
    assert stored(tomw, measure_id).from_screening  # a follow-up mark decides nothing
    page.editor.follow_up.click()
    assert len(_folds(page)) == 1
