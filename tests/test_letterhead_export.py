"""The letterhead on the annex and the gap report (PDF), and in a Word document (python-docx)."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from pypdf import PdfReader

from tests.letterhead_support import SVG_LOGO, png
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.document.typography import tie
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.letterhead_docx import apply_letterhead
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Assessment
from tomwizard.models.letterhead import Letterhead, Logo

SENDER = "Muster IT-Service GmbH · Hafenstraße 12 · 20457 Hamburg"
FOOTER = ["Amtsgericht Hamburg HRB 123456", "Tel. 040 1234567 · datenschutz@muster.example"]


def with_letterhead(logo: bytes | None) -> Assessment:
    assessment = demo_assessment(default_catalog())
    assessment.organisation.letterhead = Letterhead(
        logo=Logo.from_bytes(logo) if logo is not None else None,
        sender=SENDER,
        footer=FOOTER,
        accent="#1F4E79",
    )
    return assessment


def xobjects(page: object) -> dict[str, object]:
    resources = page["/Resources"]  # type: ignore[index]
    found = {}
    for name, ref in resources.get("/XObject", {}).items():
        obj = ref.get_object()
        found[name] = obj
        for inner, inner_ref in obj.get("/Resources", {}).get("/XObject", {}).items():
            found[inner] = inner_ref.get_object()
    return found


@pytest.mark.parametrize("kind", ["png", "svg", "none"])
def test_every_annex_page_carries_sender_and_footer_lines(kind: str) -> None:
    logo = {"png": png(), "svg": SVG_LOGO, "none": None}[kind]
    pdf = annex_pdf(with_letterhead(logo), default_catalog(), AnnexOptions())
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        text = page.extract_text()
        assert SENDER in text
        assert all(line in text for line in FOOTER)
    images = [o for o in xobjects(reader.pages[0]).values() if o.get("/Subtype") == "/Image"]
    forms = [o for o in xobjects(reader.pages[0]).values() if o.get("/Subtype") == "/Form"]
    if kind == "png":
        assert any(image["/Width"] == 120 and image["/Height"] == 40 for image in images)
    if kind == "svg":  # a vector drawing, not a bitmap
        assert forms and not images
    if kind == "none":
        assert not forms and not images


def test_the_logo_is_stored_once_for_all_pages() -> None:
    pdf = annex_pdf(with_letterhead(png()), default_catalog(), AnnexOptions())
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) > 3
    first = {id(o) for o in xobjects(reader.pages[0]).values()}
    refs = {
        str(ref.idnum)
        for page in reader.pages
        for ref in page["/Resources"]["/XObject"].values()  # type: ignore[index]
    }
    assert len(refs) == 1 and first


def test_an_empty_letterhead_prints_the_same_pdf_as_none() -> None:
    catalog = default_catalog()
    plain = demo_assessment(catalog)
    emptied = demo_assessment(catalog)
    emptied.organisation.letterhead = Letterhead(footer=["", " "])
    assert annex_pdf(plain, catalog, AnnexOptions()) == annex_pdf(emptied, catalog, AnnexOptions())


def test_the_gap_report_carries_the_letterhead_too() -> None:
    pdf = gap_report_pdf(with_letterhead(png()), default_catalog())
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert SENDER in text and FOOTER[0] in text


def plain_document() -> docx.document.Document:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Anlage 3 zum AVV"
    document.sections[0].footer.paragraphs[0].text = "Seite 1"
    document.add_paragraph("Text")
    return document


def reread(document: docx.document.Document) -> tuple[docx.document.Document, bytes]:
    buffer = io.BytesIO()
    document.save(buffer)
    return docx.Document(io.BytesIO(buffer.getvalue())), buffer.getvalue()


def test_docx_gets_sender_logo_and_footer_lines() -> None:
    document = plain_document()
    apply_letterhead(document, with_letterhead(png()).organisation.letterhead)
    again, raw = reread(document)
    header, footer = again.sections[0].header, again.sections[0].footer
    # as typed, with non-breaking spaces where a line must not break („HRB 123456“)
    assert header.tables[0].rows[0].cells[0].text == tie(SENDER)
    assert header.paragraphs[0].text == "Anlage 3 zum AVV"  # the renderer's own text stays
    assert [p.text for p in footer.paragraphs] == ["Seite 1", *map(tie, FOOTER)]
    media = [n for n in zipfile.ZipFile(io.BytesIO(raw)).namelist() if n.startswith("word/media")]
    assert len(media) == 1
    assert zipfile.ZipFile(io.BytesIO(raw)).read(media[0]) == png()


def test_docx_svg_logo_is_embedded_as_svg_with_a_stand_in() -> None:
    document = plain_document()
    apply_letterhead(document, with_letterhead(SVG_LOGO).organisation.letterhead)
    _again, raw = reread(document)
    archive = zipfile.ZipFile(io.BytesIO(raw))
    media = sorted(n for n in archive.namelist() if n.startswith("word/media"))
    assert [n.rsplit(".", 1)[1] for n in media] == ["png", "svg"]
    assert archive.read(next(n for n in media if n.endswith(".svg"))) == SVG_LOGO
    header_xml = next(n for n in archive.namelist() if n.startswith("word/header"))
    assert b"svgBlip" in archive.read(header_xml)


def test_docx_without_letterhead_is_unchanged() -> None:
    document = plain_document()
    apply_letterhead(document, Letterhead())
    assert not document.sections[0].header.tables
    assert [p.text for p in document.sections[0].footer.paragraphs] == ["Seite 1"]


def test_docx_svg_logo_uses_its_png_fallback_where_there_is_one() -> None:
    letterhead = with_letterhead(SVG_LOGO).organisation.letterhead
    assert letterhead.logo is not None
    fallback = png(200, 60)
    logo = Logo(media_type="image/svg+xml", data=SVG_LOGO, png_fallback=fallback)
    document = plain_document()
    apply_letterhead(document, letterhead.model_copy(update={"logo": logo}))
    _again, raw = reread(document)
    archive = zipfile.ZipFile(io.BytesIO(raw))
    pngs = [n for n in archive.namelist() if n.startswith("word/media") and n.endswith(".png")]
    assert [archive.read(n) for n in pngs] == [fallback]


def test_a_png_fallback_only_for_an_svg_logo() -> None:
    with pytest.raises(ValueError):
        Logo(media_type="image/png", data=png(), png_fallback=png())
    with pytest.raises(ValueError):
        Logo(media_type="image/svg+xml", data=SVG_LOGO, png_fallback=SVG_LOGO)


def test_register_numbers_and_paragraphs_never_break_in_the_footer() -> None:
    """ "HRB 12345", "§ 5", "Abs. 2", "Nr. 7" stay on one line (DSB review 3, finding B9)."""
    from tomwizard.export.letterhead_pdf import prepare_letterhead

    lines = [
        "Geschäftsführerin: Katrin Heidemann · Amtsgericht Lüneburg HRB 12345",
        "USt-IdNr. DE 123456789 · Steuer-Nr. 12/345/67890 · Aufsicht nach § 5 Abs. 2",
        "Sparkasse Lüneburg · IBAN DE12 3456 7890 1234 5678 90 · HRA 4711",
    ]
    letterhead = Letterhead(sender="Lohnkontor · Am Markt 1 · Nr. 7", footer=lines)
    prepared = prepare_letterhead(letterhead)
    assert prepared is not None
    for column in prepared.columns:
        for line in column:
            assert not line.rstrip().endswith(("HRB", "HRA", "§", "Abs.", "Nr.")), line
    assert "HRB\u00a012345" in " ".join(prepared.columns[0])
    document = plain_document()
    apply_letterhead(document, letterhead)
    word, _raw = reread(document)
    footer = " ".join(p.text for p in word.sections[0].footer.paragraphs)
    assert "HRB\u00a012345" in footer and "§\u00a05 Abs.\u00a02" in footer
    assert word.sections[0].header.tables[0].rows[0].cells[0].text.endswith("Nr.\u00a07")
