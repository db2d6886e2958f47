"""The demo assessment: a fictional payroll office in Lüneburg, filled in with realistic gaps.

All names, addresses and people are invented. The answers follow the catalog: most Basis
measures are implemented, some Standard measures are partly done or planned, Erhöht measures
are mostly open questions — so that the demo shows findings of every severity (kritisch: a US
subprocessor without transfer basis; hoch: missing restore tests, places that contradict the
subprocessor list; mittel: an overdue planned measure, Standard measures missing at "hoch";
hinweis: open questions and missing approval dates).
"""

from __future__ import annotations

import datetime as dt

from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Dsb,
    Organisation,
    Party,
    Processing,
    ProtectionNeed,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog, Level

STAND = dt.date(2026, 11, 2)

# Answers that the demo sets explicitly (where the catalog has these measures).
_EXPLICIT: dict[str, Answer] = {
    "zugang.passwort": Answer(status=Status.UMGESETZT, params={"length": 12}),
    "zugang.bildschirmsperre": Answer(status=Status.UMGESETZT, params={"minutes": 5}),
    "zugang.fehlversuche": Answer(
        status=Status.UMGESETZT, params={"attempts": 5, "lock_minutes": 30}
    ),
    "zugang.mfa": Answer(
        status=Status.GEPLANT,
        planned_date=dt.date(2026, 9, 30),
        note="Einführung für den Fernzugriff verschoben, Hardware-Token bestellt.",
    ),
    "org.isms": Answer(status=Status.UMGESETZT, params={"standard": "VdS 10000"}),
    "org.zertifizierung": Answer(
        status=Status.ENTFAELLT, reason="Das Unternehmen ist nicht zertifiziert."
    ),
    "auftrag.verarbeitungsort": Answer(
        status=Status.UMGESETZT,
        params={
            "region": "Deutschland, Tschechien (Fernwartung) und Vereinigte Staaten "
            "(E-Mail-Versand, Sendwise Inc.)"
        },
    ),
    # a private employer's payroll: neither secrecy applies (DSB review, findings 25, 31, 32)
    "personal.steuer_sozialgeheimnis": Answer(
        status=Status.ENTFAELLT,
        reason="Der Verantwortliche ist weder Finanzbehörde noch Sozialleistungsträger; es gilt "
        "die allgemeine Verpflichtung auf Vertraulichkeit.",
    ),
    "personal.berufsgeheimnis": Answer(
        status=Status.ENTFAELLT,
        reason="Der Verantwortliche unterliegt keinem Berufsgeheimnis nach § 203 StGB.",
    ),
    "verfuegbarkeit.backup": Answer(status=Status.UMGESETZT, params={"hours": 24}),
    "eingabe.log_aufbewahrung": Answer(status=Status.UMGESETZT, params={"days": 90}),
    "verfuegbarkeit.restore_test": Answer(
        status=Status.TEILWEISE,
        params={"months": 12},
        note="Letzter vollständiger Rücksicherungstest im Februar 2026.",
        remaining="Rücksicherungstest einzelner Lohnkonten",
        follow_up=True,
    ),
    "vorfall.meldefrist": Answer(status=Status.UMGESETZT, params={"hours": 24}),
    "technikgestaltung.vernichtung": Answer(status=Status.UMGESETZT, params={"din_level": 4}),
    "ueberpruefung.tom_review": Answer(status=Status.UMGESETZT, params={"months": 12}),
    "krypto.notebooks": Answer(
        status=Status.TEILWEISE,
        planned_date=dt.date(2027, 1, 31),
        note="Zwei ältere Notebooks sind noch unverschlüsselt; Ersatzgeräte sind bestellt.",
        remaining="Verschlüsselung der zwei älteren Notebooks (werden durch Neugeräte ersetzt)",
    ),
    "verfuegbarkeit.backup_ueberwachung": Answer(
        status=Status.TEILWEISE,
        note="Statusmeldungen gehen an ein Sammelpostfach, das nicht täglich gelesen wird.",
        remaining="Tägliche Kontrolle der Statusmeldungen durch eine benannte Person",
        follow_up=True,
    ),
    "krypto.passwort_hashing": Answer(
        status=Status.ENTFAELLT,
        reason="Es werden keine eigenen Anwendungen betrieben, die Passwörter speichern.",
    ),
    "auftrag.weisungsdokumentation": Answer(status=Status.UMGESETZT),
    # A realistic draft: the alarm system is in place; backups are kept 30 days and copies in
    # them are deleted by rotation after the contract ends; a patch deadline without
    # monitoring of the patch level is still a contradiction to resolve.
    "zutritt.einbruchmeldeanlage": Answer(status=Status.UMGESETZT),
    "verfuegbarkeit.backup_aufbewahrung": Answer(status=Status.UMGESETZT, params={"days": 30}),
    # "mindestens eine Sicherungskopie": the weekly immutable copy fulfils it (review, no. 15)
    "verfuegbarkeit.backup_offline": Answer(
        status=Status.UMGESETZT,
        note="Die Wochensicherung wird unveränderbar gespeichert.",
    ),
    "technikgestaltung.vertragsende_sicherungen": Answer(status=Status.UMGESETZT),
    "betrieb.patches": Answer(status=Status.UMGESETZT, params={"days": 14}),
    "betrieb.patch_ueberwachung": Answer(status=Status.NICHT_UMGESETZT, follow_up=True),
}


def _organisation() -> Organisation:
    return Organisation(
        processor=Party(
            name="Lohnkontor Heidemann GmbH",
            street="Am Sande 17",
            postcode="21335",
            city="Lüneburg",
            contact="datenschutz@lohnkontor-heidemann.example",
            representative="Katrin Heidemann, Geschäftsführerin",
        ),
        controller=Party(
            name="Gärtnerei Ostermann GmbH & Co. KG",
            street="Bleckeder Landstraße 112",
            postcode="21337",
            city="Lüneburg",
            contact="buero@gaertnerei-ostermann.example",
            # a GmbH & Co. KG acts through its general partner (DSB review, finding 29)
            representative="Ostermann Verwaltungs-GmbH als Komplementärin, diese vertreten durch "
            "Jens Ostermann, Geschäftsführer",
        ),
        dsb=Dsb(
            appointed=True,
            name="Dr. Miriam Albers, Datenschutzberatung Albers",
            external=True,
            email="dsb@albers-datenschutz.example",
            phone="+49 4131 555 0142",
        ),
        place="Lüneburg",
        contract_reference="AVV Lohn- und Gehaltsabrechnung vom 01.03.2024",
        annex_number="3",
        stand=STAND,
        version="2.1",
    )


def _processing() -> Processing:
    return Processing(
        subject="Monatliche Lohn- und Gehaltsabrechnung für die Beschäftigten des Verantwortlichen",
        duration="Unbefristet, kündbar mit einer Frist von drei Monaten zum Quartalsende",
        purposes=[
            "Lohn- und Gehaltsabrechnung",
            "Meldungen an Sozialversicherungsträger und Finanzverwaltung",
            "Erstellung von Bescheinigungen für Beschäftigte",
        ],
        data_subjects=["Beschäftigte", "Auszubildende", "Aushilfen", "ausgeschiedene Beschäftigte"],
        data_categories=[
            "Stammdaten (Name, Anschrift, Geburtsdatum)",
            "Steuer- und Sozialversicherungsdaten",
            "Bankverbindung",
            "Arbeitszeit- und Entgeltdaten",
        ],
        special_categories=[
            "Religionszugehörigkeit (Kirchensteuermerkmal)",
            "Gesundheitsdaten (Arbeitsunfähigkeitszeiten)",
        ],
        steps=[
            "Erfassen",
            "Speichern",
            "Abrechnen",
            "Übermitteln an Behörden",
            "Versand der Entgeltnachweise an die Beschäftigten per E-Mail",
            "Archivieren",
        ],
        places=["DE"],
        criminal_data=False,
        instructing_persons=["Jens Ostermann, Geschäftsführer", "Petra Lange, Personalbüro"],
        instruction_recipients=["Katrin Heidemann, Geschäftsführerin"],
        persons_processing=9,
    )


def _subprocessors() -> list[Subprocessor]:
    return [
        Subprocessor(
            id="sp-rechenzentrum",
            name="Rechenzentrum Ilmenau-Nord GmbH",
            address="Gewerbering 4, 29549 Bad Bevensen",
            country_seat="DE",
            countries_processing=["DE"],
            service="Betrieb der Abrechnungssoftware und Datensicherung (Hosting)",
            data_categories="alle Abrechnungsdaten",
            transfer_basis=TransferBasis.EU_EWR,
            certification="ISO/IEC 27001:2022",
            certification_valid_until=dt.date(2027, 6, 30),
            sub_avv_date=dt.date(2024, 2, 12),
            approved_date=dt.date(2024, 3, 1),
        ),
        Subprocessor(
            id="sp-aktenvernichtung",
            name="Reißwolf Heide Aktenvernichtung e. K.",
            address="Zum Hafen 9, 21339 Lüneburg",
            country_seat="DE",
            countries_processing=["DE"],
            service="Vernichtung von Papierunterlagen und Datenträgern",
            data_categories="Abrechnungsunterlagen in Papierform und ausgesonderte Datenträger mit "
            "Abrechnungsdaten",
            transfer_basis=TransferBasis.EU_EWR,
            sub_avv_date=dt.date(2023, 11, 20),
            approved_date=dt.date(2024, 3, 1),
        ),
        Subprocessor(
            id="sp-support",
            name="Podpora Systems s.r.o.",
            address="Nádražní 21, 602 00 Brno",
            country_seat="CZ",
            countries_processing=["CZ"],
            service="Fernwartung der Arbeitsplatzrechner",
            data_categories="Einsicht in Abrechnungsdaten bei Wartung möglich",
            transfer_basis=TransferBasis.EU_EWR,
            sub_avv_date=dt.date(2025, 1, 15),
        ),
        Subprocessor(
            id="sp-mailversand",
            name="Sendwise Inc.",
            address="410 Market Street, Suite 300, San Francisco, CA 94111",
            country_seat="US",
            countries_processing=["US"],
            service="Versand der Entgeltnachweise per E-Mail",
            data_categories="Name, E-Mail-Adresse, Entgeltnachweis als PDF (enthält das "
            "Kirchensteuermerkmal, Art. 9 DSGVO)",
        ),
    ]


def _answer_for(index: int, level: Level) -> Answer:
    """A plausible default answer for measures the demo does not set explicitly.

    The share of gaps is kept small and independent of the catalog's size: a handful of Basis
    measures partly done, about one Standard measure in twelve planned or missing, and the
    Erhöht measures (not expected at "hoch") half implemented, the rest not applicable or open.
    """
    if level == Level.BASIS:
        if index % 37 == 5:
            return Answer(
                status=Status.TEILWEISE,
                planned_date=dt.date(2027, 1, 31),
                note="Nur für die Buchhaltungsrechner umgesetzt.",
                remaining="Umsetzung in den übrigen Arbeitsbereichen",
            )
        return Answer(status=Status.UMGESETZT)
    if level == Level.STANDARD:
        if index % 19 == 3:
            return Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 3, 31))
        if index % 29 == 6:
            return Answer(status=Status.NICHT_UMGESETZT, follow_up=True)
        return Answer(status=Status.UMGESETZT)
    if index % 4 == 0:
        return Answer(
            status=Status.ENTFAELLT,
            reason="Nach der Risikobeurteilung für diese Verarbeitung nicht erforderlich.",
        )
    if index % 4 == 1:
        return Answer(status=Status.OFFEN)
    return Answer(status=Status.UMGESETZT)


def demo_assessment(catalog: Catalog) -> Assessment:
    answers: dict[str, Answer] = {}
    for index, measure in enumerate(catalog.measures()):
        answer = _EXPLICIT.get(measure.id) or _answer_for(index, measure.level)
        if answer.status != Status.OFFEN:
            answers[measure.id] = answer
    return Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        language="de",
        organisation=_organisation(),
        processing=_processing(),
        protection_need=ProtectionNeed.HOCH,
        answers=answers,
        subprocessors=_subprocessors(),
    )
