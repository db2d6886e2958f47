"""The Word renderer on a small hand-made document model: real Word structure (heading styles
for the navigation pane, checklist lines that begin with their status mark as text, tables
with a repeated header row, PAGE and NUMPAGES fields in the footer, the draft watermark,
document properties), the same bytes for the same model, and hostile text that survives
except what XML forbids."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings

from tests.builders import document_meta
from tests.docx_text import body_lines, field_codes, open_docx
from tests.test_annex_pdf import ANY_TEXT, HOSTILE
from tomwizard.export.document.docx_styles import SYMBOL_FONT
from tomwizard.export.document.model import (
    Document,
    Heading,
    KeepTogether,
    KeepWithNext,
    ListBlock,
    ListItem,
    Paragraph,
    Run,
    SignatureBlock,
    SignatureParty,
    Table,
    runs,
)
from tomwizard.export.document.render_docx import render_docx, xml_text
from tomwizard.export.pdf_text import clean
from tomwizard.models.assessment import Status


def _document(draft: str = "ENTWURF", text: str = "Zutritt") -> Document:
    checklist = ListBlock(
        (
            ListItem(
                runs("Alarmanlage", Run(" (teilweise)", italic=True)),
                Status.TEILWEISE,
                (
                    ListItem(runs("Bewegungsmelder"), Status.UMGESETZT),
                    ListItem(runs("Aufschaltung"), Status.NICHT_UMGESETZT),
                ),
            ),
            ListItem(runs("Schlüsselregelung"), Status.GEPLANT),
        ),
        checklist=True,
    )
    register = Table(
        header=((runs("Name"), runs("Leistung")),),
        rows=tuple((runs(f"Hoster {n}"), runs("Hosting\nRechenzentrum")) for n in range(3)),
        widths=(0.4, 0.6),
        kind="subprocessors",
    )
    signature = SignatureBlock(
        Heading("Unterschriften", "3."),
        (
            SignatureParty("Für den Verantwortlichen", "Kunde AG"),
            SignatureParty("Für den Auftragsverarbeiter", "Muster GmbH", "Lüneburg", "M. Muster"),
        ),
        "Ort, Datum",
        "Unterschrift",
        "Name, Funktion",
    )
    blocks = (
        Paragraph(runs("Anlage 3"), "title"),
        Paragraph(runs(text), "party"),
        Heading("Beschreibung der Verarbeitung"),
        Heading(text, "1."),
        checklist,
        Heading("Unterauftragsverarbeiter", "2."),
        KeepWithNext(),
        Paragraph(runs("Genehmigt sind:"), "lead"),
        register,
        signature,
    )
    return Document(document_meta(draft), blocks)


def test_headings_are_word_headings_with_their_numbers() -> None:
    word = open_docx(render_docx(_document()))
    headings = [(p.style.name, p.text) for p in word.paragraphs if p.style.name.startswith("Head")]
    assert headings == [
        ("Heading 1", "Beschreibung der Verarbeitung"),
        ("Heading 1", "1.\tZutritt"),
        ("Heading 1", "2.\tUnterauftragsverarbeiter"),
        ("Heading 1", "3.\tUnterschriften"),
    ]
    heading_style = word.styles["Heading 1"]
    assert heading_style.paragraph_format.keep_with_next
    # the outline level that the navigation pane reads
    assert heading_style.element.pPr.find(qn("w:outlineLvl")) is not None


def test_checklist_marks_are_text_at_the_start_of_each_line_not_list_symbols() -> None:
    """A text-only copy keeps the status (review 3, B5), and no line is a Word list item that
    Word would continue with the same mark onto a line the user types after it."""
    word = open_docx(render_docx(_document()))
    lines = [p.text for p in word.paragraphs]  # the paragraphs' own text, no list symbols
    assert "◐\tAlarmanlage (teilweise)" in lines
    assert "☒\tBewegungsmelder" in lines and "☐\tAufschaltung" in lines
    assert "◷\tSchlüsselregelung" in lines
    items = [p for p in word.paragraphs if p.text and p.text[0] in "◐☒☐◷"]
    assert len(items) == 4
    for item in items:
        assert item._p.pPr.numPr is None  # not a list item
        fmt = item.paragraph_format
        # hanging indent: the mark hangs left, the text and its wrapped lines align at the stop
        assert fmt.first_line_indent < 0
        assert [stop.position for stop in fmt.tab_stops] == [fmt.left_indent]
        assert item.runs[0].text == item.text[0] and item.runs[1].text == "\t"
        assert item.runs[0].font.name == SYMBOL_FONT
    parent, sub = items[0], items[1]
    assert sub.paragraph_format.left_indent > parent.paragraph_format.left_indent  # one level in
    assert parent.paragraph_format.keep_with_next  # stays with its first sub-measure
    numbering = word.part.numbering_part.element
    texts = {t.get(qn("w:val")) for t in numbering.iter(qn("w:lvlText"))}
    assert not texts & {"◐", "☒", "☐", "◷", "⊘", "?"}


def test_prose_lists_stay_word_bullet_lists() -> None:
    prose = ListBlock((ListItem(runs("Alarmanlage"), children=(ListItem(runs("Melder")),)),))
    document = Document(document_meta(), (prose,))
    word = open_docx(render_docx(document))
    assert body_lines(word) == ["• Alarmanlage", "– Melder"]
    assert word.paragraphs[1]._p.pPr.numPr.ilvl.val == 1


def test_a_register_repeats_its_header_row_and_keeps_rows_whole() -> None:
    word = open_docx(render_docx(_document()))
    table = word.tables[0]
    first, *rest = table.rows
    assert first._tr.trPr.find(qn("w:tblHeader")) is not None
    assert all(row._tr.trPr.find(qn("w:tblHeader")) is None for row in rest)
    assert all(row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rest)
    assert [c.text for c in first.cells] == ["Name", "Leistung"]
    assert rest[0].cells[1].text == "Hosting\nRechenzentrum"


def test_lead_sentence_is_kept_with_the_table() -> None:
    word = open_docx(render_docx(_document()))
    lead = next(p for p in word.paragraphs if p.text == "Genehmigt sind:")
    assert lead.paragraph_format.keep_with_next or lead.style.paragraph_format.keep_with_next


def test_footer_has_page_fields_and_header_the_document() -> None:
    word = open_docx(render_docx(_document()))
    section = word.sections[0]
    footer = section.footer.paragraphs[0]
    assert field_codes(section.footer._element) == ["PAGE", "NUMPAGES"]
    assert footer.text.startswith("ENTWURF · Stand: 01.03.2026\tSeite ")  # a draft, as the PDF
    assert " von " in footer.text
    final = open_docx(render_docx(_document(""))).sections[0].footer.paragraphs[0]
    assert final.text.startswith("Stand: 01.03.2026\tSeite ")
    header = section.header.paragraphs[0]
    assert header.text == (
        "Anlage 3 zum AVV – Technische und organisatorische Maßnahmen\tMuster GmbH"
    )
    assert abs(section.page_width.cm - 21.0) < 0.01 and abs(section.page_height.cm - 29.7) < 0.01


def test_a_draft_has_the_watermark_and_a_final_none() -> None:
    draft = open_docx(render_docx(_document("ENTWURF")))
    strings = [e.get("string") for e in draft.sections[0].header._element.iter() if e.get("string")]
    assert strings == ["ENTWURF"]
    assert draft.core_properties.content_status == "ENTWURF"
    final = open_docx(render_docx(_document("")))
    assert not [e for e in final.sections[0].header._element.iter() if e.get("string")]


def test_core_properties_carry_the_documents_date() -> None:
    props = open_docx(render_docx(_document())).core_properties
    assert props.title == "Anlage 3 zum Vertrag über die Auftragsverarbeitung: TOM"
    assert props.author == "Muster GmbH"
    assert props.subject == "Technische und organisatorische Maßnahmen"
    assert props.language == "de-DE"
    assert props.created == props.modified == dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    assert "python-docx" not in (props.comments or "")


def test_same_model_gives_the_same_bytes_and_no_template_thumbnail() -> None:
    first = render_docx(_document())
    assert first == render_docx(_document())
    names = zipfile.ZipFile(io.BytesIO(first)).namelist()
    assert "docProps/thumbnail.jpeg" not in names


def test_signature_block_has_both_parties_and_their_labels() -> None:
    lines = body_lines(open_docx(render_docx(_document())))
    start = lines.index("3.\tUnterschriften")
    block = [line for line in lines[start + 1 :] if line]
    assert block[:4] == [
        "Für den Verantwortlichen",
        "Für den Auftragsverarbeiter",
        "Kunde AG",
        "Muster GmbH",
    ]
    assert "Lüneburg, " in block
    assert block.count("Ort, Datum") == 2 and block.count("Unterschrift") == 2
    assert block[-3:] == ["M. Muster", "Name, Funktion", "Name, Funktion"]


def test_hostile_text_survives_except_what_xml_forbids() -> None:
    text = HOSTILE + " \u2028\u00ad\ufeff שלום \ufffe"
    lines = body_lines(open_docx(render_docx(_document(text=text))))
    kept = clean(text).replace("\ufffe", "")
    assert kept in lines and f"1.\t{kept}" in lines
    assert "\x00" not in "".join(lines) and "\x1b" not in "".join(lines)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ANY_TEXT)
def test_any_text_round_trips_through_docx(text: str) -> None:
    """What the PDF's rule keeps (:func:`clean`), Word keeps: the bytes parse and every
    character comes back ("\\r" is a line break, as in the PDF)."""
    lines = body_lines(open_docx(render_docx(_document(text=text))))
    assert xml_text(text) == clean(text).replace("\ufffe", "").replace("\uffff", "")
    assert lines[1] == xml_text(text)


def test_a_row_too_long_for_a_page_may_split_and_others_not() -> None:
    long_cell = runs("Datenkategorie " * 200)  # 3,000 characters: longer than a page holds
    table = Table(
        header=((runs("Name"), runs("Daten")),),
        rows=((runs("kurz"), runs("kurz")), (runs("lang"), long_cell)),
        widths=(0.3, 0.7),
        kind="subprocessors",
    )
    word = open_docx(render_docx(Document(document_meta(), (table,))))
    short, long = word.tables[0].rows[1:]
    assert short._tr.trPr.find(qn("w:cantSplit")) is not None
    assert long._tr.trPr is None or long._tr.trPr.find(qn("w:cantSplit")) is None


def test_blocks_kept_together_are_kept_with_the_next_but_the_last() -> None:
    together = KeepTogether(
        (Paragraph(runs("Befund"), "finding"), Paragraph(runs("Abhilfe"), "detail"))
    )
    word = open_docx(render_docx(Document(document_meta(), (together, Paragraph(runs("Danach"))))))
    kept = {p.text: bool(p.paragraph_format.keep_with_next) for p in word.paragraphs}
    assert kept == {"Befund": True, "Abhilfe": False, "Danach": False}
