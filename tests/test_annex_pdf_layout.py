"""Page layout and typesetting of the annex, read back with pypdf: a heading (with its lead
sentence) never ends a page, a measure stays with its first sub-measure, the signature block is
never split, tables keep to the text frame, and the texts are set as a German (or English)
document sets them."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.platypus import Paragraph, Spacer

from tomwizard.demo import demo_assessment
from tomwizard.export.annex_parts import signature_part
from tomwizard.export.measure_text import measure_text
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.export.pdf_document import Document, DocumentInfo
from tomwizard.export.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    PAGE_SIZE,
    PageFurniture,
    item_style,
)
from tomwizard.export.pdf_text import NBSP, format_date, tie
from tomwizard.export.wording import ANNEX
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog

ALL_PARTS = ("processing", "subprocessors", "signature")
HEADING_SIZE = 11.5


Run = tuple[float, float, str, float, str]


def page_runs(page: Any) -> list[Run]:
    """The text runs of one page's body (between header and footer): y, x, font, size, text."""
    runs: list[Run] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: float) -> None:
        if not text.strip() or font is None:
            return
        y = tm[5] * cm[3] + cm[5]
        x = tm[4] * cm[0] + cm[4]
        if MARGIN_BOTTOM < y < PAGE_SIZE[1] - 60:
            name = str(font.get("/BaseFont"))
            runs.append((y, x, name, round(size * (tm[0] or 1), 1), text.strip()))

    page.extract_text(visitor_text=visit)
    return runs


def pages(pdf: bytes) -> list[list[Run]]:
    return [page_runs(page) for page in PdfReader(io.BytesIO(pdf)).pages]


def last_line(runs: list[Run]) -> list[Run]:
    low = min(run[0] for run in runs)
    return [run for run in runs if abs(run[0] - low) < 1]


def padded(catalog: Catalog, count: int, **update: Any) -> Assessment:
    """The demo with ``count`` extra custom measures in the first section, so that every part
    after it moves down the pages by a line or two per measure."""
    demo = demo_assessment(catalog)
    extra = [
        CustomMeasure(
            id=f"pad{i}",
            section_id=catalog.sections[0].id,
            text=f"Zusätzliche Maßnahme {i} mit einem Satz, der etwa eine Zeile füllt.",
            answer=Answer(status=Status.UMGESETZT),
        )
        for i in range(count)
    ]
    return demo.model_copy(update={"custom_measures": [*demo.custom_measures, *extra], **update})


def render(assessment: Assessment, catalog: Catalog, **options: Any) -> bytes:
    return annex_pdf(assessment, catalog, AnnexOptions(**options))


# -- what stays together ---------------------------------------------------------------------


@pytest.mark.parametrize("style", ["prose", "checklist"])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_heading_or_lead_sentence_never_ends_a_page(
    catalog: Catalog, style: str, lang: str
) -> None:
    for count in range(0, 48, 4):
        pdf = render(padded(catalog, count), catalog, style=style, lang=lang, parts=ALL_PARTS)
        body = pages(pdf)
        for number, runs in enumerate(body[:-1], start=1):
            for _y, _x, font, size, text in last_line(runs):
                where = f"{count} extra measures, page {number}: {text!r}"
                assert not ("Bold" in font and size >= HEADING_SIZE), where
                assert not text.endswith(":"), where  # "Die folgenden Maßnahmen sind …:"


def test_a_table_starts_on_the_page_of_its_heading(catalog: Catalog) -> None:
    """A subprocessor whose first row is tall: heading and lead move with it."""
    tall = Subprocessor(
        id="tall",
        name="Hosting GmbH",
        address="Zeile\n" * 12 + "12345 Stadt",
        service="Betrieb",
        country_seat="DE",
        transfer_basis=TransferBasis.EU_EWR,
    )
    for count in range(0, 48, 2):
        assessment = padded(catalog, count, subprocessors=[tall])
        body = pages(render(assessment, catalog, parts=("subprocessors",)))
        heading = next(
            i for i, p in enumerate(body) if any(r[4] == "Unterauftragsverarbeiter" for r in p)
        )
        assert any("Hosting GmbH" in run[4] for run in body[heading]), count


def test_a_measure_stays_with_its_first_sub_measure(catalog: Catalog) -> None:
    parents = [m for m in catalog.measures() if m.children]
    for count in range(0, 48, 2):
        body = pages(render(padded(catalog, count), catalog, style="checklist"))
        for number, runs in enumerate(body[:-1], start=1):
            bottom = " ".join(run[4] for run in last_line(runs))
            following = " ".join(run[4] for run in sorted(body[number], key=lambda r: -r[0])[:3])
            for parent in parents:
                ending = parent.text.de.split()[-1]
                if bottom.endswith(ending) and parent.children[0].text.de[:20] in following:
                    pytest.fail(f"{count}: {parent.id} ends page {number}, its child follows")


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_signature_block_is_never_split(catalog: Catalog, style: str) -> None:
    for count in range(0, 60, 6):
        for lang, labels in (
            ("de", ("Unterschriften", "Name, Funktion")),
            ("en", ("Signatures", "Name, function")),
        ):
            options = {"lang": lang, "style": style, "parts": ALL_PARTS, "list_entfaellt": True}
            pdf = render(padded(catalog, count), catalog, **options)
            texts = [" ".join(" ".join(run[4] for run in runs).split()) for runs in pages(pdf)]
            with_block = [i for i, text in enumerate(texts) if any(lb in text for lb in labels)]
            assert len(set(with_block)) == 1, (count, lang, with_block)
            assert texts[with_block[0]].count(labels[1]) == 2


@pytest.mark.parametrize("lines", [1, 3, 6])
def test_heading_and_lead_go_with_the_first_item_at_any_height(lines: int) -> None:
    """A heading, its lead sentence and a first item of one, three or six lines, after blank
    space of every height: the heading's page always shows the item too (a three-line item
    cannot be split: no widows, no orphans)."""
    for height in range(0, 700, 3):
        doc = Document("de", ANNEX["de"])
        words = " ".join(["Wort"] * (12 * lines - 4))
        story = [
            Spacer(1, height),
            *doc.heading("Zugangskontrolle"),
            doc.para(doc.text("implemented"), doc.styles.lead),
            Paragraph("ERSTES " + words, item_style(0), bulletText="•"),
        ]
        info = DocumentInfo("t", "a", "s", PageFurniture("h", "r", "f", "{page}/{pages}"))
        texts = [p.extract_text() for p in PdfReader(io.BytesIO(doc.render(story, info))).pages]
        heading = next(i for i, text in enumerate(texts) if "Zugangskontrolle" in text)
        assert "ERSTES" in texts[heading], (lines, height)


def test_signature_block_is_never_split_at_any_height(catalog: Catalog) -> None:
    """The block after blank space of every height (in steps of 4 pt): one page, always."""
    assessment = demo_assessment(catalog)
    for height in range(0, 700, 4):
        doc = Document("de", ANNEX["de"])
        story = [Spacer(1, height), *signature_part(doc, assessment)]
        info = DocumentInfo("t", "a", "s", PageFurniture("h", "r", "f", "{page}/{pages}"))
        reader = PdfReader(io.BytesIO(doc.render(story, info)))
        texts = [page.extract_text() for page in reader.pages]
        with_block = [i for i, t in enumerate(texts) if "Unterschrift" in t or "Name, Fun" in t]
        assert len(with_block) == 1, (height, with_block)


def test_tables_keep_to_the_text_frame(catalog: Catalog) -> None:
    """No padding between frame and margins: body text and table cells start at the left
    margin, where the header rule starts."""
    pdf = render(demo_assessment(catalog), catalog, parts=ALL_PARTS)
    xs = [run[1] for runs in pages(pdf) for run in runs]
    assert min(xs) == pytest.approx(MARGIN_LEFT, abs=0.5)
    assert max(xs) < PAGE_SIZE[0] - MARGIN_RIGHT


def test_same_input_same_bytes_with_every_part(catalog: Catalog) -> None:
    assessment = padded(catalog, 5)
    options = {"style": "checklist", "lang": "en", "parts": ALL_PARTS, "list_entfaellt": True}
    assert render(assessment, catalog, **options) == render(assessment, catalog, **options)


# -- typesetting -----------------------------------------------------------------------------


def test_ties_keep_citations_units_deadlines_and_abbreviations_together() -> None:
    cases = {
        "Art. 32 Abs. 1 lit. b DSGVO": "Art.~32 Abs.~1 lit.~b~DSGVO",
        "§ 38 BDSG": "§~38~BDSG",
        "Art. 28(4) GDPR": "Art.~28(4)~GDPR",
        "alle 12 Monate": "alle 12~Monate",
        "(bis 31.03.2027)": "(bis~31.03.2027)",
        "Unter-AVV vom 01.03.2024": "Unter-AVV vom 01.03.2024",
        "Reißwolf e. K., 21339 Lüneburg": "Reißwolf e.~K., 21339~Lüneburg",
        "VdS 10000 und DIN 66399": "VdS~10000 und DIN~66399",
        "Version der Anlage": "Version der Anlage",
        "Kapitel V DSGVO": "Kapitel~V~DSGVO",
    }
    for text, expected in cases.items():
        assert tie(text).replace(NBSP, "~") == expected
    assert format_date(dt.date(2027, 3, 31), "en") == f"31{NBSP}March{NBSP}2027"


def test_parameters_missing_singular_and_large(catalog: Catalog) -> None:
    cert = next(m for m in catalog.measures() if m.params and m.params[0].id == "name")
    lock = next(m for m in catalog.measures() if any(p.id == "minutes" for p in m.params))
    demo = demo_assessment(catalog)
    answers = {
        **demo.answers,
        cert.id: Answer(status=Status.NICHT_UMGESETZT),
        lock.id: Answer(status=Status.UMGESETZT, params={"minutes": 1}),
    }
    assessment = demo.model_copy(update={"answers": answers})
    text = " ".join(
        " ".join(run[4] for run in runs)
        for runs in pages(render(assessment, catalog, style="checklist"))
    )
    assert "(…)" not in text
    assert "Es besteht eine gültige Zertifizierung, deren Geltungsbereich" in " ".join(text.split())
    assert "spätestens 1 Minute " in " ".join(text.split())


def test_english_annex_is_wholly_english(catalog: Catalog) -> None:
    blank = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    options = {"style": "checklist", "parts": ALL_PARTS, "list_entfaellt": True}
    for style in ("checklist", "prose"):
        pdf = render(blank, catalog, lang="en", **{**options, "style": style})
        text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
        for german in ("Seite", "Stand", "Anlage", "Unterschrift", "umgesetzt", "DSGVO", "Abs."):
            assert german not in text, german
        assert "Sub-processors" in text and "As of " in text


def test_contract_reference_and_stand_on_lines_of_their_own(catalog: Catalog) -> None:
    demo = demo_assessment(catalog)
    org = demo.organisation
    first = PdfReader(io.BytesIO(render(demo, catalog))).pages[0].extract_text()
    lines = [" ".join(line.split()) for line in first.splitlines()]
    # "Vertragsbezeichnung: Vertrag über …" reads right, "Vertrag: Vertrag über …" did not
    assert f"Vertragsbezeichnung: {' '.join(org.contract_reference.split())}" in lines
    assert f"Stand: {format_date(org.stand or dt.date.today(), 'de')} · Version {org.version}" in (
        lines
    )


def test_numbers_in_the_document_language(catalog: Catalog) -> None:
    lock = next(m for m in catalog.measures() if any(p.id == "minutes" for p in m.params))
    assert " 12.000 Minuten" in measure_text(lock, "de", {"minutes": 12000})
    assert " 12,000 minutes" in measure_text(lock, "en", {"minutes": 12000})
    assert " 1 minute " in measure_text(lock, "en", {"minutes": 1})


def test_heading_titles_and_their_second_lines_share_one_indent(catalog: Catalog) -> None:
    """ "3." and "15." alike: every title line starts at the same distance from the margin."""
    pdf = render(demo_assessment(catalog), catalog, style="checklist", parts=ALL_PARTS)
    runs = [run for page in pages(pdf) for run in page]
    headings = [run for run in runs if "Bold" in run[2] and run[3] == HEADING_SIZE]
    # the processing description is unnumbered (as in the wizard) and starts at the margin
    unnumbered = [run for run in headings if run[4].startswith("Beschreibung der Verarbeitung")]
    assert {round(run[1], 1) for run in unnumbered} == {round(MARGIN_LEFT, 1)}
    headings = [run for run in headings if run not in unnumbered]
    numbers = {round(run[1], 1) for run in headings if run[4].rstrip(".").isdigit()}
    titles = {round(run[1], 1) for run in headings if not run[4].rstrip(".").isdigit()}
    assert numbers == {round(MARGIN_LEFT, 1)}
    assert len(titles) == 1 and titles.pop() > MARGIN_LEFT + 20
