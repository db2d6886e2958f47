"""The first GUI: navigation, ticking measures (keyboard, mouse, nested), autosave, reopening."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionViewItem, QTreeWidget, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from tests.conftest import Errors
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Catalog, Measure
from tomwizard.store import StoreError, TomwStore
from ui.app import smoke
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE


def open_window(qtbot: QtBot, path: Path) -> MainController:
    """The window with ``path`` open, on the first section's page."""
    controller = MainController()
    qtbot.addWidget(controller.window)
    controller.window.show()
    assert controller.open_file(path)
    controller.navigation.go_to(FIRST_SECTION_PAGE)
    return controller


def stored(path: Path, measure_id: str) -> Answer:
    """What is on disk right now, read through a second, read-only store."""
    with TomwStore.open(path, readonly=True) as store:
        return store.load().answer(measure_id)


def nested(catalog: Catalog) -> tuple[int, Measure, Measure]:
    """The first measure with a sub-measure: (section index, parent, child)."""
    for index, section in enumerate(catalog.sections):
        for measure in section.measures():
            if measure.children:
                return index, measure, measure.children[0]
    pytest.skip("the catalog has no nested measures yet")


def check_box_center(tree: QTreeWidget, item: QTreeWidgetItem) -> QPoint:
    option = QStyleOptionViewItem()
    option.initFrom(tree)
    option.rect = tree.visualItemRect(item)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    indicator = QStyle.SubElement.SE_ItemViewItemCheckIndicator
    return tree.style().subElementRect(indicator, option, tree).center()


def first_measure_id(catalog: Catalog, section: int = 0) -> str:
    return catalog.sections[section].subsections[0].measures[0].id


# -- window and navigation -------------------------------------------------------------------


def test_window_has_start_page_and_one_page_per_section(gui: MainController) -> None:
    window = gui.window
    # Start, Organisation, Verarbeitung, Rahmenbedingungen, the sections,
    # Unterauftragsverarbeiter, Zusammenfassung
    assert window.page_count() == 6 + len(gui.catalog.sections)
    assert window.steps.count() == window.page_count()
    assert window.windowTitle() == "tomwizard"
    assert window.current_page() == 0
    assert not window.next_button.isEnabled()  # nothing to fill in without a file
    window.steps.setCurrentRow(2)
    assert window.current_page() == 0


def test_opening_shows_file_name_and_the_organisation(qtbot: QtBot, tomw: Path) -> None:
    gui = MainController()
    qtbot.addWidget(gui.window)
    assert gui.open_file(tomw)
    assert gui.window.windowTitle() == "tomwizard – kunde.tomw"
    assert gui.window.file_label.text() == "kunde.tomw"
    assert gui.window.current_page() == 1  # Organisation
    assert gui.section_page(0).title_label.text().endswith(gui.catalog.sections[0].title.de)


def test_next_back_and_step_list(qtbot: QtBot, tomw: Path) -> None:
    gui = open_window(qtbot, tomw)
    window = gui.window
    last = window.page_count() - 1
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == FIRST_SECTION_PAGE + 1
    for _ in range(FIRST_SECTION_PAGE + 1):
        qtbot.mouseClick(window.back_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == 0
    assert not window.back_button.isEnabled()

    item = window.steps.item(last)
    window.steps.scrollToItem(item)
    qtbot.mouseClick(
        window.steps.viewport(),
        Qt.MouseButton.LeftButton,
        pos=window.steps.visualItemRect(item).center(),
    )
    assert window.current_page() == last
    assert window.steps.currentRow() == last
    assert not window.next_button.isEnabled()


def test_keyboard_shortcuts_navigate(qtbot: QtBot, tomw: Path) -> None:
    gui = open_window(qtbot, tomw)
    window = gui.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    tree = gui.section_page(0).tree
    assert tree.hasFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == FIRST_SECTION_PAGE + 1
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_page() == FIRST_SECTION_PAGE
    both = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Return, both)
    assert window.current_page() == FIRST_SECTION_PAGE - 1


# -- ticking measures --------------------------------------------------------------------


def test_space_ticks_the_focused_measure_and_commits_at_once(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = open_window(qtbot, tomw)
    page = gui.section_page(0)
    measure_id = first_measure_id(catalog)
    item = page.item_for(measure_id)
    assert item is not None
    assert page.tree.currentItem() is item
    assert escape(catalog.measure_index()[measure_id].help.de) in page.help_label.text()

    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert stored(tomw, measure_id).status is Status.UMGESETZT
    assert "Gespeichert" in gui.window.save_label.text()

    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert stored(tomw, measure_id).status is Status.OFFEN


def test_mouse_click_on_the_box_ticks_and_survives_reopening(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    gui = open_window(qtbot, tomw)
    page = gui.section_page(0)
    measure_id = catalog.sections[0].subsections[-1].measures[-1].id
    item = page.item_for(measure_id)
    assert item is not None
    page.tree.scrollToItem(item)
    point = check_box_center(page.tree, item)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert item.checkState(0) == Qt.CheckState.Checked
    assert stored(tomw, measure_id).status is Status.UMGESETZT
    gui.window.close()

    again = open_window(qtbot, tomw)
    reopened = again.section_page(0).item_for(measure_id)
    assert reopened is not None
    assert reopened.checkState(0) == Qt.CheckState.Checked


def test_nested_sub_measure_is_its_own_row(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    index, parent, child = nested(catalog)
    gui = open_window(qtbot, tomw)
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    parent_item, child_item = page.item_for(parent.id), page.item_for(child.id)
    assert parent_item is not None and child_item is not None
    assert child_item.parent() is parent_item
    group_item = parent_item.parent()  # the subsection's row
    assert group_item is not None
    assert not group_item.flags() & Qt.ItemFlag.ItemIsUserCheckable

    child_item.setCheckState(0, Qt.CheckState.Checked)
    assert stored(tomw, child.id).status is Status.UMGESETZT
    assert stored(tomw, parent.id).status is Status.OFFEN
    # tri-state parent: half-ticked while only some of its sub-measures are answered
    assert parent_item.checkState(0) == Qt.CheckState.PartiallyChecked

    child_item.setCheckState(0, Qt.CheckState.Unchecked)
    assert parent_item.checkState(0) == Qt.CheckState.Unchecked
    parent_item.setCheckState(0, Qt.CheckState.Checked)  # ticks the open sub-measures too
    assert stored(tomw, parent.id).status is Status.UMGESETZT
    assert all(stored(tomw, m.id).status is Status.UMGESETZT for m in parent.walk())
    assert child_item.checkState(0) == Qt.CheckState.Checked
    gui.document.undo()  # one step
    assert all(stored(tomw, m.id).status is Status.OFFEN for m in parent.walk())


def test_other_statuses_show_half_ticked_and_keep_their_fields(
    qtbot: QtBot, tomw: Path, catalog: Catalog
) -> None:
    measure_id = first_measure_id(catalog)
    planned = Answer(status=Status.GEPLANT, note="mit IT klären", follow_up=True)
    with TomwStore.open(tomw) as store:
        store.set_answer(measure_id, planned)
    gui = open_window(qtbot, tomw)
    page = gui.section_page(0)
    item = page.item_for(measure_id)
    assert item is not None
    assert item.checkState(0) == Qt.CheckState.PartiallyChecked
    assert item.text(1) == "geplant · Rückfrage"

    qtbot.mouseClick(
        page.tree.viewport(), Qt.MouseButton.LeftButton, pos=check_box_center(page.tree, item)
    )
    assert item.checkState(0) == Qt.CheckState.Checked
    assert item.text(1) == "Rückfrage"
    ticked = stored(tomw, measure_id)
    assert (ticked.status, ticked.note, ticked.follow_up) == (
        Status.UMGESETZT,
        "mit IT klären",
        True,
    )

    item.setCheckState(0, Qt.CheckState.Unchecked)
    unticked = stored(tomw, measure_id)
    assert (unticked.status, unticked.note) == (Status.OFFEN, "mit IT klären")


def test_help_follows_the_current_measure(qtbot: QtBot, tomw: Path, catalog: Catalog) -> None:
    gui = open_window(qtbot, tomw)
    page = gui.section_page(0)
    second = list(catalog.sections[0].measures())[1]
    item = page.item_for(second.id)
    assert item is not None
    page.tree.setCurrentItem(item)
    assert escape(second.help.de) in page.help_label.text()


def test_a_failed_save_is_reported_and_the_box_shows_what_is_stored(
    qtbot: QtBot, tomw: Path, catalog: Catalog, errors: Errors, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = open_window(qtbot, tomw)
    page = gui.section_page(0)

    def fail(self: TomwStore) -> None:  # every write goes through one batch transaction
        raise StoreError(self.path, "Speichern fehlgeschlagen (Datenträger voll).")

    monkeypatch.setattr(TomwStore, "batch", fail)
    qtbot.keyClick(page.tree, Qt.Key.Key_Space)
    item = page.item_for(first_measure_id(catalog))
    assert item is not None
    assert item.checkState(0) == Qt.CheckState.Unchecked
    assert len(errors) == 1
    assert "Datenträger voll" in errors[0][1]
    assert "Gespeichert" not in gui.window.save_label.text()


# -- entry points ------------------------------------------------------------------------


def test_smoke_with_and_without_a_file(qtbot: QtBot, tomw: Path) -> None:
    before = tomw.read_bytes()
    assert smoke(tomw) == 0
    assert smoke(None) == 0
    assert tomw.read_bytes() == before
