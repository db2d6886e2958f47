"""Strg+F: shown in the menu beside „Suchen …“ (it was missing there), and it reaches the search
field from anywhere in the window, also from a text field that claims the key (on X11 Qt gives
line edits Emacs-style keys: Ctrl+F moves the cursor one character forward)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui_support import active, isolated_settings  # noqa: F401 - autouse fixture
from ui.app import build


class _ClaimsCtrlF(QLineEdit):
    """A line edit that claims Ctrl+F as the X11 key bindings do (offscreen Qt has none)."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.keyCombination().toCombined() == QKeySequence("Ctrl+F")[0].toCombined()
        ):
            event.accept()
            return True
        return super().event(event)


def test_the_menu_shows_ctrl_f_and_it_reaches_the_search(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file)
    for controller in active(qtbot, gui):
        window = controller.window
        assert window.find_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
        assert window.find_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        field = _ClaimsCtrlF(window.banner.parentWidget())
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        qtbot.keyClick(field, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search.hasFocus)
        window.steps.setFocus()
        qtbot.waitUntil(window.steps.hasFocus)
        qtbot.keyClick(window.steps, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.search.hasFocus)
