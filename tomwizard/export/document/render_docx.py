"""The Word renderer: a :class:`~tomwizard.export.document.model.Document` as a DOCX file.

Real Word structure, so that a lawyer edits the annex without fighting its layout: headings in
Word's heading styles (the navigation pane lists the sections), prose lists as Word bullet
lists, checklist lines with their status mark (☒ ◐ ◷ ☐ ⊘ ?) as the first text of the
paragraph and a hanging indent (:func:`checklist_mark`), tables whose header row repeats on
every page and whose rows do not split (except a row too long for a page), header and footer
with "Seite X von Y" as PAGE and NUMPAGES fields and the firm's letterhead
(:mod:`tomwizard.export.letterhead_docx`), "ENTWURF" across every page of a draft, the
document properties (title, author, subject, language, created and modified on the date the
document shows). The renderer decides nothing about content: every text comes from the model.

Text: characters XML cannot hold are dropped by the rule the PDF uses
(:func:`tomwizard.export.pdf_text.clean`: control characters except tab and newline, unpaired
surrogates), plus the two non-characters U+FFFE and U+FFFF; everything else is kept.

The output is deterministic: the same model gives the same bytes (fixed dates in the
properties and in the ZIP, no random ids).
"""

from __future__ import annotations

import datetime as dt
import io
import re

import docx
from docx.document import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml.ns import qn
from docx.shared import Emu, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as WordParagraph

from tomwizard.export.document import docx_ooxml as ooxml
from tomwizard.export.document.docx_signature import signature_block
from tomwizard.export.document.docx_styles import (
    CELL_HEAD_STYLE,
    CELL_STYLE,
    HEAD_FILL_HEX,
    LIST_STYLE,
    MUTED,
    ROLES,
    RULE_HEX,
    SYMBOL_FONT,
    TEXT_WIDTH,
    set_up,
    style_ids,
)
from tomwizard.export.document.docx_watermark import add_watermark
from tomwizard.export.document.model import (
    Block,
    Chart,
    Document,
    Heading,
    KeepTogether,
    KeepWithNext,
    ListBlock,
    ListItem,
    PageBreak,
    Paragraph,
    Run,
    Runs,
    SignatureBlock,
    Table,
)
from tomwizard.export.letterhead_docx import apply_letterhead
from tomwizard.export.pdf_text import clean
from tomwizard.export.status_marks import MARKS

# Rows with a cell longer than this may split across pages (a row never splits otherwise).
LONG_CELL = 1500
_NONCHARACTERS = re.compile("[\ufffe\uffff]")
_HEADED = ("certificates", "subprocessors", "changes", "counts", "grid")  # shaded header row
_LANG_TAGS = {"de": "de-DE", "en": "en-GB"}
MARK_CHARACTERS = "".join(m for m in MARKS.values() if len(m) == 1 and not m.isascii())
_MARK_RUNS = re.compile(f"([{MARK_CHARACTERS}]+)")


def xml_text(text: str) -> str:
    """``text`` without what XML 1.0 cannot hold (the PDF's rule, see the module docstring)."""
    return _NONCHARACTERS.sub("", clean(text))


def render_docx(document: Document) -> bytes:
    """The DOCX bytes of ``document``."""
    word = docx.Document()
    ooxml.drop_thumbnail(word)
    meta = document.meta
    ooxml.set_language(word, _LANG_TAGS.get(meta.language, "de-DE"))
    set_up(word)
    _Renderer(word, style_ids(word)).blocks(document.blocks)
    _furniture(word, document)
    apply_letterhead(word, meta.letterhead)  # sender and logo above, footer lines below ours
    if document.draft:  # last: in every header there is, the letterhead's included
        add_watermark(word, xml_text(meta.draft_mark))
    _properties(word, document)
    buffer = io.BytesIO()
    word.save(buffer)
    return ooxml.stable_zip(buffer.getvalue())


class _Renderer:
    def __init__(self, word: WordDocument, ids: dict[str, str]) -> None:
        self.word = word
        self.ids = ids
        self.lists = ooxml.Lists(word, SYMBOL_FONT)
        self.keep_next = False  # a KeepWithNext block stands before the next block

    def blocks(self, blocks: tuple[Block, ...]) -> None:
        for block in blocks:
            self.block(block)

    def block(self, block: Block) -> None:
        keep, self.keep_next = self.keep_next, False
        if isinstance(block, KeepWithNext):
            self.keep_next = True
        elif isinstance(block, Heading):
            self.heading(block)
        elif isinstance(block, Paragraph):
            paragraph = self.paragraph(block)
            if keep:
                paragraph.paragraph_format.keep_with_next = True
        elif isinstance(block, ListBlock):
            self.list_block(block, keep)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, SignatureBlock):
            self.heading(block.heading)
            signature_block(self.word, block, xml_text, self.ids)
        elif isinstance(block, Chart):
            self.table(_chart_table(block))
        elif isinstance(block, KeepTogether):
            self.together(block)
        elif isinstance(block, PageBreak):
            self.word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def add_paragraph(self, style: str) -> WordParagraph:
        """A new paragraph at the end of the body in the style named ``style``."""
        paragraph = self.word.add_paragraph()
        paragraph._p.style = self.ids[style]
        return paragraph

    def together(self, block: KeepTogether) -> None:
        """The blocks on one page as far as a page holds them: every paragraph but the last
        is kept with the next (in Word, also across table rows)."""
        body = self.word.element.body
        existing = set(body.iterchildren())
        self.blocks(block.blocks)
        added = [e for e in body.iterchildren() if e not in existing]
        paragraphs = [p for element in added for p in element.iter(qn("w:p"))]
        for paragraph in paragraphs[:-1]:
            WordParagraph(paragraph, None).paragraph_format.keep_with_next = True  # type: ignore[arg-type]

    def heading(self, heading: Heading) -> WordParagraph:
        """A heading in Word's heading style; its number is text before a tab (the number a
        later paragraph refers to stays the number printed)."""
        level = min(max(heading.level, 1), 3)
        paragraph = self.add_paragraph(f"Heading {level}")
        text = xml_text(heading.text)
        paragraph.add_run(f"{heading.number}\t{text}" if heading.number else text)
        if not heading.number and level == 1:  # no hanging indent without a number
            paragraph.paragraph_format.left_indent = Pt(0)
            paragraph.paragraph_format.first_line_indent = Pt(0)
        return paragraph

    def paragraph(self, block: Paragraph) -> WordParagraph:
        role = ROLES.get(block.role, ROLES["body"])
        paragraph = self.add_paragraph(role.name)
        add_runs(paragraph, block.runs)
        return paragraph

    def list_block(self, block: ListBlock, keep_first: bool) -> None:
        paragraphs: list[WordParagraph] = []
        self._items(block, block.items, 0, paragraphs)
        if keep_first and paragraphs:
            paragraphs[0].paragraph_format.keep_with_next = True

    def _items(
        self,
        block: ListBlock,
        items: tuple[ListItem, ...],
        level: int,
        out: list[WordParagraph],
    ) -> None:
        for item in items:
            paragraph = self.add_paragraph(LIST_STYLE)
            mark = block.mark(item, level)
            if block.checklist:  # the status mark is text: copied, indexed, read aloud with it
                checklist_mark(paragraph, mark, level)
            else:
                ooxml.set_list(paragraph, self.lists.bullets((mark, mark)), level)
            add_runs(paragraph, item.runs)
            if level:
                paragraph.paragraph_format.space_before = Pt(2)
            if item.children:  # a measure stays on the page of its first sub-measure
                paragraph.paragraph_format.keep_with_next = True
            out.append(paragraph)
            self._items(block, item.children, level + 1, out)

    def table(self, table: Table) -> None:
        columns = max((len(row) for row in (*table.header, *table.rows)), default=len(table.widths))
        if not columns:
            return
        shares = _shares(table.widths, columns)
        grid = self.word.add_table(rows=0, cols=columns)
        grid.autofit = False
        ooxml.fixed_layout(grid._tbl)
        ooxml.no_table_borders(grid._tbl)
        widths = [Emu(int(TEXT_WIDTH * share)) for share in shares]
        for column, width in zip(grid.columns, widths, strict=True):
            column.width = width
        headed = table.kind in _HEADED
        for cells in table.header:
            row = grid.add_row()
            ooxml.repeat_as_header(row)
            ooxml.keep_row_together(row)
            padded = _padded(cells, columns)
            for index, (cell, runs_, width) in enumerate(
                zip(row.cells, padded, widths, strict=True)
            ):
                _fill(cell, runs_, width, self.ids[CELL_HEAD_STYLE])
                accent = table.accents[index] if index < len(table.accents) else ""
                if accent:  # a thick rule in the column's signal colour (the severities)
                    ooxml.cell_borders(cell, ("top",), accent.lstrip("#"), size_eighths=20)
                    ooxml.cell_borders(cell, ("bottom",), RULE_HEX)
                else:
                    ooxml.cell_borders(cell, ("top", "bottom"), RULE_HEX)
                if headed and table.kind != "counts":
                    ooxml.shade(cell, HEAD_FILL_HEX)
        label_column = not table.header and table.kind in ("facts", "contacts")
        for cells in table.rows:
            row = grid.add_row()
            if max(map(_length, cells), default=0) <= LONG_CELL:
                ooxml.keep_row_together(row)
            padded = _padded(cells, columns)
            for index, (cell, runs_, width) in enumerate(
                zip(row.cells, padded, widths, strict=True)
            ):
                bold = label_column and index == 0
                _fill(cell, runs_, width, self.ids[CELL_HEAD_STYLE if bold else CELL_STYLE])
                ooxml.cell_borders(cell, ("bottom",), RULE_HEX)
                if table.kind == "counts" and not isinstance(table, _ChartTable):
                    for run in cell.paragraphs[0].runs:  # the figures, large as in the PDF
                        run.font.size = Pt(16)
        # a little air after a table, as the PDF's paragraph spacing gives
        self.add_paragraph(CELL_STYLE)


def checklist_mark(paragraph: WordParagraph, mark: str, level: int) -> None:
    """A checklist line: its status mark as the paragraph's first text, a tab, and a hanging
    indent that lines the text and its wrapped lines up one step further in per ``level``.
    Not a Word list: a list symbol is lost when the text is copied as plain text, and Word
    would continue it onto a line typed after the item (a ☒ the file never held)."""
    left = Pt(ooxml.Lists.INDENT_PT * (level + 1))
    fmt = paragraph.paragraph_format
    fmt.left_indent = left
    fmt.first_line_indent = -Pt(ooxml.Lists.HANGING_PT)
    fmt.tab_stops.add_tab_stop(left)
    add_runs(paragraph, (Run(mark),))
    paragraph.add_run("\t")


def add_runs(paragraph: WordParagraph, parts: Runs) -> None:
    """The runs with their emphasis; "\\n" becomes a line break, a tab a tab. Status marks
    in running text (the checklist's legend) are set in the symbol font, as the list symbols
    are: Arial has none of them."""
    for part in parts:
        for piece in _MARK_RUNS.split(xml_text(part.text)):
            if not piece:
                continue
            run = paragraph.add_run(piece)
            if piece[0] in MARK_CHARACTERS:
                run.font.name = SYMBOL_FONT
            if part.bold:
                run.bold = True
            if part.italic:
                run.italic = True
            if part.colour:
                run.font.color.rgb = RGBColor.from_string(part.colour.lstrip("#").upper())
            elif part.muted:
                run.font.color.rgb = MUTED


def _fill(cell: _Cell, parts: Runs, width: int, style_id: str) -> None:
    cell.width = Emu(width)
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style_id
    add_runs(paragraph, parts)


def _padded(cells: tuple[Runs, ...], columns: int) -> tuple[Runs, ...]:
    return (*cells, *([()] * (columns - len(cells))))


def _length(cell: Runs) -> int:
    return sum(len(part.text) for part in cell)


def _shares(widths: tuple[float, ...], columns: int) -> list[float]:
    """Each column's share of the text width (equal shares where the model gives none)."""
    if len(widths) != columns or not all(w > 0 for w in widths):
        return [1 / columns] * columns
    total = sum(widths)
    return [w / total for w in widths]


def _chart_table(chart: Chart) -> Table:
    """The progress chart as the table of its figures (Word gets no drawing): per section the
    share answered in percent ("–" without measures) and the number of findings."""
    header = tuple((Run(text, bold=True),) for text in (chart.label_head, chart.done_label))
    header += ((Run(chart.findings_label, bold=True),),)
    rows = tuple(
        (
            (Run(row.label),),
            (Run(f"{row.percent}{chart.percent_space}%" if row.total else "–"),),
            (Run(str(row.findings)),),
        )
        for row in chart.rows
    )
    return _ChartTable(header=(header,), rows=rows, widths=(0.6, 0.2, 0.2), kind="counts")


class _ChartTable(Table):
    """The chart's figures: a table of small numbers (not the large counts of a summary)."""


def _furniture(word: WordDocument, document: Document) -> None:
    """Header (document left, processor right), footer (Stand left, "Seite X von Y" right),
    the draft mark before the footer's text."""
    meta = document.meta
    section = word.sections[0]
    header = section.header.paragraphs[0]
    header.style = word.styles["Header"]
    if meta.letterhead is not None:  # the taller header pushes the body down: leave some air
        header.paragraph_format.space_after = Pt(10)
    header.add_run(xml_text(meta.header_left))
    if meta.header_right:
        header.add_run("\t" + xml_text(meta.header_right))
    footer = section.footer.paragraphs[0]
    footer.style = word.styles["Footer"]
    left = xml_text(meta.footer_left)
    if document.draft:  # as in the PDF: a draft says so on every page, also in grey print
        left = f"{xml_text(meta.draft_mark)} · {left}"
    footer.add_run(left + "\t")
    page_label(footer, xml_text(meta.page_label))


def page_label(paragraph: WordParagraph, label: str) -> None:
    """ "Seite {page} von {pages}" with PAGE and NUMPAGES fields for the two numbers."""
    for piece in re.split(r"(\{page\}|\{pages\})", label):
        if piece == "{page}":
            ooxml.add_field(paragraph, "PAGE")
        elif piece == "{pages}":
            ooxml.add_field(paragraph, "NUMPAGES")
        elif piece:
            paragraph.add_run(piece)


def _properties(word: WordDocument, document: Document) -> None:
    """Title, author, subject, language and the document's date as created and modified (the
    date the document shows: the same input gives the same file)."""
    meta = document.meta
    props = word.core_properties
    props.title = _property(meta.title)
    props.subject = _property(meta.subject)
    props.author = _property(meta.author)
    props.last_modified_by = _property(meta.author)
    props.keywords = _property(", ".join(meta.keywords))
    props.comments = ""
    props.category = ""
    props.language = _LANG_TAGS.get(meta.language, "de-DE")
    props.content_status = _property(meta.draft_mark)
    props.revision = 1
    dated = meta.dated or dt.date(2000, 1, 1)  # no date in the model: still the same bytes
    stamp = dt.datetime(dated.year, dated.month, dated.day)
    props.created = stamp
    props.modified = stamp


def _property(text: str) -> str:
    """A document property: one line, at most 255 characters (python-docx's limit)."""
    line = " ".join(xml_text(text).replace("\u00a0", " ").split())
    return line if len(line) <= 255 else line[:254] + "…"
