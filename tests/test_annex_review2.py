"""Second DSB review (findings by number): what a signed annex must show and must not claim.

Each test names the finding it guards. The measures are read back from the PDF text."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache

from pypdf import PdfReader

from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.measure_text import measure_text
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog, Language

DUE = dt.date(2027, 6, 30)


@cache
def catalog() -> Catalog:
    return default_catalog()


def _measure(a: Assessment, mid: str, lang: Language = "de") -> str:
    m = catalog().measure_index()[mid]
    return " ".join(measure_text(m, lang, a.answer(mid).params, a.organisation.role_names).split())


def _not_implemented_pentest() -> Assessment:
    a = demo_assessment(catalog())
    a.answers["ueberpruefung.pentest"] = Answer(status=Status.NICHT_UMGESETZT, planned_date=DUE)
    return a


def test_finding_1_prose_names_a_measure_not_implemented_with_its_date() -> None:
    a = _not_implemented_pentest()
    text = annex_words(a, style="prose")
    part = text[text.index("Noch nicht (vollständig) umgesetzte Maßnahmen") :]
    expected = (
        f"{_measure(a, 'ueberpruefung.pentest')} (nicht umgesetzt; umzusetzen bis 30.06.2027)"
    )
    assert expected in part
    assert text.count(_measure(a, "ueberpruefung.pentest")) == 1
    en = annex_words(a, "en", style="prose")
    part = en[en.index("Measures not yet (fully) implemented") :]
    assert "(not implemented; to be implemented by 30 June 2027)" in part


def test_finding_2_checklist_prints_the_date_of_a_measure_not_implemented() -> None:
    a = _not_implemented_pentest()
    text = annex_words(a, style="checklist")
    expected = (
        f"{_measure(a, 'ueberpruefung.pentest')} (nicht umgesetzt; umzusetzen bis 30.06.2027)"
    )
    assert expected in text
    a.answers["ueberpruefung.pentest"] = Answer(status=Status.NICHT_UMGESETZT)
    assert f"{_measure(a, 'ueberpruefung.pentest')} (nicht umgesetzt)" in annex_words(a)


def _password(children: dict[str, Answer]) -> Assessment:
    a = demo_assessment(catalog())
    a.answers["zugang.passwort"] = Answer(status=Status.UMGESETZT)
    for mid in (
        "zugang.passwort_wechsel",
        "zugang.passwort_komplexitaet",
        "zugang.passwort_ablauf",
    ):
        a.answers[mid] = children.get(mid, Answer(status=Status.UMGESETZT))
    return a


def test_finding_7_an_open_sub_measure_leaves_its_parent_implemented() -> None:
    a = _password(
        {
            "zugang.passwort_wechsel": Answer(),
            "zugang.passwort_ablauf": Answer(status=Status.UMGESETZT, follow_up=True),
        }
    )
    text = annex_words(a, style="checklist")
    assert f"☒ {_measure(a, 'zugang.passwort')}" in text
    assert f"{_measure(a, 'zugang.passwort_wechsel')} (offen: noch nicht beantwortet)" in text


def test_finding_8_a_parent_partly_because_of_a_sub_measure_carries_its_date() -> None:
    later = dt.date(2027, 3, 31)
    a = _password(
        {
            "zugang.passwort_wechsel": Answer(status=Status.GEPLANT, planned_date=DUE),
            "zugang.passwort_ablauf": Answer(status=Status.NICHT_UMGESETZT, planned_date=later),
        }
    )
    for style in ("checklist", "prose"):
        text = annex_words(a, style=style)
        assert (
            f"{_measure(a, 'zugang.passwort')} (teilweise umgesetzt: nicht alle Teilmaßnahmen "
            "sind umgesetzt; vollständig bis 30.06.2027)" in text
        ), style


def test_finding_6_an_expired_certificate_blocks_and_is_printed_as_expired() -> None:
    from tomwizard.models.assessment import Certificate
    from tomwizard.rules.blockers import blockers

    a = demo_assessment(catalog())
    a.answers["org.zertifizierung"] = Answer(status=Status.UMGESETZT)
    old = dt.date(2026, 10, 31)
    a.organisation.certificates = [Certificate(name="ISO/IEC 27001:2022", valid_until=old)]
    sub = a.subprocessors[0]
    a.subprocessors[0] = sub.model_copy(
        update={"certification": "ISO 9001", "certification_valid_until": old}
    )
    ids = {b.finding.rule_id for b in blockers(a, catalog())}
    assert {"widerspruch.zertifikat_abgelaufen", "zertifikat.abgelaufen"} <= ids
    text = annex_words(a)
    assert "abgelaufen am 31.10.2026" in text
    assert "ISO 9001 (abgelaufen am 31.10.2026)" in text
    assert "gültig bis 31.10.2026" not in text
    assert "expired on 31 October 2026" in annex_words(a, "en")


def test_finding_4_no_sub_processors_only_when_answered_and_no_default_instruction_rule() -> None:
    from tomwizard.rules.blockers import blockers

    a = demo_assessment(catalog())
    a.subprocessors = []
    a.processing.instructing_persons = []
    ids = {b.finding.rule_id for b in blockers(a, catalog())}
    assert {"unterauftrag.keine_angabe", "weisungsberechtigte.fehlen"} <= ids
    text = annex_words(a)
    assert "Es werden keine Unterauftragsverarbeiter eingesetzt." not in text
    assert "Unterauftragsverarbeiter Keine Angabe –" in text
    assert "Weisungen erteilen" not in text
    a.answers["auftrag.sub_avv"] = Answer(status=Status.ENTFAELLT, reason="Keine.")
    assert "unterauftrag.keine_angabe" not in {b.finding.rule_id for b in blockers(a, catalog())}
    blank = Assessment(catalog_id=catalog().id, catalog_version=catalog().version)
    assert "Es werden keine Unterauftragsverarbeiter" not in annex_words(blank)
    blank.answers["auftrag.sub_avv"] = Answer(status=Status.ENTFAELLT, reason="Keine.")
    assert "Es werden keine Unterauftragsverarbeiter eingesetzt." in annex_words(blank)


def test_finding_14_a_blank_party_or_subject_blocks_the_final_version() -> None:
    from tomwizard.rules.blockers import blockers

    a = demo_assessment(catalog())
    a.organisation.controller.name = ""
    a.processing.subject = ""
    ids = {b.finding.rule_id for b in blockers(a, catalog())}
    assert {"parteien.unvollstaendig", "beschreibung.unvollstaendig"} <= ids
    ids = {b.finding.rule_id for b in blockers(demo_assessment(catalog()), catalog())}
    assert not {"parteien.unvollstaendig", "beschreibung.unvollstaendig"} & ids


def test_finding_24_a_date_passed_since_the_stand_blocks_the_final_version() -> None:
    from tomwizard.rules.blockers import BlockerKind, blockers

    today = dt.date.today()
    a = demo_assessment(catalog())
    a.organisation.stand = today - dt.timedelta(days=30)
    for mid, answer in list(a.answers.items()):  # only the date under test
        if answer.planned_date is not None:
            a.answers[mid] = answer.model_copy(update={"planned_date": today + dt.timedelta(9)})
    yesterday = today - dt.timedelta(days=1)
    a.answers["zugriff.druck"] = Answer(status=Status.GEPLANT, planned_date=yesterday)
    found = [b for b in blockers(a, catalog()) if b.kind is BlockerKind.TERMIN]
    assert [b.finding.targets for b in found] == [["measure:zugriff.druck"]]
    assert "ist bereits überschritten" in found[0].finding.text.de
    a.answers["zugriff.druck"] = Answer(status=Status.GEPLANT, planned_date=today)
    assert not [b for b in blockers(a, catalog()) if b.kind is BlockerKind.TERMIN]


def test_finding_16_a_forced_password_change_is_never_expected() -> None:
    from tests.rules_fixtures import TODAY, clean_assessment
    from tomwizard.models.assessment import ProtectionNeed
    from tomwizard.rules import evaluate

    a = clean_assessment()
    a.protection_need = ProtectionNeed.SEHR_HOCH
    for mid in ("zugang.passwort_ablauf", "zutritt.empfang"):
        a.answers[mid] = Answer(status=Status.NICHT_UMGESETZT, planned_date=DUE)
    about = {
        t: f.rule_id
        for f in evaluate(a, catalog(), today=TODAY)
        if f.rule_id == "schutzbedarf.erhoeht_fehlt"
        for t in f.targets
    }
    assert "measure:zugang.passwort_ablauf" not in about
    assert "measure:zutritt.empfang" in about  # near miss: another Erhöht measure still is


def test_finding_21_the_arztpraxis_preset_does_not_contradict_itself_on_mobile_work() -> None:
    from tomwizard.content.presets import assessment_from_preset
    from tomwizard.rules import evaluate

    a = assessment_from_preset("arztpraxis", catalog())
    ids = {f.rule_id for f in evaluate(a, catalog())}
    assert "widerspruch.rahmen_homeoffice" not in ids
    a.screening["homeoffice"] = "nein"  # type: ignore[assignment]
    ids = {f.rule_id for f in evaluate(a, catalog())}
    assert "mobiles_arbeiten.ungeregelt" not in ids


def test_findings_25_28_36_intro_heading_and_metadata_of_draft_and_final() -> None:
    a = demo_assessment(catalog())
    draft = annex_pdf(a, catalog(), AnnexOptions(style="prose", list_entfaellt=True))
    text = annex_words(a, style="prose", list_entfaellt=True)
    assert "Entfallende Maßnahmen und offene Angaben enthalten keine Zusicherung." in text
    assert "Entfallende Maßnahmen Die folgenden Maßnahmen entfallen" in text
    assert "Nicht anwendbare" not in text
    title = PdfReader(io.BytesIO(draft)).metadata.title
    assert title is not None and title.endswith(" – Entwurf")


def test_finding_20_check_lines_name_form_labels_not_field_ids() -> None:
    from tomwizard.rules.blockers import blockers

    a = demo_assessment(catalog())
    a.organisation.stand = None
    lines = [b.line() for b in blockers(a, catalog())]
    assert any(line.startswith("[offen] Angaben – Stand:") for line in lines)
    assert not any("organisation.stand" in line for line in lines)


def test_finding_29_blocker_lines_shorten_texts_at_a_word_boundary() -> None:
    from tomwizard.rules.blockers import SUBJECT_MAX, _short

    text = "Wort " * 30
    short = _short(text)
    assert short.endswith("Wort…") and len(short) <= SUBJECT_MAX
    assert _short("kurz") == "kurz"
