"""Hostile text in the annex, both styles: markup, entities, emoji, right-to-left text, a
20,000-character word, control characters and „German quotes“ in the organisation name, the
processing description, custom measures and every subprocessor field.

Read back: every visible character. Dropped: C0/C1 control characters except tab and newline,
DEL, unpaired surrogates, and invisible format characters (Cf) the fonts lack. What DejaVu
cannot draw comes from the fallback fonts (Noto Sans Arabic/Hebrew, Symbola for emoji).
"""

from __future__ import annotations

import bisect
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader

from tests.test_annex_pdf import HOSTILE, LONG_WORD, _descriptor_fonts, _is_font
from tests.test_annex_pdf_variants import VISIBLE, body, render, squash
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
)
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Processing,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog

RTL = "שלום עולם مرحبا بكم"
# Hebrew is in DejaVu Sans (all three faces); Arabic is not in every face: Noto Sans Arabic


# -- hostile text, both styles ---------------------------------------------------------------


def _hostile(catalog: Catalog) -> Assessment:
    base = demo_assessment(catalog)
    hostile = HOSTILE + " " + RTL
    org = base.organisation.model_copy(
        update={"processor": base.organisation.processor.model_copy(update={"name": hostile})}
    )
    answers = dict(base.answers)
    answers["zugang.passwort"] = Answer(status=Status.UMGESETZT, note="Notiz " + hostile)
    sub = Subprocessor(
        id="evil",
        name="SP " + hostile,
        address="Adresse " + hostile,
        country_seat="<b>",
        service="Dienst " + hostile,
        data_categories="Daten " + hostile,
        transfer_basis=TransferBasis.SCC,
        scc_module="Modul " + hostile,
        certification="Zert " + hostile,
    )
    custom = CustomMeasure(id="evil", section_id="zugang", text="Eigene " + hostile)
    return base.model_copy(
        update={
            "organisation": org,
            "answers": answers,
            "custom_measures": [custom],
            "subprocessors": [sub],
            "processing": Processing(subject="Gegenstand " + hostile),
        }
    )


def _structure_ok(pdf: Path) -> None:
    """qpdf's structural check passes and every font is embedded."""
    with pikepdf.open(pdf) as doc:
        check = getattr(doc, "check_pdf_syntax", None) or doc.check  # type: ignore[attr-defined]
        assert check() == []
        fonts = list(_descriptor_fonts([o for o in doc.objects if _is_font(o)]))
        assert fonts
        for font in fonts:
            descriptor = font.get("/FontDescriptor")
            assert descriptor is not None, f"{font.get('/BaseFont')} is not embedded"
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.keys())


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_hostile_text_in_both_styles(tmp_path: Path, catalog: Catalog, style: str) -> None:
    parts = ("processing", "signature")
    pdf = render(tmp_path, _hostile(catalog), catalog, style=style, parts=parts)
    text = body(pdf)
    # title party, processing subject, custom measure, signature block (complete there too: a
    # contract never shortens a party's name), and the sub-processor not yet approved in the
    # place-of-processing measure (review 2, finding 10)
    assert text.count(VISIBLE) == 5
    # reportlab lays right-to-left text out in visual order (a phrase that wraps keeps its
    # first word on the first line); pypdf hands each word back in either order. Every letter
    # is there, and no "�".
    for word in RTL.split():
        assert text.count(word) + text.count(word[::-1]) == 5, word
    assert "\ufffd" not in text
    squashed = squash(text)
    assert squashed.count(squash(VISIBLE + LONG_WORD)) == 5  # 20,000 characters, all there
    assert "Notiz" not in text  # notes stay internal
    for control in "\x00\x07\x1b":
        assert control not in text
    _structure_ok(pdf)


def column_texts(pdf: Path, edges: list[float]) -> list[str]:
    """Text inside the page frame per table column (x < edges[0], < edges[1], …), squashed: a
    table row split across pages reads back whole per column."""
    columns: list[list[str]] = [[] for _ in range(len(edges) + 1)]
    for page in PdfReader(pdf).pages:

        def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            if MARGIN_BOTTOM - 2 < y < PAGE_SIZE[1] - MARGIN_TOP + 2:
                columns[bisect.bisect(edges, x)].append(text)

        page.extract_text(visitor_text=visit)
    return [squash("".join(parts)) for parts in columns]


def _hostile_subprocessors(catalog: Catalog, long_word: bool) -> Assessment:
    subs = _hostile(catalog).subprocessors
    if not long_word:
        subs = [
            sp.model_copy(
                update={
                    key: getattr(sp, key).replace(LONG_WORD, "")
                    for key in ("name", "address", "service", "data_categories", "scc_module")
                }
                | {"certification": sp.certification.replace(LONG_WORD, "")}
            )
            for sp in subs
        ]
    return Assessment(catalog_id=catalog.id, catalog_version=catalog.version, subprocessors=subs)


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_hostile_subprocessor_fields_in_the_table(
    tmp_path: Path, catalog: Catalog, style: str
) -> None:
    assessment = _hostile_subprocessors(catalog, long_word=False)
    pdf = render(tmp_path, assessment, catalog, style=style, parts=("subprocessors",))
    width = PAGE_SIZE[0] - MARGIN_LEFT - MARGIN_RIGHT
    edges = [MARGIN_LEFT + width * f - 1 for f in (0.27, 0.52, 0.72)]
    name, service, contract, basis = column_texts(pdf, edges)
    shown = squash(VISIBLE)
    assert name.count("SP" + shown) >= 1 and name.count("Adresse" + shown) == 1
    assert service.count("Dienst" + shown) == 1 and service.count("Daten" + shown) == 1
    assert contract.count("Zert" + shown) == 1  # with contract and approval (r2, finding 33)
    assert basis.count("Modul" + shown) == 1
    assert "Sitz:<b>" in name  # an unknown country code is shown as typed, escaped
    _structure_ok(pdf)


def test_subprocessor_with_a_page_long_field_is_set_as_paragraphs(
    tmp_path: Path, catalog: Catalog
) -> None:
    assessment = _hostile_subprocessors(catalog, long_word=True)
    pdf = render(tmp_path, assessment, catalog, parts=("subprocessors",))
    squashed = squash(body(pdf))
    shown = squash(VISIBLE + LONG_WORD)
    for field in ("SP", "Adresse", "Dienst", "Daten", "Zert", "Modul"):
        assert squashed.count(field + shown) == 1, field
    _structure_ok(pdf)


@pytest.mark.parametrize("part", ["subprocessors", "processing"])
def test_a_table_row_taller_than_a_page_is_set_as_paragraphs(
    tmp_path: Path, catalog: Catalog, part: str
) -> None:
    """Found in the review: about 900 characters of words in a sub-processor's data categories
    made its row taller than a page, and reportlab refused the annex (LayoutError)."""
    assessment = demo_assessment(catalog)
    words = " ".join(f"Datenkategorie{n:03d}" for n in range(62)) + " ENDE"  # < HUGE_CELL
    if part == "subprocessors":
        first = assessment.subprocessors[0].model_copy(update={"data_categories": words})
        assessment.subprocessors = [first, *assessment.subprocessors[1:]]
    else:
        assessment.processing.subject = words
    text = squash(body(render(tmp_path, assessment, catalog, parts=(part,))))
    assert squash("Datenkategorie061 ENDE") in text
