"""The small document facade under every PDF tomwizard writes.

A :class:`Document` knows its language, its fixed wording and the shared paragraph styles (built
once per process); the parts of a document are plain functions that take it and return
flowables. :meth:`Document.render` lays them out on A4 with header, footer and "Seite x von y"
and returns the PDF bytes, so that nothing reaches the output file unless the whole document
was built. The text frame has no inner padding: body, tables and the header and footer rules
share the same left and right edges.

A heading never ends a page: before each one stands a :class:`~tomwizard.export.pdf_keep.Room`
(see there).

Output is deterministic (reportlab ``invariant=1``: fixed creation date and document id, no
random font subset prefixes): the same input gives the same bytes, so that a frozen version of
an annex can be identified by the hash of its PDF. The "Stand" date (or, where it is missing,
today) is the only date printed in an annex.
"""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    TableStyle,
)

from tomwizard.export.frozen import frozen
from tomwizard.export.letterhead_pdf import prepare_letterhead
from tomwizard.export.pdf_fonts import FONT_REGULAR, register_fonts
from tomwizard.export.pdf_keep import CONTENT_HEIGHT, HEADING_ROOM, Room, link_rooms
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
from tomwizard.export.pdf_text import markup, tie, untie
from tomwizard.models.catalog import Language
from tomwizard.models.letterhead import Letterhead
from tomwizard.models.roles import fill_roles, swap_roles

CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A table style in the embedded font: reportlab sets Helvetica (not embedded) on every
    table cell unless told otherwise, even when the cells are paragraphs."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_REGULAR), *commands])


@frozen
class DocumentInfo:
    """Metadata and page furniture of one PDF."""

    title: str
    author: str
    subject: str
    furniture: PageFurniture
    dated: dt.date | None = None  # creation date in the metadata (the date the document shows)
    letterhead: Letterhead | None = None  # the firm's Briefkopf (letterhead_pdf draws it)


class Document:
    """Language, wording and styles shared by the part functions of one document."""

    def __init__(
        self, lang: Language, wording: dict[str, str], roles: str = "verantwortlicher"
    ) -> None:
        self.lang = lang
        self.wording = wording
        self.roles = roles  # RoleNames value: which role words the wording uses
        self._numbers = 0
        register_fonts()
        self.styles: Styles = make_styles()

    def text(self, key: str, **values: str) -> str:
        """Fixed wording, markup-safe, with typographic ties; ``values`` must be escaped."""
        template = swap_roles(fill_roles(self.wording[key], self.roles), self.roles)
        return tie(template.format(**values) if values else template)

    def para(self, markup: str, style: ParagraphStyle | None = None) -> Paragraph:
        return Paragraph(markup, style or self.styles.body)

    def user(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A paragraph of user text, escaped, with typographic ties."""
        return Paragraph(markup(text), style or self.styles.body)

    def next_number(self) -> int:
        self._numbers += 1
        return self._numbers

    def peek_number(self, ahead: int = 1) -> int:
        return self._numbers + ahead

    def heading(self, title_markup: str, numbered: bool = True) -> list[Flowable]:
        """A part heading ("3.  Zugangskontrolle", a second line under the title) that never
        stands alone at a page's foot."""
        if not numbered:
            return [Room(HEADING_ROOM), Paragraph(tie(title_markup), self.styles.heading)]
        number = f"{self.next_number()}."
        style = self.styles.heading_numbered
        return [Room(HEADING_ROOM), Paragraph(tie(title_markup), style, bulletText=number)]

    def render(self, story: list[Flowable], info: DocumentInfo) -> bytes:
        buffer = io.BytesIO()
        link_rooms(story)
        frame = Frame(
            MARGIN_LEFT,
            MARGIN_BOTTOM,
            CONTENT_WIDTH,
            CONTENT_HEIGHT,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id="body",
        )
        doc = BaseDocTemplate(
            buffer,
            pageTemplates=[PageTemplate(id="page", frames=[frame], pagesize=PAGE_SIZE)],
            pagesize=PAGE_SIZE,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=untie(info.title),  # metadata is searched: plain spaces
            author=info.author,
            subject=untie(info.subject),
            creator="tomwizard",
            producer="tomwizard (ReportLab)",
            lang="de-DE" if self.lang == "de" else "en",
            initialFontName=FONT_REGULAR,  # no unembedded Helvetica in the page streams
            displayDocTitle=1,
            invariant=1,
        )

        letterhead = prepare_letterhead(info.letterhead)

        def canvas(*args: Any, **kwargs: Any) -> NumberedCanvas:
            made = NumberedCanvas(*args, furniture=info.furniture, letterhead=letterhead, **kwargs)
            if info.dated is not None:  # still deterministic: the document's own date
                stamp = f"D:{info.dated:%Y%m%d}000000+00'00'"
                made.setDateFormatter(lambda *_time: stamp)
            return made

        doc.build(story, canvasmaker=canvas)
        return buffer.getvalue()
