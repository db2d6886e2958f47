"""The draft/final gate after the fourth DSB review: a duty of the processor under Art. 28
Abs. 2 to 4 or Art. 33 Abs. 2 DSGVO cannot be „entfällt“ (N2; the sub-processor duties only
where the file says none are engaged), „keine Übermittlungen auf Grundlage von
Standardvertragsklauseln“ beside an SCC sub-processor is a contradiction (N1), and patients'
health data with „kein Berufsgeheimnis“ are flagged (N14)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.models.assessment import Answer, Assessment, Status, TransferBasis
from tomwizard.models.finding import FindingKind
from tomwizard.rules.blockers import BlockerKind, blockers, counts
from tomwizard.rules.evaluator import evaluate
from tomwizard.store import TomwStore

NOT_HERE = Answer(status=Status.ENTFAELLT, reason="Trifft hier nicht zu.")

# the reviewer's list (probe_entfaellt.py) of duties that were „entfällt“ in a passing final
DUTIES = [
    "auftrag.sub_avv",
    "auftrag.sub_genehmigung",
    "auftrag.sub_auswahl",
    "auftrag.sub_ueberpruefung",
    "vorfall.meldefrist",
    "vorfall.meldeinhalt",
    "auftrag.weisungsdokumentation",
    "auftrag.kontrollen",
    "auftrag.rechtswidrige_weisung",
    "auftrag.verarbeitungsort",
    "vorfall.unterstuetzung",
    "technikgestaltung.anfragen_weiterleitung",
    "org.dsfa_unterstuetzung",
    "personal.verpflichtung",
    "org.anlaufstelle",
]


def _ids(a: Assessment) -> set[str]:
    return {f.rule_id for f in evaluate(a, default_catalog())}


@pytest.mark.parametrize("measure_id", DUTIES)
def test_a_duty_of_the_processor_marked_entfaellt_blocks_the_final(measure_id: str) -> None:
    a = clean_assessment()
    assert blockers(a, default_catalog()) == []
    a.answers[measure_id] = NOT_HERE
    found = blockers(a, default_catalog())
    assert found, measure_id
    assert all(b.finding.blocks_final for b in found)


def test_the_blocker_line_says_the_duty_cannot_be_dropped() -> None:
    a = clean_assessment()
    a.answers["vorfall.meldefrist"] = NOT_HERE
    (found,) = blockers(a, default_catalog())
    assert found.kind is BlockerKind.VERTRAGSPFLICHT
    assert "Pflicht aus dem AVV – kann nicht entfallen" in found.line("de")
    assert "vorfall.meldefrist" in found.line("de")
    assert "cannot be not applicable" in found.line("en")


def test_near_miss_a_risk_measure_may_still_be_entfaellt() -> None:
    a = clean_assessment()
    a.answers["zutritt.besucher"] = NOT_HERE
    assert "vertragspflicht.entfaellt" not in _ids(a)


def test_no_sub_processors_lets_their_duties_be_entfaellt() -> None:
    a = clean_assessment()
    a.subprocessors = []
    for measure_id in (
        "auftrag.sub_avv",
        "auftrag.sub_genehmigung",
        "auftrag.sub_auswahl",
        "auftrag.sub_ueberpruefung",
    ):
        a.answers[measure_id] = Answer(
            status=Status.ENTFAELLT, reason="Es werden keine Unterauftragsverarbeiter eingesetzt."
        )
    remote = (
        "betrieb.fernwartung",
        "betrieb.fernwartung_freigabe",
        "betrieb.fernwartung_protokoll",
    )
    for measure_id in (*remote, "zutritt.rechenzentrum"):  # else: the list should name some
        a.answers[measure_id] = Answer(status=Status.ENTFAELLT, reason="Keine.")
    assert blockers(a, default_catalog()) == []


def test_no_sub_processors_said_while_the_list_names_one_is_a_contradiction() -> None:
    a = clean_assessment()
    assert a.subprocessors
    a.answers["auftrag.sub_avv"] = NOT_HERE
    (found,) = blockers(a, default_catalog())
    assert found.kind is BlockerKind.WIDERSPRUCH
    assert found.finding.rule_id == "widerspruch.unterauftrag_entfaellt"
    assert a.subprocessors[0].name in found.line("de")


def test_the_copies_in_backups_may_be_entfaellt_only_without_backups() -> None:
    a = clean_assessment()
    a.answers["technikgestaltung.vertragsende_sicherungen"] = NOT_HERE
    assert "vertragspflicht.entfaellt" in _ids(a)
    a.answers["verfuegbarkeit.backup"] = Answer(status=Status.ENTFAELLT, reason="Keine Daten.")
    assert "vertragspflicht.entfaellt" not in _ids(a)


def test_anlaufstelle_entfaellt_while_a_contact_is_printed_is_a_contradiction() -> None:
    a = clean_assessment()
    assert a.organisation.dsb.appointed  # the annex names the DSB as contact point
    a.answers["org.anlaufstelle"] = NOT_HERE
    assert "widerspruch.anlaufstelle_entfaellt" in _ids(a)
    a.organisation.dsb.appointed = False
    a.organisation.processor.contact = ""
    a.organisation.contact_point.name = ""
    a.organisation.contact_point.email = ""
    assert "widerspruch.anlaufstelle_entfaellt" not in _ids(a)  # nothing printed
    a.organisation.contact_point.email = "datenschutz@example.org"
    assert "widerspruch.anlaufstelle_entfaellt" in _ids(a)


def test_vvt_entfaellt_is_a_hint_and_a_contradiction_with_art9_data() -> None:
    a = clean_assessment()
    assert not {"vvt.entfaellt", "vvt.entfaellt_art9"} & _ids(a)
    a.answers["org.vvt"] = NOT_HERE
    assert "vvt.entfaellt" in _ids(a) and "vvt.entfaellt_art9" not in _ids(a)
    a.processing.special_data = True
    a.processing.special_categories = ["Gesundheitsdaten"]
    assert "vvt.entfaellt_art9" in _ids(a) and "vvt.entfaellt" not in _ids(a)
    # the exemption of Art. 30 Abs. 5 cannot apply: the final is blocked (DSB review 5, P1)
    assert any(b.finding.rule_id == "vvt.entfaellt_art9" for b in blockers(a, default_catalog()))


@pytest.mark.parametrize("preset", ["buero_cloud", "arztpraxis", "hosting", "agentur_software"])
def test_a_fresh_preset_file_has_no_duty_blocker_from_entfaellt(preset: str) -> None:
    a = assessment_from_preset(preset, default_catalog(), "de")
    new = {"vertragspflicht.entfaellt", "widerspruch.unterauftrag_entfaellt"}
    assert not new & _ids(a)


def _scc(a: Assessment, basis: TransferBasis) -> Assessment:
    sub = a.subprocessors[0].model_copy(
        update={
            "id": "in",
            "name": "Helpdesk India Pvt. Ltd.",
            "countries_processing": ["IN"],
            "transfer_basis": basis,
            "scc_module": "Modul 3",
            "tia_done": True,
        }
    )
    a.subprocessors.append(sub)
    return a


def test_tia_entfaellt_beside_an_scc_sub_processor_is_a_contradiction() -> None:
    a = _scc(clean_assessment(), TransferBasis.SCC)
    assert a.answer("auftrag.tia").status is Status.ENTFAELLT
    tia = [b for b in blockers(a, default_catalog()) if "tia_entfaellt_scc" in b.finding.rule_id]
    (found,) = tia
    assert found.kind is BlockerKind.WIDERSPRUCH
    assert "Helpdesk India Pvt. Ltd." in found.line("de")
    assert "Standardvertragsklauseln" in found.line("de")


def test_near_miss_tia_entfaellt_with_dpf_only() -> None:
    a = clean_assessment()
    us = a.subprocessors[0].model_copy(
        update={"id": "us", "countries_processing": ["US"], "transfer_basis": TransferBasis.DPF}
    )
    a.subprocessors.append(us)
    assert "widerspruch.tia_entfaellt_scc" not in _ids(a)


def _health(a: Assessment, subjects: list[str]) -> Assessment:
    a.processing.special_data = True
    a.processing.special_categories = ["Gesundheitsdaten"]
    a.processing.data_subjects = subjects
    a.answers["personal.berufsgeheimnis"] = Answer(
        status=Status.ENTFAELLT, reason="Keine Daten unter Berufsgeheimnis (§ 203 StGB)"
    )
    return a


def test_patients_health_data_without_professional_secrecy_is_flagged() -> None:
    a = _health(clean_assessment(), ["Patientinnen und Patienten"])
    (hint,) = [f for f in evaluate(a, default_catalog()) if f.rule_id == "berufsgeheimnis.pruefen"]
    assert hint.kind is FindingKind.LUECKE and hint.severity.value == "hoch"
    assert "Physiotherapeuten" in hint.remedy.de and "§ 203 Abs. 1 StGB" in hint.remedy.de
    assert "physiotherapists" in hint.remedy.en


def test_near_miss_sick_days_of_the_own_staff_are_not_flagged() -> None:
    a = _health(clean_assessment(), ["Beschäftigte"])
    assert "berufsgeheimnis.pruefen" not in _ids(a)
    a.processing.data_subjects = ["Mandantinnen und Mandanten"]
    a.processing.special_categories = []
    assert "berufsgeheimnis.pruefen" in _ids(a)


def _two_unapproved() -> Assessment:
    a = clean_assessment()
    first = a.subprocessors[0]
    a.subprocessors = [
        first.model_copy(update={"approved_date": None}),
        # a contradiction too (no contract date): its line counts as Widerspruch
        first.model_copy(
            update={"id": "b", "name": "Zweit GmbH", "approved_date": None, "sub_avv_date": None}
        ),
    ]
    return a


def test_page_one_counts_every_missing_approval_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main
    from tomwizard.i18n import set_message_language

    a = _two_unapproved()
    found = blockers(a, default_catalog())
    assert counts(found, "de") == "1 Widerspruch, 2 fehlende Genehmigungsdaten"
    assert counts(found, "en") == "1 contradiction, 2 missing authorisation dates"
    path = tmp_path / "f.tomw"
    TomwStore.create(path, a).close()
    try:
        assert main(["--lang", "de", "check", str(path), "--final"]) == 1
    finally:  # the command line language is global in this process
        set_message_language("de")
    err = capsys.readouterr().err
    assert "Keine Endfassung möglich – 1 Widerspruch, 2 fehlende Genehmigungsdaten:" in err


def test_near_miss_one_missing_approval_date_is_counted_once() -> None:
    a = _two_unapproved()
    a.subprocessors[1] = a.subprocessors[1].model_copy(
        update={"approved_date": a.subprocessors[0].sub_avv_date}
    )
    assert counts(blockers(a, default_catalog()), "de") == (
        "1 Widerspruch, 1 fehlendes Genehmigungsdatum"
    )


def test_both_parties_empty_are_labelled_vertragsparteien() -> None:
    """Review 4, N10: not „Angaben – Name des Auftragsverarbeiters: … Anschrift des
    Verantwortlichen“ for a line about both parties."""
    from tomwizard.models.assessment import Party

    a = clean_assessment()
    a.organisation.processor = Party()
    a.organisation.controller = Party()
    (found,) = blockers(a, default_catalog())
    assert found.line("de").startswith("[offen] Angaben – Vertragsparteien: Noch nicht")
    assert found.line("en").startswith("[open] Details – Contracting parties: Not yet")
    a.organisation.processor = clean_assessment().organisation.processor  # near miss
    (found,) = blockers(a, default_catalog())
    assert found.line("de").startswith("[offen] Angaben – Name des Verantwortlichen:")
