"""Per contradiction rule (kind widerspruch, forms/rules/60-widersprueche.yaml and the
contradictions in the other files): an edit that triggers it and a near miss that must not."""

from __future__ import annotations

import datetime as dt

from tests.rules_fixtures import (
    CASES,
    NA,
    SPECIAL,
    TODAY,
    E,
    Edit,
    G,
    N,
    T,
    U,
    _both,
    _set,
    _status,
    _sub,
    _third,
)
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Certificate,
    CustomMeasure,
    Dsb,
    LinkKind,
    SubApproval,
    TransferBasis,
)

REGION = {"region": "Deutschland und Tschechien"}


def _linked_custom(linked: str, kind: LinkKind = LinkKind.EXTENDS) -> Edit:
    def edit(a: Assessment) -> None:
        a.custom_measures.append(
            CustomMeasure(
                id="alarm",
                section_id="zutritt",
                text="Alarmanlage mit Aufschaltung auf einen Wachdienst",
                answer=Answer(status=U),
                linked_measure=linked,
                link_kind=kind,
            )
        )

    return edit


def _certificate(valid_until: dt.date) -> Edit:
    certificate = Certificate(name="ISO/IEC 27001:2022", valid_until=valid_until)
    return _set("organisation.certificates", [certificate])


def _us_mail(special: bool) -> Edit:
    sub = _third("US", TransferBasis.DPF, dpf_checked=TODAY, service="E-Mail-Dienst (Lohnzettel)")
    return _both(SPECIAL, sub) if special else sub


BACKUP_NA = _status("verfuegbarkeit.backup", E, **NA)

WIDERSPRUCH_CASES: dict[str, tuple[Edit, Edit]] = {
    "widerspruch.drittland_ohne_grundlage": (
        _third("IN"),
        _both(_third("IN"), _status("auftrag.drittland", T)),
    ),
    # review 2, finding 3: near miss: the sub-processor processes in the EU, only its seat is abroad
    "widerspruch.drittland_entfaellt": (
        _both(_third("US", TransferBasis.DPF), _status("auftrag.drittland", E, **NA)),
        _both(
            _third("US", TransferBasis.DPF, countries_processing=["IE"]),
            _status("auftrag.drittland", E, **NA),
        ),
    ),
    # review 2, finding 5: near miss: the assessment is documented
    "widerspruch.tia_nicht_dokumentiert": (
        _both(_third("IN", TransferBasis.SCC, tia_done=False), _status("auftrag.tia", U)),
        _both(_third("IN", TransferBasis.SCC, tia_done=True), _status("auftrag.tia", U)),
    ),
    # review 2, finding 6: near miss: valid through the Stand (= today in the fixtures)
    "widerspruch.zertifikat_abgelaufen": (
        _certificate(TODAY - dt.timedelta(days=1)),
        _certificate(TODAY),
    ),
    # review 2, finding 9 g: near miss: one sub-processor on standard contractual clauses
    "widerspruch.tia_ohne_scc": (
        _status("auftrag.tia", U),
        _both(_status("auftrag.tia", U), _third("IN", TransferBasis.SCC, tia_done=True)),
    ),
    "widerspruch.unterauftrag_ohne_vertrag": (
        _sub(sub_avv_date=None),
        _both(_sub(sub_avv_date=None), _status("auftrag.sub_avv", T)),
    ),
    "widerspruch.ort_massnahme": (
        _status("auftrag.verarbeitungsort", U, params=REGION),
        _both(
            _status("auftrag.verarbeitungsort", U, params=REGION),
            _set("processing.places", ["DE", "CZ"]),
        ),
    ),
    "widerspruch.ort_unterauftrag": (
        _both(
            _status("auftrag.verarbeitungsort", U, params=REGION),
            _third("US", TransferBasis.DPF, dpf_checked=TODAY),
        ),
        _both(
            _status(
                "auftrag.verarbeitungsort",
                U,
                params={"region": "EU und Vereinigte Staaten (E-Mail-Versand)"},
            ),
            _third("US", TransferBasis.DPF, dpf_checked=TODAY),
        ),
    ),
    "widerspruch.sonstige_trotz_entfall": (
        _both(
            _status("zutritt.einbruchmeldeanlage", E, **NA),
            _linked_custom("zutritt.einbruchmeldeanlage"),
        ),
        _linked_custom("zutritt.einbruchmeldeanlage"),
    ),
    # review 4, N4: a custom measure replaces a catalog measure that is implemented too (a hint)
    "sonstige.ersetzte_massnahme_umgesetzt": (
        _linked_custom("zutritt.einbruchmeldeanlage", LinkKind.REPLACES),
        _both(
            _status("zutritt.einbruchmeldeanlage", E, **NA),
            _linked_custom("zutritt.einbruchmeldeanlage", LinkKind.REPLACES),
        ),
    ),
    "widerspruch.wiederanlauf_ohne_test": (
        _status("verfuegbarkeit.restore_test", T),
        _both(
            _status("verfuegbarkeit.restore_test", T),
            _status("verfuegbarkeit.wiederanlaufzeit", T),
        ),
    ),
    "widerspruch.patchfrist_ohne_ueberwachung": (
        _status("betrieb.patch_ueberwachung", N),
        _both(_status("betrieb.patch_ueberwachung", N), _status("betrieb.patches", T)),
    ),
    "widerspruch.loeschung_trotz_sicherungen": (
        _status("technikgestaltung.vertragsende_sicherungen", N),
        _both(
            _status("technikgestaltung.vertragsende_sicherungen", N),
            _status("verfuegbarkeit.backup_offline", E, **NA),
            _status("verfuegbarkeit.backup_aufbewahrung", E, **NA),
        ),
    ),
    "widerspruch.e2e_drittland_email": (_us_mail(True), _us_mail(False)),
    "widerspruch.untermassnahme_trotz_entfall": (
        BACKUP_NA,
        _both(BACKUP_NA, _status("verfuegbarkeit.backup_ueberwachung", E, **NA)),
    ),
    "widerspruch.email_entfaellt": (
        _status("weitergabe.email_transport", E, **NA),
        _both(
            _status("weitergabe.email_transport", E, **NA),
            _status("weitergabe.e2e", E, **NA),
            _status("weitergabe.email_verschluesselung", E, **NA),
            _status("betrieb.email_filter", E, **NA),
            _status("weitergabe.absenderauthentisierung", N),
        ),
    ),
    "widerspruch.sicherung_entfaellt": (
        BACKUP_NA,
        _both(
            BACKUP_NA,
            _status("verfuegbarkeit.restore_test", E, **NA),
            _status("krypto.sicherungen", E, **NA),
            _status("verfuegbarkeit.backup_getrennt", E, **NA),
            _status("verfuegbarkeit.backup_konzept", N),
        ),
    ),
    "widerspruch.e2e_ohne_verfahren": (
        _status("weitergabe.email_verschluesselung", N),
        _status("weitergabe.email_verschluesselung", T),
    ),
    "widerspruch.loeschroutine_ohne_konzept": (
        _status("technikgestaltung.loeschkonzept", E, **NA),
        _status("technikgestaltung.loeschkonzept", T),
    ),
    "widerspruch.dsb_benannt_nicht_umgesetzt": (
        _status("org.dsb", N),
        _both(_status("org.dsb", N), _set("organisation.dsb", Dsb())),
    ),
    "widerspruch.aufschaltung_ohne_meldeanlage": (
        _status("zutritt.einbruchmeldeanlage", E, **NA),
        _both(
            _status("zutritt.einbruchmeldeanlage", E, **NA),
            _status("zutritt.alarmaufschaltung", E, **NA),
        ),
    ),
    "widerspruch.standard_ohne_isb": (
        _both(_status("org.isb", G, planned_date=TODAY), _status("org.zustaendigkeiten", T)),
        _both(
            _status("org.isb", G, planned_date=TODAY),
            _status("org.zustaendigkeiten", T),
            _status("org.isms", T),
        ),
    ),
    "widerspruch.zustaendigkeit_ohne_isb": (
        _both(_status("org.isb", N), _status("org.isms", T)),
        _both(_status("org.isb", N), _status("org.isms", T), _status("org.zustaendigkeiten", T)),
    ),
    "widerspruch.externe_pruefung_ohne_kontrolle": (
        _status("ueberpruefung.stichproben", G, planned_date=TODAY),
        _status("ueberpruefung.stichproben", T),
    ),
    "widerspruch.zutrittsregelung_fremdpersonal": (
        _status("zutritt.fremdpersonal", G, planned_date=TODAY),
        _both(
            _status("zutritt.fremdpersonal", G, planned_date=TODAY),
            _status("zutritt.zutrittsregelung", T),
        ),
    ),
    # DSB review 3, B1: "none" answered, categories ticked; near miss: answered yes
    "widerspruch.art9_nein_mit_kategorien": (
        _both(SPECIAL, _set("processing.special_data", False)),
        SPECIAL,
    ),
    "vertragspflicht.fehlt": (
        _status("auftrag.aenderungsmitteilung", N),
        _status("auftrag.aenderungsmitteilung", E, **NA),
    ),
}


def _screening(**answers: str) -> Edit:
    def edit(a: Assessment) -> None:
        a.screening.update(answers)  # type: ignore[arg-type]

    return edit


# Rules reading the Rahmenbedingungen (forms/rules/45-rahmenbedingungen.yaml)
SCREENING_CASES: dict[str, tuple[Edit, Edit]] = {
    "rahmen.erwartet_fehlt": (
        _both(_screening(softwareentwicklung="ja"), _status("betrieb.code_review", T)),
        _both(_screening(softwareentwicklung="unbekannt"), _status("betrieb.code_review", T)),
    ),
    "widerspruch.rahmen_homeoffice": (
        _screening(homeoffice="nein"),  # the clean assessment ticks every measure
        _both(
            _screening(homeoffice="nein"),
            *(
                _status(mid, E, **NA)
                for mid in (
                    "betrieb.mobiles_arbeiten",
                    "krypto.notebooks",
                    "krypto.smartphones",
                    "betrieb.mdm",
                )
            ),
        ),
    ),
    "widerspruch.rahmen_video": (
        _screening(video="nein"),
        _both(_screening(video="nein"), _status("zutritt.video", E, **NA)),
    ),
    "widerspruch.rahmen_art9": (
        _both(_screening(art9="nein"), SPECIAL),
        _both(_screening(art9="ja"), SPECIAL),
    ),
    # DSB review 3, B1: the explicit "none" against the Rahmenbedingungen; near miss: not
    # answered yet (that is beschreibung.art9_offen, kind offen, not a contradiction)
    "widerspruch.rahmen_art9_ja": (
        _screening(art9="ja"),
        _both(_screening(art9="ja"), _set("processing.special_data", None)),
    ),
    # DSB review 3, B3: near miss: the development measures are answered "entfällt"
    "widerspruch.rahmen_softwareentwicklung": (
        _screening(softwareentwicklung="nein"),  # the clean assessment ticks every measure
        _both(
            _screening(softwareentwicklung="nein"),
            *(
                _status(f"betrieb.{mid}", E, **NA)
                for mid in (
                    "sichere_entwicklung",
                    "code_review",
                    "abhaengigkeiten",
                    "codeanalyse",
                    "geheimnisse",
                    "release_test",
                )
            ),
        ),
    ),
}

WIDERSPRUCH_CASES.update({k: v for k, v in SCREENING_CASES.items() if k.startswith("widerspruch")})

# DSB review 4 (N1, N2, N14): a duty of the AVV cannot be „entfällt“; near misses: the
# sub-processor duties where none are engaged, a contact point with nothing printed, DPF only,
# the controller's own staff
NO_CONTACT = _both(
    _set("organisation.dsb", Dsb(appointed=False)),
    _set("organisation.processor.contact", ""),
)
WIDERSPRUCH_CASES.update(
    {
        "vertragspflicht.entfaellt": (
            _status("vorfall.meldefrist", E, **NA),
            _both(
                _set("subprocessors", []),
                _status("auftrag.sub_avv", E, **NA),
                _status("auftrag.sub_genehmigung", E, **NA),
            ),
        ),
        "widerspruch.unterauftrag_entfaellt": (
            _status("auftrag.sub_avv", E, **NA),
            _both(_set("subprocessors", []), _status("auftrag.sub_avv", E, **NA)),
        ),
        "widerspruch.tia_entfaellt_scc": (
            _third("IN", TransferBasis.SCC, tia_done=True),
            _third("US", TransferBasis.DPF),
        ),
        "widerspruch.anlaufstelle_entfaellt": (
            _status("org.anlaufstelle", E, **NA),
            _both(NO_CONTACT, _status("org.anlaufstelle", E, **NA)),
        ),
        "vvt.entfaellt": (
            _status("org.vvt", E, **NA),
            _both(SPECIAL, _status("org.vvt", E, **NA)),
        ),
        "vvt.entfaellt_art9": (
            _both(SPECIAL, _status("org.vvt", E, **NA)),
            _status("org.vvt", E, **NA),
        ),
        "berufsgeheimnis.pruefen": (
            _both(
                _set("processing.data_subjects", ["Patientinnen und Patienten"]),
                _status("personal.berufsgeheimnis", E, **NA),
            ),
            _both(SPECIAL, _status("personal.berufsgeheimnis", E, **NA)),  # staff sick days
        ),
    }
)

# DSB review 7, M2: a date the sub-processor table prints lies after the Stand; near misses: the
# same day as the Stand, the other approval model, a DPF check date not printed (basis EU/EWR)
AFTER = TODAY + dt.timedelta(days=1)
ALLGEMEIN = _set("organisation.sub_approval", SubApproval.ALLGEMEIN)
WIDERSPRUCH_CASES.update(
    {
        "widerspruch.unterauftrag_vertrag_nach_stand": (
            _sub(sub_avv_date=AFTER),
            _sub(sub_avv_date=TODAY),
        ),
        "widerspruch.unterauftrag_genehmigung_nach_stand": (
            _sub(approved_date=AFTER),
            _both(ALLGEMEIN, _sub(approved_date=AFTER)),
        ),
        "widerspruch.unterauftrag_einspruchsfrist_nach_stand": (
            _both(ALLGEMEIN, _sub(approved_date=AFTER)),
            _sub(approved_date=AFTER),
        ),
        "widerspruch.unterauftrag_dpf_pruefung_nach_stand": (
            _third("US", TransferBasis.DPF, dpf_checked=AFTER),
            _sub(dpf_checked=AFTER),
        ),
    }
)

ALL_CASES: dict[str, tuple[Edit, Edit]] = {**CASES, **WIDERSPRUCH_CASES, **SCREENING_CASES}
