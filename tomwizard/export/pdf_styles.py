"""Typography and page furniture of tomwizard's PDF documents.

A4, 2.5 cm left and right margins, DejaVu Sans at 10 pt. Header (document title, processor) and
footer (Stand/version, "Seite x von y") are drawn by :class:`NumberedCanvas`, which holds every
page back until the document is complete, so that the total page count is known.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from tomwizard.export.frozen import frozen
from tomwizard.export.pdf_fonts import FONT_BOLD, FONT_REGULAR, font_runs
from tomwizard.export.pdf_text import untie

PAGE_SIZE: tuple[float, float] = A4
MARGIN_LEFT = 2.5 * cm
MARGIN_RIGHT = 2.5 * cm
MARGIN_TOP = 2.6 * cm
MARGIN_BOTTOM = 2.4 * cm
BODY_SIZE = 10.0
HEADING_INDENT = 28.0  # number to title: "20." (20.4 pt) and the 0.6 em reportlab puts after it
INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#9a9a9a")
WATERMARK = colors.HexColor("#b0b0b0")
DRAFT_RULE = colors.HexColor("#b04a00")
DRAFT_FILL = colors.HexColor("#fff4e8")
WATERMARK_SIZE = 96.0
BULLET = "•"
SUB_BULLET = "–"


@frozen
class Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    title_tom: ParagraphStyle
    centered: ParagraphStyle
    party: ParagraphStyle
    meta: ParagraphStyle
    body: ParagraphStyle
    heading: ParagraphStyle
    heading_numbered: ParagraphStyle
    lead: ParagraphStyle
    item: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    cell_value: ParagraphStyle
    small: ParagraphStyle
    subheading: ParagraphStyle
    draft_note: ParagraphStyle


def _style(name: str, **overrides: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": FONT_REGULAR,
        "fontSize": BODY_SIZE,
        "leading": BODY_SIZE * 1.4,
        "textColor": INK,
        "alignment": TA_LEFT,
        "splitLongWords": 1,  # unbreakable runs (pasted hashes, URLs) wrap by character
        "allowWidows": 0,
        "allowOrphans": 0,
    }
    base.update(overrides)
    return ParagraphStyle(name, **base)


@cache
def make_styles() -> Styles:
    """The paragraph styles of every document, built once (fonts must be registered first)."""
    return Styles(
        title=_style(
            "AnnexTitle",
            fontName=FONT_BOLD,
            fontSize=16,
            leading=21,
            alignment=TA_CENTER,
            spaceAfter=4,
        ),
        subtitle=_style("AnnexSubtitle", fontSize=11, leading=15, alignment=TA_CENTER),
        title_tom=_style(
            "AnnexTitleTom",
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=17,
            alignment=TA_CENTER,
            spaceBefore=2,
            spaceAfter=18,
        ),
        centered=_style("AnnexCentered", alignment=TA_CENTER, spaceAfter=6),
        party=_style("AnnexParty", alignment=TA_CENTER, spaceAfter=2),
        meta=_style("AnnexMeta", alignment=TA_CENTER, textColor=MUTED, spaceBefore=10),
        body=_style("AnnexBody", spaceAfter=6),
        heading=_style(
            "AnnexHeading",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=16,
            spaceAfter=6,
        ),  # no keepWithNext: Document.heading puts a pdf_keep.Room before every heading
        heading_numbered=_style(
            "AnnexHeadingNumbered",
            fontName=FONT_BOLD,
            fontSize=11.5,
            leading=15,
            spaceBefore=16,
            spaceAfter=6,
            leftIndent=HEADING_INDENT,  # a second line starts under the title, not the number
            bulletIndent=0,
            bulletFontName=FONT_BOLD,
            bulletFontSize=11.5,
        ),
        lead=_style("AnnexLead", spaceAfter=4),
        item=_style("AnnexItem", spaceAfter=3),
        cell=_style("Cell", fontSize=8.5, leading=11),
        cell_head=_style("CellHead", fontName=FONT_BOLD, fontSize=8.5, leading=11),
        cell_label=_style("CellLabel", fontName=FONT_BOLD, fontSize=9, leading=13),
        cell_value=_style("CellValue", fontSize=9.5, leading=13),
        small=_style("Small", fontSize=8.5, leading=11.5, textColor=MUTED, spaceAfter=2),
        subheading=_style(
            "Subheading",
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=10,
            spaceAfter=4,
            keepWithNext=1,
        ),
        draft_note=_style(
            "DraftNote",
            fontSize=9.5,
            leading=13,
            borderColor=DRAFT_RULE,
            borderWidth=0.8,
            borderPadding=6,
            backColor=DRAFT_FILL,
            spaceBefore=18,
            spaceAfter=2,
        ),
    )


LIST_INDENT = 14.0  # text indent of a top-level bullet item, in points
LIST_STEP = 13.0  # further indent per nesting level
BULLET_GAP = 11.0  # from the bullet to the text


BOX_GAP = 14.0  # from a ☒/☐ box to the text


@cache
def item_style(depth: int, boxed: bool = False) -> ParagraphStyle:
    """A bullet paragraph at nesting ``depth`` (0 = top level): • at the top, – below; with
    ``boxed`` a checklist line whose bullet is a ☒/☐ box."""
    gap = BOX_GAP if boxed else BULLET_GAP
    indent = LIST_INDENT + (gap - BULLET_GAP) + LIST_STEP * depth
    return make_styles().item.clone(
        f"AnnexItem{depth}{'Box' if boxed else ''}",
        leftIndent=indent,
        bulletIndent=indent - gap,
        bulletFontName=FONT_REGULAR,
        bulletFontSize=BODY_SIZE,
        spaceBefore=2 if depth else 0,
    )


def bullet(depth: int) -> str:
    return BULLET if depth == 0 else SUB_BULLET


@frozen
class PageFurniture:
    """The texts around the body: header left/right, footer left, and "Seite {page} von {pages}"."""

    header_left: str
    header_right: str
    footer_left: str
    page_label: str  # a format string with {page} and {pages}
    watermark: str = ""  # "ENTWURF": diagonally across every page and before the footer


def text_width(text: str, font: str, size: float) -> float:
    """The width of ``text`` in ``font``, with what ``font`` lacks set in its fallback font."""
    return float(sum(stringWidth(chars, face or font, size) for face, chars in font_runs(text)))


@lru_cache(maxsize=256)  # the same header and footer on every page
def fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten ``text`` with an ellipsis so that it fits ``width`` points."""
    if text_width(text, font, size) <= width:
        return text
    while text and text_width(text + "…", font, size) > width:
        text = text[: max(0, len(text) - max(1, len(text) // 8))]
    return text.rstrip() + "…"


def draw_line(
    canvas: Canvas, x: float, y: float, text: str, size: float, right: bool = False
) -> None:
    """One line of plain text in DejaVu at ``size``, ending at ``x`` if ``right``; characters
    DejaVu lacks are drawn in their fallback font."""
    if right:
        x -= text_width(text, FONT_REGULAR, size)
    for face, chars in font_runs(text):
        canvas.setFont(face or FONT_REGULAR, size)
        canvas.drawString(x, y, chars)
        x += stringWidth(chars, face or FONT_REGULAR, size)


class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
    """A canvas that draws header and footer with "page x of y" once all pages are known."""

    def __init__(
        self, *args: Any, furniture: PageFurniture, letterhead: Any = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        f = furniture
        texts = (f.header_left, f.header_right, f.footer_left, f.page_label, f.watermark)
        self._furniture = PageFurniture(*(untie(text) for text in texts))
        self._letterhead = letterhead  # a letterhead_pdf.PreparedLetterhead, or None
        self._saved_pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name, hence camelCase
        self._saved_pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved_pages)
        for state in self._saved_pages:
            self.__dict__.update(state)
            self._draw_furniture(total)
            super().showPage()
        super().save()

    def _draw_furniture(self, total: int) -> None:
        f = self._furniture
        width, height = PAGE_SIZE
        right = width - MARGIN_RIGHT
        usable = width - MARGIN_LEFT - MARGIN_RIGHT
        self.saveState()
        self.setFillColor(MUTED)
        top = height - MARGIN_TOP + 0.9 * cm
        draw_line(self, MARGIN_LEFT, top, fit(f.header_left, FONT_REGULAR, 8, usable * 0.6), 8)
        header_right = fit(f.header_right, FONT_REGULAR, 8, usable * 0.38)
        draw_line(self, right, top, header_right, 8, right=True)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.4)
        self.line(MARGIN_LEFT, top - 5, right, top - 5)
        bottom = MARGIN_BOTTOM - 1.1 * cm
        self.line(MARGIN_LEFT, bottom + 10, right, bottom + 10)
        footer = f"{f.watermark} · {f.footer_left}" if f.watermark else f.footer_left
        draw_line(self, MARGIN_LEFT, bottom, fit(footer, FONT_REGULAR, 8, usable * 0.6), 8)
        label = f.page_label.format(page=self._pageNumber, pages=total)
        draw_line(self, right, bottom, label, 8, right=True)
        self.restoreState()
        if self._letterhead is not None:
            from tomwizard.export.letterhead_pdf import draw_letterhead

            draw_letterhead(self, self._letterhead)
        if f.watermark:
            self._draw_watermark(f.watermark)

    def _draw_watermark(self, text: str) -> None:
        """``text`` large, pale and diagonal across the page (real text: it is extractable)."""
        width, height = PAGE_SIZE
        self.saveState()
        self.setFillColor(WATERMARK)
        self.setFillAlpha(0.25)
        self.translate(width / 2, height / 2)
        self.rotate(45)
        self.setFont(FONT_BOLD, WATERMARK_SIZE)
        self.drawCentredString(0, -WATERMARK_SIZE / 3, text)
        self.restoreState()
