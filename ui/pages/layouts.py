"""Rows and columns of widgets, built in one call instead of a line per ``addWidget``.

An item is a widget, a nested layout, ``(widget, stretch)`` for a widget that takes the
space left, or ``STRETCH`` for empty space that does. ``flush=True`` drops the margins, for a
layout inside a widget that already sits in a margined layout (a form field, a dialog part).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

STRETCH = None
L = TypeVar("L", bound=QBoxLayout)
Item = QWidget | QLayout | tuple[QWidget, int] | None


def row(*items: Item, flush: bool = False) -> QHBoxLayout:
    """``items`` side by side, left to right."""
    return _filled(QHBoxLayout(), items, flush)


def column(owner: QWidget, *items: Item, flush: bool = False) -> QVBoxLayout:
    """``items`` one below the other, as the layout of ``owner``."""
    return _filled(QVBoxLayout(owner), items, flush)


def _filled(layout: L, items: tuple[Item, ...], flush: bool) -> L:
    if flush:
        layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        if item is STRETCH:
            layout.addStretch(1)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        elif isinstance(item, QLayout):
            layout.addLayout(item)
        else:
            layout.addWidget(item)
    return layout
