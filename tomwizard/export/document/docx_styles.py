"""The style sheet of tomwizard's Word documents: A4 with the PDF's margins, Arial at 10 pt,
black headings in Word's own heading styles (so that the navigation pane and a table of
contents find them), and one named paragraph style per role of the document model, so that a
user who edits the annex changes a style once instead of every paragraph.

Arial is on every Word installation (LibreOffice uses the metric-compatible Liberation Sans);
the status marks ☒ ◐ ◷ ☐ ⊘ come from a symbol font Windows has, with the office suite's own
fallback elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from tomwizard.export.document.docx_ooxml import place
from tomwizard.export.document.model import ParagraphRole

FONT = "Arial"
SYMBOL_FONT = "Segoe UI Symbol"
BODY_SIZE = 10.0
PAGE_WIDTH = Cm(21.0)
PAGE_HEIGHT = Cm(29.7)
MARGIN_LEFT = Cm(2.5)
MARGIN_RIGHT = Cm(2.5)
MARGIN_TOP = Cm(2.6)
MARGIN_BOTTOM = Cm(2.4)
TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT
HEADING_INDENT = Pt(28)  # number to title, as in the PDF ("20." and a gap)
INK = RGBColor(0x1A, 0x1A, 0x1A)
MUTED = RGBColor(0x5A, 0x5A, 0x5A)
DRAFT = RGBColor(0xB0, 0x4A, 0x00)
RULE_HEX = "9A9A9A"
HEAD_FILL_HEX = "ECECEC"
DRAFT_FILL_HEX = "FFF4E8"


@dataclass(frozen=True)
class _Role:
    """A paragraph style for one role of the model: size, weight, colour, alignment, space."""

    name: str
    size: float = BODY_SIZE
    bold: bool = False
    color: RGBColor = INK
    centered: bool = False
    before: float = 0.0
    after: float = 6.0
    keep_with_next: bool = False
    indent: float = 0.0  # left indent in points


# Word's own styles where Word has one (Title, Subtitle), else ours ("TOM …").
ROLES: dict[ParagraphRole, _Role] = {
    "body": _Role("Normal"),
    "lead": _Role("TOM Einleitungssatz", after=4, keep_with_next=True),
    "lead_after": _Role("TOM Einleitungssatz abgesetzt", before=16, after=4, keep_with_next=True),
    "intro": _Role("TOM Einleitung", before=18),
    "title": _Role("Title", size=16, bold=True, centered=True, after=4),
    "subtitle": _Role("Subtitle", size=11, centered=True, after=0),
    "title_tom": _Role("TOM Thema", size=12.5, bold=True, centered=True, before=2, after=18),
    "centered": _Role("TOM Zentriert", centered=True),
    "party": _Role("TOM Partei", centered=True, after=2),
    "meta": _Role("TOM Stand", color=MUTED, centered=True, before=10),
    "draft_note": _Role("TOM Entwurfshinweis", size=9.5, before=18, after=6),
    "small": _Role("TOM Klein", size=8.5, color=MUTED, after=2),
    "subheading": _Role("TOM Zwischenüberschrift", size=10.5, bold=True, before=10, after=4),
    "note": _Role("TOM Anmerkung", size=8.5, color=MUTED, after=4),
    # the gap report
    "summary": _Role("TOM Summe", before=4),
    "group_title": _Role(
        "TOM Gruppe", size=10.5, bold=True, before=10, after=4, keep_with_next=True
    ),
    "finding": _Role("TOM Befund", before=5, after=2, indent=12),
    "detail": _Role("TOM Befund Einzelheit", size=8.5, color=MUTED, after=2, indent=12),
    "facts": _Role("TOM Angaben", size=8.5, color=MUTED, before=6, after=0, keep_with_next=True),
    "entry": _Role("TOM Eintrag", after=1),
}
CELL_STYLE = "TOM Tabelle"
CELL_HEAD_STYLE = "TOM Tabellenkopf"
LIST_STYLE = "List Paragraph"


def style_ids(document: WordDocument) -> dict[str, str]:
    """Style name → style id: python-docx looks a name up among all ~160 styles each time a
    paragraph gets a style (most of the time of a render); the renderer looks once."""
    return {style.name: style.style_id for style in document.styles if style.name}


def set_up(document: WordDocument) -> None:
    """Page size and margins, the default font and every style the renderer uses."""
    for section in document.sections:
        section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
        section.left_margin, section.right_margin = MARGIN_LEFT, MARGIN_RIGHT
        section.top_margin, section.bottom_margin = MARGIN_TOP, MARGIN_BOTTOM
        section.header_distance = Cm(1.2)
        section.footer_distance = Cm(1.0)
    _default_font(document)
    styles = document.styles
    normal = styles["Normal"]
    assert isinstance(normal, ParagraphStyle)
    _shape(normal, ROLES["body"])
    normal.paragraph_format.line_spacing = 1.15
    normal.paragraph_format.widow_control = True
    for role in ROLES.values():
        if role.name == "Normal":
            continue
        _shape(_paragraph_style(document, role.name), role)
    for level, (size, before) in enumerate(((11.5, 16.0), (10.5, 12.0), (10.0, 10.0)), start=1):
        heading = _paragraph_style(document, f"Heading {level}")
        _shape(heading, _Role(heading.name or "", size=size, bold=True, before=before, after=6))
        heading.font.italic = False
        heading.paragraph_format.keep_with_next = True
        heading.paragraph_format.keep_together = True
        heading.paragraph_format.left_indent = HEADING_INDENT if level == 1 else None
        heading.paragraph_format.first_line_indent = -HEADING_INDENT if level == 1 else None
        heading.paragraph_format.tab_stops.add_tab_stop(HEADING_INDENT)
    _shape(_paragraph_style(document, CELL_STYLE), _Role(CELL_STYLE, size=8.5, after=0))
    head = _paragraph_style(document, CELL_HEAD_STYLE)
    _shape(head, _Role(CELL_HEAD_STYLE, size=8.5, bold=True, after=0))
    listed = _paragraph_style(document, LIST_STYLE)
    _shape(listed, _Role(LIST_STYLE, after=3))
    for name, bold in (("Header", False), ("Footer", False)):
        furniture = _paragraph_style(document, name)
        _shape(furniture, _Role(name, size=8, color=MUTED, bold=bold, after=0))
        tabs = furniture.paragraph_format.tab_stops
        tabs.clear_all()  # the template's stops are for US Letter
        tabs.add_tab_stop(TEXT_WIDTH, WD_TAB_ALIGNMENT.RIGHT)
    _draft_box(_paragraph_style(document, ROLES["draft_note"].name))


def _default_font(document: WordDocument) -> None:
    """Arial in the document defaults (instead of the template's theme fonts)."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in list(fonts.attrib):
        del fonts.attrib[attribute]
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)
    size = rpr.find(qn("w:sz"))
    if size is not None:
        size.set(qn("w:val"), str(round(BODY_SIZE * 2)))


def _paragraph_style(document: WordDocument, name: str) -> ParagraphStyle:
    styles = document.styles
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    assert isinstance(style, ParagraphStyle)
    return style


def _shape(style: ParagraphStyle, role: _Role) -> None:
    font = style.font
    font.name = FONT
    font.size = Pt(role.size)
    font.bold = role.bold
    font.italic = False  # Word's "Subtitle" is italic; the PDF's is not
    font.color.rgb = role.color
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:  # the template's theme fonts would win over the plain name
        for attribute in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
            fonts.attrib.pop(qn(attribute), None)
        fonts.set(qn("w:cs"), FONT)
    paragraph = style.paragraph_format
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if role.centered else None
    paragraph.space_before = Pt(role.before)
    paragraph.space_after = Pt(role.after)
    paragraph.keep_with_next = role.keep_with_next or None
    paragraph.left_indent = Pt(role.indent) if role.indent else None
    ppr = style.element.get_or_add_pPr()
    for border in ppr.findall(qn("w:pBdr")):  # Word's "Title" has a rule under it
        ppr.remove(border)
    for spacing in rpr.findall(qn("w:spacing")):
        rpr.remove(spacing)


def _draft_box(style: ParagraphStyle) -> None:
    """The draft note in a thin orange frame on a light fill, as in the PDF."""
    ppr = style.element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    for side in ("top", "left", "bottom", "right"):
        line = OxmlElement(f"w:{side}")
        line.set(qn("w:val"), "single")
        line.set(qn("w:sz"), "6")
        line.set(qn("w:space"), "4")
        line.set(qn("w:color"), str(DRAFT))
        borders.append(line)
    place(ppr, borders)
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), DRAFT_FILL_HEX)
    place(ppr, shading)
