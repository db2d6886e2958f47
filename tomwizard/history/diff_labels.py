"""German and English names of the assessment's fields, and values shown in a readable form.

Used by the version diff, the change-log view and the merge dialog. The German names are the
message ids of the gettext catalogs (:mod:`tomwizard.i18n`); the English ones are there.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tomwizard.i18n import N_, NC_, Msg, both, format_date, say, tr, trc
from tomwizard.models.assessment import STATUS_LABELS, Status
from tomwizard.models.catalog import LANGUAGES, Language, Text

_ROLES: dict[str, Msg] = {
    "processor": N_("Auftragsverarbeiter"),
    "controller": N_("Verantwortlicher"),
}
_DSB_TITLE = N_("Datenschutzbeauftragter")


def _composed(title: Msg, part: Msg) -> dict[Language, str]:
    return {lang: f"{say(lang, title)}: {say(lang, part)}" for lang in LANGUAGES}


_PARTY: dict[str, Msg] = {
    "name": NC_("aspect", "Name"),
    "street": NC_("aspect", "Straße"),
    "postcode": NC_("aspect", "PLZ"),
    "city": NC_("aspect", "Ort"),
    "country": NC_("aspect", "Land"),
    "contact": NC_("aspect", "Kontakt"),
    "representative": NC_("aspect", "vertreten durch"),
}
_DSB: dict[str, Msg] = {
    "appointed": NC_("aspect", "bestellt"),
    "name": NC_("aspect", "Name"),
    "external": NC_("aspect", "extern"),
    "email": NC_("aspect", "E-Mail"),
    "phone": NC_("aspect", "Telefon"),
}
_FIELDS: dict[str, Msg] = {
    "catalog_id": N_("Katalog"),
    "catalog_version": N_("Katalogversion"),
    "language": N_("Sprache"),
    "protection_need": N_("Schutzbedarf"),
    "organisation.place": N_("Ort der Unterzeichnung"),
    "organisation.contract_reference": N_("Vertragsbezug"),
    "organisation.annex_number": N_("Nummer der Anlage"),
    "organisation.stand": N_("Stand"),
    "organisation.version": N_("Version der Anlage"),
    "organisation.sub_approval": N_("Genehmigung von Unterauftragsverarbeitern"),
    "organisation.letterhead.logo": N_("Briefkopf: Logo"),
    "organisation.letterhead.sender": N_("Briefkopf: Absenderzeile"),
    "organisation.letterhead.footer": N_("Briefkopf: Fußzeilen"),
    "organisation.letterhead.accent": N_("Briefkopf: Akzentfarbe"),
    "processing.subject": N_("Gegenstand der Verarbeitung"),
    "processing.duration": N_("Dauer der Verarbeitung"),
    "processing.purposes": N_("Zwecke"),
    "processing.data_subjects": N_("Betroffene Personen"),
    "processing.data_categories": N_("Datenkategorien"),
    "processing.special_categories": N_("Besondere Kategorien (Art. 9 DSGVO)"),
    "processing.special_data": N_("Besondere Kategorien verarbeitet (Art. 9 DSGVO)"),
    "processing.criminal_data": N_("Daten zu Straftaten (Art. 10 DSGVO)"),
    "processing.steps": N_("Verarbeitungsschritte"),
    "processing.places": N_("Orte der Verarbeitung"),
    "processing.instructing_persons": N_("Weisungsberechtigte"),
    "processing.instruction_recipients": N_("Weisungsempfänger"),
    "processing.persons_processing": N_("Anzahl verarbeitender Personen"),
}
ANSWER_ASPECTS: dict[str, Msg] = {
    "status": NC_("aspect", "Status"),
    "params": NC_("aspect", "Werte"),
    "note": NC_("aspect", "Notiz"),
    "follow_up": NC_("aspect", "Rückfrage"),
    "evidence": NC_("aspect", "Nachweis"),
    "planned_date": NC_("aspect", "geplant bis"),
    "reason": NC_("aspect", "Begründung"),
    "owner": NC_("aspect", "verantwortlich"),
    "remaining": NC_("aspect", "was noch fehlt"),
}
CUSTOM_ASPECTS: dict[str, Msg] = {
    "text": NC_("aspect", "Text"),
    "section_id": NC_("aspect", "Abschnitt"),
    **{f"answer.{key}": label for key, label in ANSWER_ASPECTS.items()},
}
SUBPROCESSOR_ASPECTS: dict[str, Msg] = {
    "name": NC_("aspect", "Name"),
    "address": NC_("aspect", "Anschrift"),
    "country_seat": NC_("aspect", "Sitzland"),
    "countries_processing": NC_("aspect", "Länder der Verarbeitung"),
    "service": NC_("aspect", "Leistung"),
    "data_categories": NC_("aspect", "Datenkategorien"),
    "transfer_basis": NC_("aspect", "Grundlage der Übermittlung"),
    "dpf_checked": NC_("aspect", "DPF geprüft am"),
    "scc_module": NC_("aspect", "SCC-Modul"),
    "tia_done": NC_("aspect", "TIA durchgeführt"),
    "certification": NC_("aspect", "Zertifizierung"),
    "certification_valid_until": NC_("aspect", "Zertifikat gültig bis"),
    "sub_avv_date": NC_("aspect", "Vertrag mit dem Unterauftragsverarbeiter vom"),
    "approved_date": NC_("aspect", "genehmigt am"),
}
_ENUM_VALUES: dict[str, dict[str, Msg]] = {
    "protection_need": {
        "normal": NC_("value", "normal"),
        "hoch": NC_("value", "hoch"),
        "sehr_hoch": NC_("value", "sehr hoch"),
    },
    "sub_approval": {
        "einzeln": NC_("value", "gesonderte Genehmigung"),
        "allgemein": NC_("value", "allgemeine Genehmigung mit Einspruchsrecht"),
    },
    "transfer_basis": {
        "eu_ewr": NC_("value", "EU/EWR"),
        "angemessenheit": NC_("value", "Angemessenheitsbeschluss"),
        "dpf": NC_("value", "EU-US Data Privacy Framework"),
        "scc": NC_("value", "Standardvertragsklauseln"),
        "bcr": NC_("value", "verbindliche interne Datenschutzvorschriften"),
        "art49": NC_("value", "Ausnahme nach Art. 49 DSGVO"),
    },
}


def text(de: str, en: str) -> Text:
    return Text(de=de or "—", en=en or "—")


def field_label(path: str) -> Text:
    role, _, key = path.removeprefix("organisation.").partition(".")
    if path.startswith("organisation.") and role in _ROLES and key in _PARTY:
        shown = _composed(_ROLES[role], _PARTY[key])  # "Auftragsverarbeiter: Straße"
        return text(shown["de"], shown["en"])
    if path.startswith("organisation.dsb.") and key in _DSB:
        shown = _composed(_DSB_TITLE, _DSB[key])
        return text(shown["de"], shown["en"])
    return both(_FIELDS[path]) if path in _FIELDS else text(path, path)


def aspect_label(table: dict[str, Msg], aspect: str) -> Text:
    return both(table[aspect]) if aspect in table else text(aspect, aspect)


def _date(value: str, lang: Language) -> str:
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return format_date(day, lang)


def _one(value: Any, lang: Language, name: str) -> str:
    if value is None and name == "sub_approval":  # the annex then names both (review 6, N3)
        return trc(lang, "value", "keine Angabe (beide Regelungen genannt)")
    if value is None and name in _YES_NO:  # yes / no / not answered (Art. 10 data)
        return trc(lang, "value", "nicht beantwortet")
    if value is None or value == "" or value == [] or value == {}:
        return trc(lang, "value", "(leer)")
    if name == "logo" and isinstance(value, dict):  # not the image's base64 text
        kind = "SVG" if "svg" in str(value.get("media_type", "")) else "PNG"
        size = max(1, len(str(value.get("data", ""))) * 3 // 4 // 1024)
        return tr(lang, "{kind}-Logo ({size} KB)").format(kind=kind, size=size)
    if isinstance(value, bool):
        return trc(lang, "value", "ja") if value else trc(lang, "value", "nein")
    if isinstance(value, list):
        inner = name if name in _COUNTRY_NAMES else ""
        return "; ".join(_one(item, lang, inner) for item in value)
    if isinstance(value, dict):
        return ", ".join(f"{key} = {_one(item, lang, '')}" for key, item in value.items())
    if name == "status" and value in set(Status):
        return STATUS_LABELS[Status(value)][lang]
    if name in _ENUM_VALUES and value in _ENUM_VALUES[name]:
        return say(lang, _ENUM_VALUES[name][value])
    if isinstance(value, str) and (name.endswith("date") or name in _DATE_NAMES):
        return _date(value, lang)
    if isinstance(value, str) and name in _COUNTRY_NAMES:  # "Estland", not "EE"
        from tomwizard.content.countries import countries

        return countries().name(value, lang)
    return str(value)


# Yes/no fields and choices where None means "not answered" rather than empty.
_YES_NO = {"criminal_data", "special_data", "sub_approval"}
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
