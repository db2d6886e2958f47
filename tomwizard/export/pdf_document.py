"""The small document facade under every PDF tomwizard writes.

A :class:`Document` knows its language, its fixed wording and the shared paragraph styles (built
once per process); the parts of a document are plain functions that take it and return
flowables. :meth:`Document.render` lays them out on A4 with header, footer and "Seite x von y"
and returns the PDF bytes, so that nothing reaches the output file unless the whole document
was built.

Output is deterministic (reportlab ``invariant=1``: fixed creation date and document id, no
random font subset prefixes): the same input gives the same bytes, so that a frozen version of
an annex can be identified by the hash of its PDF. The "Stand" date (or, where it is missing,
today) is the only date printed in an annex.
"""

from __future__ import annotations

import functools
import io
from dataclasses import dataclass, field
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, SimpleDocTemplate, TableStyle

from tomwizard.export.pdf_fonts import FONT_REGULAR, register_fonts
from tomwizard.export.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    NumberedCanvas,
    PageFurniture,
    Styles,
    make_styles,
)
from tomwizard.export.pdf_text import escape
from tomwizard.models.catalog import Language

HEADING_ROOM = 90.0  # points: a heading never starts lower on the page than this above the end
CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style in the embedded font: reportlab sets Helvetica (not embedded) on every
    table cell unless told otherwise, even when the cells are paragraphs."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands])


@dataclass(frozen=True)
class DocumentInfo:
    """Metadata and page furniture of one PDF."""

    title: str
    author: str
    subject: str
    furniture: PageFurniture


@dataclass
class Document:
    """Language, wording and styles shared by the part functions of one document."""

    lang: Language
    wording: dict[str, str]
    styles: Styles = field(init=False)
    _numbers: int = field(default=0, init=False)

    def __post_init__(self) -> None:
        register_fonts()
        self.styles = make_styles()

    def text(self, key: str, **values: str) -> str:
        """Fixed wording, markup-safe; ``values`` must be escaped already."""
        template = self.wording[key]
        return template.format(**values) if values else template

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.styles.body)

    def user(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, escaped."""
        return Paragraph(escape(text), style or self.styles.body)

    def next_number(self) -> int:
        self._numbers += 1
        return self._numbers

    def peek_number(self, ahead: int = 1) -> int:
        return self._numbers + ahead

    def heading(self, title_markup: str, numbered: bool = True) -> list[Flowable]:
        """A part heading ("3.  Zugangskontrolle") that never stands alone at a page's foot."""
        label = f"{self.next_number()}.&nbsp;&nbsp;{title_markup}" if numbered else title_markup
        return [CondPageBreak(HEADING_ROOM), Paragraph(label, self.styles.heading)]

    def render(self, story: list[Flowable], info: DocumentInfo) -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(
            buffer,
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=info.title,
            author=info.author,
            subject=info.subject,
            creator="tomwizard",
            producer="tomwizard (ReportLab)",
            lang="de-DE" if self.lang == "de" else "en",
            initialFontName=FONT_REGULAR,  # no unembedded Helvetica in the page streams
            displayDocTitle=1,
            invariant=1,
        )
        canvas = functools.partial(NumberedCanvas, furniture=info.furniture)
        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()
