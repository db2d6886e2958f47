"""The first gap rules: each one triggers on a gap and stays quiet without it."""

from __future__ import annotations

import datetime as dt

import pytest

from tomwizard.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.gaps import evaluate, rule_texts
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.finding import Severity

TODAY = dt.date(2026, 11, 22)


def _all_done() -> Assessment:
    """Every measure implemented, notification deadline 24 h: no finding at all."""
    catalog = default_catalog()
    answers = {m.id: Answer(status=Status.UMGESETZT) for m in catalog.measures()}
    answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 24})
    return Assessment(catalog_id=catalog.id, catalog_version=catalog.version, answers=answers)


def _rule_ids(assessment: Assessment) -> list[str]:
    return [f.rule_id for f in evaluate(assessment, default_catalog(), today=TODAY)]


def test_a_complete_assessment_has_no_findings() -> None:
    assert _rule_ids(_all_done()) == []


def _no_backup(a: Assessment) -> None:
    a.answers["verfuegbarkeit.backup"] = Answer(status=Status.TEILWEISE)


def _us_without_basis(a: Assessment) -> None:
    a.subprocessors.append(Subprocessor(id="s", name="Cloud Inc.", country_seat="US"))


def _many_people_no_dsb(a: Assessment) -> None:
    a.processing.persons_processing = 20


def _long_deadline(a: Assessment) -> None:
    a.answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 96})


def _planned_overdue(a: Assessment) -> None:
    a.answers["zugang.mfa"] = Answer(status=Status.GEPLANT, planned_date=dt.date(2026, 1, 1))


def _not_applicable_without_reason(a: Assessment) -> None:
    a.answers["zugang.mfa"] = Answer(status=Status.ENTFAELLT, reason="  ")


def _open_measure(a: Assessment) -> None:
    del a.answers["org.dsb"]


def _empty_custom(a: Assessment) -> None:
    a.custom_measures.append(CustomMeasure(id="c", section_id="org", text=" "))


TRIGGERS = {
    "backup.fehlt": _no_backup,
    "drittland.ohne_grundlage": _us_without_basis,
    "dsb.fehlt": _many_people_no_dsb,
    "meldefrist.zu_lang": _long_deadline,
    "geplant.ohne_termin": _planned_overdue,
    "entfaellt.ohne_begruendung": _not_applicable_without_reason,
    "abschnitt.offen": _open_measure,
    "sonstige.leer": _empty_custom,
}


def test_every_rule_text_has_a_trigger_test() -> None:
    assert set(TRIGGERS) == set(rule_texts())


@pytest.mark.parametrize("rule_id", sorted(TRIGGERS))
def test_rule_triggers_on_its_gap_only(rule_id: str) -> None:
    assessment = _all_done()
    TRIGGERS[rule_id](assessment)
    assert _rule_ids(assessment) == [rule_id]


def test_quiet_counterparts() -> None:
    assessment = _all_done()
    assessment.subprocessors += [
        Subprocessor(id="a", name="EU", country_seat="IE"),
        Subprocessor(id="b", name="CH", country_seat="CH"),
        Subprocessor(id="c", name="US", country_seat="US", transfer_basis=TransferBasis.DPF),
    ]
    assessment.processing.persons_processing = 19
    assessment.answers["zugang.mfa"] = Answer(status=Status.GEPLANT, planned_date=TODAY)
    assessment.answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 72})
    assert _rule_ids(assessment) == []


def test_finding_texts_are_filled_in_both_languages() -> None:
    assessment = _all_done()
    _us_without_basis(assessment)
    (finding,) = evaluate(assessment, default_catalog(), today=TODAY)
    assert "„Cloud Inc.“" in finding.text.de and "Vereinigte Staaten" in finding.text.de
    assert "United States" in finding.text.en
    assert finding.targets == ["subprocessor:s"]
    assert finding.severity == Severity.KRITISCH


def test_demo_shows_several_severities() -> None:
    catalog = default_catalog()
    findings = evaluate(demo_assessment(catalog), catalog, today=TODAY)
    assert {f.severity for f in findings} >= {Severity.KRITISCH, Severity.MITTEL, Severity.HINWEIS}
    assert [f.severity.rank for f in findings] == sorted(f.severity.rank for f in findings)
