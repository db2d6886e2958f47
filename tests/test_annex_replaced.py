"""Review 4, N4: a catalog measure that entfällt because a custom measure replaces it is printed
as replaced („entfällt – ersetzt durch die eigene Maßnahme „…““), not with a bare reason; a
custom measure that only extends it changes nothing there."""

from __future__ import annotations

from functools import cache

import pytest

from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, LinkKind, Status
from tomwizard.models.catalog import Catalog

MEASURE = "zutritt.einbruchmeldeanlage"
ALARM = "Eine Alarmanlage sichert die Büroräume nachts."


@cache
def catalog() -> Catalog:
    return default_catalog()


def _assessment(kind: LinkKind, reason: str = "") -> Assessment:
    a = demo_assessment(catalog())
    a.answers[MEASURE] = Answer(status=Status.ENTFAELLT, reason=reason)
    a.answers["zutritt.alarmaufschaltung"] = Answer(status=Status.ENTFAELLT, reason="keine")
    custom = CustomMeasure(
        id="alarm", section_id="zutritt", text=ALARM, linked_measure=MEASURE, link_kind=kind
    )
    a.custom_measures.append(custom)
    return a


@pytest.mark.parametrize("style", ["checklist", "prose"])
def test_the_replaced_measure_names_its_replacement(style: str) -> None:
    text = annex_words(_assessment(LinkKind.REPLACES), style=style, list_entfaellt=True)
    expected = "ersetzt durch die eigene Maßnahme „Eine Alarmanlage sichert die Büroräume nachts“)"
    # inline „(entfällt – …)“; in the list of entfallende measures without „entfällt“ (review 5)
    assert ("(entfällt – " if style == "checklist" else "(") + expected in text
    assert (
        "Einbruchmeldeanlage überwacht die Räume außerhalb der Geschäftszeiten. (entfällt)"
        not in text
    )
    assert "ohne Begründung" not in text


def test_a_reason_given_stays_beside_the_replacement() -> None:
    a = _assessment(LinkKind.REPLACES, reason="Die Alarmanlage deckt die Nacht ab.")
    text = annex_words(a, style="checklist", list_entfaellt=True)
    assert (
        "„Eine Alarmanlage sichert die Büroräume nachts“; Begründung: Die Alarmanlage deckt" in text
    )


def test_english_names_the_replacement_too() -> None:
    text = annex_words(_assessment(LinkKind.REPLACES), "en", style="checklist", list_entfaellt=True)
    assert "(not applicable – replaced by the custom measure “Eine Alarmanlage sichert" in text


def test_an_extending_custom_measure_leaves_the_reason_as_it_is() -> None:
    a = _assessment(LinkKind.EXTENDS, reason="Büro im 3. OG ohne Außenzugang.")
    text = annex_words(a, style="checklist", list_entfaellt=True)
    assert "(entfällt: Büro im 3. OG ohne Außenzugang.)" in text
    assert "ersetzt durch die eigene Maßnahme" not in text
