"""Art. 9 data are yes, no or not answered, like Art. 10 (DSB review 3, B1): the annex says
„keine besonderen Kategorien“ only on the explicit answer no; unanswered it prints „keine
Angabe“ and the final version is blocked (kind offen); the answer no against the
Rahmenbedingungen' yes is a contradiction; a sub-processor's data that point to Art. 9 data
give a hint. Stored, exchanged and undone like every field."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tests.pdf_words import annex_words
from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.exchange import export_json, import_json
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import FindingKind
from tomwizard.rules import evaluate
from tomwizard.rules.blockers import BlockerKind, blockers
from tomwizard.store import TomwStore

NONE_DE = "Es werden keine besonderen Kategorien personenbezogener Daten verarbeitet."
OPEN_DE = "Keine Angabe – ob und welche solche Daten verarbeitet werden, ist noch zu klären."


@cache
def catalog() -> Catalog:
    return default_catalog()


def _without_art9(special_data: bool | None, art9: str | None = None) -> Assessment:
    a = demo_assessment(catalog())
    a.processing.special_categories = []
    a.processing.special_data = special_data
    if art9 is not None:
        a.screening["art9"] = art9  # type: ignore[assignment]
    return a


def _blocking(a: Assessment) -> dict[str, BlockerKind]:
    return {b.finding.rule_id: b.kind for b in blockers(a, catalog())}


def test_unanswered_art9_is_not_printed_as_none_and_blocks_final() -> None:
    for art9 in (None, "ja", "unbekannt", "nein"):
        a = _without_art9(None, art9)
        text = annex_words(a)
        assert NONE_DE not in text and OPEN_DE in text, art9
        assert _blocking(a).get("beschreibung.art9_offen") is BlockerKind.OFFEN, art9
    english = annex_words(_without_art9(None), lang="en")
    assert "No special categories" not in english
    assert "Not stated – whether and which such data are processed" in english


def test_answered_no_prints_none_and_does_not_block() -> None:
    a = _without_art9(False, "nein")  # (the demo's Rahmenbedingungen say yes)
    assert NONE_DE in annex_words(a)
    assert not {r for r in _blocking(a) if "art9" in r}


def test_yes_without_categories_blocks_and_names_what_is_missing() -> None:
    a = _without_art9(True)
    assert NONE_DE not in annex_words(a) and OPEN_DE in annex_words(a)
    assert _blocking(a).get("beschreibung.art9_ohne_kategorien") is BlockerKind.OFFEN


def test_rahmenbedingungen_yes_against_the_answer_no_is_a_contradiction() -> None:
    found = _blocking(_without_art9(False, "ja"))
    assert found.get("widerspruch.rahmen_art9_ja") is BlockerKind.WIDERSPRUCH
    # near miss: the Rahmenbedingungen say no as well
    assert "widerspruch.rahmen_art9_ja" not in _blocking(_without_art9(False, "nein"))


def test_a_sub_processor_with_church_tax_data_gives_a_hint_when_none_are_named() -> None:
    a = clean_assessment()
    a.subprocessors[0] = a.subprocessors[0].model_copy(
        update={"data_categories": "Entgeltnachweis (enthält das Kirchensteuermerkmal)"}
    )
    (hit,) = [f for f in evaluate(a, catalog()) if f.rule_id == "art9.hinweise_bei_unterauftrag"]
    assert hit.kind is FindingKind.LUECKE and not hit.blocks_final
    assert "„Rechenzentrum Nord GmbH“" in hit.text.de
    a.processing.special_data = True
    a.processing.special_categories = ["religion"]
    assert "art9.hinweise_bei_unterauftrag" not in {f.rule_id for f in evaluate(a, catalog())}


def test_the_answer_survives_file_and_exchange(tmp_path: Path) -> None:
    for value in (None, True, False):
        a = clean_assessment()
        a.processing.special_data = value
        path = tmp_path / f"{value}.tomw"
        TomwStore.create(path, a).close()
        with TomwStore.open(path) as store:
            assert store.load().processing.special_data is value
            store.set_field("processing.special_data", not value)
            assert store.load().processing.special_data is (not value)
        again = import_json(export_json(a))
        assert again.processing.special_data is value
