"""The pieces of WordprocessingML that python-docx has no API for: fields (PAGE, NUMPAGES),
repeated table header rows, list definitions (numbering), cell shading and borders, the
document language, and a ZIP written the same way every time.

Everything here works on python-docx's lxml elements; nothing here knows the annex.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable
from typing import Any

from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import _Cell, _Row
from docx.text.paragraph import Paragraph

# The date every ZIP member is stamped with (the earliest a ZIP can hold): the package is the
# same bytes for the same document; the document's own date is in its core properties.
ZIP_DATE = (1980, 1, 1, 0, 0, 0)
TWIPS_PER_PT = 20
# The order of the children of a few property elements (ECMA-376 part 1): Word refuses a
# document whose properties stand in another order.
_ORDER = {
    "w:pPr": (
        *("pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl"),
        *("numPr", "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens"),
        *("kinsoku", "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN"),
        *("bidi", "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing"),
        *("mirrorIndents", "suppressOverlap", "jc", "textDirection", "textAlignment"),
        *("textboxTightWrap", "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange"),
    ),
    "w:tcPr": (
        *("cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap"),
        *("tcMar", "textDirection", "tcFitText", "vAlign", "hideMark"),
    ),
    "w:tblPr": (
        *("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize"),
        *("tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd"),
        *("tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription"),
    ),
}


_BORDER_ORDER = ("top", "left", "start", "bottom", "right", "end", "insideH", "insideV")


def _local(tag: str) -> str:
    """The name of ``tag`` ("{namespace}name") without its namespace."""
    return tag.rpartition("}")[2]


def place(parent: object, child: object) -> None:
    """Put ``child`` into the property element ``parent`` where the schema wants it,
    replacing one of the same name."""
    element: Any = parent
    new: Any = child
    order = _ORDER[element.prefix + ":" + _local(element.tag)]
    name = _local(new.tag)
    for old in element.findall(new.tag):
        element.remove(old)
    rank = order.index(name)
    for existing in element:
        local = _local(existing.tag)
        if local in order and order.index(local) > rank:
            existing.addprevious(new)
            return
    element.append(new)


def add_field(paragraph: Paragraph, instruction: str, shown: str = "1") -> None:
    """A field (``PAGE``, ``NUMPAGES``) at the end of ``paragraph``; ``shown`` is the value
    Word and LibreOffice display until they update the field (they do on opening)."""
    run = paragraph.add_run()
    element = run._r
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    begin.set(qn("w:dirty"), "true")  # recalculated when the document is opened
    element.append(begin)
    text = OxmlElement("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = f" {instruction} "
    element.append(text)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    element.append(separate)
    value = OxmlElement("w:t")
    value.text = shown
    element.append(value)
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    element.append(end)


def repeat_as_header(row: _Row) -> None:
    """Word and LibreOffice repeat this row at the top of every page the table runs onto."""
    props = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    props.append(header)


def keep_row_together(row: _Row) -> None:
    """The row is not split across pages (as in the PDF, where a row moves on whole)."""
    props = row._tr.get_or_add_trPr()
    props.append(OxmlElement("w:cantSplit"))


def shade(cell: _Cell, fill: str) -> None:
    """Background colour of a table cell (``fill``: six hex digits)."""
    props = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    place(props, shading)


def cell_borders(cell: _Cell, sides: Iterable[str], color: str, size_eighths: int = 4) -> None:
    """Single lines on ``sides`` (top, bottom, left, right) of a table cell, beside the lines
    it already has (``size_eighths``: the width in eighths of a point)."""
    props = cell._tc.get_or_add_tcPr()
    borders = props.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        place(props, borders)
    lines = {_local(line.tag): line for line in borders}
    for side in sides:
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), str(size_eighths))
        line.set(qn("w:space"), "0")
        line.set(qn("w:color"), color)
        lines[side] = line
    for old in list(borders):
        borders.remove(old)
    for side in _BORDER_ORDER:
        if side in lines:
            borders.append(lines[side])


def no_table_borders(table_element: object) -> None:
    """Remove the grid a table would inherit (the signature block is a layout table)."""
    props = table_element.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "nil")
        borders.append(line)
    place(props, borders)


def fixed_layout(table_element: object) -> None:
    """Column widths as given, not grown to the longest word."""
    props = table_element.tblPr  # type: ignore[attr-defined]
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    place(props, layout)


class Lists:
    """List definitions in the document's numbering part: bullet lists (•, – by level) and
    numbered headings ("3."). A checklist is no Word list: its status marks are text (see
    ``render_docx.checklist_mark``), with the indents of these lists."""

    INDENT_PT = 18.0  # per level
    HANGING_PT = 14.0

    def __init__(self, document: WordDocument, symbol_font: str) -> None:
        self._numbering = document.part.numbering_part.element
        self._symbol_font = symbol_font
        self._abstract: dict[tuple[str, ...], int] = {}
        self._nums: dict[tuple[str, ...], int] = {}
        ids = [
            int(a.get(qn("w:abstractNumId")))
            for a in self._numbering.iterchildren()
            if a.tag == qn("w:abstractNum")
        ]
        self._next_abstract = max(ids, default=-1) + 1

    def bullets(self, marks: tuple[str, ...]) -> int:
        """The numId of a bullet list with ``marks`` per level (the last repeats)."""
        return self._num(("bullet", *marks))

    def numbered(self) -> int:
        """The numId of the heading numbers ("1.", "2.", …), one sequence per document."""
        return self._num(("decimal",))

    def _num(self, key: tuple[str, ...]) -> int:
        if key not in self._nums:
            abstract = self._abstract.get(key)
            if abstract is None:
                abstract = self._add_abstract(key)
            self._nums[key] = self._numbering.add_num(abstract).numId
        return self._nums[key]

    def _add_abstract(self, key: tuple[str, ...]) -> int:
        number = self._next_abstract
        self._next_abstract += 1
        abstract = OxmlElement("w:abstractNum")
        abstract.set(qn("w:abstractNumId"), str(number))
        kind = OxmlElement("w:multiLevelType")
        kind.set(qn("w:val"), "hybridMultilevel" if key[0] == "bullet" else "singleLevel")
        abstract.append(kind)
        levels = 9 if key[0] == "bullet" else 1
        for level in range(levels):
            abstract.append(self._level(key, level))
        # abstract definitions stand before every w:num (the schema's order)
        first_num = self._numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(abstract)
        else:
            self._numbering.append(abstract)
        self._abstract[key] = number
        return number

    def _level(self, key: tuple[str, ...], level: int) -> object:
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(level))
        start = OxmlElement("w:start")
        start.set(qn("w:val"), "1")
        lvl.append(start)
        fmt = OxmlElement("w:numFmt")
        text = OxmlElement("w:lvlText")
        if key[0] == "bullet":
            marks = key[1:]
            fmt.set(qn("w:val"), "bullet")
            text.set(qn("w:val"), marks[min(level, len(marks) - 1)])
        else:
            fmt.set(qn("w:val"), "decimal")
            text.set(qn("w:val"), f"%{level + 1}.")
        lvl.append(fmt)
        lvl.append(text)
        jc = OxmlElement("w:lvlJc")
        jc.set(qn("w:val"), "left")
        lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        hanging = self.HANGING_PT if key[0] == "bullet" else 28.0  # "20." and a gap
        left = (level + 1) * self.INDENT_PT if key[0] == "bullet" else hanging
        ind.set(qn("w:left"), str(round(left * TWIPS_PER_PT)))
        ind.set(qn("w:hanging"), str(round(hanging * TWIPS_PER_PT)))
        ppr.append(ind)
        lvl.append(ppr)
        if key[0] == "bullet":
            rpr = OxmlElement("w:rPr")
            fonts = OxmlElement("w:rFonts")
            for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
                fonts.set(qn(attribute), self._symbol_font)
            rpr.append(fonts)
            lvl.append(rpr)
        return lvl


def set_list(paragraph: Paragraph, num_id: int, level: int = 0) -> None:
    """Make ``paragraph`` an item of list ``num_id`` at ``level``."""
    props = paragraph._p.get_or_add_pPr()
    numbering = props.get_or_add_numPr()
    numbering.get_or_add_ilvl().val = level
    numbering.get_or_add_numId().val = num_id


def set_language(document: WordDocument, tag: str) -> None:
    """The language of the text (spelling, hyphenation in Word) in the document defaults."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    settings = document.settings.element
    theme = settings.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def drop_thumbnail(document: WordDocument) -> None:
    """python-docx's template carries a preview picture of an empty page: not ours."""
    rels = document.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            del rels[rid]
    settings = document.settings.element
    for element in settings.findall(qn("w:savePreviewPicture")):
        settings.remove(element)


def stable_zip(package: bytes) -> bytes:
    """The package rewritten with fixed member dates, so that the same document is the same
    bytes (the members' order and contents are already fixed)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(package)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o600 << 16
            target.writestr(member, source.read(info.filename))
    return out.getvalue()
