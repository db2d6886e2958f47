""" "ENTWURF" diagonally across every page of a Word document: the watermark Word itself makes
(Design › Wasserzeichen › Benutzerdefiniertes Wasserzeichen): a VML text shape (WordArt, shape
type 136, named ``PowerPlusWaterMarkObject…``) anchored in the header, behind the text, centred
on the page's margins. Word shows it on every page the header is on and lists it as the
document's watermark (a user removes it there once the annex is final); LibreOffice reads the
same shape. As Word does, every header a page can show gets one: each section's default header,
its first-page header when the section has one, its even-page header when the document has
them; a header linked to the previous section's shows that one's."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from docx.document import Document as WordDocument
from docx.oxml import parse_xml
from docx.section import _Header

_V = "urn:schemas-microsoft-com:vml"
_O = "urn:schemas-microsoft-com:office:office"
_W10 = "urn:schemas-microsoft-com:office:word"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

# Word's shape type 136 (text along a path, "WordArt"), as Word writes it with a watermark.
_SHAPETYPE = (
    '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
    'path="m@7,l@8,m@5,21600l@6,21600e">'
    "<v:formulas>"
    + "".join(
        f'<v:f eqn="{eqn}"/>'
        for eqn in (
            "sum #0 0 10800",
            "prod #0 2 1",
            "sum 21600 0 @1",
            "sum 0 0 @2",
            "sum 21600 0 @3",
            "if @0 @3 0",
            "if @0 21600 @1",
            "if @0 0 @2",
            "if @0 @4 21600",
            "mid @5 @6",
            "mid @8 @5",
            "mid @7 @8",
            "mid @6 @7",
            "sum @6 0 @5",
        )
    )
    + "</v:formulas>"
    '<v:path textpathok="t" o:connecttype="custom" '
    'o:connectlocs="@9,0;@10,10800;@11,21600;@12,10800" o:connectangles="270,180,90,0"/>'
    '<v:textpath on="t" fitshape="t"/>'
    '<v:handles><v:h position="#0,bottomRight" xrange="6629,14971"/></v:handles>'
    '<o:lock v:ext="edit" text="t" shapetype="t"/>'
    "</v:shapetype>"
)


def add_watermark(document: WordDocument, text: str) -> None:
    """``text`` in light grey, rotated 315°, centred on every page, behind the text."""
    if not text:
        return
    for number, header in enumerate(_headers(document), start=1):
        paragraph = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
        paragraph._p.append(parse_xml(_shape(text, number)))


def _headers(document: WordDocument) -> list[_Header]:
    """Every header a page of ``document`` can show, each once."""
    even_pages = document.settings.odd_and_even_pages_header_footer
    headers: list[_Header] = []
    for index, section in enumerate(document.sections):
        candidates = [section.header]
        if section.different_first_page_header_footer:
            candidates.append(section.first_page_header)
        if even_pages:
            candidates.append(section.even_page_header)
        headers += [h for h in candidates if index == 0 or not h.is_linked_to_previous]
    return headers


def _shape(text: str, number: int) -> str:
    """The run that holds the watermark shape, as Word writes it (``number``: its ids)."""
    width = 100 + 62 * len(text)  # points; the shape's text is fitted to it
    return (
        f'<w:r xmlns:w="{_W}" xmlns:v="{_V}" xmlns:o="{_O}" xmlns:w10="{_W10}">'
        "<w:rPr><w:noProof/></w:rPr><w:pict>"
        + _SHAPETYPE
        + f'<v:shape id="PowerPlusWaterMarkObject{number}" o:spid="_x0000_s{2048 + number}" '
        'type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:110pt;'
        "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#b0b0b0" '
        'stroked="f"><v:fill opacity=".45"/>'
        f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" '
        f"string={quoteattr(text)}/>"
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )
