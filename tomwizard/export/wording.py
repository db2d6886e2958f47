"""The fixed wording of tomwizard's PDF documents, German and English.

Texts with ``{placeholders}`` are filled with already escaped values. The wording is the
product's own; legal provisions are cited by number only.
"""

from __future__ import annotations

from tomwizard.models.assessment import STATUS_LABELS, TransferBasis
from tomwizard.models.catalog import Language
from tomwizard.models.finding import Severity

ANNEX: dict[Language, dict[str, str]] = {
    "de": {
        "annex": "Anlage {n}",
        "to_contract": "zum Vertrag über die Auftragsverarbeitung",
        "tom": "Technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
        "short": "Anlage {n} zum AVV – Technische und organisatorische Maßnahmen",
        "subject": "Technische und organisatorische Maßnahmen des {auftragsverarbeiters} "
        "nach Art. 32 DSGVO",
        "between": "zwischen",
        "and": "und",
        "controller": "– {verantwortlicher_titel} –",
        "processor": "– {auftragsverarbeiter} –",
        "contract": "Vertragsbezeichnung: {ref}",
        "stand": "Stand: {date}",
        "stand_missing": "________ (nicht eingetragen)",
        "version": "Version {v}",
        "intro": "Der {auftragsverarbeiter} hat die nachfolgend als umgesetzt beschriebenen "
        "technischen und organisatorischen Maßnahmen getroffen und hält sie während der Dauer "
        "des Auftrags aufrecht, um ein dem Risiko angemessenes Schutzniveau im Sinne des "
        "Art. 32 DSGVO zu gewährleisten. Als teilweise umgesetzt, geplant oder nicht umgesetzt "
        "gekennzeichnete Maßnahmen setzt er bis zu den jeweils genannten Terminen um.",
        "intro_na": "Entfallende Maßnahmen enthalten keine Zusicherung.",
        "intro_na_open": "Entfallende Maßnahmen und offene Angaben enthalten keine Zusicherung.",
        "draft_title": " – Entwurf",
        "implemented": "Die folgenden Maßnahmen sind umgesetzt:",
        "partly": "(teilweise umgesetzt)",
        "partly_children": "(teilweise umgesetzt: nicht alle Teilmaßnahmen sind umgesetzt)",
        "complete_by": "; vollständig bis {date}",
        "remaining": "; noch ausstehend: {what}",
        "not_inline": "(nicht umgesetzt)",
        "not_inline_due": "(nicht umgesetzt; umzusetzen bis {date})",
        "open_inline": "(offen: noch nicht beantwortet)",
        "unconfirmed_inline": "(offen: Angabe noch nicht bestätigt)",
        "open_part": "Offene Angaben (Entwurf)",
        "open_see_part": "(offen, siehe „{title}“)",
        "open_lead": "Zu den folgenden Maßnahmen fehlt noch eine Antwort oder deren Bestätigung; "
        "sie gelten bis dahin nicht als umgesetzt:",
        "draft": "ENTWURF",
        "draft_note": "<b>Entwurf – nicht zur Unterschrift.</b> Vor der Endfassung zu klären: "
        "{counts}.",
        "planned_inline": "(geplant, umzusetzen bis {date})",
        "planned_inline_open": "(geplant, Termin offen)",
        "overdue_inline": "(überfällig – geplant war die Umsetzung bis {date})",
        "na_inline": "(entfällt: {reason})",
        "na_inline_bare": "(entfällt)",
        "none": "In diesem Bereich ist keine Maßnahme als umgesetzt dokumentiert.",
        "none_planned": "In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt; die "
        "noch nicht (vollständig) umgesetzten Maßnahmen sind unter Nr. {n} aufgeführt.",
        "planned": "Noch nicht (vollständig) umgesetzte Maßnahmen",
        "planned_lead": "Die folgenden Maßnahmen sind noch nicht vollständig umgesetzt. Zu jeder "
        "ist angegeben, bis wann sie vollständig umgesetzt wird; bei einer Maßnahme mit "
        "Teilmaßnahmen ist es der späteste Termin ihrer noch nicht umgesetzten Teilmaßnahmen:",
        "due": "bis {date}",
        "open_date": "Termin offen",
        "na": "Entfallende Maßnahmen",
        "na_lead": "Die folgenden Maßnahmen entfallen aus dem jeweils genannten Grund:",
        "reason": "Begründung: {reason}",
        "no_reason": "ohne Begründung",
        "page": "Seite {page} von {pages}",
        # processing description
        "processing": "Beschreibung der Verarbeitung",
        "processing_empty": "Keine Angaben – die Beschreibung der Verarbeitung ist noch "
        "einzutragen.",
        "p_subject": "Gegenstand",
        "p_duration": "Dauer",
        "p_purposes": "Zweck der Verarbeitung",
        "p_subjects": "Kategorien betroffener Personen",
        "p_categories": "Kategorien personenbezogener Daten",
        "p_special": "Besondere Kategorien (Art. 9 DSGVO)",
        "p_special_none": "Es werden keine besonderen Kategorien personenbezogener Daten "
        "verarbeitet.",
        "p_criminal": "Strafrechtliche Daten (Art. 10 DSGVO)",
        "p_criminal_yes": "Es werden Daten über strafrechtliche Verurteilungen und Straftaten "
        "verarbeitet.",
        "p_criminal_no": "Es werden keine Daten über strafrechtliche Verurteilungen und "
        "Straftaten verarbeitet.",
        "p_criminal_open": "Keine Angabe – ob solche Daten verarbeitet werden, ist noch zu klären.",
        "p_steps": "Art der Verarbeitung",
        "p_places": "Ort der Verarbeitung",
        "p_instructing": "Weisungsberechtigte Personen des {verantwortlichen_gen}",
        "p_instructing_none": "Keine Angabe (noch einzutragen).",
        "p_recipients": "Weisungsempfänger beim {auftragsverarbeiter}",
        "p_recipients_none": "Keine Angabe (noch einzutragen).",
        "p_persons": "Anzahl der verarbeitenden Personen",
        # subprocessors
        "subprocessors": "Unterauftragsverarbeiter",
        "sub_lead": "Der {verantwortlicher} hat die Beauftragung der folgenden "
        "Unterauftragsverarbeiter genehmigt (Datum der Genehmigung in der Tabelle):",
        "sub_pending_lead": "Die folgenden Unterauftragsverarbeiter sind noch nicht genehmigt. "
        "Der {verantwortlicher} erhält sie mit dieser Anlage zur Genehmigung; sie werden erst "
        "nach seiner Genehmigung eingesetzt:",
        "sub_none": "Es werden keine Unterauftragsverarbeiter eingesetzt.",
        "sub_unanswered": "Keine Angabe – ob Unterauftragsverarbeiter eingesetzt werden, ist "
        "noch nicht beantwortet.",
        "sub_missing": "Keine Angabe – die Liste der Unterauftragsverarbeiter ist noch zu "
        "ergänzen.",
        "sub_name": "Name und Anschrift",
        "sub_service": "Leistung und Daten",
        "sub_countries": "Sitz / Ort der Verarbeitung",
        "sub_basis": "Grundlage der Übermittlung",
        "sub_seat": "Sitz: {c}",
        "sub_processing": "Verarbeitung: {c}",
        "sub_cert": "Zertifizierung: {c}",
        "sub_cert_until": "{c} (gültig bis {date})",
        "sub_cert_expired": "{c} (abgelaufen am {date})",
        "sub_avv": "Vertrag nach Art. 28 Abs. 4 DSGVO vom {date}",
        "sub_approved": "genehmigt am {date}",
        "dpf_checked": "Zertifizierung geprüft am {date}",
        "scc_module": "{m}",
        "tia_done": "Bewertung der Rechtslage im Drittland (TIA): dokumentiert",
        "tia_missing": "Bewertung der Rechtslage im Drittland (TIA): nicht dokumentiert",
        # signature block
        "signatures": "Unterschriften",
        "sig_place_date": "Ort, Datum",
        "sig_signature": "Unterschrift",
        "sig_name": "Name, Funktion",
        "sig_controller": "Für den {verantwortlichen}",
        "sig_processor": "Für den {auftragsverarbeiter}",
    },
    "en": {
        "annex": "Annex {n}",
        "to_contract": "to the Data Processing Agreement",
        "tom": "Technical and Organisational Measures (Art. 32 GDPR)",
        "short": "Annex {n} to the DPA – Technical and organisational measures",
        "subject": "Technical and organisational measures of the processor under Art. 32 GDPR",
        "between": "between",
        "and": "and",
        "controller": "– Controller –",
        "processor": "– Processor –",
        "contract": "Agreement title: {ref}",
        "stand": "As of {date}",
        "stand_missing": "________ (not entered)",
        "version": "Version {v}",
        "intro": "The processor has taken the technical and organisational measures described "
        "below as implemented and maintains them for the duration of the processing, to ensure "
        "a level of security appropriate to the risk within the meaning of Art. 32 GDPR. It "
        "implements the measures marked as partly implemented, planned or not implemented by "
        "the dates given for each.",
        "intro_na": "Measures marked as not applicable contain no assurance.",
        "intro_na_open": "Measures marked as not applicable and open entries contain no assurance.",
        "draft_title": " – Draft",
        "implemented": "The following measures are implemented:",
        "partly": "(partly implemented)",
        "partly_children": "(partly implemented: not all sub-measures are implemented)",
        "complete_by": "; complete by {date}",
        "remaining": "; outstanding: {what}",
        "not_inline": "(not implemented)",
        "not_inline_due": "(not implemented; to be implemented by {date})",
        "open_inline": "(open: not yet answered)",
        "unconfirmed_inline": "(open: answer not yet confirmed)",
        "open_part": "Open points (draft)",
        "open_see_part": "(open, see “{title}”)",
        "open_lead": "The following measures still lack an answer or its confirmation; until "
        "then they do not count as implemented:",
        "draft": "DRAFT",
        "draft_note": "<b>Draft – not for signature.</b> To be resolved before the final "
        "version: {counts}.",
        "planned_inline": "(planned, to be implemented by {date})",
        "planned_inline_open": "(planned, date open)",
        "overdue_inline": "(overdue – originally planned for {date})",
        "na_inline": "(not applicable: {reason})",
        "na_inline_bare": "(not applicable)",
        "none": "No measure in this area is documented as implemented.",
        "none_planned": "No measure in this area is fully implemented at present; the measures "
        "not yet (fully) implemented are listed under no. {n}.",
        "planned": "Measures not yet (fully) implemented",
        "planned_lead": "The following measures are not yet fully implemented; for each, the "
        "target date for full implementation is stated (for a measure with sub-measures, the "
        "latest date of its sub-measures not yet implemented):",
        "due": "by {date}",
        "open_date": "date open",
        "na": "Measures not applied",
        "na_lead": "The following measures do not apply for the reason given:",
        "reason": "Reason: {reason}",
        "no_reason": "no reason given",
        "page": "Page {page} of {pages}",
        "processing": "Description of the processing",
        "processing_empty": "Not stated – the description of the processing is still to be "
        "entered.",
        "p_subject": "Subject matter",
        "p_duration": "Duration",
        "p_purposes": "Purpose of the processing",
        "p_subjects": "Categories of data subjects",
        "p_categories": "Categories of personal data",
        "p_special": "Special categories (Art. 9 GDPR)",
        "p_special_none": "No special categories of personal data are processed.",
        "p_criminal": "Criminal offence data (Art. 10 GDPR)",
        "p_criminal_yes": "Data relating to criminal convictions and offences are processed.",
        "p_criminal_no": "No data relating to criminal convictions and offences are processed.",
        "p_criminal_open": "Not stated – whether such data are processed is still to be clarified.",
        "p_steps": "Nature of the processing",
        "p_places": "Place of processing",
        "p_instructing": "Persons entitled to give instructions (controller)",
        "p_instructing_none": "Not stated (still to be entered).",
        "p_recipients": "Recipients of instructions (processor)",
        "p_recipients_none": "Not stated (still to be entered).",
        "p_persons": "Number of persons processing data",
        "subprocessors": "Sub-processors",
        "sub_lead": "The controller has approved the engagement of the following sub-processors "
        "(date of approval in the table):",
        "sub_pending_lead": "The following sub-processors are not yet approved. They are "
        "submitted to the controller for approval with this annex and engaged only after its "
        "approval:",
        "sub_none": "No sub-processors are engaged.",
        "sub_unanswered": "Not stated – whether sub-processors are engaged has not yet been "
        "answered.",
        "sub_missing": "Not stated – the list of sub-processors is still to be completed.",
        "sub_name": "Name and address",
        "sub_service": "Service and data",
        "sub_countries": "Seat / place of processing",
        "sub_basis": "Transfer basis",
        "sub_seat": "Seat: {c}",
        "sub_processing": "Processing: {c}",
        "sub_cert": "Certification: {c}",
        "sub_cert_until": "{c} (valid until {date})",
        "sub_cert_expired": "{c} (expired on {date})",
        "sub_avv": "Contract under Art. 28(4) GDPR of {date}",
        "sub_approved": "approved on {date}",
        "dpf_checked": "Certification checked on {date}",
        "scc_module": "{m}",
        "tia_done": "Transfer impact assessment carried out",
        "tia_missing": "Transfer impact assessment not documented",
        "signatures": "Signatures",
        "sig_place_date": "Place, date",
        "sig_signature": "Signature",
        "sig_name": "Name, function",
        "sig_controller": "For the controller",
        "sig_processor": "For the processor",
    },
}

TRANSFER_BASIS: dict[TransferBasis, dict[Language, str]] = {
    TransferBasis.NONE: {"de": "nicht angegeben", "en": "Not stated"},
    TransferBasis.EU_EWR: {
        "de": "keine Drittlandübermittlung (Verarbeitung in der EU/im EWR)",
        "en": "No third-country transfer (processing within the EU/EEA)",
    },
    TransferBasis.ADEQUACY: {
        "de": "Angemessenheitsbeschluss (Art. 45 DSGVO)",
        "en": "Adequacy decision (Art. 45 GDPR)",
    },
    TransferBasis.DPF: {
        "de": "EU-US Data Privacy Framework (Art. 45 DSGVO)",
        "en": "EU-US Data Privacy Framework (Art. 45 GDPR)",
    },
    TransferBasis.SCC: {
        "de": "Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)",
        "en": "Standard contractual clauses (Art. 46(2)(c) GDPR)",
    },
    TransferBasis.BCR: {
        "de": "verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)",
        "en": "Binding corporate rules (Art. 47 GDPR)",
    },
    TransferBasis.ART49: {
        "de": "Ausnahme für bestimmte Fälle (Art. 49 DSGVO)",
        "en": "Derogation for specific situations (Art. 49 GDPR)",
    },
}

SEVERITY: dict[Severity, dict[Language, str]] = {
    Severity.KRITISCH: {"de": "Kritisch", "en": "Critical"},
    Severity.HOCH: {"de": "Hoch", "en": "High"},
    Severity.MITTEL: {"de": "Mittel", "en": "Medium"},
    Severity.HINWEIS: {"de": "Hinweis", "en": "Note"},
}

STATUS = STATUS_LABELS  # one source for status labels (models/assessment.py)

REPORT: dict[Language, dict[str, str]] = {
    "de": {
        "title": "Lückenbericht",
        "internal": "Internes Arbeitspapier – nicht zur Weitergabe an den {verantwortlichen}",
        "for": "zur Anlage {n} (Technische und organisatorische Maßnahmen)",
        "subject": "Lücken, Rückfragen und Notizen zur TOM-Anlage (intern)",
        "short": "Lückenbericht (intern)",
        "as_of": "Ausgewertet am {date}",
        "counts": "Befunde nach Schweregrad",
        "count_total": "Gesamt",
        "progress": "Bearbeitungsstand: {done} von {total} Maßnahmen beantwortet ({pct} %)",
        "progress_unconfirmed": ", davon {n} noch nicht bestätigt (Rückfrage)",
        "chart": "Bearbeitungsstand und Befunde je Abschnitt",
        "chart_done": "beantwortet (%)",
        "chart_findings": "Befunde",
        "chart_other": "Übrige Angaben",
        "findings": "Befunde",
        "no_findings": "Es liegen keine Befunde vor.",
        "remedy": "Abhilfe: {text}",
        "refs": "Bezug: {text}",
        "concerns": "Betrifft: {text}",
        "follow_ups": "Offene Rückfragen",
        "no_follow_ups": "Es sind keine Rückfragen markiert.",
        "notes": "Notizen und Nachweise",
        "no_notes": "Es sind keine Notizen erfasst.",
        "note": "Notiz: {text}",
        "remaining_note": "Was noch fehlt: {text}",
        "measure_state": "Stand der Maßnahme: {text}",
        "evidence": "Nachweis: {text}",
        "status": "Status: {text}",
        "custom": "Sonstige",
        "field": "Angabe „{name}“",
        "subprocessor": "Unterauftragsverarbeiter „{name}“",
        "section": "Abschnitt „{name}“",
        "page": "Seite {page} von {pages}",
    },
    "en": {
        "title": "Gap report",
        "internal": "Internal working paper – not to be passed on to the controller",
        "for": "for annex {n} (technical and organisational measures)",
        "subject": "Gaps, follow-up questions and notes on the TOM annex (internal)",
        "short": "Gap report (internal)",
        "as_of": "Evaluated on {date}",
        "counts": "Findings by severity",
        "count_total": "Total",
        "progress": "Progress: {done} of {total} measures answered ({pct}%)",
        "progress_unconfirmed": ", of which {n} not yet confirmed (follow-up question)",
        "chart": "Progress and findings per section",
        "chart_done": "answered (%)",
        "chart_findings": "findings",
        "chart_other": "Other details",
        "findings": "Findings",
        "no_findings": "There are no findings.",
        "remedy": "Remedy: {text}",
        "refs": "References: {text}",
        "concerns": "Relates to: {text}",
        "follow_ups": "Open follow-up questions",
        "no_follow_ups": "No follow-up questions are marked.",
        "notes": "Notes and evidence",
        "no_notes": "No notes have been recorded.",
        "note": "Note: {text}",
        "remaining_note": "What remains: {text}",
        "measure_state": "State of the measure: {text}",
        "evidence": "Evidence: {text}",
        "status": "Status: {text}",
        "custom": "Other",
        "field": "field “{name}”",
        "subprocessor": "sub-processor “{name}”",
        "section": "section “{name}”",
        "page": "Page {page} of {pages}",
    },
}
