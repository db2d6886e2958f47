"""Contradiction rules: kind and severity, exact texts, and which of them the demo and the
presets trigger (their cases are in tests/rules_fixtures_widerspruch.py)."""

from __future__ import annotations

from tests.rules_fixtures import TODAY, Edit, clean_assessment
from tests.rules_fixtures_widerspruch import WIDERSPRUCH_CASES
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    LinkKind,
    ProtectionNeed,
    Status,
)
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules import default_rules, evaluate

CONTRADICTIONS = {r.rule.id for r in default_rules() if r.rule.kind is FindingKind.WIDERSPRUCH}


def _findings(edit: Edit | None = None) -> list[Finding]:
    assessment = clean_assessment()
    if edit is not None:
        edit(assessment)
    return evaluate(assessment, default_catalog(), today=TODAY)


def _one(findings: list[Finding], rule_id: str) -> Finding:
    (finding,) = [f for f in findings if f.rule_id == rule_id]
    return finding


def test_at_least_ten_contradiction_rules_all_at_least_hoch_and_blocking() -> None:
    assert len(CONTRADICTIONS) >= 10
    older = {"verarbeitungsort.widerspruch", "dsb.widerspruch"}  # cases in rules_fixtures.py
    assert set(WIDERSPRUCH_CASES) | older >= CONTRADICTIONS
    for loaded in default_rules():
        if loaded.rule.id in CONTRADICTIONS:
            assert loaded.rule.severity in (Severity.KRITISCH, Severity.HOCH), loaded.rule.id
    for rule_id in CONTRADICTIONS - older:
        finding = _one(_findings(WIDERSPRUCH_CASES[rule_id][0]), rule_id)
        assert finding.kind is FindingKind.WIDERSPRUCH and finding.blocks_final


def test_subprocessor_finding_names_exactly_what_is_missing() -> None:
    def only_service(a: Assessment) -> None:
        a.subprocessors[0] = a.subprocessors[0].model_copy(update={"service": ""})

    finding = _one(_findings(only_service), "unterauftrag.angaben_fehlen")
    assert "fehlen folgende Angaben: Beschreibung der Leistung." in finding.text.de
    assert "Name" not in finding.text.de and "Anschrift" not in finding.text.de
    assert "details are missing: description of the service." in finding.text.en

    def two(a: Assessment) -> None:
        a.subprocessors[0] = a.subprocessors[0].model_copy(update={"service": "", "address": ""})

    finding = _one(_findings(two), "unterauftrag.angaben_fehlen")
    assert "Angaben: Anschrift und Beschreibung der Leistung." in finding.text.de


def test_home_office_finding_names_which_item_is_missing() -> None:
    def vpn(a: Assessment) -> None:
        a.answers["zugang.vpn"] = Answer(status=Status.TEILWEISE)

    text = _one(_findings(vpn), "mobiles_arbeiten.ungeregelt").text
    assert text.de.endswith("nicht als umgesetzt dokumentiert: VPN-Zugang.")
    assert "Notebooks" not in text.de and "laptop" not in text.en


def test_place_contradiction_names_the_other_country_and_ignores_the_seat() -> None:
    def czech(a: Assessment) -> None:
        a.answers["auftrag.verarbeitungsort"] = Answer(
            status=Status.UMGESETZT, params={"region": "Deutschland und Tschechien"}
        )

    finding = _one(_findings(czech), "widerspruch.ort_massnahme")
    assert "nennt die Beschreibung Deutschland;" in finding.text.de
    assert "nennt aber auch Tschechien" in finding.text.de
    assert "also names Czechia" in finding.text.en or "also names Czech" in finding.text.en

    def seat_abroad(a: Assessment) -> None:
        sub = a.subprocessors[0].model_copy(update={"id": "ie", "country_seat": "IE"})
        a.subprocessors.append(sub)

    assert "verarbeitungsort.widerspruch" not in [f.rule_id for f in _findings(seat_abroad)]

    def processes_in_cz(a: Assessment) -> None:
        update = {"id": "cz", "name": "Praha s.r.o.", "countries_processing": ["DE", "CZ"]}
        a.subprocessors.append(a.subprocessors[0].model_copy(update=update))

    finding = _one(_findings(processes_in_cz), "verarbeitungsort.widerspruch")
    expected = "„Praha s.r.o.“ verarbeitet aber auch in Tschechien."
    assert expected in finding.text.de


def test_custom_measure_finding_names_the_catalog_measure_it_replaces() -> None:
    edit = WIDERSPRUCH_CASES["widerspruch.sonstige_trotz_entfall"][0]
    finding = _one(_findings(edit), "widerspruch.sonstige_trotz_entfall")
    assert "Alarmanlage mit Aufschaltung" in finding.text.de
    assert "Einbruchmeldeanlage" in finding.text.de
    assert finding.targets == ["custom:alarm"]


def test_old_files_without_a_link_load_and_stay_quiet() -> None:
    data = clean_assessment().model_dump(mode="json")
    data["custom_measures"] = [{"id": "c", "section_id": "zutritt", "text": "Wachdienst"}]
    assessment = Assessment.model_validate(data)
    assert assessment.custom_measures[0].linked_measure == ""
    assessment.answers["zutritt.einbruchmeldeanlage"] = Answer(
        status=Status.ENTFAELLT, reason="keine"
    )
    ids = [f.rule_id for f in evaluate(assessment, default_catalog(), today=TODAY)]
    assert "widerspruch.sonstige_trotz_entfall" not in ids


def _replacing(kind: LinkKind) -> Edit:
    def edit(a: Assessment) -> None:
        a.answers["zutritt.einbruchmeldeanlage"] = Answer(status=Status.ENTFAELLT)
        a.custom_measures.append(
            CustomMeasure(
                id="alarm",
                section_id="zutritt",
                text="Alarmanlage der Büroräume",
                linked_measure="zutritt.einbruchmeldeanlage",
                link_kind=kind,
            )
        )

    return edit


def test_a_custom_measure_that_replaces_an_entfallende_measure_is_no_contradiction() -> None:
    """Review 4, N4: „entfällt – ersetzt durch die eigene Maßnahme“ is the natural answer."""
    replaced = [f.rule_id for f in _findings(_replacing(LinkKind.REPLACES))]
    assert "widerspruch.sonstige_trotz_entfall" not in replaced
    assert "sonstige.ersetzte_massnahme_umgesetzt" not in replaced
    extended = [f.rule_id for f in _findings(_replacing(LinkKind.EXTENDS))]
    assert "widerspruch.sonstige_trotz_entfall" in extended


def test_old_links_read_as_extends_and_keep_their_contradiction() -> None:
    data = clean_assessment().model_dump(mode="json")
    data["answers"]["zutritt.einbruchmeldeanlage"] = {"status": "entfaellt", "reason": "keine"}
    data["custom_measures"] = [
        {
            "id": "c",
            "section_id": "zutritt",
            "text": "Wachdienst",
            "linked_measure": "zutritt.einbruchmeldeanlage",
        }
    ]
    assessment = Assessment.model_validate(data)
    assert assessment.custom_measures[0].link_kind is LinkKind.EXTENDS
    ids = [f.rule_id for f in evaluate(assessment, default_catalog(), today=TODAY)]
    assert "widerspruch.sonstige_trotz_entfall" in ids


def test_contract_duties_are_not_reported_as_protection_need_measures() -> None:
    def duty(a: Assessment) -> None:
        a.protection_need = ProtectionNeed.SEHR_HOCH
        a.answers["auftrag.aenderungsmitteilung"] = Answer(status=Status.NICHT_UMGESETZT)

    findings = _findings(duty)
    about = [f.rule_id for f in findings if "measure:auftrag.aenderungsmitteilung" in f.targets]
    assert about == ["vertragspflicht.fehlt"]


def test_promises_name_their_numbers() -> None:
    text = _one(
        _findings(WIDERSPRUCH_CASES["widerspruch.wiederanlauf_ohne_test"][0]),
        "widerspruch.wiederanlauf_ohne_test",
    ).text.de
    assert "innerhalb von " in text and "Stunden" in text
    text = _one(
        _findings(WIDERSPRUCH_CASES["widerspruch.patchfrist_ohne_ueberwachung"][0]),
        "widerspruch.patchfrist_ohne_ueberwachung",
    ).text.de
    assert "spätestens 14 Tage nach ihrer Veröffentlichung" in text


def test_e2e_contradiction_needs_a_mail_service_abroad() -> None:
    edit = WIDERSPRUCH_CASES["widerspruch.e2e_drittland_email"][0]

    def in_germany(a: Assessment) -> None:
        edit(a)
        update = {"country_seat": "DE", "countries_processing": ["DE"]}
        a.subprocessors[-1] = a.subprocessors[-1].model_copy(update=update)

    assert "widerspruch.e2e_drittland_email" not in [f.rule_id for f in _findings(in_germany)]
