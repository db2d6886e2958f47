"""Window shortcuts that a text field must not take: Strg+E exports from anywhere in the window.

On X11 Qt gives text fields the Emacs-style key bindings of the platform: Ctrl+E moves the cursor
to the end of the line. A line edit therefore claims Ctrl+E (it accepts the ShortcutOverride
event), and the menu shortcut „Exportieren … Strg+E“ did nothing while the cursor stood in a field
(the search box, a form field, a date) — the usual place of the cursor after typing. Here the
window's text fields leave such keys to the window's shortcuts: a filter on each text field of
the window that gets the focus eats the ShortcutOverride event of those keys (unaccepted, so Qt
goes on to the shortcut). Only text fields that get the focus pass events through Python.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TEXT_FIELDS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


class WindowKeys(QObject):
    """Leaves ``keys`` to the shortcuts of ``window`` while one of its text fields has focus."""

    def __init__(self, window: QWidget, keys: list[QKeySequence]) -> None:
        super().__init__(window)
        self._window = window
        self._keys = {key[0].toCombined() for key in keys if not key.isEmpty()}  # type: ignore[index]
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_app_focus_changed)

    def _on_app_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        if isinstance(now, TEXT_FIELDS) and now.window() is self._window:
            now.installEventFilter(self)  # again on every focus: Qt keeps one copy

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        return event.keyCombination().toCombined() in self._keys
