"""The reportlab side of the model's tables and signature block: how each kind of table looks,
how a row too tall for a page is set as paragraphs instead, and the signature block kept on one
page (or, too tall for one, one party below the other)."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from tomwizard.export.document.model import Runs, SignatureBlock, SignatureParty
from tomwizard.export.document.model import Table as TableBlock
from tomwizard.export.pdf_document import CONTENT_WIDTH, table_style
from tomwizard.export.pdf_keep import CONTENT_HEIGHT
from tomwizard.export.pdf_styles import RULE, Styles
from tomwizard.export.pdf_text import escape

# Table rows move to the next page whole; a row with a cell this long is set as paragraphs.
HUGE_CELL = 1500
SIGNATURE_ROOM = 2 * cm  # height of the line to sign on
CELL_PADDING = 3.0  # reportlab's default top and bottom padding of a table cell
PLACE_ROOM = 17.0  # room above the place to write the date (the row is at least 34 pt)
NAME_ROOM = 13.0  # room above the representative's printed name (the row is at least 30 pt)
# Up to this height the signature block is a table that is kept on one page.
SIGNATURE_MAX_HEIGHT = 0.6 * CONTENT_HEIGHT
HEAD_FILL = colors.HexColor("#ececec")
MUTED_HEX = "#5a5a5a"


def run_markup(parts: Runs) -> str:
    """Runs as reportlab paragraph markup, every text escaped."""
    out = []
    for run in parts:
        text = escape(run.text)
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        colour = run.colour or (MUTED_HEX if run.muted else "")
        if colour:
            text = f'<font color="{colour}">{text}</font>'
        out.append(text)
    return "".join(out)


def table_flowables(block: TableBlock, s: Styles) -> list[Flowable]:
    """``block`` as tables; a row too long for one page stands between them as paragraphs."""
    widths = [w * CONTENT_WIDTH for w in block.widths]
    if block.kind == "counts":
        return [_counts_table(block, widths, s)]
    rows = [[run_markup(cell) for cell in row] for row in block.rows]
    if block.kind in ("facts", "contacts"):
        label, value = (s.subheading, s.body) if block.kind == "facts" else (s.cell_label, None)

        def facts(chunk: list[list[str]]) -> Table:
            return _facts_table(chunk, widths, s)

        def fact_card(row: list[str]) -> list[Flowable]:
            return [Paragraph(row[0], label), Paragraph(row[1], value or s.cell_value)]

        return _tables(rows, facts, fact_card, tall_rows(widths, s.cell_value))
    head = [Paragraph(run_markup(cell), s.cell_head) for cell in block.header[-1]]
    labels = [escape(label) for label in block.labels]

    def table(chunk: list[list[str]]) -> Table:
        cells = [[Paragraph(m, s.cell) for m in row] for row in chunk]
        if block.kind == "certificates":
            return _register_table(head, cells, widths)
        return headed_table(head, cells, widths)

    def card(row: list[str]) -> list[Flowable]:
        if block.kind == "certificates":
            return [Paragraph(cell, s.cell) for cell in row]
        if block.kind == "changes":
            lines = [f"<b>{row[0]}</b>"] + [
                f"<b>{label}:</b> {text}" for label, text in zip(labels[1:], row[1:], strict=True)
            ]
            return [Paragraph(line, s.cell.clone("ChangeCard", spaceBefore=3)) for line in lines]
        return [
            Paragraph(f"<b>{label}:</b> {text}", s.cell.clone("Card", spaceBefore=3))
            for label, text in zip(labels, row, strict=True)
        ]

    return _tables(rows, table, card, tall_rows(widths, s.cell))


def _counts_table(block: TableBlock, widths: list[float], s: Styles) -> Table:
    """Figures in large type under their labels, each column marked by its accent colour."""
    head = [Paragraph(run_markup(cell), s.cell) for cell in block.header[-1]]
    count = s.cell.clone("Count", leading=20)
    rows = [[Paragraph(_figure(cell), count) for cell in row] for row in block.rows]
    table = Table([head, *rows], colWidths=widths, hAlign="LEFT")
    table.setStyle(
        table_style(
            *[
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.4, RULE),
                *(
                    ("LINEABOVE", (i, 0), (i, 0), 2.5, colors.HexColor(accent))
                    for i, accent in enumerate(block.accents)
                ),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _figure(cell: Runs) -> str:
    """A figure of the counts table: large, in its colour (muted: grey)."""
    out = []
    for run in cell:
        colour = run.colour or (MUTED_HEX if run.muted else "")
        attribute = f' color="{colour}"' if colour else ""
        out.append(f'<font size="16"{attribute}>{escape(run.text)}</font>')
    return "".join(out)


def _facts_table(chunk: list[list[str]], widths: list[float], s: Styles) -> Table:
    data = [[Paragraph(k, s.cell_label), Paragraph(v, s.cell_value)] for k, v in chunk]
    result = Table(data, colWidths=widths, hAlign="LEFT")
    result.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return result


def _register_table(head: list[Flowable], rows: list[list[Flowable]], widths: list[float]) -> Table:
    """A table with a plain head row repeated on every page (the certificates)."""
    result = Table([head, *rows], colWidths=widths, repeatRows=1)
    result.hAlign = "LEFT"
    result.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return result


def headed_table(head: list[Flowable], rows: list[list[Flowable]], widths: list[float]) -> Table:
    """A table of the annex with a shaded head row repeated on every page (subprocessors,
    changes since a version)."""
    result = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return result


def tall_rows(widths: list[float], style: ParagraphStyle) -> Callable[[list[str]], bool]:
    """For ``_tables``: a row whose tallest cell (``style``, columns ``widths``, 4 pt padding
    each side) needs more than half a page: a table row cannot be split across pages, and a
    narrow column makes a row that tall long before HUGE_CELL characters."""

    def too_tall(row: list[str]) -> bool:
        cells = zip(row, widths, strict=True)
        height = max(Paragraph(t, style).wrap(w - 8, CONTENT_HEIGHT)[1] for t, w in cells)
        return bool(height > CONTENT_HEIGHT / 2)

    return too_tall


def _tables(
    rows: list[list[str]],
    table: Callable[[list[list[str]]], Table],
    card: Callable[[list[str]], list[Flowable]],
    too_tall: Callable[[list[str]], bool] | None = None,
) -> list[Flowable]:
    """``rows`` as tables; a row with a cell too long for one page (a table row cannot be split
    cheaply) stands between them as paragraphs, which split across pages in linear time. A row
    is too long with a cell of more than HUGE_CELL characters or when ``too_tall`` says so."""
    out: list[Flowable] = []
    pending: list[list[str]] = []
    for row in rows:
        if any(len(cell) > HUGE_CELL for cell in row) or (too_tall is not None and too_tall(row)):
            if pending:
                out.append(table(pending))
                pending = []
            out += card(row)
        else:
            pending.append(row)
    if pending:
        out.append(table(pending))
    return out


# -- signature block ----------------------------------------------------------------------------


def signature_flowables(
    block: SignatureBlock, heading: list[Flowable], s: Styles
) -> list[Flowable]:
    """Both parties side by side, kept on one page; a block too tall for one page (names of
    thousands of characters) one party below the other as paragraphs, which split across pages.

    Every row grows with its text (the room to write stays above the text, which sits on its
    rule), so a long place or a representative over several lines never runs into the line
    above."""
    cells = [_signature_cells(block, party, s) for party in block.parties]
    gap = 0.08 * CONTENT_WIDTH
    half = (CONTENT_WIDTH - gap) / 2
    rows = [[left, Spacer(1, 1), right] for left, right in zip(cells[0], cells[1], strict=True)]
    table = Table(rows, colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (-1, 1), "TOP"),  # role and name
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                *(
                    ("LINEABOVE", (col, row), (col, row), 0.6, RULE)
                    for row in (3, 5, 7)
                    for col in (0, 2)
                ),
            ]
        )
    )
    # The heading goes into the block itself, without its Room: a zero-height first flowable
    # makes KeepTogether leave the heading's space before out of its measure.
    title = [f for f in heading if isinstance(f, Paragraph)]
    if table.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1] <= SIGNATURE_MAX_HEIGHT:
        return [KeepTogether([*title, Spacer(1, 6), table])]
    stacked: list[Flowable] = [*heading]
    for party_cells in cells:
        stacked += _stacked(party_cells, CONTENT_WIDTH)
    return stacked


def _signature_cells(
    block: SignatureBlock, party: SignatureParty, s: Styles
) -> list[Flowable | list[Flowable]]:
    """The column of one party: role, name, place (room above it), signature, representative
    (room above it), each line to fill in with its label below."""
    place = f"{escape(party.place)}, " if party.place else "&nbsp;"
    return [
        Paragraph(escape(party.role), s.small),
        Paragraph(f"<b>{escape(party.name)}</b>" if party.name else "&nbsp;", s.cell),
        ([Spacer(1, PLACE_ROOM), Paragraph(place, s.cell)]),
        Paragraph(escape(block.place_date_label), s.small),
        Spacer(1, SIGNATURE_ROOM - 2 * CELL_PADDING),
        Paragraph(escape(block.signature_label), s.small),
        ([Spacer(1, NAME_ROOM), Paragraph(escape(party.representative) or "&nbsp;", s.cell)]),
        Paragraph(escape(block.name_label), s.small),
    ]


def _stacked(cells: list[Flowable | list[Flowable]], width: float) -> list[Flowable]:
    """One party's column as a run of flowables across the full width: the long parts are
    paragraphs that split across pages; each rule is drawn above its label and kept with it
    and with the text above it (as far as a page holds them)."""
    out: list[Flowable] = []
    for first in range(0, len(cells), 2):
        group: list[Flowable] = []
        for index in (first, first + 1):
            cell = cells[index]
            if index in (3, 5, 7):
                group.append(HRFlowable(width=width, thickness=0.6, color=RULE, spaceBefore=0))
            group += cell if isinstance(cell, list) else [cell]
        out.append(KeepTogether(group))
    out.append(Spacer(1, 18))
    return out
