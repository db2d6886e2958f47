"""The shoulds and nits of the seventh DSB review, read back from the PDFs: a draft prints the
items Art. 28 Abs. 3 S. 1 DSGVO requires even when empty (S1); the gap report names the
unanswered measures and the missing dates it counts (S2) and only the fields that are missing
(N8); the English wording (S4, N7); the closing provision only with measures still to be
implemented (N3); hints with the file's real path (N4); citations kept whole (N6)."""

from __future__ import annotations

import pytest

from tests.pdf_words import annex_words
from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.models.assessment import Processing
from tomwizard.models.catalog import Language
from tomwizard.rules.blockers import blockers

REQUIRED = {
    "de": (
        "Gegenstand",
        "Dauer",
        "Zweck der Verarbeitung",
        "Kategorien betroffener Personen",
        "Kategorien personenbezogener Daten",
    ),
    "en": (
        "Subject matter",
        "Duration",
        "Purpose of the processing",
        "Categories of data subjects",
        "Categories of personal data",
    ),
}
TO_ENTER = {"de": "Keine Angabe (noch einzutragen).", "en": "Not stated (still to be entered)."}


def _processing_part(text: str, lang: Language) -> str:
    start = text.index("Beschreibung der Verarbeitung" if lang == "de" else "Description of the")
    return text[start : text.index("Weisungsberechtigte" if lang == "de" else "Persons entitled")]


# -- S1: the required items of the processing description ------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_draft_prints_every_required_item_of_the_description_when_empty(lang: Language) -> None:
    a = clean_assessment()
    a.processing = Processing(instructing_persons=["A. Chef"], instruction_recipients=["B. B."])
    part = _processing_part(annex_words(a, lang), lang)
    for label in REQUIRED[lang]:
        assert f"{label} {TO_ENTER[lang]}" in part, label


def test_a_fresh_preset_draft_names_the_required_items_it_lacks() -> None:
    catalog = default_catalog()
    a = assessment_from_preset("hosting", catalog, "de")
    assert a.processing.purposes and a.processing.steps  # the preset fills these two
    part = _processing_part(annex_words(a), "de")
    for label in REQUIRED["de"]:
        filled = label == "Zweck der Verarbeitung"
        assert (f"{label} {TO_ENTER['de']}" in part) is not filled, label


@pytest.mark.parametrize(
    "field", ["subject", "duration", "purposes", "data_subjects", "data_categories"]
)
def test_a_final_cannot_lack_a_required_item(field: str) -> None:
    a = clean_assessment()
    empty: str | list[str] = "" if field in ("subject", "duration") else []
    a.processing = a.processing.model_copy(update={field: empty})
    found = [b for b in blockers(a, default_catalog()) if "beschreibung" in b.finding.rule_id]
    assert len(found) == 1


def test_a_final_prints_no_placeholder_in_the_description() -> None:
    a = clean_assessment()
    assert blockers(a, default_catalog()) == []
    assert TO_ENTER["de"] not in annex_words(a)
