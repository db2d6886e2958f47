"""The layout invariant of every PDF tomwizard writes: no two words overlap and no text leaves
the page's margins, whatever the length of the printed fields.

Every printed field of the demo assessment (parties, place, contract, processing description,
subprocessors, custom measures, notes, reasons, text parameters) is set at 1×, 10× and 100× a
typical length; the annex (with the changes appendix and every part) is written in every style,
view and language, the gap report in both languages. The word boxes come from poppler's
``pdftotext -bbox-layout`` (tests/pdf_boxes.py). To keep the run short, the styles and views
are spread over the lengths and languages (every pair of style and view at 1×, each style and
each view at least once per length and language) rather than multiplied out.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

import pytest

from tests.builders import version_info
from tests.pdf_boxes import layout_problems
from tests.pdf_words import pdf_words
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.history.diff import diff_assessments
from tomwizard.history.versions import AnnexChanges
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Party,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog, Language, Text

TODAY = dt.date(2026, 11, 22)
ALL_PARTS = ("processing", "subprocessors", "signature")
# Fields that are codes or references, not printed text: never lengthened.
CODES = {"id", "section_id", "language", "catalog_id", "catalog_version", "country"}
CODES |= {"country_seat", "countries_processing", "annex_number", "screening"}  # answer codes

# (style, view) per length and language: all six pairs at 1×, and at 10× and 100× each style and
# each view once per language.
COMBOS: dict[int, dict[Language, list[tuple[str, str]]]] = {
    1: {
        "de": [("prose", "catalog"), ("checklist", "art32"), ("prose", "kontrollen")],
        "en": [("checklist", "catalog"), ("prose", "art32"), ("checklist", "kontrollen")],
    },
    10: {
        "de": [("checklist", "catalog"), ("prose", "art32"), ("checklist", "kontrollen")],
        "en": [("prose", "catalog"), ("checklist", "art32"), ("prose", "kontrollen")],
    },
    100: {
        "de": [("prose", "catalog"), ("checklist", "art32"), ("prose", "kontrollen")],
        "en": [("checklist", "catalog"), ("prose", "art32"), ("checklist", "kontrollen")],
    },
}
CASES = [
    (times, lang, style, view)
    for times, by_lang in COMBOS.items()
    for lang, pairs in by_lang.items()
    for style, view in pairs
]


def typical(catalog: Catalog) -> Assessment:
    """The demo with every printed field filled (a site among the places, a subprocessor with
    standard clauses, a note, a reason and evidence on an answer) at its typical length."""
    demo = demo_assessment(catalog)
    processing = demo.processing.model_copy(
        update={"places": [*demo.processing.places, "Rechenzentrum Frankfurt am Main"]}
    )
    scc = Subprocessor(
        id="sp-scc",
        name="Cloudway Analytics LLC",
        address="500 Pine Street, Seattle, WA 98101",
        country_seat="US",
        countries_processing=["US", "IE"],
        service="Auswertung der Zugriffsprotokolle",
        data_categories="IP-Adressen, Benutzernamen",
        transfer_basis=TransferBasis.SCC,
        scc_module="Modul 3 (Auftragsverarbeiter an Auftragsverarbeiter)",
        certification="SOC 2 Typ II",
        certification_valid_until=dt.date(2027, 1, 31),
    )
    answers = dict(demo.answers)
    first = next(iter(catalog.measures())).id
    answers[first] = Answer(
        status=Status.ENTFAELLT,
        reason="Für diese Verarbeitung nicht erforderlich.",
        note="Mit der Geschäftsführung besprochen.",
        evidence="Protokoll der Besprechung vom 3. März",
        follow_up=True,
    )
    custom = CustomMeasure(
        id="custom-typical",
        section_id=catalog.sections[-1].id,
        text="Jährliche Begehung der Büroräume mit dem Datenschutzbeauftragten",
        answer=Answer(status=Status.TEILWEISE, note="Erste Begehung im Mai."),
    )
    organisation = demo.organisation.model_copy(
        update={
            "controller": demo.organisation.controller.model_copy(update={"country": "AT"}),
        }
    )
    return demo.model_copy(
        update={
            "organisation": organisation,
            "processing": processing,
            "answers": answers,
            "custom_measures": [*demo.custom_measures, custom],
            "subprocessors": [*demo.subprocessors, scc],
        }
    )


def lengthened(value: Any, times: int, key: str = "") -> Any:
    """``value`` with every printed text ``times`` as long (repeated, separated by spaces)."""
    if key in CODES or times == 1:
        return value
    if isinstance(value, str) and not isinstance(value, Enum):
        return " ".join([value] * times) if value.strip() else value
    if isinstance(value, list):
        return [lengthened(item, times, key) for item in value]
    if isinstance(value, dict):
        return {k: lengthened(v, times, k if key != "answers" else "") for k, v in value.items()}
    return value


def stretched(catalog: Catalog, times: int) -> Assessment:
    data = typical(catalog).model_dump()
    return Assessment.model_validate(lengthened(data, times))


def changes(old: Assessment, new: Assessment, catalog: Catalog) -> AnnexChanges:
    since = version_info(catalog_id=catalog.id, catalog_version=catalog.version)
    title = Text(de="Änderungen gegenüber Version 1", en="Changes since version 1")
    return AnnexChanges(since, title, diff_assessments(old, new, catalog))


@pytest.fixture(scope="module")
def assessments(catalog: Catalog) -> dict[int, Assessment]:
    return {times: stretched(catalog, times) for times in COMBOS}


@pytest.mark.parametrize(("times", "lang", "style", "view"), CASES)
def test_annex_has_no_overlap_and_stays_on_the_page(
    catalog: Catalog,
    assessments: dict[int, Assessment],
    times: int,
    lang: Language,
    style: str,
    view: str,
) -> None:
    assessment = assessments[times]
    older = demo_assessment(catalog).model_copy(update={"subprocessors": []})
    options = AnnexOptions(
        lang=lang,
        style=style,  # type: ignore[arg-type]
        view=view,
        parts=ALL_PARTS,
        list_entfaellt=True,
        changes=changes(older, assessment, catalog),
    )
    pdf = annex_pdf(assessment, catalog, options)
    assert layout_problems(pdf) == []


@pytest.mark.parametrize("times", sorted(COMBOS))
@pytest.mark.parametrize("lang", ["de", "en"])
def test_gap_report_has_no_overlap_and_stays_on_the_page(
    catalog: Catalog, assessments: dict[int, Assessment], times: int, lang: Language
) -> None:
    pdf = gap_report_pdf(assessments[times], catalog, lang, today=TODAY)
    assert layout_problems(pdf) == []


# -- the signature block ---------------------------------------------------------------------

LONG_PLACE = "Lüneburg-Ochtmissen bei Hamburg an der Ilmenau, Ortsteil Nord"
LONG_NAME = "Gärtnerei Ostermann Garten- und Landschaftsbau GmbH & Co. KG Niederlassung Nord"
THREE_LINES = "Jens Ostermann, Geschäftsführer und Prokurist, zugleich Leiter der Personalabteilung"


def _signing(catalog: Catalog, times: int) -> Assessment:
    demo = demo_assessment(catalog)
    org = demo.organisation
    controller = Party(name=" ".join([LONG_NAME] * times), representative=THREE_LINES * times)
    processor = org.processor.model_copy(update={"representative": THREE_LINES})
    organisation = org.model_copy(
        update={"controller": controller, "processor": processor, "place": LONG_PLACE * times}
    )
    return demo.model_copy(update={"organisation": organisation})


@pytest.mark.parametrize("times", [1, 3, 40])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_signature_block_grows_with_long_place_and_representative(
    catalog: Catalog, times: int, lang: Language
) -> None:
    """A place over two lines and a representative over three push the lines to sign on down
    instead of running into the name and the labels above; names are printed whole."""
    options = AnnexOptions(lang=lang, parts=("signature",))
    pdf = annex_pdf(_signing(catalog, times), catalog, options)
    assert layout_problems(pdf) == []
    text = pdf_words(pdf).split("Unterschriften" if lang == "de" else "Signatures")[-1]
    squashed = "".join(text.split())
    assert "".join((" ".join([LONG_NAME] * times)).split()) in squashed
    assert "".join((THREE_LINES * times).split()) in squashed
    assert "…" not in text
