"""The neutral document model: what a document says, in which order and in which words, without
how any one format lays it out.

Every type is a frozen record of plain data (no Qt, no reportlab, no python-docx; made with
:func:`tomwizard.export.frozen.frozen`, which behaves as a frozen dataclass). Texts are plain
Unicode, never markup: a renderer escapes them for its format. Typographic ties are already in
the text as non-breaking spaces (U+00A0), a line break inside a paragraph or cell is ``"\\n"``.

A :class:`Document` is its metadata (:class:`DocumentMeta`: title, author, subject, date,
language, header and footer texts, the page-number field, the draft mark) and a sequence of
blocks (:data:`Block`): :class:`Heading`, :class:`Paragraph`, :class:`ListBlock`,
:class:`Table`, :class:`SignatureBlock`, :class:`Chart`, :class:`KeepWithNext`,
:class:`KeepTogether`, :class:`PageBreak`. Inline emphasis is a :class:`Run` in a paragraph,
a list item or a cell.

A renderer maps each block to its format's real structure: a heading to a heading style (with
its number as text, so that every renderer numbers alike), a list to a real list with the item's
mark as its bullet, a table to a table whose header rows repeat on every page, the page label
to a field. The ``role`` of a paragraph and the ``kind`` of a table name what the text is (a
lead sentence, the cover's title, the sub-processor register), not how it looks; a renderer
looks each up in its own style sheet.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from tomwizard.export.frozen import frozen
from tomwizard.export.status_marks import MARKS
from tomwizard.models.assessment import Status
from tomwizard.models.catalog import Language
from tomwizard.models.letterhead import Letterhead

BULLET = "•"  # the mark of a prose list item
SUB_BULLET = "–"  # ... one level further in

ParagraphRole = Literal[
    "body",  # running text
    "lead",  # a sentence that leads into the list or table after it (kept with it)
    "intro",  # the cover's introductory paragraph (space above it)
    "title",  # the cover's main title ("Anlage 3")
    "subtitle",  # the line under it ("zum Vertrag über die Auftragsverarbeitung:")
    "title_tom",  # the document's subject on the cover
    "centered",  # centered cover lines ("zwischen", "und", a party's role)
    "party",  # a party's name and address on the cover
    "meta",  # contract, Stand and version on the cover (muted)
    "draft_note",  # why the document is a draft (boxed, on the cover)
    "small",  # small print: the legend of the marks, captions
    "subheading",  # a heading inside a part, unnumbered, kept with what follows
    "note",  # a small muted remark under a block (gap report)
    "summary",  # a sentence of figures under a table (gap report: "Bearbeitungsstand: …")
    "group_title",  # the title of a group of entries (gap report: a severity), unnumbered
    "finding",  # a finding's text (gap report), indented
    "detail",  # remedy, references, what a finding concerns (gap report), small, indented
    "facts",  # where an entry sits and its status (gap report), small
    "entry",  # a measure's text under its facts (gap report)
]

TableKind = Literal[
    "facts",  # label and value per row, no header (the processing description)
    "contacts",  # label and value per row, no header (DSB and contact point)
    "certificates",  # a register with a header row
    "subprocessors",  # a register with a shaded header row
    "changes",  # Nr., what, before, after: a register with a shaded header row
    "counts",  # one row of figures under a header row (gap report: findings per severity)
    "grid",  # any other table with a header row
]


@frozen
class Run:
    """A stretch of text with one emphasis. ``muted`` is secondary text (grey in the PDF);
    ``colour`` a signal colour ("#b3261e", the severity of a finding; "" for none)."""

    text: str
    bold: bool = False
    italic: bool = False
    muted: bool = False
    colour: str = ""


Runs = tuple[Run, ...]


def runs(*parts: str | Run) -> Runs:
    """Runs from plain strings (no emphasis) and runs; empty strings are left out."""
    return tuple(p if isinstance(p, Run) else Run(p) for p in parts if isinstance(p, Run) or p)


def plain_text(parts: Runs) -> str:
    """The text of ``parts`` without emphasis."""
    return "".join(r.text for r in parts)


@frozen
class Heading:
    """A section heading. ``number`` ("3.") is part of the text a reader sees, given by the
    builder (a later paragraph may refer to it); empty for an unnumbered heading. ``level`` 1 is
    a part of the document, 2 a heading inside a part. A heading never ends a page."""

    text: str
    number: str = ""
    level: int = 1


@frozen
class Paragraph:
    """A paragraph of runs in a role (see :data:`ParagraphRole`)."""

    runs: Runs
    role: ParagraphRole = "body"


@frozen
class ListItem:
    """One entry of a list: its text, the status it is shown with (its mark in a checklist;
    None in a list without statuses) and its sub-entries, one level further in. An entry with
    sub-entries stays on the page of the first of them."""

    runs: Runs
    status: Status | None = None
    children: tuple[ListItem, ...] = ()


@frozen
class ListBlock:
    """A list. ``checklist``: each item's mark is its status mark (☒ only for *umgesetzt*, see
    :mod:`tomwizard.export.status_marks`); otherwise a bullet ("•", "–" one level further in)."""

    items: tuple[ListItem, ...]
    checklist: bool = False

    def mark(self, item: ListItem, level: int) -> str:
        """The mark printed before ``item`` at nesting ``level`` (0 = outermost)."""
        if self.checklist and item.status is not None:
            return MARKS[item.status]
        return BULLET if level == 0 else SUB_BULLET


Cell = Runs  # a table cell: runs, lines separated by "\n"


@frozen
class Table:
    """A table. ``header``: the header rows (repeated on every page); ``rows``: the body rows,
    each a tuple of cells; ``widths``: each column's share of the text width (they add up to 1).
    ``kind`` says what the table is (see :data:`TableKind`); ``accents``: a signal colour per
    column, or none (the counts per severity). A body row is never split across pages; a
    renderer may set a row too tall for a page as paragraphs instead (label: value)."""

    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...]
    kind: TableKind = "grid"
    accents: tuple[str, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """The column labels of the (last) header row, as plain text."""
        return tuple(plain_text(c) for c in self.header[-1]) if self.header else ()


@frozen
class SignatureParty:
    """One party's column of the signature block: its role ("Für den Verantwortlichen"), its
    name, the place printed before the date ("" to fill in), its representative ("" to fill in).
    """

    role: str
    name: str
    place: str = ""
    representative: str = ""


@frozen
class SignatureBlock:
    """The signatures: a heading and the parties side by side, each with a line for place and
    date, one to sign on and one for name and function, labelled below the line."""

    heading: Heading
    parties: tuple[SignatureParty, ...]
    place_date_label: str
    signature_label: str
    name_label: str


@frozen
class ChartRow:
    """One section of the progress chart: its label, how many of its ``total`` measures are
    answered, and how many findings point into it. A row with ``total`` 0 has no progress bar
    (findings that name no section)."""

    label: str
    answered: int
    total: int
    findings: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


@frozen
class Chart:
    """The gap report's progress chart: per section the share answered (a bar, in percent) and
    the number of findings (a bar). A renderer that draws no charts sets it as a table with the
    columns ``label_head``, ``done_label`` (the percent; "–" where ``total`` is 0) and
    ``findings_label``."""

    label_head: str
    done_label: str
    findings_label: str
    rows: tuple[ChartRow, ...]
    percent_space: str = "\u00a0"  # between number and "%": "98 %" (German), "98%" (English)


@frozen
class KeepWithNext:
    """The next block and the start of what follows it stay on one page (a lead sentence of a
    second table, never alone at a page's foot)."""


@frozen
class KeepTogether:
    """Blocks that stand on one page together as far as a page holds them (a finding with its
    remedy, a note with the measure it belongs to); longer ones start on a new page."""

    blocks: tuple[Block, ...]


@frozen
class PageBreak:
    """What follows starts on a new page."""


Block = (
    Heading
    | Paragraph
    | ListBlock
    | Table
    | SignatureBlock
    | Chart
    | KeepWithNext
    | KeepTogether
    | PageBreak
)


@frozen
class DocumentMeta:
    """Document properties and page furniture. ``page_label`` is a format string with
    ``{page}`` and ``{pages}`` ("Seite {page} von {pages}"): a field in Word. ``draft_mark``
    ("ENTWURF") is printed across every page of a draft; "" in a final document. ``dated``: the
    date the document shows (its creation date in the properties; None: not fixed)."""

    title: str
    subject: str
    author: str
    language: Language
    header_left: str
    header_right: str
    footer_left: str
    page_label: str
    dated: dt.date | None = None
    draft_mark: str = ""
    keywords: tuple[str, ...] = ()
    letterhead: Letterhead | None = None  # the firm's Briefkopf, drawn by each renderer


@frozen
class Document:
    """A whole document: metadata and blocks in reading order."""

    meta: DocumentMeta
    blocks: tuple[Block, ...]

    @property
    def draft(self) -> bool:
        return bool(self.meta.draft_mark)

    @property
    def draft_note(self) -> Paragraph | None:
        """The paragraph that says why the document is a draft, if there is one."""
        notes = [b for b in self.blocks if isinstance(b, Paragraph) and b.role == "draft_note"]
        return notes[0] if notes else None
