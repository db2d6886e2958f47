"""DSB review 7, M1: an area whose measures all (or partly) „entfallen“ is not printed as a
deficit. „In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt.“ said of an area
answered „entfällt“ throughout claims a gap that the answers deny; the annex says that the
measures entfallen, with the reason (one shared reason inline, several in the part
„Entfallende Maßnahmen“, printed then even without ``--list-entfaellt``)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, Status

DEFICIT = "In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt"
DEFICIT_EN = "No measure in this area is fully implemented at present"
ROOMS = "Der Auftragsverarbeiter betreibt keine eigenen Büroräume."
MOBILE = "Alle Beschäftigten arbeiten mobil"  # no full stop: the sentence gets one


def _zutritt(reasons: list[str], first: Answer | None = None) -> Assessment:
    """The demo with every measure of the Zutrittskontrolle „entfällt“ (the reasons in turn),
    the first one answered ``first`` if given."""
    catalog = default_catalog()
    a = demo_assessment(catalog)
    measures = [m for s in catalog.sections if s.id == "zutritt" for m in s.measures()]
    for i, m in enumerate(measures):
        a.answers[m.id] = Answer(status=Status.ENTFAELLT, reason=reasons[i % len(reasons)])
    if first is not None:
        a.answers[measures[0].id] = first
    return a


def _area(text: str, heading: str, following: str) -> str:
    """The words of the area ``heading`` up to the next heading ``following``."""
    start = text.index(heading)
    return text[start : text.index(following, start)]


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_an_area_that_entfaellt_with_one_reason_says_so_with_the_reason(style: str) -> None:
    a = _zutritt([ROOMS])
    de = _area(annex_words(a, style=style), "3. Zutrittskontrolle", "4. Zugangskontrolle")
    assert DEFICIT not in de
    said = f"3. Zutrittskontrolle In diesem Bereich entfallen alle Maßnahmen. Begründung: {ROOMS}"
    assert de.startswith(said)
    en_text = annex_words(a, "en", style=style)
    en = _area(en_text, "3. Physical access control", "4. System access control")
    assert DEFICIT_EN not in en
    assert "All measures in this area are not applicable. Reason as entered: “" + ROOMS in en


def test_the_final_default_export_does_not_claim_a_deficit() -> None:
    """What ``export --final`` writes: the catalog view in prose, without the list."""
    text = annex_words(_zutritt([MOBILE]))
    assert f"alle Maßnahmen. Begründung: {MOBILE}." in text
    assert "entfallen aus dem jeweils genannten Grund" not in text  # the one reason is inline


def test_several_reasons_point_to_the_list_which_is_then_printed() -> None:
    text = annex_words(_zutritt([ROOMS, MOBILE]))
    area = _area(text, "3. Zutrittskontrolle", "4. Zugangskontrolle")
    assert DEFICIT not in area
    assert "In diesem Bereich entfallen alle Maßnahmen (Begründungen siehe Nr." in area
    number = area.split("siehe Nr. ")[1].split(" ")[0]
    listed = text[text.index(f"{number}. Entfallende Maßnahmen") :]
    assert f"(Begründung: {ROOMS})" in listed and f"(Begründung: {MOBILE})" in listed
    assert "Büroräume und Außentüren werden verschlossen" in listed
    english = annex_words(_zutritt([ROOMS, MOBILE]), "en")
    assert f"All measures in this area are not applicable (reasons: see No. {number} “" in english


def test_a_checklist_lists_measures_with_several_reasons_under_the_area() -> None:
    text = annex_words(_zutritt([ROOMS, MOBILE]), style="checklist")
    area = _area(text, "3. Zutrittskontrolle", "4. Zugangskontrolle")
    assert DEFICIT not in area
    assert "In diesem Bereich entfallen alle Maßnahmen, jeweils aus dem genannten Grund:" in area
    locked = "Büroräume und Außentüren werden verschlossen, wenn niemand anwesend ist."
    assert f"⊘ {locked} (entfällt: {ROOMS})" in area
    assert "⊘ entfällt" in text[: text.index("3. Zutrittskontrolle")]  # the legend names the mark


def test_a_mixed_area_speaks_of_the_open_measures_only() -> None:
    planned = Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 3, 1))
    text = annex_words(_zutritt([ROOMS], first=planned))
    area = _area(text, "3. Zutrittskontrolle", "4. Zugangskontrolle")
    assert DEFICIT not in area
    assert (
        "Von den Maßnahmen dieses Bereichs, die nicht entfallen, ist derzeit keine vollständig "
        "umgesetzt (siehe Nr. " in area
    )
    assert "„Noch nicht (vollständig) umgesetzte Maßnahmen“). Die übrigen entfallen. " in area
    assert f"Die übrigen entfallen. Begründung: {ROOMS}" in area
    english = annex_words(_zutritt([ROOMS], first=planned), "en")
    assert (
        "Of the measures in this area that apply, none is fully implemented at present" in english
    )
    assert "The others are not applicable. Reason as entered: “" + ROOMS in english


def test_an_area_without_entfallende_measures_keeps_its_sentence() -> None:
    """Nothing implemented and nothing „entfällt“: the deficit is real and said as before."""
    a = _zutritt([ROOMS])
    for m in [m for s in default_catalog().sections if s.id == "zutritt" for m in s.measures()]:
        a.answers[m.id] = Answer(status=Status.NICHT_UMGESETZT, planned_date=dt.date(2027, 3, 1))
    area = _area(annex_words(a), "3. Zutrittskontrolle", "4. Zugangskontrolle")
    assert f"{DEFICIT} (siehe Nr." in area
