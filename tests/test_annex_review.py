"""What a data-protection officer signing the annex must not find (issue 11, DSB review):
no invented Stand, no "partly" without a date, no consent to sub-processors never approved, no
"no sub-processors" where the answers point to some, no place list missing a sub-processor's
country, and an intro that promises only what is implemented."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules.blockers import blockers
from tomwizard.rules.evaluator import evaluate


@cache
def catalog() -> Catalog:
    return default_catalog()


def _rule_ids(a: Assessment) -> set[str]:
    return {b.finding.rule_id for b in blockers(a, catalog())}


def test_a_missing_stand_is_printed_blank_and_blocks_the_final_version() -> None:
    a = demo_assessment(catalog())
    a.organisation = a.organisation.model_copy(update={"stand": None})
    text = annex_words(a)
    assert "Stand: ________ (nicht eingetragen)" in text
    assert f"{dt.date.today():%d.%m.%Y}" not in text
    assert "endfassung.stand" in _rule_ids(a)
    assert "endfassung.stand" not in _rule_ids(demo_assessment(catalog()))


def test_partly_planned_or_not_implemented_without_a_date_blocks_the_final_version() -> None:
    a = demo_assessment(catalog())
    for status in (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT):
        a.answers["zugang.passwort"] = Answer(status=status)
        assert any(
            b.finding.rule_id == "endfassung.ohne_termin"
            and "measure:zugang.passwort" in b.finding.targets
            for b in blockers(a, catalog())
        ), status
    a.answers["zugang.passwort"] = Answer(status=Status.TEILWEISE, planned_date=dt.date(2027, 6, 1))
    assert not any(
        b.finding.rule_id == "endfassung.ohne_termin"
        and "measure:zugang.passwort" in b.finding.targets
        for b in blockers(a, catalog())
    )


def test_sub_processors_without_approval_are_submitted_not_consented_and_block() -> None:
    a = demo_assessment(catalog())
    pending = [sp.name for sp in a.subprocessors if sp.approved_date is None]
    approved = [sp.name for sp in a.subprocessors if sp.approved_date is not None]
    assert pending and approved
    text = annex_words(a)
    consent = text.index("hat die Beauftragung der folgenden Unterauftragsverarbeiter genehmigt")
    submitted = text.index("sind noch nicht genehmigt")
    for name in approved:
        assert consent < text.index(name) < submitted
    for name in pending:
        assert text.rindex(name) > submitted
    assert "einverstanden" not in text
    assert "unterauftrag.ohne_genehmigung" in _rule_ids(a)


def test_an_empty_sub_processor_list_despite_remote_maintenance_blocks() -> None:
    a = demo_assessment(catalog())
    a.subprocessors = []
    a.answers["betrieb.fernwartung"] = Answer(status=Status.UMGESETZT)
    assert "unterauftrag.liste_leer" in _rule_ids(a)


def test_every_sub_processor_country_stands_in_the_place_measure() -> None:
    a = demo_assessment(catalog())
    ids = {f.rule_id for f in evaluate(a, catalog())}
    assert "widerspruch.ort_unterauftrag" not in ids
    a.answers["auftrag.verarbeitungsort"] = Answer(
        status=Status.UMGESETZT, params={"region": "Deutschland und Tschechien"}
    )
    found = [f for f in evaluate(a, catalog()) if f.rule_id == "widerspruch.ort_unterauftrag"]
    assert len(found) == 1 and "Sendwise" in found[0].text.de
    assert "Vereinigte Staaten" in found[0].text.de


def test_the_intro_promises_only_what_is_implemented() -> None:
    de = annex_words(demo_assessment(catalog()))
    assert "trifft die nachfolgend beschriebenen" not in de
    assert "nachfolgend als umgesetzt beschriebenen" in de
    assert "bis zu den jeweils genannten Terminen um" in de
    en = annex_words(demo_assessment(catalog()), "en")
    assert "takes the technical and organisational measures described below" not in en
    assert "marked below as implemented" in en


def test_the_demo_has_no_alarm_nonsense_and_meets_the_contract_end_duty() -> None:
    a = demo_assessment(catalog())
    assert a.answer("zutritt.einbruchmeldeanlage").status == Status.UMGESETZT
    assert a.answer("technikgestaltung.vertragsende_sicherungen").status == Status.UMGESETZT
    assert not a.custom_measures


def test_the_closing_clauses_bind_the_processor_to_the_planned_dates() -> None:
    de = annex_words(demo_assessment(catalog()))
    assert "bis zu den jeweils genannten Terminen um. Er teilt dem Verantwortlichen" in de
    assert "die Umsetzung oder eine absehbare Verzögerung unverzüglich" in de
    assert "nennt bei einer Verzögerung einen neuen Termin und die Übergangsmaßnahmen" in de
    en = annex_words(demo_assessment(catalog()), "en")
    assert "when a delay is foreseeable" in en


def test_no_sub_processors_is_not_asserted_while_the_answers_point_to_some() -> None:
    a = demo_assessment(catalog())
    a.subprocessors = []
    a.answers["betrieb.fernwartung"] = Answer(status=Status.UMGESETZT)
    text = annex_words(a)
    assert "Es werden keine Unterauftragsverarbeiter eingesetzt." not in text
    assert "Keine Angabe – die Liste der Unterauftragsverarbeiter ist noch zu ergänzen." in text
