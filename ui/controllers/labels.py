"""Texts the views show for core values: statuses, levels, severities, references, findings."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon

from tomwizard.export.citations import cite
from tomwizard.i18n import format_date
from tomwizard.models.assessment import STATUS_LABELS, Answer, Status
from tomwizard.models.catalog import (
    ART32_CITATION,
    Kontrolle,
    Language,
    Level,
    Measure,
    References,
    SdmZiel,
)
from tomwizard.models.finding import Finding, Severity
from tomwizard.models.roles import swap_roles
from ui.icons import blank, icon


def statuses(lang: Language) -> list[tuple[str, str]]:
    """(value, label) in the order of the status selector."""
    return [(status.value, STATUS_LABELS[status][lang]) for status in Status]


def date_text(value: dt.date, lang: Language) -> str:
    """31.12.2026 in German, 31 December 2026 in English: as the documents, the change texts and
    the findings write it (:func:`tomwizard.i18n.format_date`)."""
    return format_date(value, lang)


def time_text(value: dt.datetime, lang: Language, seconds: bool = False) -> str:
    """A moment in local time: date as ``date_text``, then the time of day."""
    local = value.astimezone()
    return (
        f"{date_text(local.date(), lang)} {local:%H:%M:%S}"
        if seconds
        else (f"{date_text(local.date(), lang)} {local:%H:%M}")
    )


def status_text(answer: Answer, lang: Language) -> str:
    """The status column: empty for the two states the checkbox already shows."""
    parts = []
    if answer.status not in (Status.OFFEN, Status.UMGESETZT):
        label = STATUS_LABELS[answer.status][lang]
        if answer.status is Status.GEPLANT and answer.planned_date is not None:
            label = f"{label} ({date_text(answer.planned_date, lang)})"
        parts.append(label)
    if answer.follow_up:
        parts.append(QCoreApplication.translate("labels", "Rückfrage"))
    return " · ".join(parts)


def severity_label(severity: Severity) -> str:
    return {
        Severity.KRITISCH: QCoreApplication.translate("labels", "kritisch"),
        Severity.HOCH: QCoreApplication.translate("labels", "hoch"),
        Severity.MITTEL: QCoreApplication.translate("labels", "mittel"),
        Severity.HINWEIS: QCoreApplication.translate("labels", "Hinweis"),
    }[severity]


def severity_icon(severity: Severity | None) -> QIcon:
    return icon(f"severity-{severity.value}") if severity is not None else blank()


def worst(findings: list[Finding]) -> Severity | None:
    return min((f.severity for f in findings), key=lambda s: s.rank, default=None)


def findings_tooltip(
    findings: list[Finding], lang: Language, roles: str = "verantwortlicher"
) -> str:
    return "\n".join(f"{severity_label(f.severity)}: {f.said(lang, roles)}" for f in findings)


def level_label(level: Level) -> str:
    return {
        Level.BASIS: QCoreApplication.translate("labels", "Basis"),
        Level.STANDARD: QCoreApplication.translate("labels", "Standard"),
        Level.ERHOEHT: QCoreApplication.translate("labels", "Erhöht"),
    }[level]


def kontrolle_label(kontrolle: Kontrolle) -> str:
    """The classic control's name („Zugang“ for Zugangskontrolle)."""
    return {
        Kontrolle.ZUTRITT: QCoreApplication.translate("labels", "Zutritt"),
        Kontrolle.ZUGANG: QCoreApplication.translate("labels", "Zugang"),
        Kontrolle.ZUGRIFF: QCoreApplication.translate("labels", "Zugriff"),
        Kontrolle.WEITERGABE: QCoreApplication.translate("labels", "Weitergabe"),
        Kontrolle.EINGABE: QCoreApplication.translate("labels", "Eingabe"),
        Kontrolle.AUFTRAG: QCoreApplication.translate("labels", "Auftrag"),
        Kontrolle.VERFUEGBARKEIT: QCoreApplication.translate("labels", "Verfügbarkeit"),
        Kontrolle.TRENNUNG: QCoreApplication.translate("labels", "Trennung"),
        Kontrolle.ORGANISATION: QCoreApplication.translate("labels", "Organisation"),
    }[kontrolle]


def sdm_label(goal: SdmZiel) -> str:
    """The Gewährleistungsziel of the Standard-Datenschutzmodell."""
    return {
        SdmZiel.DATENMINIMIERUNG: QCoreApplication.translate("labels", "Datenminimierung"),
        SdmZiel.VERFUEGBARKEIT: QCoreApplication.translate("labels", "Verfügbarkeit"),
        SdmZiel.INTEGRITAET: QCoreApplication.translate("labels", "Integrität"),
        SdmZiel.VERTRAULICHKEIT: QCoreApplication.translate("labels", "Vertraulichkeit"),
        SdmZiel.NICHTVERKETTUNG: QCoreApplication.translate("labels", "Nichtverkettung"),
        SdmZiel.TRANSPARENZ: QCoreApplication.translate("labels", "Transparenz"),
        SdmZiel.INTERVENIERBARKEIT: QCoreApplication.translate("labels", "Intervenierbarkeit"),
    }[goal]


def references_text(refs: References) -> str:
    parts = []
    for ref in refs.art32:
        if ref == "25":
            parts.append(QCoreApplication.translate("labels", "Art. 25 DSGVO"))
        elif ref == "32.4":
            parts.append(QCoreApplication.translate("labels", "Art. 32 Abs. 4 DSGVO"))
        elif "." not in ref:  # "28", "30", "37": the processor's duties outside Art. 32
            # in English where the line above is (the core writes the citation)
            english = QCoreApplication.translate("labels", "Art. 25 DSGVO") != "Art. 25 DSGVO"
            parts.append(cite(ART32_CITATION[ref], "en" if english else "de"))
        else:
            parts.append(
                QCoreApplication.translate("labels", "Art. 32 Abs. 1 lit. {letter} DSGVO").format(
                    letter=ref[-1]
                )
            )
    if refs.kontrolle:
        parts.append(
            QCoreApplication.translate("labels", "Kontrolle: {names}").format(
                names=", ".join(kontrolle_label(k) for k in refs.kontrolle)
            )
        )
    if refs.sdm:
        parts.append(
            QCoreApplication.translate("labels", "SDM: {goals}").format(
                goals=", ".join(sdm_label(g) for g in refs.sdm)
            )
        )
    if refs.iso27001:
        # kept on one line: no break after the slash (word joiner) or before the year
        parts.append("ISO/\u2060IEC\u00a027001:2022 " + ", ".join(refs.iso27001))
    if refs.bsi:
        parts.append(
            QCoreApplication.translate("labels", "BSI IT-Grundschutz {ids}").format(
                ids=", ".join(refs.bsi)
            )
        )
    return "\u00a0· ".join(parts)  # no line begins with the separator


def measure_help_html(
    measure: Measure, findings: list[Finding], lang: Language, roles: str = "verantwortlicher"
) -> str:
    """The help panel: explanation, level, references and this measure's findings (in the
    role words of ``roles``, the file's pair)."""
    out = [f"<p>{escape(measure.help.get(lang))}</p>"]
    out.append(
        "<p><i>"
        + escape(
            QCoreApplication.translate("labels", "Erwartet ab Stufe: {level}").format(
                level=level_label(measure.level)
            )
        )
        + "<br>"
        + escape(references_text(measure.refs))
        + "</i></p>"
    )
    out += [finding_html(f, lang, roles) for f in findings]
    return "".join(out)


def finding_html(finding: Finding, lang: Language, roles: str = "verantwortlicher") -> str:
    """The finding in ``lang`` and the file's role words (``roles``)."""
    remedy = swap_roles(finding.remedy.get(lang), roles)
    return (
        f"<p><b>{escape(severity_label(finding.severity))}:</b> "
        f"{escape(finding.said(lang, roles))}<br>{escape(remedy)}</p>"
    )
