"""Check boxes that stay visible on a dark palette.

Fusion draws a check box's frame in the palette's window colour, darkened: on a dark palette that
is almost the colour of the box itself, so an unticked measure shows no box at all. Where a box
matters, its palette gets a window colour that gives the frame a visible grey (light palettes
are left as they are).
"""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

# Fusion's frame is window.darker(140).lighter(110): a window colour of the text colour darkened
# by 130 % gives a frame about halfway between the box (base) and the text.
_FRAME_FROM_TEXT = 130


def is_dark(palette: QPalette) -> bool:
    return (
        palette.color(QPalette.ColorRole.Base).lightness()
        < palette.color(QPalette.ColorRole.Text).lightness()
    )


def with_visible_checks(palette: QPalette) -> QPalette:
    """``palette`` with a window colour that makes check-box frames visible (if it is dark)."""
    if not is_dark(palette):
        return palette
    adjusted = QPalette(palette)
    frame = palette.color(QPalette.ColorRole.Text).darker(_FRAME_FROM_TEXT)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        adjusted.setColor(group, QPalette.ColorRole.Window, frame)
    return adjusted


def keep_checks_visible(*boxes: QWidget) -> None:
    """Give check boxes the adjusted palette (on a dark palette only)."""
    for box in boxes:
        if is_dark(box.palette()):
            box.setPalette(with_visible_checks(box.palette()))
