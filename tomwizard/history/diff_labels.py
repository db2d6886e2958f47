"""German and English names of the assessment's fields, and values shown in a readable form.

Used by the version diff, the change-log view and the merge dialog.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tomwizard.models.assessment import STATUS_LABELS, Status
from tomwizard.models.catalog import Language, Text

_PARTY = {
    "name": ("Name", "name"),
    "street": ("Straße", "street"),
    "postcode": ("PLZ", "postcode"),
    "city": ("Ort", "city"),
    "country": ("Land", "country"),
    "contact": ("Kontakt", "contact"),
    "representative": ("vertreten durch", "represented by"),
}
_DSB = {
    "appointed": ("bestellt", "appointed"),
    "name": ("Name", "name"),
    "external": ("extern", "external"),
    "email": ("E-Mail", "e-mail"),
    "phone": ("Telefon", "phone"),
}
_FIELDS: dict[str, tuple[str, str]] = {
    "catalog_id": ("Katalog", "Catalog"),
    "catalog_version": ("Katalogversion", "Catalog version"),
    "language": ("Sprache", "Language"),
    "protection_need": ("Schutzbedarf", "Protection need"),
    "organisation.place": ("Ort der Unterzeichnung", "Place of signature"),
    "organisation.contract_reference": ("Vertragsbezug", "Contract reference"),
    "organisation.annex_number": ("Nummer der Anlage", "Annex number"),
    "organisation.stand": ("Stand", "As of"),
    "organisation.version": ("Version der Anlage", "Annex version"),
    "organisation.letterhead.logo": ("Briefkopf: Logo", "Letterhead: logo"),
    "organisation.letterhead.sender": ("Briefkopf: Absenderzeile", "Letterhead: sender line"),
    "organisation.letterhead.footer": ("Briefkopf: Fußzeilen", "Letterhead: footer lines"),
    "organisation.letterhead.accent": ("Briefkopf: Akzentfarbe", "Letterhead: accent colour"),
    "processing.subject": ("Gegenstand der Verarbeitung", "Subject matter of processing"),
    "processing.duration": ("Dauer der Verarbeitung", "Duration of processing"),
    "processing.purposes": ("Zwecke", "Purposes"),
    "processing.data_subjects": ("Betroffene Personen", "Data subjects"),
    "processing.data_categories": ("Datenkategorien", "Data categories"),
    "processing.special_categories": (
        "Besondere Kategorien (Art. 9 DSGVO)",
        "Special categories (Art. 9 GDPR)",
    ),
    "processing.criminal_data": (
        "Daten zu Straftaten (Art. 10 DSGVO)",
        "Criminal data (Art. 10 GDPR)",
    ),
    "processing.steps": ("Verarbeitungsschritte", "Processing steps"),
    "processing.places": ("Orte der Verarbeitung", "Places of processing"),
    "processing.instructing_persons": ("Weisungsberechtigte", "Persons authorised to instruct"),
    "processing.instruction_recipients": ("Weisungsempfänger", "Recipients of instructions"),
    "processing.persons_processing": ("Anzahl verarbeitender Personen", "Persons processing"),
}
for _role, (_de, _en) in {
    "processor": ("Auftragsverarbeiter", "Processor"),
    "controller": ("Verantwortlicher", "Controller"),
}.items():
    for _key, (_kde, _ken) in _PARTY.items():
        _FIELDS[f"organisation.{_role}.{_key}"] = (f"{_de}: {_kde}", f"{_en}: {_ken}")
for _key, (_kde, _ken) in _DSB.items():
    _FIELDS[f"organisation.dsb.{_key}"] = (
        f"Datenschutzbeauftragter: {_kde}",
        f"Data protection officer: {_ken}",
    )

ANSWER_ASPECTS: dict[str, tuple[str, str]] = {
    "status": ("Status", "status"),
    "params": ("Werte", "values"),
    "note": ("Notiz", "note"),  # as the editor and the gap report call it
    "follow_up": ("Rückfrage", "follow-up question"),
    "evidence": ("Nachweis", "evidence"),
    "planned_date": ("geplant bis", "planned by"),
    "reason": ("Begründung", "reason"),
    "owner": ("verantwortlich", "owner"),
}
CUSTOM_ASPECTS: dict[str, tuple[str, str]] = {
    "text": ("Text", "text"),
    "section_id": ("Abschnitt", "section"),
    **{f"answer.{key}": label for key, label in ANSWER_ASPECTS.items()},
}
SUBPROCESSOR_ASPECTS: dict[str, tuple[str, str]] = {
    "name": ("Name", "name"),
    "address": ("Anschrift", "address"),
    "country_seat": ("Sitzland", "country of seat"),
    "countries_processing": ("Länder der Verarbeitung", "countries of processing"),
    "service": ("Leistung", "service"),
    "data_categories": ("Datenkategorien", "data categories"),
    "transfer_basis": ("Grundlage der Übermittlung", "transfer basis"),
    "dpf_checked": ("DPF geprüft am", "DPF checked on"),
    "scc_module": ("SCC-Modul", "SCC module"),
    "tia_done": ("TIA durchgeführt", "TIA done"),
    "certification": ("Zertifizierung", "certification"),
    "certification_valid_until": ("Zertifikat gültig bis", "certificate valid until"),
    "sub_avv_date": ("Vertrag mit dem Unterauftragsverarbeiter vom", "sub-processing agreement of"),
    "approved_date": ("genehmigt am", "approved on"),
}
_ENUM_VALUES: dict[str, dict[str, tuple[str, str]]] = {
    "protection_need": {
        "normal": ("normal", "normal"),
        "hoch": ("hoch", "high"),
        "sehr_hoch": ("sehr hoch", "very high"),
    },
    "transfer_basis": {
        "eu_ewr": ("EU/EWR", "EU/EEA"),
        "angemessenheit": ("Angemessenheitsbeschluss", "adequacy decision"),
        "dpf": ("EU-US Data Privacy Framework", "EU-US Data Privacy Framework"),
        "scc": ("Standardvertragsklauseln", "standard contractual clauses"),
        "bcr": ("verbindliche interne Datenschutzvorschriften", "binding corporate rules"),
        "art49": ("Ausnahme nach Art. 49 DSGVO", "derogation under Art. 49 GDPR"),
    },
}


def text(de: str, en: str) -> Text:
    return Text(de=de or "—", en=en or "—")


def field_label(path: str) -> Text:
    de, en = _FIELDS.get(path, (path, path))
    return text(de, en)


def aspect_label(table: dict[str, tuple[str, str]], aspect: str) -> Text:
    de, en = table.get(aspect, (aspect, aspect))
    return text(de, en)


def _date(value: str, lang: Language) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%d.%m.%Y}" if lang == "de" else day.isoformat()


def _one(value: Any, lang: Language, name: str) -> str:
    if value is None or value == "" or value == [] or value == {}:
        return "(leer)" if lang == "de" else "(empty)"
    if name == "logo" and isinstance(value, dict):  # not the image's base64 text
        kind = "SVG" if "svg" in str(value.get("media_type", "")) else "PNG"
        size = max(1, len(str(value.get("data", ""))) * 3 // 4 // 1024)
        return f"{kind}-Logo ({size} KB)" if lang == "de" else f"{kind} logo ({size} KB)"
    if isinstance(value, bool):
        return ("ja" if value else "nein") if lang == "de" else ("yes" if value else "no")
    if isinstance(value, list):
        inner = name if name in _COUNTRY_NAMES else ""
        return "; ".join(_one(item, lang, inner) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key} = {_one(item, lang, '')}" for key, item in value.items())
    if name == "status" and value in set(Status):
        return STATUS_LABELS[Status(value)][lang]
    if name in _ENUM_VALUES and value in _ENUM_VALUES[name]:
        de, en = _ENUM_VALUES[name][value]
        return de if lang == "de" else en
    if isinstance(value, str) and (name.endswith("date") or name in _DATE_NAMES):
        return _date(value, lang)
    if isinstance(value, str) and name in _COUNTRY_NAMES:  # "Estland", not "EE"
        from tomwizard.content.countries import countries

        return countries().name(value, lang)
    return str(value)


# Fields holding ISO country codes: shown by the country's name.
_COUNTRY_NAMES = {"country", "country_seat", "countries_processing", "places"}


_DATE_NAMES = {
    "stand",
    "planned_date",
    "dpf_checked",
    "certification_valid_until",
    "sub_avv_date",
    "approved_date",
}


def show_value(value: Any, name: str) -> Text:
    """A value as the user reads it, in both languages. ``name`` is the last part of the
    field's path (``status``, ``stand``, ``transfer_basis`` …) and selects the format."""
    return text(_one(value, "de", name), _one(value, "en", name))
