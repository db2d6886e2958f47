"""The PDF's hostile texts in the Word annex and gap report: markup, entities, emoji,
right-to-left text, a 20,000-character word, control characters and „German quotes“ in the
organisation name, the processing description, a custom measure, a note and every
sub-processor field. Dropped: what XML cannot hold, by the PDF's rule (control characters but
tab and newline, unpaired surrogates); everything else is there, character for character."""

from __future__ import annotations

import pytest

from tests.docx_text import body_text, open_docx
from tests.test_annex_pdf import HOSTILE
from tests.test_annex_pdf_hostile import RTL, _hostile
from tomwizard.content.catalog import default_catalog
from tomwizard.export.document.annex import AnnexOptions
from tomwizard.export.document.typography import tie
from tomwizard.export.docx_export import annex_docx, gap_report_docx
from tomwizard.export.pdf_text import clean
from tomwizard.models.catalog import Catalog

KEPT = clean(HOSTILE + " " + RTL)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_hostile_text_in_the_word_annex(catalog: Catalog, style: str) -> None:
    assessment = _hostile(catalog)
    options = AnnexOptions(style=style, parts=("processing", "subprocessors", "signature"))
    data = annex_docx(assessment, catalog, options)
    text = body_text(data)
    assert "\x00" in HOSTILE and "\x00" not in KEPT  # the rule drops something here
    # the title's party, processing subject, custom measure, signature block
    for label in ("Gegenstand ", "Eigene "):
        assert text.count(label + KEPT) == 1, label
    for label in ("Adresse ", "Dienst ", "Daten ", "Zert ", "Modul "):
        assert text.count(label + KEPT) == 1, label
    # in the table and, not yet approved, in the place-of-processing measure (review 2, #10)
    assert text.count("SP " + KEPT) == 2
    assert text.count(KEPT) >= 2 + 2 + 6  # and the processor's name on the cover and to sign
    assert "Notiz" not in text  # notes stay internal, as in the PDF
    for control in "\x00\x07\x1b":
        assert control not in text
    header = open_docx(data).sections[0].header.paragraphs[0].text
    assert "<b>fett</b>" in header  # the processor's name, cleaned, as typed


def test_hostile_text_in_the_word_gap_report(catalog: Catalog) -> None:
    text = body_text(gap_report_docx(_hostile(catalog), catalog, "de"))
    assert "Notiz " + KEPT in text  # the note is internal: in the report, whole
    assert "\x1b" not in text


def test_the_word_annex_and_report_carry_the_letterhead(catalog: Catalog) -> None:
    """Helper l's letterhead (sender, logo, footer lines) in the Word files, beside the
    renderer's own header text and page numbers; the text of the annex stays the PDF's."""
    from tests.letterhead_support import png
    from tests.test_letterhead_export import FOOTER, SENDER, with_letterhead

    assessment = with_letterhead(png())
    for data in (
        annex_docx(assessment, catalog, AnnexOptions()),
        gap_report_docx(assessment, catalog, "de"),
    ):
        section = open_docx(data).sections[0]
        assert section.header.tables[0].rows[0].cells[0].text == tie(SENDER)  # „20457 Hamburg“
        footer = [p.text for p in section.footer.paragraphs]
        assert footer[-len(FOOTER) :] == [tie(line) for line in FOOTER] and "Seite " in footer[0]
