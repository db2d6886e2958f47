"""A small picture of a page's top and bottom with the letterhead, as the PDF lays it out
(:mod:`tomwizard.export.letterhead_pdf` gives the measures, in points on A4)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer

from tomwizard.export import letterhead_pdf as lp
from tomwizard.export.pdf_styles import MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP
from tomwizard.logo_image import SVG
from tomwizard.models.letterhead import Letterhead, Logo

A4_WIDTH = 595.28
BAND = 62.0  # points of the page shown at the top and at the bottom
MUTED = QColor("#5a5a5a")
RULE = QColor("#9a9a9a")


def logo_image(logo: Logo | None, height: int) -> QImage | None:
    """The logo drawn ``height`` pixels high (None: no logo, or Qt cannot read it)."""
    if logo is None:
        return None
    if logo.media_type == SVG:
        renderer = QSvgRenderer(QByteArray(logo.data))
        size = renderer.defaultSize()
        if not renderer.isValid() or size.height() <= 0:
            return None
        image = QImage(
            max(1, round(size.width() * height / size.height())),
            height,
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        image.fill(Qt.GlobalColor.transparent)
        with_painter = QPainter(image)
        renderer.render(with_painter)
        with_painter.end()
        return image
    image = QImage.fromData(logo.data)
    return None if image.isNull() else image


def preview_pixmap(letterhead: Letterhead, width: int, header: str, footer: str) -> QPixmap:
    """Top and bottom of an annex page with ``letterhead``, ``width`` pixels wide; ``header``
    and ``footer`` are the page's own texts (shown in grey, as in the PDF)."""
    scale = width / A4_WIDTH
    gap = 10
    pixmap = QPixmap(width, round(2 * BAND * scale) + gap)
    pixmap.fill(QColor("#d8d8d8"))
    _DPI[0] = float(pixmap.logicalDpiY() or 96)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.fillRect(QRectF(0, 0, A4_WIDTH, BAND), Qt.GlobalColor.white)
    bottom_top = BAND + gap / scale
    painter.fillRect(QRectF(0, bottom_top, A4_WIDTH, BAND), Qt.GlobalColor.white)
    _top(painter, letterhead, header)
    painter.translate(0, bottom_top + BAND)  # y measured up from the page's bottom edge
    _bottom(painter, letterhead, footer)
    painter.end()
    return pixmap


_DPI = [96.0]


def _font(size: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(size * 72 / _DPI[0])  # the painter's scale maps points to pixels
    return font


def _accent(letterhead: Letterhead) -> QColor | None:
    return QColor(letterhead.accent) if letterhead.accent else None


def _top(painter: QPainter, letterhead: Letterhead, header: str) -> None:
    right = A4_WIDTH - MARGIN_RIGHT
    header_y = MARGIN_TOP - 0.9 * 28.3465
    accent = _accent(letterhead)
    logo = logo_image(letterhead.logo, 120)
    if logo is not None:
        ratio = logo.width() / logo.height()
        h = min(lp.LOGO_MAX_HEIGHT, lp.LOGO_MAX_WIDTH / ratio)
        w = h * ratio
        painter.drawImage(QRectF(right - w, lp.LOGO_TOP, w, h), logo)
    painter.setPen(accent or MUTED)
    painter.setFont(_font(lp.SENDER_SIZE))
    sender_y = lp.LOGO_TOP + lp.LOGO_MAX_HEIGHT / 2 + lp.SENDER_SIZE / 3
    painter.drawText(QRectF(MARGIN_LEFT, sender_y - 8, 300, 10), letterhead.sender.strip())
    painter.setPen(MUTED)
    painter.setFont(_font(8))
    painter.drawText(QRectF(MARGIN_LEFT, header_y - 9, 300, 11), header)
    painter.setPen(QPen(accent or RULE, 0.8 if accent else 0.4))
    painter.drawLine(int(MARGIN_LEFT), int(header_y + 5), int(right), int(header_y + 5))


def _bottom(painter: QPainter, letterhead: Letterhead, footer: str) -> None:
    right = A4_WIDTH - MARGIN_RIGHT
    text_y = -(MARGIN_BOTTOM - 1.1 * 28.3465)
    painter.setPen(QPen(RULE, 0.4))
    painter.drawLine(int(MARGIN_LEFT), int(text_y - 10), int(right), int(text_y - 10))
    painter.setPen(MUTED)
    painter.setFont(_font(8))
    painter.drawText(QRectF(MARGIN_LEFT, text_y - 9, 300, 11), footer)
    lines = letterhead.lines
    if not lines:
        return
    painter.setFont(_font(lp.FOOTER_SIZE))
    column = (right - MARGIN_LEFT + lp.COLUMN_GAP) / len(lines)
    for index, line in enumerate(lines):
        x = MARGIN_LEFT + index * column
        box = QRectF(x, -lp.FOOTER_FIRST - 7, column - lp.COLUMN_GAP, 2 * lp.FOOTER_LEADING + 2)
        painter.drawText(box, int(Qt.TextFlag.TextWordWrap), line)


FALLBACK_HEIGHT = 240  # pixels: about 750 dpi at the logo's printed height (0.8 cm)


def svg_png_fallback(logo: Logo) -> Logo:
    """``logo`` with a PNG drawing of its SVG for Word (unchanged for a PNG logo or when Qt
    cannot draw it)."""
    if logo.media_type != SVG:
        return logo
    image = logo_image(logo, FALLBACK_HEIGHT)
    if image is None or image.width() > 4096:
        return logo
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    try:
        return Logo(media_type=logo.media_type, data=logo.data, png_fallback=bytes(data.data()))
    except ValueError:
        return logo
