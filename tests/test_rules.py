"""Every gap rule triggers on its gap and stays quiet on a near miss; findings are well formed."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.rules_fixtures import TODAY, clean_assessment
from tests.rules_fixtures_widerspruch import ALL_CASES as CASES
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.finding import Finding, Severity
from tomwizard.rules import default_rules, evaluate, findings_for, load_rules, section_summary
from tomwizard.rules.loader import unknown_measures


def _findings(assessment: Assessment) -> list[Finding]:
    return evaluate(assessment, default_catalog(), today=TODAY)


def _ids(assessment: Assessment) -> list[str]:
    return [f.rule_id for f in _findings(assessment)]


def test_the_clean_assessment_has_no_findings() -> None:
    assert _ids(clean_assessment()) == []


def test_there_are_at_least_30_rules_and_each_has_a_case() -> None:
    ids = [loaded.rule.id for loaded in default_rules()]
    assert len(ids) >= 30
    assert sorted(CASES) == sorted(ids)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_triggers_on_its_gap(rule_id: str) -> None:
    assessment = clean_assessment()
    CASES[rule_id][0](assessment)
    assert rule_id in _ids(assessment)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_rule_stays_quiet_on_the_near_miss(rule_id: str) -> None:
    assessment = clean_assessment()
    CASES[rule_id][1](assessment)
    assert rule_id not in _ids(assessment)


@pytest.mark.parametrize("rule_id", sorted(CASES))
def test_triggered_finding_is_complete_in_both_languages(rule_id: str) -> None:
    assessment = clean_assessment()
    CASES[rule_id][0](assessment)
    (finding, *_) = [f for f in _findings(assessment) if f.rule_id == rule_id]
    for text in (finding.text, finding.remedy):
        for lang_text in (text.de, text.en):
            assert "{" not in lang_text and "}" not in lang_text, lang_text
    assert finding.text.de != finding.text.en
    assert finding.references
    assert finding.targets, "every finding points somewhere the GUI can jump to"
    assert all(
        t.split(":")[0] in {"measure", "field", "subprocessor", "custom", "section"}
        for t in finding.targets
    )


def test_every_measure_a_rule_names_exists_in_the_catalog() -> None:
    catalog = default_catalog()
    assert unknown_measures(list(default_rules()), catalog) == []
    load_rules(catalog=catalog)  # raises ContentError naming file:line otherwise


def test_findings_are_sorted_by_severity_then_rule_order() -> None:
    assessment = clean_assessment()
    for rule_id, (trigger, _) in CASES.items():
        # these would remove the other subprocessors
        if rule_id not in ("unterauftrag.liste_leer", "unterauftrag.keine_angabe"):
            trigger(assessment)
    findings = _findings(assessment)
    order = {loaded.rule.id: loaded.index for loaded in default_rules()}
    keys = [(f.severity.rank, order[f.rule_id]) for f in findings]
    assert keys == sorted(keys)
    assert {f.severity for f in findings} == set(Severity)


def test_rule_texts_use_the_catalog_terminology() -> None:
    """The same terms as the catalog (tests/test_catalog_content.py, AVOIDED_TERMS)."""
    avoided = {
        "de": ("auftraggeber", "auftragnehmer", "mitarbeiter"),
        "en": ("subprocessor", "e-mail", "remote support", "gatekeeper"),
    }
    for loaded in default_rules():
        rule = loaded.rule
        for lang in ("de", "en"):
            words = f"{rule.text.get(lang)} {rule.remedy.get(lang)}".lower()
            assert [t for t in avoided[lang] if t in words] == [], (rule.id, lang)


def test_texts_name_the_measure_subprocessor_and_country() -> None:
    assessment = clean_assessment()
    CASES["drittland.ohne_grundlage"][0](assessment)
    CASES["parameter.ausserhalb_empfehlung"][0](assessment)
    findings = {f.rule_id: f for f in _findings(assessment)}
    transfer = findings["drittland.ohne_grundlage"]
    assert "„Far Away Ltd.“" in transfer.text.de and "Indien" in transfer.text.de
    assert "India" in transfer.text.en
    assert transfer.targets == ["subprocessor:x"]
    assert transfer.severity == Severity.KRITISCH
    lock = findings["parameter.ausserhalb_empfehlung"]
    assert "30 Minuten" in lock.text.de and "höchstens 15 Minuten" in lock.text.de
    assert lock.targets == ["measure:zugang.bildschirmsperre"]


def test_meldefrist_placeholder_shows_hours_or_not_stated() -> None:
    assessment = clean_assessment()
    assessment.answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 96})
    (finding,) = [f for f in _findings(assessment) if f.rule_id == "meldefrist.zu_lang"]
    assert "(Frist: 96 Stunden)" in finding.text.de


def test_generic_rules_give_way_to_a_specific_one_on_the_same_measure() -> None:
    assessment = clean_assessment()
    assessment.answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 96})
    assessment.answers["krypto.notebooks"] = Answer(status=Status.TEILWEISE)
    ids = _ids(assessment)
    assert "meldefrist.zu_lang" in ids and "parameter.ausserhalb_empfehlung" not in ids
    assert "geraete.unverschluesselt" in ids and "schutzbedarf.basis_fehlt" not in ids
    # without the specific rule, the generic one reports the measure
    assessment.answers["vorfall.meldefrist"] = Answer(status=Status.UMGESETZT, params={"hours": 60})
    assert "parameter.ausserhalb_empfehlung" in _ids(assessment)


def test_unanswered_measures_are_counted_per_section_not_listed_one_by_one() -> None:
    catalog = default_catalog()
    assessment = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    findings = _findings(assessment)
    open_sections = [f for f in findings if f.rule_id == "abschnitt.offen"]
    assert len(open_sections) == len(catalog.sections)
    assert not any(f.rule_id.startswith("schutzbedarf.basis") for f in findings)
    assert "backup.fehlt" in [f.rule_id for f in findings]  # critical even when unanswered


def test_protection_need_widens_the_baseline() -> None:
    assessment = clean_assessment()
    for measure in default_catalog().measures():
        assessment.answers[measure.id] = Answer(status=Status.NICHT_UMGESETZT)
    counts = {}
    for need in ("normal", "hoch", "sehr_hoch"):
        assessment.protection_need = need  # type: ignore[assignment]
        ids = _ids(assessment)
        counts[need] = tuple(
            ids.count(f"schutzbedarf.{level}_fehlt") > 0
            for level in ("basis", "standard", "erhoeht")
        )
    assert counts == {
        "normal": (True, False, False),
        "hoch": (True, True, False),
        "sehr_hoch": (True, True, True),
    }


def test_demo_shows_every_severity_with_kritisch_only_from_subprocessors() -> None:
    catalog = default_catalog()
    findings = evaluate(demo_assessment(catalog), catalog, today=TODAY)
    assert {f.severity for f in findings} == set(Severity)
    critical = [f for f in findings if f.severity == Severity.KRITISCH]
    assert all(t.startswith("subprocessor:") for f in critical for t in f.targets)
    assert 10 <= len(findings) <= 40, "a realistic demo, not a flood"


def test_summary_helpers_count_per_section_and_target() -> None:
    assessment = clean_assessment()
    assessment.answers["zugang.mfa"] = Answer(
        status=Status.GEPLANT, planned_date=dt.date(2026, 1, 1)
    )
    findings = _findings(assessment)
    assert [f.rule_id for f in findings_for(findings, "measure:zugang.mfa")] == [
        "fernzugriff.ohne_mfa",
        "geplant.ueberfaellig",
    ]
    summary = section_summary(findings, default_catalog())
    assert summary["zugang"][Severity.MITTEL] == 2
    assert sum(summary["org"].values()) == 0
