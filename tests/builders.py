"""Test data: an assessment that sets every field, a document's meta data, and small file
helpers."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
from pathlib import Path
from typing import Any

from tests.letterhead_support import SVG_LOGO, png
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.document.model import DocumentMeta
from tomwizard.history.changelog import VersionInfo
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Certificate,
    ContactPoint,
    CustomMeasure,
    Dsb,
    LinkKind,
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
from tomwizard.models.letterhead import Letterhead, Logo


def demo_with_model(model: SubApproval | None) -> Assessment:
    """The demo assessment with the sub-processor approval model ``model`` (None: unanswered)."""
    a = demo_assessment(default_catalog())
    a.organisation.sub_approval = model
    return a


def full_assessment() -> Assessment:
    """An assessment in which every field has a non-default value."""
    party = Party(
        name="Müller & Söhne GmbH",
        street="Hauptstraße 1",
        postcode="12345",
        city="Köln",
        country="CH",
        contact="info@example.org",
        representative="Erika Müller, Geschäftsführerin",
    )
    return Assessment(
        catalog_id="tom",
        catalog_version="2026.1",
        assessment_id="0c6f1e9a-3b7d-4f7e-9a51-2f0d6b1c8e47",
        language="en",
        organisation=Organisation(
            processor=party,
            controller=party.model_copy(update={"name": "Kunde AG", "country": "AT"}),
            dsb=Dsb(appointed=True, name="Dr. D. S. B.", external=True, email="d@x", phone="1"),
            role_names=RoleNames.AUFTRAGGEBER,
            contact_point=ContactPoint(name="Datenschutzteam", email="ds@x", phone="2"),
            certificates=[
                Certificate(
                    name="ISO/IEC 27001",
                    scope="Rechenzentrum Köln",
                    issuer="Zert GmbH",
                    valid_until=dt.date(2027, 6, 30),
                )
            ],
            place="Köln",
            contract_reference="AVV-2026-07",
            annex_number="2a",
            stand=dt.date(2026, 1, 31),
            version="3.0",
            sub_approval=SubApproval.ALLGEMEIN,
            letterhead=Letterhead(
                logo=Logo(media_type="image/svg+xml", data=SVG_LOGO, png_fallback=png()),
                sender="Müller & Söhne GmbH · Hauptstraße 1 · 12345 Köln",
                footer=["Amtsgericht Köln HRB 1", "info@mueller.example"],
                accent="#1F4E79",
            ),
        ),
        processing=Processing(
            subject="Lohnabrechnung",
            duration="unbefristet",
            purposes=["Abrechnung", "Meldungen"],
            data_subjects=["Beschäftigte"],
            data_categories=["Stammdaten", "Bankdaten"],
            special_categories=["Gesundheitsdaten"],
            special_data=True,
            criminal_data=True,
            steps=["Erfassen", "Speichern"],
            places=["DE", "AT"],
            instructing_persons=["A. Chef"],
            instruction_recipients=["B. Bearbeiter"],
            persons_processing=23,
        ),
        protection_need=ProtectionNeed.SEHR_HOCH,
        answers={
            "org.dsb": Answer(
                status=Status.GEPLANT,
                note="Notiz „mit“ Anführungszeichen",
                params={"minutes": 5, "choice": "täglich"},
                follow_up=True,
                evidence="Bestellung vom 1.2.",
                planned_date=dt.date(2026, 12, 31),
                reason="",
                owner="Frau Jansen (IT)",
                remaining="Bestellung unterschreiben",
                from_screening=True,
            ),
            "zugang.mfa": Answer(status=Status.ENTFAELLT, reason="kein Fernzugriff"),
        },
        custom_measures=[
            CustomMeasure(
                id="c1",
                section_id="zutritt",
                text="Alarmanlage",
                answer=Answer(
                    status=Status.ENTFAELLT,
                    note="nur EG",
                    params={"n": 1},
                    follow_up=True,
                    evidence="Foto",
                    planned_date=dt.date(2027, 1, 1),
                    reason="kein Bedarf",
                    owner="Haustechnik",
                    remaining="Funkmelder im Lager",
                    from_screening=True,
                ),
                linked_measure="zutritt.einbruchmeldeanlage",
                link_kind=LinkKind.REPLACES,
            )
        ],
        subprocessors=[
            Subprocessor(
                id="s1",
                name="Cloud Inc.",
                address="1 Main St, Seattle",
                country_seat="US",
                countries_processing=["US", "IE"],
                service="Hosting",
                data_categories="alle",
                transfer_basis=TransferBasis.DPF,
                dpf_checked=dt.date(2026, 5, 1),
                scc_module="Modul 3",
                tia_done=True,
                certification="ISO/IEC 27001:2022",
                certification_valid_until=dt.date(2027, 1, 1),
                sub_avv_date=dt.date(2025, 1, 1),
                approved_date=dt.date(2025, 2, 1),
            )
        ],
        screening={"video": "nein", "art9": "ja", "fax": "unbekannt"},
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def stored(path: Path) -> Assessment:
    """The assessment in the file at ``path``, read as a reader would (read-only)."""
    from tomwizard.store import TomwStore

    with TomwStore.open(path, readonly=True) as store:
        return store.load()


def copy_as(source: Path, target: Path, author: str | None = None, **update: Any) -> Path:
    """A new file at ``target`` (its own history) holding the assessment at ``source`` with
    ``update`` applied: another organisation's file, an older catalog version, …"""
    from tomwizard.store import TomwStore

    TomwStore.create(target, stored(source).model_copy(update=update), author=author).close()
    return target


def sqlite_file(path: Path, application_id: int, user_version: int) -> None:
    """An SQLite file with the given header fields and one unrelated table."""
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute(f"PRAGMA user_version = {user_version}")
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()


DOCUMENT_DATED = dt.date(2026, 3, 1)


def document_meta(draft: str = "ENTWURF", **changes: object) -> DocumentMeta:
    """The meta data of a German annex (title, headers, footer, Stand); ``changes`` replace
    single values."""
    values: dict[str, object] = {
        "title": "Anlage 3 zum Vertrag über die Auftragsverarbeitung: TOM",
        "subject": "Technische und organisatorische Maßnahmen",
        "author": "Muster GmbH",
        "language": "de",
        "header_left": "Anlage 3 zum AVV – Technische und organisatorische Maßnahmen",
        "header_right": "Muster GmbH",
        "footer_left": "Stand: 01.03.2026",
        "page_label": "Seite {page} von {pages}",
        "dated": DOCUMENT_DATED,
        "draft_mark": draft,
    }
    values.update(changes)
    return DocumentMeta(**values)  # type: ignore[arg-type]


def version_info(**changes: Any) -> VersionInfo:
    """A frozen version's record (version 1 of catalog „tom“, by the DSB); ``changes`` replace
    single values."""
    values: dict[str, Any] = {
        "number": 1,
        "frozen_at": "2026-11-02T10:00:00+00:00",
        "author": "DSB",
        "catalog_id": "tom",
        "catalog_version": "1",
        "content_hash": "sha256:" + "0" * 64,
    }
    return VersionInfo(**(values | changes))
