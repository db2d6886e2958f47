"""The demo assessment: a fictional payroll office in Lüneburg, as a realistic draft.

All names, addresses and people are invented. The office keeps no servers of its own: a data
centre (sub-processor) hosts the payroll software and the backups. Every answer is written by
hand in ``resources/demo/lohnkontor-heidemann.yaml`` (a test checks that the file covers the
catalog); this module adds the parties, the processing description and the sub-processors. The
demo is a draft on purpose, with blockers of every kind: a few unanswered measures and open
Rückfragen, an overdue plan, a measure without a date, sub-processors not yet approved and a US
sub-processor without contract or transfer basis.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from tomwizard.content.yamlsource import load_yaml, validate
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    ContactPoint,
    Dsb,
    Organisation,
    Party,
    Processing,
    ProtectionNeed,
    ScreeningAnswer,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog, Strict
from tomwizard.paths import resource_path


class DemoAnswers(Strict):
    """The hand-written answers of the demo (``resources/demo/*.yaml``)."""

    stand: dt.date
    reasons: dict[str, str] = Field(default_factory=dict)  # shared texts (YAML anchors)
    answers: dict[str, Answer]
    unanswered: dict[str, str] = Field(default_factory=dict)  # measure id -> open question

    @field_validator("answers", mode="before")
    @classmethod
    def _status_only(cls, value: Any) -> Any:
        """``id: umgesetzt`` is short for ``id: {status: umgesetzt}``."""
        if not isinstance(value, dict):
            return value
        return {k: {"status": v} if isinstance(v, str) else v for k, v in value.items()}


def answers_path() -> Path:
    return resource_path("demo", "lohnkontor-heidemann.yaml")


@cache
def demo_answers() -> DemoAnswers:
    path = answers_path()
    data, lines = load_yaml(path)
    return validate(DemoAnswers, data, path, lines)


# The Rahmenbedingungen as the office would answer them (forms/screening.yaml); the question on
# servers in the office is left to the user.
_SCREENING: dict[str, ScreeningAnswer] = {
    "rechenzentrum": "nein",
    "cloud": "ja",
    "papierakten": "ja",
    "homeoffice": "ja",
    "fernwartung": "ja",
    "art9": "ja",
    "berufsgeheimnis": "nein",
    "steuer_sozial": "nein",
    "video": "nein",
    "chipkarten": "nein",
    "besucher": "ja",
    "mailserver": "nein",
    "versand": "ja",
    "fax": "nein",
    "wlan": "ja",
    "internetdienste": "nein",
    "zertifizierung": "nein",
    "drittland": "ja",
    "softwareentwicklung": "nein",
}


def _organisation(stand: dt.date) -> Organisation:
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
        contact_point=ContactPoint(
            name="Katrin Heidemann, Geschäftsführerin",
            email="datenschutz@lohnkontor-heidemann.example",
            phone="+49 4131 555 0100",
        ),
        place="Lüneburg",
        contract_reference="AVV Lohn- und Gehaltsabrechnung vom 01.03.2024",
        annex_number="3",
        stand=stand,
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
        # every sub-processor's country; the place measure says which wait for approval
        places=["DE", "CZ", "US"],
        special_data=True,
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
            service="Betrieb der Abrechnungssoftware, der Dateiablage und der E-Mail-Postfächer "
            "mit Datensicherung (Hosting)",
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
            sub_avv_date=dt.date(2026, 10, 12),  # proposed with this version, not yet approved
        ),
        Subprocessor(
            id="sp-mailversand",
            name="Sendwise Inc.",
            address="410 Market Street, Suite 300, San Francisco, CA 94111",
            country_seat="US",
            countries_processing=["US"],
            # proposed, neither contract nor transfer basis yet: the critical gap of the draft
            service="Versand der Entgeltnachweise per E-Mail",
            data_categories="Name, E-Mail-Adresse, Entgeltnachweis als PDF (enthält das "
            "Kirchensteuermerkmal, Art. 9 DSGVO)",
        ),
    ]


def demo_assessment(catalog: Catalog) -> Assessment:
    """The demo for ``catalog``: the hand-written answers to the measures it has (a firm's own
    catalog may lack some; its other measures stay unanswered, as do those the file leaves
    open on purpose)."""
    written = demo_answers()
    known = catalog.measure_index()
    answers = {mid: a.model_copy(deep=True) for mid, a in written.answers.items() if mid in known}
    return Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        language="de",
        organisation=_organisation(written.stand),
        processing=_processing(),
        protection_need=ProtectionNeed.HOCH,
        answers=answers,
        subprocessors=_subprocessors(),
        screening=dict(_SCREENING),
    )
