"""SVG icons from ``resources/icons``, scalable for high-DPI screens.

Line icons draw in ``currentColor``, which Qt's SVG renderer does not know: it is replaced by
the palette's text colour when the icon is made, so the icons stay visible on a dark palette.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from tomwizard.paths import resource_path

_SIZES = (16, 20, 24, 32, 48, 64)


@cache
def blank() -> QIcon:
    """An empty icon that keeps the text of icon-less rows aligned with the others.

    Its pixmap is as large as the largest real icon: a QIcon scales a pixmap down, never up,
    so a small blank would take less room than a real icon and indent its row's text less.
    """
    pixmap = QPixmap(QSize(_SIZES[-1], _SIZES[-1]))
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)


def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the current palette's text colour."""
    palette = QApplication.palette()
    return _icon(name, palette.windowText().color().name())


@cache
def _icon(name: str, colour: str) -> QIcon:
    from PySide6.QtSvg import QSvgRenderer  # loaded on first use, not at start-up

    path = resource_path("icons", f"{name}.svg")
    try:
        data = path.read_text(encoding="utf-8").replace("currentColor", colour)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    result = QIcon()
    for size in _SIZES:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pixmap)
    return result
