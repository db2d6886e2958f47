"""Tab order: the last widget of a page that takes Tab focus, found without walking more of
Qt's own widgets than needed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def page_last_tab_stop(page: QWidget) -> QWidget | None:
    """The last widget in ``page`` that takes Tab focus; None if there is none (a placeholder).

    A FormPage names the part to walk from (``tab_tail``): walking its whole focus chain would
    hand Python Qt's private widgets, for which PySide builds every widget class it has."""
    tail = getattr(page, "tab_tail", None)
    start = tail() if callable(tail) else None
    last = _last_tab_stop(page, start) if isinstance(start, QWidget) else None
    return last if last is not None else _last_tab_stop(page, page)


def _last_tab_stop(page: QWidget, start: QWidget) -> QWidget | None:
    """The last widget taking Tab focus in ``page``'s focus chain from ``start`` (a part of
    the page, or the page) on; None if there is none after it.

    Walking from a later part of the page hands Python fewer of Qt's own widgets (viewports,
    scroll bars): the first of them made PySide build every widget class (~10 ms at start-up).
    """
    last: QWidget | None = None
    widget: QWidget | None = start
    while widget is not None and (widget is start or page.isAncestorOf(widget)):
        if widget is not page and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = widget
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return last
