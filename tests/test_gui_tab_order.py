"""s6's walk-through: Tab from the last field of the sub-processor page went round to the
search field above the pages, not on to „Zurück“ and „Weiter“ (a page is built on its first
visit and joined the window's focus chain behind the buttons). After „Hinzufügen“ the new
entry's name field has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.form_page import FormPage
from ui.pages.subprocessor_page import SubprocessorPage


def _active(gui: MainController, qtbot: QtBot) -> None:
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)


def _tab_from(widget: QWidget, qtbot: QtBot) -> QWidget | None:
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def _tabbed_on(gui: MainController, widget: QWidget, qtbot: QtBot) -> QWidget | None:
    """Tab on from ``widget`` (past the page's own buttons) until it leaves the page."""
    current = _tab_from(widget, qtbot)
    for _ in range(10):
        if current is None or not gui.window.stack.isAncestorOf(current):
            return current
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        current = QApplication.focusWidget()
    return current


def _subprocessor_page(gui: MainController, qtbot: QtBot) -> SubprocessorPage:
    _active(gui, qtbot)
    gui.navigation.go_to(gui.subprocessor_index)
    assert gui.subprocessors is not None
    return gui.subprocessors.page


def _last_field(page: FormPage) -> QWidget:
    shown = [e for e in page.editors.values() if e.isVisibleTo(page) and e.isEnabled()]
    return shown[-1]


def test_tab_from_the_last_sub_processor_field_reaches_the_buttons(
    demo_gui: MainController, qtbot: QtBot
) -> None:
    gui = demo_gui
    page = _subprocessor_page(gui, qtbot)
    after = _tab_from(_last_field(page.form), qtbot)
    assert after is gui.window.back_button
    qtbot.keyClick(after, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is gui.window.next_button


def test_tab_from_the_last_organisation_field_reaches_the_buttons(
    demo_gui: MainController, qtbot: QtBot
) -> None:
    gui = demo_gui
    _active(gui, qtbot)
    gui.navigation.go_to(gui.subprocessor_index)  # another page built first
    gui.navigation.go_to(ORGANISATION_PAGE)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    assert _tabbed_on(gui, _last_field(page), qtbot) is gui.window.back_button


def test_a_new_sub_processor_starts_in_its_name_field(
    demo_gui: MainController, qtbot: QtBot
) -> None:
    gui = demo_gui
    page = _subprocessor_page(gui, qtbot)
    rows = page.table.rowCount()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == rows + 1
    name = page.form.editors["subprocessor.name"]
    qtbot.waitUntil(name.hasFocus)
    assert page.current_id() != "" and name.property("text") == ""


def test_tab_from_the_start_pages_last_field_reaches_the_buttons(
    gui: MainController, qtbot: QtBot
) -> None:
    """The start page names its last field (no walk over Qt's private widgets at start-up):
    it must be the last Tab stop of the page, followed by the page buttons."""
    page = gui.start_page
    stops, widget = [], page.nextInFocusChain()
    while widget is not None and widget is not page and page.isAncestorOf(widget):
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled():
            stops.append(widget)
        widget = widget.nextInFocusChain()
    assert stops[-1] is page.recent
    after = page.recent.nextInFocusChain()
    while page.recent.isAncestorOf(after):  # its viewport and scroll bars
        after = after.nextInFocusChain()
    assert after is gui.window.back_button  # (not Tab stops yet: no file is open)
    assert after.nextInFocusChain() is gui.window.next_button
