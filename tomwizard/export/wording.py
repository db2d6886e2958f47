"""The fixed wording of tomwizard's PDF documents, German and English.

Texts with ``{placeholders}`` are filled with already escaped values. The wording is the
product's own; legal provisions are cited by number only. The German text is the message id of
the gettext catalogs (``tomwizard/locale``, see :mod:`tomwizard.i18n`); ``ANNEX[lang][key]``
and the other tables read them in the language asked for.
"""

from __future__ import annotations

from tomwizard.i18n import N_, NC_, Labels, Wording
from tomwizard.models.assessment import STATUS_LABELS, TransferBasis
from tomwizard.models.finding import Severity

ANNEX = Wording(
    {
        "annex": N_("Anlage {n}"),
        "to_contract": N_("zum Vertrag über die Auftragsverarbeitung"),
        "tom": N_("Technische und organisatorische Maßnahmen (Art. 32 DSGVO)"),
        "short": N_("Anlage {n} zum AVV – Technische und organisatorische Maßnahmen"),
        "subject": N_(
            "Technische und organisatorische Maßnahmen des {auftragsverarbeiters} nach Art. 32 "
            "DSGVO"
        ),
        "between": N_("zwischen"),
        "and": N_("und"),
        "controller": N_("– {verantwortlicher_titel} –"),
        "processor": N_("– {auftragsverarbeiter} –"),
        "contract": N_("Vertragsbezeichnung: {ref}"),
        "stand": N_("Stand: {date}"),
        "stand_missing": N_("________ (nicht eingetragen)"),
        "version": N_("Version {v}"),
        "intro": N_(
            "Der {auftragsverarbeiter} hat die nachfolgend als umgesetzt beschriebenen technischen "
            "und organisatorischen Maßnahmen getroffen und hält sie während der Dauer des Auftrags "
            "aufrecht, um ein dem Risiko angemessenes Schutzniveau im Sinne des Art. 32 DSGVO zu "
            "gewährleisten."
        ),
        "intro_na": N_("Entfallende Maßnahmen enthalten keine Zusicherung."),
        "intro_na_open": N_(
            "Entfallende Maßnahmen und offene Angaben enthalten keine Zusicherung."
        ),
        "draft_title": N_(" – Entwurf"),
        "implemented": N_("Die folgenden Maßnahmen sind umgesetzt:"),
        "partly": N_("(teilweise umgesetzt)"),
        "partly_children": N_("(teilweise umgesetzt: nicht alle Teilmaßnahmen sind umgesetzt)"),
        # a pending sub-measure the view prints in another part (DSB review 4, N5)
        "partly_elsewhere": N_("(teilweise umgesetzt; noch nicht umgesetzt: {what})"),
        "elsewhere_item": N_("„{text}“, siehe Nr. {n}"),
        "elsewhere_bare": N_("„{text}“"),
        "complete_by": N_("; vollständig bis {date}"),
        "remaining": N_("; noch ausstehend: {what}"),
        "not_inline": N_("(nicht umgesetzt)"),
        "not_inline_due": N_("(nicht umgesetzt; umzusetzen bis {date})"),
        "open_inline": N_("(offen: noch nicht beantwortet)"),
        "unconfirmed_inline": N_("(offen: Angabe noch nicht bestätigt)"),
        "open_part": N_("Offene Angaben (Entwurf)"),
        "open_see_part": N_("(offen, siehe „{title}“)"),
        "open_lead": N_(
            "Zu den folgenden Maßnahmen fehlt noch eine Antwort oder deren Bestätigung; sie "
            "gelten bis dahin nicht als umgesetzt:"
        ),
        "draft": N_("ENTWURF"),
        "draft_note": N_(
            "<b>Entwurf – nicht zur Unterschrift.</b> Vor der Endfassung zu klären: {counts}."
        ),
        "planned_inline": N_("(geplant, umzusetzen bis {date})"),
        "planned_inline_open": N_("(geplant, Termin offen)"),
        "overdue_inline": N_("(überfällig seit {date}; neuer Termin noch einzutragen)"),
        "na_inline": N_("(entfällt: {reason})"),
        "na_inline_bare": N_("(entfällt)"),
        # a catalog measure that entfällt because a custom measure replaces it (review 4, N4)
        "replaced_by": N_("entfällt – ersetzt durch die eigene Maßnahme {names}"),
        "replaced_by_several": N_("entfällt – ersetzt durch die eigenen Maßnahmen {names}"),
        # the same in the part „Entfallende Maßnahmen“, then a reason that says more (review 5)
        "replaced": N_("ersetzt durch die eigene Maßnahme {names}"),
        "replaced_several": N_("ersetzt durch die eigenen Maßnahmen {names}"),
        "replaced_reason": N_("; Begründung: {reason}"),
        "quoted": N_("„{text}“"),
        # an area without an implemented measure: one sentence, with where its measures stand
        "none": N_("In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt."),
        "none_see": N_(
            "In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt (siehe {refs})."
        ),
        # an area whose measures all or partly entfallen (DSB review 7, M1: annex_na_area.py)
        "all_na": N_("In diesem Bereich entfallen alle Maßnahmen."),
        "all_na_reason": N_("In diesem Bereich entfallen alle Maßnahmen. Begründung: {reason}"),
        "all_na_see": N_("In diesem Bereich entfallen alle Maßnahmen (Begründungen siehe {refs})."),
        "all_na_listed": N_(
            "In diesem Bereich entfallen alle Maßnahmen, jeweils aus dem genannten Grund:"
        ),
        "none_rest": N_(
            "Von den Maßnahmen dieses Bereichs, die nicht entfallen, ist derzeit keine "
            "vollständig umgesetzt."
        ),
        "none_rest_see": N_(
            "Von den Maßnahmen dieses Bereichs, die nicht entfallen, ist derzeit keine "
            "vollständig umgesetzt (siehe {refs})."
        ),
        "rest_na": N_("Die übrigen entfallen."),
        "rest_na_reason": N_("Die übrigen entfallen. Begründung: {reason}"),
        "rest_na_see": N_("Die übrigen entfallen (Begründungen siehe {refs})."),
        "see_part": N_("Nr. {n} „{title}“"),
        "planned": N_("Noch nicht (vollständig) umgesetzte Maßnahmen"),
        "planned_lead": N_(
            "Die folgenden Maßnahmen sind noch nicht vollständig umgesetzt. Zu jeder ist "
            "angegeben, bis wann sie vollständig umgesetzt wird; bei einer Maßnahme mit "
            "Teilmaßnahmen ist es der späteste Termin ihrer noch nicht umgesetzten Teilmaßnahmen:"
        ),
        "due": N_("bis {date}"),
        "open_date": N_("Termin offen"),
        "na": N_("Entfallende Maßnahmen"),
        "na_lead": N_("Die folgenden Maßnahmen entfallen aus dem jeweils genannten Grund:"),
        "reason": N_("Begründung: {reason}"),
        "no_reason": N_("ohne Begründung"),
        "page": N_("Seite {page} von {pages}"),
        "processing": N_("Beschreibung der Verarbeitung"),
        "processing_empty": N_(
            "Keine Angaben – die Beschreibung der Verarbeitung ist noch einzutragen."
        ),
        "p_subject": N_("Gegenstand"),
        "p_duration": N_("Dauer"),
        "p_purposes": N_("Zweck der Verarbeitung"),
        "p_subjects": N_("Kategorien betroffener Personen"),
        "p_categories": N_("Kategorien personenbezogener Daten"),
        "p_special": N_("Besondere Kategorien (Art. 9 DSGVO)"),
        "p_special_none": N_(
            "Es werden keine besonderen Kategorien personenbezogener Daten verarbeitet."
        ),
        "p_criminal": N_("Strafrechtliche Daten (Art. 10 DSGVO)"),
        "p_criminal_yes": N_(
            "Es werden Daten über strafrechtliche Verurteilungen und Straftaten verarbeitet."
        ),
        "p_criminal_no": N_(
            "Es werden keine Daten über strafrechtliche Verurteilungen und Straftaten verarbeitet."
        ),
        "p_criminal_open": N_(
            "Keine Angabe – ob solche Daten verarbeitet werden, ist noch zu klären."
        ),
        "p_special_open": N_(
            "Keine Angabe – ob und welche solche Daten verarbeitet werden, ist noch zu klären."
        ),
        "p_steps": N_("Art der Verarbeitung"),
        "p_places": N_("Ort der Verarbeitung"),
        "p_place_pending": N_("{place} – erst nach Genehmigung von {names}"),
        "p_instructing": N_("Weisungsberechtigte Personen des {verantwortlichen_gen}"),
        "p_instructing_none": N_("Keine Angabe (noch einzutragen)."),
        "p_recipients": N_("Weisungsempfänger beim {auftragsverarbeiter}"),
        "p_recipients_none": N_("Keine Angabe (noch einzutragen)."),
        "p_persons": N_("Anzahl der verarbeitenden Personen"),
        "subprocessors": N_("Unterauftragsverarbeiter"),
        "sub_lead": N_(
            "Der {verantwortlicher} hat die Beauftragung der folgenden "
            "Unterauftragsverarbeiter genehmigt (Datum der Genehmigung in der Tabelle):"
        ),
        "sub_pending_lead": N_(
            "Die folgenden Unterauftragsverarbeiter sind noch nicht genehmigt. Der "
            "{verantwortlicher} erhält sie mit dieser Anlage zur Genehmigung; sie werden erst "
            "nach seiner Genehmigung eingesetzt:"
        ),
        "sub_none": N_("Es werden keine Unterauftragsverarbeiter eingesetzt."),
        "sub_unanswered": N_(
            "Keine Angabe – ob Unterauftragsverarbeiter eingesetzt werden, ist noch nicht "
            "beantwortet."
        ),
        "sub_missing": N_(
            "Keine Angabe – die Liste der Unterauftragsverarbeiter ist noch zu ergänzen."
        ),
        "sub_service": N_("Leistung und Daten"),
        "sub_name_where": N_("Name und Anschrift, Ort der Verarbeitung"),
        "sub_contract": N_("Vertrag und Genehmigung"),
        "sub_basis": N_("Grundlage der Übermittlung"),
        "sub_seat": N_("Sitz: {c}"),
        "sub_processing": N_("Verarbeitung: {c}"),
        "sub_cert": N_("Zertifizierung: {c}"),
        "sub_cert_until": N_("{c} (gültig bis {date})"),
        "sub_cert_expired": N_("{c} (abgelaufen am {date})"),
        "sub_avv": N_("Vertrag nach Art. 28 Abs. 4 DSGVO vom {date}"),
        "sub_approved": N_("genehmigt am {date}"),
        "sub_avv_missing": N_("Vertrag nach Art. 28 Abs. 4 DSGVO: Datum nicht eingetragen"),
        "sub_not_approved": N_("noch nicht genehmigt"),
        "place_pending": N_(
            "Noch nicht genehmigt und erst nach Genehmigung durch den {verantwortlichen} "
            "eingesetzt: {names}."
        ),
        "dpf_checked": N_("Zertifizierung geprüft am {date}"),
        "scc_module": N_("{m}"),
        "tia_done": N_("Bewertung der Rechtslage im Drittland (TIA): dokumentiert"),
        "tia_missing": N_("Bewertung der Rechtslage im Drittland (TIA): nicht dokumentiert"),
        "signatures": N_("Unterschriften"),
        "sig_place_date": N_("Ort, Datum"),
        "sig_signature": N_("Unterschrift"),
        "sig_name": N_("Name, Funktion"),
        "sig_controller": N_("Für den {verantwortlichen}"),
        "sig_processor": N_("Für den {auftragsverarbeiter}"),
    }
)

TRANSFER_BASIS = Labels(
    {
        TransferBasis.NONE: N_("nicht angegeben"),
        TransferBasis.EU_EWR: N_("keine Drittlandübermittlung (Verarbeitung in der EU/im EWR)"),
        TransferBasis.ADEQUACY: N_("Angemessenheitsbeschluss (Art. 45 DSGVO)"),
        TransferBasis.DPF: N_("EU-US Data Privacy Framework (Art. 45 DSGVO)"),
        TransferBasis.SCC: N_("Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)"),
        TransferBasis.BCR: N_("verbindliche interne Datenschutzvorschriften (Art. 47 DSGVO)"),
        TransferBasis.ART49: N_("Ausnahme für bestimmte Fälle (Art. 49 DSGVO)"),
    }
)

SEVERITY = Labels(
    {
        Severity.KRITISCH: NC_("severity", "Kritisch"),
        Severity.HOCH: NC_("severity", "Hoch"),
        Severity.MITTEL: NC_("severity", "Mittel"),
        Severity.HINWEIS: NC_("severity", "Hinweis"),
    }
)

STATUS = STATUS_LABELS  # one source for status labels (models/assessment.py)

REPORT = Wording(
    {
        "title": N_("Lückenbericht"),
        "internal": N_("Internes Arbeitspapier – nicht zur Weitergabe an den {verantwortlichen}"),
        "for": N_("zur Anlage {n} (Technische und organisatorische Maßnahmen)"),
        "subject": N_("Lücken, Rückfragen und Notizen zur TOM-Anlage (intern)"),
        "short": N_("Lückenbericht (intern)"),
        "as_of": N_("Ausgewertet am {date}"),
        "counts": N_("Befunde nach Schweregrad"),
        "count_total": N_("Gesamt"),
        "progress": N_("Bearbeitungsstand: {done} von {total} Maßnahmen beantwortet ({pct} %)"),
        "progress_unconfirmed": N_(", davon {n} noch nicht bestätigt (Rückfrage)"),
        "chart": N_("Bearbeitungsstand und Befunde je Abschnitt"),
        "chart_done": N_("beantwortet (%)"),
        "chart_findings": NC_("chart", "Befunde"),
        "chart_other": N_("Übrige Angaben"),
        "findings": N_("Befunde"),
        "no_findings": N_("Es liegen keine Befunde vor."),
        "remedy": N_("Abhilfe: {text}"),
        "refs": N_("Bezug: {text}"),
        "concerns": N_("Betrifft: {text}"),
        "follow_ups": N_("Offene Rückfragen"),
        "no_follow_ups": N_("Es sind keine Rückfragen markiert."),
        "notes": N_("Notizen und Nachweise"),
        "no_notes": N_("Es sind keine Notizen erfasst."),
        "note": N_("Notiz: {text}"),
        "remaining_note": N_("Was noch fehlt: {text}"),
        "measure_state": N_("Stand der Maßnahme: {text}"),
        "evidence": N_("Nachweis: {text}"),
        "status": N_("Status: {text}"),
        "custom": N_("Sonstige"),
        "field": N_("Angabe „{name}“"),
        "subprocessor": N_("Unterauftragsverarbeiter „{name}“"),
        "section": N_("Abschnitt „{name}“"),
        "page": N_("Seite {page} von {pages}"),
    }
)
