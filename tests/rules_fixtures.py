"""A clean assessment (no finding at all); per rule, an edit that triggers it and a near miss."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Dsb,
    Organisation,
    Party,
    Processing,
    ProtectionNeed,
    RoleNames,
    Status,
    SubApproval,
    Subprocessor,
    TransferBasis,
)

TODAY = dt.date(2026, 11, 22)
Edit = Callable[[Assessment], None]


def clean_assessment() -> Assessment:
    """Everything implemented and described: the rules must stay silent."""
    catalog = default_catalog()
    party = Party(name="Beispiel GmbH", street="Ring 1", postcode="34117", city="Kassel")
    return Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        organisation=Organisation(
            processor=party,
            controller=party.model_copy(update={"name": "Kunde AG", "city": "Berlin"}),
            dsb=Dsb(appointed=True, name="Dr. A. Berger", email="dsb@example.org"),
            stand=TODAY,
            sub_approval=SubApproval.EINZELN,  # the contract's model chosen (DSB review 6, N3)
        ),
        processing=Processing(
            subject="Lohnabrechnung",
            duration="unbefristet",
            purposes=["Abrechnung"],
            data_subjects=["Beschäftigte"],
            data_categories=["Stammdaten", "Bankverbindung"],
            steps=["Erfassen", "Speichern"],
            places=["DE"],
            special_data=False,
            criminal_data=False,
            instructing_persons=["A. Chef"],
            instruction_recipients=["B. Bearbeiterin"],
            persons_processing=5,
        ),
        protection_need=ProtectionNeed.NORMAL,
        answers={
            **{m.id: Answer(status=Status.UMGESETZT) for m in catalog.measures()},
            # no transfers on standard contractual clauses (widerspruch.tia_ohne_scc)
            "auftrag.tia": Answer(status=Status.ENTFAELLT, reason="Keine SCC"),
            # destroyed in-house (vernichtung.dienstleister_fehlt)
            "technikgestaltung.vernichtung_nachweis": Answer(
                status=Status.ENTFAELLT, reason="Vernichtung im eigenen Haus"
            ),
        },
        subprocessors=[_eu_sub()],
    )


def _eu_sub() -> Subprocessor:
    return Subprocessor(
        id="eu",
        name="Rechenzentrum Nord GmbH",
        address="Weg 2, 20095 Hamburg",
        country_seat="DE",
        countries_processing=["DE"],
        service="Hosting",
        transfer_basis=TransferBasis.EU_EWR,
        sub_avv_date=dt.date(2025, 1, 1),
        approved_date=dt.date(2025, 2, 1),
    )


def _third(country: str, basis: TransferBasis = TransferBasis.NONE, **extra: object) -> Edit:
    def edit(a: Assessment) -> None:
        sub = _eu_sub().model_copy(
            update={
                "id": "x",
                "name": "Far Away Ltd.",
                "country_seat": country,
                "countries_processing": [country],
                "transfer_basis": basis,
                **extra,
            }
        )
        a.subprocessors.append(sub)

    return edit


def _status(measure_id: str, status: Status, **extra: object) -> Edit:
    def edit(a: Assessment) -> None:
        a.answers[measure_id] = Answer(status=status, **extra)  # type: ignore[arg-type]

    return edit


def _params(measure_id: str, **params: int) -> Edit:
    return _status(measure_id, Status.UMGESETZT, params=params)


def _both(*edits: Edit) -> Edit:
    def edit(a: Assessment) -> None:
        for one in edits:
            one(a)

    return edit


def _set(path: str, value: object) -> Edit:
    def edit(a: Assessment) -> None:
        *parents, name = path.split(".")
        target: object = a
        for part in parents:
            target = getattr(target, part)
        setattr(target, name, value)

    return edit


def _sub(**changes: object) -> Edit:
    def edit(a: Assessment) -> None:
        a.subprocessors[0] = a.subprocessors[0].model_copy(update=changes)

    return edit


def _custom(text: str, **answer: object) -> Edit:
    def edit(a: Assessment) -> None:
        status = Answer(**answer) if answer else Answer(status=Status.UMGESETZT)  # type: ignore[arg-type]
        a.custom_measures.append(
            CustomMeasure(id="c", section_id="zutritt", text=text, answer=status)
        )

    return edit


NA = {"reason": "gibt es hier nicht"}
FUTURE = TODAY + dt.timedelta(days=30)
SPECIAL = _both(
    _set("processing.special_data", True),
    _set("processing.special_categories", ["Gesundheitsdaten"]),
)
U, T, G, N, E, OFF = (
    Status.UMGESETZT,
    Status.TEILWEISE,
    Status.GEPLANT,
    Status.NICHT_UMGESETZT,
    Status.ENTFAELLT,
    Status.OFFEN,
)

ISB_ALONE = _both(
    _status("org.isb", N), _status("org.isms", E, **NA), _status("org.zustaendigkeiten", E, **NA)
)

# rule id -> (edit that triggers the rule, near miss that must not trigger it)
CASES: dict[str, tuple[Edit, Edit]] = {
    "backup.fehlt": (
        _status("verfuegbarkeit.backup", N),
        _status("verfuegbarkeit.backup", E, **NA),
    ),
    "backup.ohne_wiederherstellungstest": (
        _status("verfuegbarkeit.restore_test", T),
        _both(_status("verfuegbarkeit.backup", E, **NA), _status("verfuegbarkeit.restore_test", N)),
    ),
    "backup.nicht_getrennt": (
        _status("verfuegbarkeit.backup_getrennt", N),
        _status("verfuegbarkeit.backup_extern", N),
    ),
    "art9.ohne_verschluesselung": (_both(SPECIAL, _status("krypto.server", N)), SPECIAL),
    "art9.ohne_mfa": (_both(SPECIAL, _status("zugang.mfa", N)), _status("zugang.mfa", N)),
    "art9.ohne_protokollierung": (
        _both(SPECIAL, _status("eingabe.protokollierung", OFF)),
        _both(SPECIAL, _status("eingabe.protokollierung", E, **NA)),
    ),
    "mobiles_arbeiten.ungeregelt": (
        _status("zugang.vpn", N),
        _both(_status("betrieb.mobiles_arbeiten", E, **NA), _status("zugang.vpn", N)),
    ),
    "geraete.unverschluesselt": (
        _status("krypto.smartphones", T),
        _status("krypto.smartphones", E, **NA),
    ),
    "meldefrist.zu_lang": (
        _params("vorfall.meldefrist", hours=96),
        _params("vorfall.meldefrist", hours=72),
    ),
    "vorfall.kein_prozess": (
        _status("vorfall.meldeweg", OFF),
        _status("vorfall.meldeweg", E, **NA),
    ),
    "fernzugriff.ohne_mfa": (
        _status("zugang.mfa", N),
        _both(
            _status("zugang.mfa", N),
            _status("zugang.vpn", E, **NA),
            _status("betrieb.fernwartung", E, **NA),
            _status("zugriff.admin_konten", E, **NA),
        ),
    ),
    "passwort.regeln_schwach": (
        _params("zugang.passwort", length=8),
        _params("zugang.passwort", length=12),
    ),
    "loeschung.kein_konzept": (
        _status("technikgestaltung.loeschkonzept", G, planned_date=FUTURE),
        _status("technikgestaltung.loeschkonzept", E, **NA),
    ),
    "email.ohne_transportverschluesselung": (
        _status("weitergabe.email_transport", T),
        _status("weitergabe.email_transport", E, **NA),
    ),
    "email.ohne_ende_zu_ende": (
        _both(_set("processing.criminal_data", True), _status("weitergabe.e2e", OFF)),
        _both(
            _set("processing.criminal_data", True),
            _status("weitergabe.e2e", OFF),
            _status("weitergabe.email_transport", E, **NA),
        ),
    ),
    "protokolle.ohne_loeschfrist": (
        _status("eingabe.log_aufbewahrung", N),
        _both(_status("eingabe.protokollierung", N), _status("eingabe.log_aufbewahrung", N)),
    ),
    "fernwartung.ungeregelt": (
        _both(_set("processing.steps", ["Fernwartung der PCs"]), _status("betrieb.fernwartung", N)),
        _set("processing.steps", ["Fernwartung der PCs"]),
    ),
    "testdaten.echt": (
        _status("trennung.testdaten", N),
        _status("trennung.testdaten", G, planned_date=FUTURE),
    ),
    "drittland.ohne_grundlage": (
        _third("IN"),
        _third("IN", TransferBasis.SCC, tia_done=True, scc_module="Modul 3"),
    ),
    "drittland.grundlage_passt_nicht": (
        _third("IN", TransferBasis.ADEQUACY),
        _third("JP", TransferBasis.ADEQUACY),
    ),
    "dpf.pruefung_fehlt": (
        _third("US", TransferBasis.DPF, dpf_checked=dt.date(2025, 1, 1)),
        _third("US", TransferBasis.DPF, dpf_checked=TODAY - dt.timedelta(days=30)),
    ),
    "scc.ohne_tia": (  # with the TIA measure ticked: widerspruch.tia_nicht_dokumentiert
        _both(_third("IN", TransferBasis.SCC, scc_module="Modul 3"), _status("auftrag.tia", T)),
        _both(
            _third("IN", TransferBasis.SCC, scc_module="Modul 3", tia_done=True),
            _status("auftrag.tia", T),
        ),
    ),
    "scc.modul_fehlt": (
        _third("IN", TransferBasis.SCC, tia_done=True),
        _third("IN", TransferBasis.SCC, tia_done=True, scc_module="Modul 3"),
    ),
    "art49.ausnahme": (_third("IN", TransferBasis.ART49), _third("IN", TransferBasis.BCR)),
    "verarbeitungsort.widerspruch": (
        _third("US", TransferBasis.DPF, dpf_checked=TODAY),
        _both(
            _set("processing.places", ["DE", "US"]),
            _third("US", TransferBasis.DPF, dpf_checked=TODAY),
        ),
    ),
    "unterauftrag.angaben_fehlen": (_sub(address=" "), _sub(countries_processing=[])),
    "unterauftrag.keine_angabe": (  # review 2, finding 4
        _set("subprocessors", []),
        _both(_set("subprocessors", []), _status("auftrag.sub_avv", E, **NA)),
    ),
    "unterauftrag.liste_leer": (
        _set("subprocessors", []),
        _both(
            _set("subprocessors", []),
            _status("betrieb.fernwartung", E, **NA),
            _status("zutritt.rechenzentrum", E, **NA),
        ),
    ),
    "unterauftrag.ohne_vertrag": (_sub(sub_avv_date=None), _sub(approved_date=None)),
    "unterauftrag.ohne_genehmigung": (  # the model not entered (review 6)
        _both(_sub(approved_date=None), _set("organisation.sub_approval", None)),
        _both(_sub(approved_date=None), _set("organisation.sub_approval", SubApproval.EINZELN)),
    ),
    "unterauftrag.ohne_einzelgenehmigung": (
        _both(_sub(approved_date=None), _set("organisation.sub_approval", SubApproval.EINZELN)),
        _both(_sub(approved_date=None), _set("organisation.sub_approval", SubApproval.ALLGEMEIN)),
    ),
    "unterauftrag.ohne_einspruchsfrist": (
        _both(_sub(approved_date=None), _set("organisation.sub_approval", SubApproval.ALLGEMEIN)),
        _sub(approved_date=None),
    ),
    "unterauftrag.genehmigungsmodell": (
        _set("organisation.sub_approval", None),
        _both(_set("organisation.sub_approval", None), _set("subprocessors", [])),
    ),
    "zertifikat.abgelaufen": (
        _sub(certification="ISO/IEC 27001:2022", certification_valid_until=TODAY - dt.timedelta(1)),
        _sub(certification="ISO/IEC 27001:2022", certification_valid_until=TODAY),
    ),
    "zertifikat.veraltet": (
        _sub(certification="ISO/IEC 27001:2013"),
        _sub(certification="ISO/IEC 27001:2022"),
    ),
    "dsb.fehlt": (
        _both(_set("organisation.dsb", Dsb()), _set("processing.persons_processing", 20)),
        _both(_set("organisation.dsb", Dsb()), _set("processing.persons_processing", 19)),
    ),
    "dsb.pflicht_pruefen": (
        _both(_set("organisation.dsb", Dsb()), SPECIAL),
        _set("organisation.dsb", Dsb()),
    ),
    "dsb.ohne_kontakt": (
        _set("organisation.dsb.email", ""),
        _both(_set("organisation.dsb.email", ""), _set("organisation.dsb.phone", "0431 1")),
    ),
    "dsb.widerspruch": (
        _set("organisation.dsb", Dsb()),
        _both(_set("organisation.dsb", Dsb()), _status("org.dsb", E, **NA)),
    ),
    "art9.hinweise_in_kategorien": (
        _set("processing.data_categories", ["Krankmeldungen"]),
        _both(_set("processing.data_categories", ["Krankmeldungen"]), SPECIAL),
    ),
    "ueberpruefung.veraltet": (
        _set("organisation.stand", dt.date(2025, 10, 21)),
        _set("organisation.stand", dt.date(2025, 12, 21)),
    ),
    "beschreibung.unvollstaendig": (_set("processing.duration", ""), _set("processing.places", [])),
    "rollen.freitext": (
        _set("processing.subject", "Lohnabrechnung für den Auftraggeber"),
        _both(
            _set("processing.subject", "Lohnabrechnung für den Auftraggeber"),
            _set("organisation.role_names", RoleNames.AUFTRAGGEBER),
        ),
    ),
    # DSB review 3, B10: near miss: the destruction service is listed
    "vernichtung.dienstleister_fehlt": (
        _status("technikgestaltung.vernichtung_nachweis", U),
        _both(
            _status("technikgestaltung.vernichtung_nachweis", U),
            _third("DE", TransferBasis.EU_EWR, service="Akten- und Datenträgervernichtung"),
        ),
    ),
    # DSB review 3, B1: Art. 9 is yes / no / not answered; near miss: answered no
    "beschreibung.art9_offen": (
        _set("processing.special_data", None),
        _both(_set("processing.special_data", None), SPECIAL),
    ),
    "beschreibung.art9_ohne_kategorien": (
        _set("processing.special_data", True),
        SPECIAL,
    ),
    "art9.hinweise_bei_unterauftrag": (
        _sub(data_categories="Entgeltnachweise (mit Kirchensteuermerkmal, Art. 9 DSGVO)"),
        _both(_sub(data_categories="Entgeltnachweise (mit Kirchensteuermerkmal)"), SPECIAL),
    ),
    "beschreibung.art10_offen": (
        _set("processing.criminal_data", None),
        _set("processing.criminal_data", True),
    ),
    "weisungsberechtigte.fehlen": (
        _set("processing.instructing_persons", []),
        _set("processing.instructing_persons", ["C. Chefin"]),
    ),
    "parteien.unvollstaendig": (
        _set("organisation.controller.city", ""),
        _set("organisation.controller.street", ""),
    ),
    "schutzbedarf.basis_fehlt": (
        _status("zutritt.verschluss", T),
        _status("zutritt.verschluss", OFF),
    ),
    "schutzbedarf.standard_fehlt": (  # without the measures that contradict a missing ISB
        _both(_set("protection_need", ProtectionNeed.HOCH), ISB_ALONE),
        ISB_ALONE,
    ),
    "schutzbedarf.erhoeht_fehlt": (
        _both(
            _set("protection_need", ProtectionNeed.SEHR_HOCH),
            _status("zutritt.einbruchmeldeanlage", OFF),
        ),
        _both(
            _set("protection_need", ProtectionNeed.HOCH),
            _status("zutritt.einbruchmeldeanlage", OFF),
        ),
    ),
    "schutzbedarf.art9_normal": (
        SPECIAL,
        _both(SPECIAL, _set("protection_need", ProtectionNeed.HOCH)),
    ),
    "geplant.ohne_termin": (_status("org.isb", G), _status("org.isb", G, planned_date=FUTURE)),
    "geplant.ueberfaellig": (
        _status("org.isb", G, planned_date=TODAY - dt.timedelta(days=1)),
        _status("org.isb", G, planned_date=TODAY),
    ),
    "geplant.sonstige_ohne_termin": (
        _custom("Alarmanlage", status=G),
        _custom("Alarmanlage", status=G, planned_date=FUTURE),
    ),
    "entfaellt.ohne_begruendung": (_status("org.isb", E, reason="  "), _status("org.isb", E, **NA)),
    "untermassnahme.ohne_obermassnahme": (
        _status("krypto.datentraeger", N),
        _status("krypto.datentraeger", T),
    ),
    "parameter.ausserhalb_empfehlung": (
        _params("zugang.bildschirmsperre", minutes=30),
        _params("zugang.bildschirmsperre", minutes=15),
    ),
    "abschnitt.offen": (_status("org.isb", OFF), _status("org.isb", E, **NA)),
    "sonstige.leer": (_custom(" "), _custom("Alarmanlage")),
}
