"""The form labels of the fields a finding points to, for texts a user reads (``check`` lines,
the gap report): never a raw field id such as „processing.places“ (review 2, finding 20)."""

from __future__ import annotations

from tomwizard.i18n import NC_, Msg, say
from tomwizard.models.catalog import Language

FIELD_LABELS: dict[str, Msg] = {
    "organisation.stand": NC_("field", "Stand"),
    "organisation.version": NC_("field", "Version"),  # DSB review 7, M3
    "organisation.processor.name": NC_("field", "Name des Auftragsverarbeiters"),
    "organisation.controller.name": NC_("field", "Name des Verantwortlichen"),
    "organisation.processor.city": NC_("field", "Anschrift des Auftragsverarbeiters"),
    "organisation.controller.city": NC_("field", "Anschrift des Verantwortlichen"),
    "organisation.dsb.appointed": NC_("field", "Datenschutzbeauftragter benannt"),
    "organisation.dsb.name": NC_("field", "Name des Datenschutzbeauftragten"),
    "organisation.dsb.email": NC_("field", "E-Mail des Datenschutzbeauftragten"),
    "protection_need": NC_("field", "Schutzbedarf"),
    "screening": NC_("field", "Rahmenbedingungen"),
    "processing.subject": NC_("field", "Gegenstand"),
    "processing.duration": NC_("field", "Dauer"),
    "processing.purposes": NC_("field", "Zweck der Verarbeitung"),
    "processing.data_subjects": NC_("field", "Kategorien betroffener Personen"),
    "processing.data_categories": NC_("field", "Kategorien personenbezogener Daten"),
    "processing.special_categories": NC_("field", "Besondere Kategorien (Art. 9 DSGVO)"),
    "processing.special_data": NC_("field", "Besondere Kategorien verarbeitet? (Art. 9 DSGVO)"),
    "processing.criminal_data": NC_("field", "Strafrechtliche Daten (Art. 10 DSGVO)"),
    "processing.steps": NC_("field", "Art der Verarbeitung"),
    "processing.places": NC_("field", "Ort der Verarbeitung"),
    "processing.instructing_persons": NC_("field", "Weisungsberechtigte Personen"),
    "processing.instruction_recipients": NC_("field", "Weisungsempfänger"),
    "processing.persons_processing": NC_("field", "Anzahl der verarbeitenden Personen"),
}


def field_label(path: str, lang: Language) -> str:
    """The form label of ``path``; the path itself only for a field without one."""
    label = FIELD_LABELS.get(path)
    return say(lang, label) if label is not None else path
