"""The letterhead in a Word document (python-docx): logo and sender line in each section's
header, the footer lines in its footer, the accent colour on the sender line and a rule under
the header.

:func:`apply_letterhead` adds to what a header or footer already holds (the DOCX renderer's
own header text and page numbers stay): the sender line and logo go first in the header, the
footer lines last in the footer. python-docx places only bitmaps; an SVG logo goes in as Word
2016 does it: the SVG as ``asvg:svgBlip`` beside a PNG for programs that do not read it
(LibreOffice 7.4 shows the PNG). That PNG is the logo's ``png_fallback``, drawn by the interface
when the SVG was chosen there; without it (an SVG set on the command line or by a JSON import)
:mod:`tomwizard.export.logo_raster` draws it with Pillow, and only if that fails a transparent
stand-in of the same size goes in.
"""

from __future__ import annotations

import io
import struct
import zlib
from typing import Any

from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from tomwizard.export.document.typography import tie
from tomwizard.export.letterhead_pdf import LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH
from tomwizard.logo_image import PNG_SIGNATURE, SVG, check_logo
from tomwizard.models.letterhead import Letterhead

_MUTED = RGBColor(0x5A, 0x5A, 0x5A)
_POINTS_PER_CM = 72 / 2.54


def apply_letterhead(document: Any, letterhead: Letterhead | None) -> None:
    """Put ``letterhead`` into every section of the python-docx ``document``; an empty or
    missing letterhead leaves the document as it is."""
    if letterhead is None or letterhead.empty:
        return
    picture = _picture(letterhead)
    accent = RGBColor.from_string(letterhead.accent[1:].upper()) if letterhead.accent else None
    for section in document.sections:
        _header(section, letterhead, picture, accent)
        _footer(section.footer, letterhead)


def _header(
    section: Any, letterhead: Letterhead, picture: tuple[bytes, bytes | None] | None, accent: Any
) -> None:
    header = section.header
    header.is_linked_to_previous = False
    width = section.page_width or Cm(21)
    usable = width - (section.left_margin or Cm(2.5)) - (section.right_margin or Cm(2.5))
    table = header.add_table(rows=1, cols=2, width=usable)
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    widths = (int(usable * 0.62), usable - int(usable * 0.62))
    for column, cell, cell_width in zip(table.columns, table.rows[0].cells, widths, strict=True):
        column.width = cell_width  # the grid (LibreOffice reads it) and the cell (Word)
        cell.width = cell_width
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    left, right = table.rows[0].cells
    sender = left.paragraphs[0]
    if letterhead.sender.strip():
        run = sender.add_run(tie(letterhead.sender.strip()))
        run.font.size = Pt(7)
        run.font.color.rgb = accent or _MUTED
    logo = right.paragraphs[0]
    logo.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if picture is not None:
        bitmap, svg = picture
        width_pt, height_pt = _logo_size(svg or bitmap)
        run = logo.add_run()
        run.add_picture(io.BytesIO(bitmap), width=Pt(width_pt), height=Pt(height_pt))
        if svg is not None:
            _attach_svg(header.part, run, svg)
    body = header._element  # the table goes first, before the renderer's header text
    body.remove(table._tbl)
    body.insert(0, table._tbl)
    if accent is not None:
        _bottom_rule(table, letterhead.accent[1:])


def _footer(footer: Any, letterhead: Letterhead) -> None:
    footer.is_linked_to_previous = False
    for line in letterhead.lines:
        paragraph = footer.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(0)
        paragraph.paragraph_format.space_after = Pt(0)
        run = paragraph.add_run(tie(line))  # "HRB 12345" on one line (review 3, B9)
        run.font.size = Pt(6.5)
        run.font.color.rgb = _MUTED


def _bottom_rule(table: Any, colour: str) -> None:
    """A thin line under ``table`` in ``colour`` (hex without #), no other borders."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        line = ("single", "6", colour) if edge == "bottom" else ("nil", "0", "auto")
        for key, value in zip(("w:val", "w:sz", "w:color"), line, strict=True):
            element.set(qn(key), value)
        borders.append(element)
    table._tbl.tblPr.append(borders)


def _logo_size(image: bytes) -> tuple[float, float]:
    info = check_logo(image)
    max_h, max_w = LOGO_MAX_HEIGHT, LOGO_MAX_WIDTH  # points, as in the PDF
    scale = min(max_h / info.height, max_w / info.width)
    return info.width * scale, info.height * scale


def _picture(letterhead: Letterhead) -> tuple[bytes, bytes | None] | None:
    """(bitmap, svg): the PNG to place, and for an SVG logo its SVG (then the bitmap is what
    programs without SVG support show: the logo drawn as a PNG)."""
    logo = letterhead.logo
    if logo is None:
        return None
    if logo.media_type != SVG:
        return logo.data, None
    if logo.png_fallback is not None:
        return logo.png_fallback, logo.data
    from tomwizard.export.logo_raster import svg_to_png

    try:
        return svg_to_png(logo.data), logo.data
    except Exception:  # svglib and Pillow raise many kinds; then the stand-in serves
        info = check_logo(logo.data)
        return blank_png(info.width, info.height), logo.data


def blank_png(width: float, height: float) -> bytes:
    """A transparent PNG with the proportions ``width`` : ``height`` (at most 64 pixels)."""
    scale = 64 / max(width, height)
    w, h = max(1, round(width * scale)), max(1, round(height * scale))
    raw = b"".join(b"\x00" + b"\x00\x00\x00\x00" * w for _ in range(h))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    return (
        PNG_SIGNATURE
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


_SVG_EXT = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"


def _attach_svg(part: Any, run: Any, svg: bytes) -> None:
    """Give the picture just added to ``run`` the SVG as its real image (``asvg:svgBlip``, read
    by Word 2016 and later and by LibreOffice); the PNG stays as the fallback."""
    partname = part.package.next_partname("/word/media/image%d.svg")
    svg_part = Part(partname, "image/svg+xml", svg, part.package)
    rid = part.relate_to(svg_part, RT.IMAGE)
    blip = run._r.findall(".//" + qn("a:blip"))[-1]
    ext_list = OxmlElement("a:extLst")
    ext = OxmlElement("a:ext")
    ext.set("uri", _SVG_EXT)
    ext.append(
        parse_xml(f'<asvg:svgBlip xmlns:asvg="{_SVG_NS}" xmlns:r="{_R_NS}" r:embed="{rid}"/>')
    )
    ext_list.append(ext)
    blip.append(ext_list)
