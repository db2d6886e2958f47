"""Undoing „Eigene Maßnahme entfernen“ brings the measure back selected and scrolled into view
(the editor shows it), wherever the list was scrolled to."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.controllers.section_rows import CUSTOM


def test_undoing_the_removal_selects_the_measure_again(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file, lang="de")
    qtbot.addWidget(gui.window)
    gui.window.resize(1024, 700)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    sections = default_catalog().sections
    index = max(range(len(sections)), key=lambda i: len(list(sections[i].measures())))
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    page.add_button.click()
    custom_id = page.current_id()
    assert custom_id.startswith(CUSTOM)
    page.editor.custom_text.setPlainText("Alarmanlage mit Aufschaltung")
    page.remove_button.click()
    assert page.item_for(custom_id) is None
    first = page.tree.topLevelItem(0)
    page.tree.setCurrentItem(first.child(0))
    page.tree.scrollToTop()

    gui.document.undo()

    item = page.item_for(custom_id)
    assert item is not None and page.current_id() == custom_id
    assert page.tree.viewport().rect().intersects(page.tree.visualItemRect(item))
    assert page.editor.custom_text.toPlainText() == "Alarmanlage mit Aufschaltung"
    gui.window.close()
