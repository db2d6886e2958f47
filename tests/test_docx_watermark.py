"""The draft mark of a Word document is the watermark Word itself makes (review 3, B5): a VML
WordArt shape ("PowerPlusWaterMarkObject", shape type 136) in a paragraph of every header a
page can show, behind the text and centred on the page; a final document has none."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

import docx
import pytest
from lxml import etree  # type: ignore[import-untyped]

from tests.builders import document_meta
from tomwizard.export.document.docx_watermark import add_watermark
from tomwizard.export.document.model import Document, Paragraph, runs
from tomwizard.export.document.render_docx import render_docx
from tomwizard.models.letterhead import Letterhead

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w10": "urn:schemas-microsoft-com:office:word",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
HEADER_TYPES = ("default", "first", "even")


def _document(draft: str, letterhead: Letterhead | None = None) -> Document:
    return Document(document_meta(draft, letterhead=letterhead), (Paragraph(runs("Text")),))


def _headers(package: bytes) -> Iterator[tuple[str, str, etree._Element]]:
    """(section number and header type, part name, root) of every header a section names."""
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        rels = etree.fromstring(z.read("word/_rels/document.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall("rel:Relationship", NS)}
        body = etree.fromstring(z.read("word/document.xml"))
        for number, sect in enumerate(body.iter(f"{{{NS['w']}}}sectPr")):
            for ref in sect.findall("w:headerReference", NS):
                part = "word/" + targets[ref.get(f"{{{NS['r']}}}id")]
                kind = ref.get(f"{{{NS['w']}}}type")
                yield f"{number}:{kind}", part, etree.fromstring(z.read(part))


def _check_watermark(root: etree._Element, text: str) -> tuple[str, str]:
    """The one watermark of a header part, checked against Word's own markup; its ids."""
    shapes = root.findall(".//v:shape", NS)
    assert len(shapes) == 1
    shape = shapes[0]
    # in a paragraph of the header itself (not in the letterhead's table), in a run, in w:pict
    pict = shape.getparent()
    run = pict.getparent()
    assert pict.tag == f"{{{NS['w']}}}pict" and run.tag == f"{{{NS['w']}}}r"
    assert run.getparent().getparent() is root
    assert run.find("w:rPr/w:noProof", NS) is not None
    # Word's WordArt shape type, declared in the same part before the shape uses it
    shapetype = pict.find("v:shapetype", NS)
    assert shapetype is not None and shapetype.get("id") == "_x0000_t136"
    assert shapetype.get(f"{{{NS['o']}}}spt") == "136"
    assert shapetype.find("v:textpath", NS).attrib == {"on": "t", "fitshape": "t"}
    assert list(pict).index(shapetype) < list(pict).index(shape)
    assert shape.get("type") == "#_x0000_t136"
    assert shape.get("id").startswith("PowerPlusWaterMarkObject")  # Word's watermark name
    style = dict(item.split(":", 1) for item in shape.get("style").split(";"))
    assert style["position"] == "absolute" and style["rotation"] == "315"
    assert int(style["z-index"]) < 0  # behind the text
    assert style["mso-position-horizontal"] == style["mso-position-vertical"] == "center"
    assert style["mso-position-horizontal-relative"] == "margin"
    assert style["mso-position-vertical-relative"] == "margin"
    assert shape.get("stroked") == "f" and shape.get(f"{{{NS['o']}}}allowincell") == "f"
    assert float(shape.find("v:fill", NS).get("opacity")) < 1  # light: the text stays legible
    textpath = shape.find("v:textpath", NS)
    assert textpath.get("string") == text
    assert "font-family:" in textpath.get("style")
    wrap = shape.find("w10:wrap", NS)
    assert wrap is not None and wrap.get("anchorx") == wrap.get("anchory") == "margin"
    return shape.get("id"), shape.get(f"{{{NS['o']}}}spid")


@pytest.mark.parametrize("letterhead", [None, Letterhead(sender="Muster GmbH · Weg 1")])
def test_a_draft_has_words_watermark_in_every_header(letterhead: Letterhead | None) -> None:
    package = render_docx(_document("ENTWURF", letterhead))
    headers = list(_headers(package))
    assert [kind for kind, _, _ in headers] == ["0:default"]
    ids = [_check_watermark(root, "ENTWURF") for _, _, root in headers]
    assert len(set(ids)) == len(ids)
    # Word and python-docx open it; the footer still says so as well
    word = docx.Document(io.BytesIO(package))
    assert word.sections[0].footer.paragraphs[0].text.startswith("ENTWURF · ")


def test_a_final_document_has_no_shape_anywhere() -> None:
    package = render_docx(_document(""))
    with zipfile.ZipFile(io.BytesIO(package)) as z:
        for name in z.namelist():
            data = z.read(name)
            assert b"textpath" not in data and b"PowerPlusWaterMark" not in data, name


def test_every_header_a_page_can_show_gets_its_own_watermark() -> None:
    """A different first page, even pages and a second section: each header that a page can
    show holds the mark once, with ids of its own; a header linked to the previous section's
    is left linked (it shows that one's mark)."""
    word = docx.Document()
    first = word.sections[0]
    first.different_first_page_header_footer = True
    word.settings.odd_and_even_pages_header_footer = True
    first.header.paragraphs[0].text = "Kopf"
    second = word.add_section()
    second.different_first_page_header_footer = True
    second.header.is_linked_to_previous = False  # its own default header, linked first/even
    add_watermark(word, "ENTWURF")
    assert second.first_page_header.is_linked_to_previous
    assert second.even_page_header.is_linked_to_previous
    buffer = io.BytesIO()
    word.save(buffer)
    headers = list(_headers(buffer.getvalue()))
    kinds = sorted(kind for kind, _, _ in headers)
    assert kinds == ["0:default", "0:even", "0:first", "1:default"]
    ids = [_check_watermark(root, "ENTWURF") for _, _, root in headers]
    assert len({shape_id for shape_id, _ in ids}) == len({spid for _, spid in ids}) == 4
    assert word.sections[0].header.paragraphs[0].text == "Kopf"  # the header's text stays
