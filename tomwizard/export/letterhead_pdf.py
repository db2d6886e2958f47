"""The letterhead on a PDF page: logo top right, sender line top left, footer columns and an
accent-coloured rule, drawn by the page callback (:class:`~tomwizard.export.pdf_styles.
NumberedCanvas`) around the body.

:func:`prepare_letterhead` reads the logo once per document (an SVG through svglib into a
reportlab drawing, so it stays a vector; a PNG through reportlab's image reader); the logo is
put into the PDF once as a form and shown on every page. An empty letterhead prepares to None
and the page looks exactly as without one (same bytes).

Layout on A4 (body frame and header/footer text unchanged): the logo sits in the band above the
header text, at most :data:`LOGO_MAX_HEIGHT` high and :data:`LOGO_MAX_WIDTH` wide, its right
edge on the right margin; the sender line stands small at the left in the same band; the
footer lines are up to three columns under the footer text (each wrapped to two lines).
"""

from __future__ import annotations

import io
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from tomwizard.export.document.typography import tie
from tomwizard.export.frozen import frozen
from tomwizard.export.pdf_fonts import FONT_REGULAR, printable
from tomwizard.export.pdf_styles import (
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    MUTED,
    PAGE_SIZE,
    draw_line,
    fit,
    text_width,
)
from tomwizard.logo_image import SVG, check_logo
from tomwizard.models.letterhead import Letterhead

LOGO_TOP = 0.45 * cm  # from the page's top edge
LOGO_MAX_HEIGHT = 0.8 * cm
LOGO_MAX_WIDTH = 5.0 * cm
SENDER_SIZE = 7.0
FOOTER_SIZE = 6.5
FOOTER_LEADING = 8.0
FOOTER_FIRST = 0.92 * cm  # baseline of the footer columns' first line, from the bottom edge
COLUMN_GAP = 0.5 * cm
_FORM = "tomwizardLetterheadLogo"


@frozen
class PreparedLetterhead:
    """What every page draws; built once per document."""

    sender: str
    columns: tuple[tuple[str, ...], ...]  # footer lines, each wrapped to at most two lines
    accent: colors.Color | None
    logo: Any  # a reportlab Drawing (SVG) or ImageReader (PNG), or None
    logo_size: tuple[float, float]  # drawn width and height in points


def prepare_letterhead(letterhead: Letterhead | None) -> PreparedLetterhead | None:
    """The letterhead ready to draw, or None when there is nothing to draw."""
    if letterhead is None or letterhead.empty:
        return None
    usable = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
    lines = letterhead.lines
    width = (usable - COLUMN_GAP * (len(lines) - 1)) / len(lines) if lines else usable
    columns = tuple(_wrap(printable(tie(line)), width) for line in lines)
    logo, size = _read_logo(letterhead)
    sender_room = usable - (size[0] + COLUMN_GAP if logo is not None else 0)
    sender = printable(tie(letterhead.sender.strip()))
    return PreparedLetterhead(
        sender=fit(sender, FONT_REGULAR, SENDER_SIZE, sender_room),
        columns=columns,
        accent=colors.HexColor(letterhead.accent) if letterhead.accent else None,
        logo=logo,
        logo_size=size,
    )


def _read_logo(letterhead: Letterhead) -> tuple[Any, tuple[float, float]]:
    logo = letterhead.logo
    if logo is None:
        return None, (0.0, 0.0)
    if logo.media_type == SVG:
        if check_logo(logo.data).too_much_to_draw:  # stored before the bound: left out
            return None, (0.0, 0.0)
        from svglib.svglib import svg2rlg  # only documents with an SVG logo load svglib

        drawing = svg2rlg(io.BytesIO(logo.data))
        if drawing is None or not drawing.width or not drawing.height:
            return None, (0.0, 0.0)
        natural = (float(drawing.width), float(drawing.height))
        art: Any = drawing
    else:
        art = ImageReader(io.BytesIO(logo.data))
        pixels = art.getSize()
        natural = (float(pixels[0]), float(pixels[1]))
    scale = min(LOGO_MAX_HEIGHT / natural[1], LOGO_MAX_WIDTH / natural[0])
    return art, (natural[0] * scale, natural[1] * scale)


def _wrap(text: str, width: float, max_lines: int = 2) -> tuple[str, ...]:
    """``text`` broken at spaces into lines of ``width`` (never at a non-breaking space: "HRB
    12345" stays together, DSB review 3, finding B9); the last line ends in "…" if cut."""
    words = [word for word in text.split(" ") if word]
    lines: list[str] = []
    while words and len(lines) < max_lines:
        line = words.pop(0)
        while words and text_width(f"{line} {words[0]}", FONT_REGULAR, FOOTER_SIZE) <= width:
            line += " " + words.pop(0)
        lines.append(line)
    if words:
        lines[-1] = lines[-1] + " " + " ".join(words)
    return tuple(fit(line, FONT_REGULAR, FOOTER_SIZE, width) for line in lines)


def draw_letterhead(canvas: Canvas, prepared: PreparedLetterhead) -> None:
    """Draw the letterhead on the current page (called once per page, after the furniture)."""
    width, height = PAGE_SIZE
    right = width - MARGIN_RIGHT
    canvas.saveState()
    if prepared.logo is not None:
        _draw_logo(canvas, prepared, right, height - LOGO_TOP - prepared.logo_size[1])
    canvas.setFillColor(prepared.accent or MUTED)
    if prepared.sender:
        baseline = height - LOGO_TOP - LOGO_MAX_HEIGHT / 2 - SENDER_SIZE / 3
        draw_line(canvas, MARGIN_LEFT, baseline, prepared.sender, SENDER_SIZE)
    canvas.setFillColor(MUTED)
    if prepared.columns:
        column = (right - MARGIN_LEFT + COLUMN_GAP) / len(prepared.columns)
        for index, lines in enumerate(prepared.columns):
            x = MARGIN_LEFT + index * column
            for row, line in enumerate(lines):
                draw_line(canvas, x, FOOTER_FIRST - row * FOOTER_LEADING, line, FOOTER_SIZE)
    if prepared.accent is not None:  # over the grey header rule (pdf_styles: top - 5)
        canvas.setStrokeColor(prepared.accent)
        canvas.setLineWidth(0.8)
        rule = height - MARGIN_TOP + 0.9 * cm - 5
        canvas.line(MARGIN_LEFT, rule, right, rule)
    canvas.restoreState()


def _draw_logo(canvas: Canvas, prepared: PreparedLetterhead, right: float, y: float) -> None:
    """The logo as one form XObject, stored once and shown on every page."""
    w, h = prepared.logo_size
    if not canvas.hasForm(_FORM):
        canvas.beginForm(_FORM)
        if isinstance(prepared.logo, ImageReader):
            canvas.drawImage(prepared.logo, 0, 0, w, h, mask="auto")
        else:
            from reportlab.graphics import renderPDF

            drawing = prepared.logo
            canvas.saveState()
            canvas.scale(w / drawing.width, h / drawing.height)
            renderPDF.draw(drawing, canvas, 0, 0)
            canvas.restoreState()
        canvas.endForm()
    canvas.saveState()
    canvas.translate(right - w, y)
    canvas.doForm(_FORM)
    canvas.restoreState()
