"""The form labels of the fields a finding points to, for texts a user reads (``check`` lines,
the gap report): never a raw field id such as „processing.places“ (review 2, finding 20)."""

from __future__ import annotations

from tomwizard.models.catalog import Language, Text

FIELD_LABELS: dict[str, Text] = {
    "organisation.stand": Text(de="Stand", en="as-of date"),
    "organisation.processor.name": Text(
        de="Name des Auftragsverarbeiters", en="name of the processor"
    ),
    "organisation.controller.name": Text(
        de="Name des Verantwortlichen", en="name of the controller"
    ),
    "organisation.dsb.appointed": Text(
        de="Datenschutzbeauftragter benannt", en="data protection officer designated"
    ),
    "organisation.dsb.name": Text(
        de="Name des Datenschutzbeauftragten", en="name of the data protection officer"
    ),
    "organisation.dsb.email": Text(
        de="E-Mail des Datenschutzbeauftragten", en="email of the data protection officer"
    ),
    "protection_need": Text(de="Schutzbedarf", en="level of protection required"),
    "screening": Text(de="Rahmenbedingungen", en="general conditions"),
    "processing.subject": Text(de="Gegenstand", en="subject matter"),
    "processing.duration": Text(de="Dauer", en="duration"),
    "processing.purposes": Text(de="Zweck der Verarbeitung", en="purpose of the processing"),
    "processing.data_subjects": Text(
        de="Kategorien betroffener Personen", en="categories of data subjects"
    ),
    "processing.data_categories": Text(
        de="Kategorien personenbezogener Daten", en="categories of personal data"
    ),
    "processing.special_categories": Text(
        de="Besondere Kategorien (Art. 9 DSGVO)", en="special categories (Art. 9 GDPR)"
    ),
    "processing.steps": Text(de="Art der Verarbeitung", en="nature of the processing"),
    "processing.places": Text(de="Ort der Verarbeitung", en="place of processing"),
    "processing.instructing_persons": Text(
        de="Weisungsberechtigte Personen", en="persons entitled to give instructions"
    ),
    "processing.instruction_recipients": Text(
        de="Weisungsempfänger", en="recipients of instructions"
    ),
    "processing.persons_processing": Text(
        de="Anzahl der verarbeitenden Personen", en="number of persons processing data"
    ),
}


def field_label(path: str, lang: Language) -> str:
    """The form label of ``path``; the path itself only for a field without one."""
    label = FIELD_LABELS.get(path)
    return label.get(lang) if label is not None else path
