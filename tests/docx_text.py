"""Reading a DOCX back as a reader sees it: the body's paragraphs and table cells in document
order, each list item with its list symbol (from the numbering definitions, as Word draws
it), and the header and footer with their fields."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.oxml.ns import qn

W_P = qn("w:p")
W_TBL = qn("w:tbl")


def open_docx(source: Path | bytes) -> WordDocument:
    data = source.read_bytes() if isinstance(source, Path) else source
    return docx.Document(io.BytesIO(data))


def list_symbols(word: WordDocument) -> dict[tuple[int, int], str]:
    """(numId, level) → the symbol a bullet list draws ("" for numbered lists)."""
    numbering = word.part.numbering_part.element
    abstract: dict[str, dict[int, str]] = {}
    for definition in numbering.findall(qn("w:abstractNum")):
        levels = {}
        for level in definition.findall(qn("w:lvl")):
            fmt = level.find(qn("w:numFmt"))
            text = level.find(qn("w:lvlText"))
            bullet = fmt is not None and fmt.get(qn("w:val")) == "bullet"
            shown = text.get(qn("w:val")) if text is not None and bullet else ""
            levels[int(level.get(qn("w:ilvl")))] = shown or ""
        abstract[definition.get(qn("w:abstractNumId"))] = levels
    out: dict[tuple[int, int], str] = {}
    for num in numbering.findall(qn("w:num")):
        levels = abstract.get(num.find(qn("w:abstractNumId")).get(qn("w:val")), {})
        for level, symbol in levels.items():
            out[(int(num.get(qn("w:numId"))), level)] = symbol
    return out


def _paragraph_text(element: object, symbols: dict[tuple[int, int], str]) -> str:
    from docx.text.paragraph import Paragraph

    paragraph = Paragraph(element, None)  # type: ignore[arg-type]
    text = paragraph.text
    props = element.pPr  # type: ignore[attr-defined]
    numbering = props.numPr if props is not None else None
    if numbering is not None and numbering.numId is not None:
        level = numbering.ilvl.val if numbering.ilvl is not None else 0
        symbol = symbols.get((numbering.numId.val, level), "")
        if symbol:
            text = f"{symbol} {text}"
    return text


def body_lines(word: WordDocument) -> list[str]:
    """Every paragraph of the body, table cells row by row, in document order."""
    symbols = list_symbols(word)
    lines: list[str] = []

    def walk(container: object) -> None:
        for child in container.iterchildren():  # type: ignore[attr-defined]
            if child.tag == W_P:
                lines.append(_paragraph_text(child, symbols))
            elif child.tag == W_TBL:
                for row in child.findall(qn("w:tr")):
                    for cell in row.findall(qn("w:tc")):
                        walk(cell)

    walk(word.element.body)
    return lines


def body_text(source: Path | bytes) -> str:
    return "\n".join(body_lines(open_docx(source)))


def field_codes(part_element: object) -> list[str]:
    """The field instructions in a header or footer (" PAGE " → "PAGE")."""
    return [
        (t.text or "").strip()
        for t in part_element.iter(qn("w:instrText"))  # type: ignore[attr-defined]
    ]
