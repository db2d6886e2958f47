""" "ENTWURF" diagonally across every page of a Word document: the watermark Word itself makes
(Design › Wasserzeichen), a text shape in the header, so that Word lists it as the document's
watermark and a user removes it there once the annex is final."""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

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


def add_watermark(header: _Header, text: str) -> None:
    """``text`` in light grey, rotated 315°, centred on the page, behind the text."""
    if not text:
        return
    width = 100 + 62 * len(text)  # points; the shape's text is fitted to it
    shape = (
        f'<w:r xmlns:w="{_W}" xmlns:v="{_V}" xmlns:o="{_O}" xmlns:w10="{_W10}"><w:pict>'
        + _SHAPETYPE
        + '<v:shape id="PowerPlusWaterMarkObject1" o:spid="_x0000_s2049" type="#_x0000_t136" '
        f'style="position:absolute;margin-left:0;margin-top:0;width:{width}pt;height:110pt;'
        "rotation:315;z-index:-251657216;mso-position-horizontal:center;"
        "mso-position-horizontal-relative:margin;mso-position-vertical:center;"
        'mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#b0b0b0" '
        'stroked="f"><v:fill opacity=".45"/>'
        f'<v:textpath style="font-family:&quot;Arial&quot;;font-size:1pt;font-weight:bold" '
        f"string={quoteattr(text)}/>"
        '<w10:wrap anchorx="margin" anchory="margin"/></v:shape></w:pict></w:r>'
    )
    paragraph = header.paragraphs[0]
    paragraph._p.append(parse_xml(shape))
