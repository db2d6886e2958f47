"""Check boxes and tree arrows that stay visible on a dark palette.

Fusion draws a check box's frame in the palette's window colour, darkened: on a dark palette that
is almost the colour of the box itself, so an unticked measure shows no box at all. Where a box
matters, its palette gets a window colour that gives the frame a visible grey (light palettes
are left as they are).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QStyle and its kin cost ~20 ms to load: only when a tree is built
    from PySide6.QtWidgets import QProxyStyle, QTreeView

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


def _branch_arrows() -> QProxyStyle:
    """Fusion draws a tree's expand arrows small and half transparent: on a dark palette they
    almost vanish. There they are drawn in the text colour, solid, a little larger."""
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QPainter, QPolygonF
    from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption

    class BranchArrows(QProxyStyle):
        def drawPrimitive(
            self,
            element: QStyle.PrimitiveElement,
            option: QStyleOption,
            painter: QPainter,
            widget: QWidget | None = None,
        ) -> None:
            children = bool(option.state & QStyle.StateFlag.State_Children)
            palette: QPalette = option.palette
            if (
                element != QStyle.PrimitiveElement.PE_IndicatorBranch
                or not children
                or not is_dark(palette)
            ):
                super().drawPrimitive(element, option, painter, widget)
                return
            rect = option.rect
            half = max(3.0, min(rect.width(), rect.height(), 14) / 3)
            x, y = rect.center().x() + 0.5, rect.center().y() + 0.5
            if option.state & QStyle.StateFlag.State_Open:
                points = [(x - half, y - half / 2), (x + half, y - half / 2), (x, y + half / 2 + 1)]
            else:
                points = [(x - half / 2, y - half), (x - half / 2, y + half), (x + half / 2 + 1, y)]
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Text))
            painter.drawPolygon(QPolygonF([QPointF(px, py) for px, py in points]))
            painter.restore()

    return BranchArrows()


_styles: list[QProxyStyle] = []  # one proxy for every tree, alive as long as the program


def keep_arrows_visible(tree: QTreeView) -> None:
    """Draw ``tree``'s expand arrows clearly on a dark palette (unchanged on a light one)."""
    if not _styles:
        _styles.append(_branch_arrows())
    tree.setStyle(_styles[0])
