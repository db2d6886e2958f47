"""The signature block in Word: both parties side by side in a table without grid lines, each
with the line for place and date, the line to sign on and the line for name and function,
labelled below the line; the block is kept on one page (its rows do not split and each row is
kept with the next)."""

from __future__ import annotations

from collections.abc import Callable

from docx.document import Document as WordDocument
from docx.shared import Emu, Pt
from docx.table import _Cell

from tomwizard.export.document import docx_ooxml as ooxml
from tomwizard.export.document.docx_styles import CELL_STYLE, ROLES, TEXT_WIDTH
from tomwizard.export.document.model import SignatureBlock, SignatureParty

GAP_SHARE = 0.08  # the gap between the two columns, as in the PDF
PLACE_ROOM = Pt(17)  # room above the place, to write the date after it
SIGNATURE_ROOM = Pt(50)  # room to sign in (about 2 cm with the line)
NAME_ROOM = Pt(13)
_LINE_COLOR = "9A9A9A"
_LABELS = (3, 5, 7)  # the rows that are labels under a line


def signature_block(
    word: WordDocument, block: SignatureBlock, text: Callable[[str], str], ids: dict[str, str]
) -> None:
    """The block after its heading (rendered by the caller); ``text`` cleans a text for XML,
    ``ids`` maps style names to ids."""
    parties = block.parties or ()
    if not parties:
        return
    columns = 2 * len(parties) - 1
    half = (1 - GAP_SHARE * (len(parties) - 1)) / len(parties)
    shares = [GAP_SHARE if index % 2 else half for index in range(columns)]
    widths = [int(TEXT_WIDTH * share) for share in shares]
    table = word.add_table(rows=0, cols=columns)
    table.autofit = False
    ooxml.fixed_layout(table._tbl)
    ooxml.no_table_borders(table._tbl)
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Emu(width)
    lines = [_lines(block, party, text) for party in parties]
    for index in range(len(lines[0])):
        row = table.add_row()
        ooxml.keep_row_together(row)
        for column, (cell, width) in enumerate(zip(row.cells, widths, strict=True)):
            cell.width = Emu(width)
            if column % 2:
                continue
            kind, value = lines[column // 2][index]
            style = ids[ROLES["small"].name if kind == "small" else CELL_STYLE]
            _cell(cell, kind, value, style, last=index == len(lines[0]) - 1)
            if index in _LABELS:
                ooxml.cell_borders(cell, ("top",), _LINE_COLOR, size_eighths=5)
    word.add_paragraph()._p.style = ids[CELL_STYLE]


def _lines(
    block: SignatureBlock, party: SignatureParty, text: Callable[[str], str]
) -> list[tuple[str, str]]:
    """One party's column: (kind, text) for role, name, place, label, signature room, label,
    representative, label."""
    place = text(party.place).strip()
    return [
        ("small", text(party.role)),
        ("name", text(party.name).strip()),
        ("place", f"{place}, " if place else ""),
        ("small", text(block.place_date_label)),
        ("sign", ""),
        ("small", text(block.signature_label)),
        ("who", text(party.representative).strip()),
        ("small", text(block.name_label)),
    ]


def _cell(cell: _Cell, kind: str, value: str, style_id: str, last: bool) -> None:
    paragraph = cell.paragraphs[0]
    paragraph._p.style = style_id
    form = paragraph.paragraph_format
    form.keep_with_next = not last
    form.space_after = Pt(0)
    if kind == "place":
        form.space_before = PLACE_ROOM
    elif kind == "sign":
        form.space_before = SIGNATURE_ROOM
    elif kind == "who":
        form.space_before = NAME_ROOM
    if not value:
        return
    run = paragraph.add_run(value)
    run.font.size = Pt(9.5) if kind != "small" else None
    if kind == "name":
        run.bold = True
