"""The reportlab renderer of the neutral document model: :func:`render_pdf`.

Each block becomes the flowables tomwizard's PDFs have always had: a heading a numbered bold
paragraph that never stands alone at a page's foot (a :class:`~tomwizard.export.pdf_keep.Room`
before it), a list bullet paragraphs (a measure with sub-measures kept with the first of them),
a table the look of its kind (see :mod:`tomwizard.export.document.pdf_blocks`). The renderer
decides nothing about content; every text is escaped for reportlab's paragraph markup here.
Output is deterministic (see :mod:`tomwizard.export.pdf_document`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable
from reportlab.platypus import PageBreak as PdfPageBreak

from tomwizard.export.document.model import (
    Block,
    Chart,
    Document,
    DocumentMeta,
    Heading,
    KeepTogether,
    KeepWithNext,
    ListBlock,
    ListItem,
    PageBreak,
    Paragraph,
    ParagraphRole,
    SignatureBlock,
    Table,
)
from tomwizard.export.document.pdf_blocks import run_markup, signature_flowables, table_flowables
from tomwizard.export.gap_chart import progress_chart
from tomwizard.export.pdf_document import CONTENT_WIDTH, DocumentInfo
from tomwizard.export.pdf_document import Document as PdfDocument
from tomwizard.export.pdf_keep import HEADING_ROOM, Room
from tomwizard.export.pdf_keep import StoryParagraph as PdfParagraph
from tomwizard.export.pdf_long import paragraphs
from tomwizard.export.pdf_styles import PageFurniture, Styles, item_style
from tomwizard.export.pdf_text import escape, plain

__all__ = ["PdfRenderer", "pdf_story", "render_pdf"]


def render_pdf(document: Document) -> bytes:
    """``document`` as PDF bytes (A4, header, footer, "Seite x von y", the draft mark)."""
    pdf, story = pdf_story(document)
    return pdf.render(story, document_info(document.meta))


def pdf_story(
    document: Document, cut_long_words: bool = False
) -> tuple[PdfDocument, list[Flowable]]:
    """The PDF document and the flowables of ``document``, before layout (``cut_long_words``:
    see :class:`PdfRenderer`)."""
    pdf = PdfDocument(document.meta.language, {})
    return pdf, PdfRenderer(pdf, cut_long_words).flowables(document.blocks)


def document_info(meta: DocumentMeta) -> DocumentInfo:
    return DocumentInfo(
        title=meta.title,
        author=plain(meta.author),
        subject=meta.subject,
        dated=meta.dated,
        letterhead=meta.letterhead,
        furniture=PageFurniture(
            header_left=plain(meta.header_left),
            header_right=plain(meta.header_right),
            footer_left=meta.footer_left,
            page_label=meta.page_label,
            watermark=meta.draft_mark,
        ),
    )


@cache
def _derived(s: Styles) -> dict[str, ParagraphStyle]:
    """The styles of the roles that are variants of a shared style."""
    return {
        "intro": s.body.clone("Intro", spaceBefore=18),
        "lead_after": s.lead.clone("LeadAfter", spaceBefore=s.heading.spaceBefore),
        "note": s.small,
        "summary": s.body.clone("Progress", spaceBefore=8),
        "group_title": s.subheading.clone("Severity", keepWithNext=0),  # a Room keeps it
        "finding": s.body.clone("Finding", spaceBefore=5, spaceAfter=2, leftIndent=12),
        "detail": s.small.clone("Detail", leftIndent=12),
        "facts": s.small.clone("Facts", spaceBefore=6, spaceAfter=0),
        "entry": s.body.clone("Entry", spaceAfter=1),
    }


def paragraph_style(s: Styles, role: ParagraphRole) -> ParagraphStyle:
    """The paragraph style of a role."""
    derived = _derived(s)
    if role in derived:
        return derived[role]
    style: ParagraphStyle = getattr(s, role)
    return style


class PdfRenderer:
    """Turns blocks into flowables in the styles of one PDF document. ``cut_long_words``: a
    paragraph with overlong unbroken words is cut into several (see
    :mod:`tomwizard.export.pdf_long`), as the gap report does with user texts of any length."""

    def __init__(self, pdf: PdfDocument, cut_long_words: bool = False) -> None:
        self.pdf = pdf
        self.styles = pdf.styles
        self.cut_long_words = cut_long_words

    def flowables(self, blocks: Iterable[Block]) -> list[Flowable]:
        story: list[Flowable] = []
        for block in blocks:
            story += self.block(block)
        return story

    def block(self, block: Block) -> list[Flowable]:
        s = self.styles
        if isinstance(block, Paragraph):
            markup, style = run_markup(block.runs), paragraph_style(s, block.role)
            if self.cut_long_words:
                return list(paragraphs(markup, style))
            return [PdfParagraph(markup, style)]
        if isinstance(block, Heading):
            return self.heading(block)
        if isinstance(block, ListBlock):
            return self.list(block, block.items, 0)
        if isinstance(block, Table):
            return table_flowables(block, s)
        if isinstance(block, SignatureBlock):
            return signature_flowables(block, self.heading(block.heading), s)
        if isinstance(block, KeepWithNext):
            return [Room(HEADING_ROOM)]
        if isinstance(block, PageBreak):
            return [PdfPageBreak()]
        if isinstance(block, KeepTogether):
            kept = self.flowables(block.blocks)
            return [Room(keep=len(kept)), *kept]
        if isinstance(block, Chart):
            labels = (block.done_label, block.findings_label)
            space = block.percent_space
            chart = progress_chart(list(block.rows), CONTENT_WIDTH, *labels, space)
            return [chart]
        raise TypeError(f"unknown block: {block!r}")

    def heading(self, heading: Heading) -> list[Flowable]:
        """A part heading ("3.  Zugangskontrolle", a second line under the title) that never
        stands alone at a page's foot."""
        s = self.styles
        text = escape(heading.text)
        if heading.level > 1:
            return [PdfParagraph(text, s.subheading)]
        if not heading.number:
            return [Room(HEADING_ROOM), PdfParagraph(text, s.heading)]
        style = s.heading_numbered
        return [Room(HEADING_ROOM), PdfParagraph(text, style, bulletText=heading.number)]

    def list(self, block: ListBlock, items: Iterable[ListItem], depth: int) -> list[Flowable]:
        """Bullet paragraphs (cheaper than ListFlowable), sub-entries one level further in; an
        entry with sub-entries stays on the page of the first of them."""
        style = item_style(depth, block.checklist)
        story: list[Flowable] = []
        for item in items:
            if item.children:
                story.append(Room())
            mark = block.mark(item, depth)
            story.append(PdfParagraph(run_markup(item.runs), style, bulletText=mark))
            if item.children:
                story += self.list(block, item.children, depth + 1)
        return story
