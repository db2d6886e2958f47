"""The action plan (Maßnahmenplan): the work an assessment leaves to be done, as rows.

A row for every measure not implemented, partly implemented or planned, or with an open
Rückfrage (catalog order, custom measures of a section after its catalog measures), then a row
for every finding: the rules' findings (most severe first) and the open points that keep the
annex a draft (unanswered measures, dates before the Stand; an open Rückfrage is a measure row
already). The rows are written to a workbook by :mod:`tomwizard.export.action_plan_xlsx`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from tomwizard.export.citations import cite
from tomwizard.export.measure_text import measure_text
from tomwizard.export.wording import SEVERITY, STATUS
from tomwizard.i18n import N_, NC_, Labels, tr
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import ART32_CITATION, LANGUAGES, Catalog, Language, Measure
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules.blockers import open_findings
from tomwizard.rules.evaluator import evaluate

# statuses that leave work to be done
OPEN_STATUSES = frozenset({Status.NICHT_UMGESETZT, Status.TEILWEISE, Status.GEPLANT})

_ART32 = ART32_CITATION
KIND: Labels[str] = Labels(
    {
        "measure": NC_("plan", "Maßnahme"),
        "custom": NC_("plan", "Eigene Maßnahme"),
        FindingKind.LUECKE: N_("Befund: Lücke"),
        FindingKind.WIDERSPRUCH: N_("Befund: Widerspruch"),
        FindingKind.OFFEN: N_("Befund: offener Punkt"),
    }
)
FOLLOW_UP: dict[Language, str] = {lang: tr(lang, "Rückfrage offen") for lang in LANGUAGES}
_SKIPPED_OPEN = frozenset({"endfassung.rueckfrage"})  # the measure row says it


@dataclass(frozen=True)
class PlanRow:
    """One line of the action plan, every cell as the workbook shows it (texts unsanitised)."""

    kind: str  # a KIND key: measure, custom or a FindingKind
    ref_id: str  # measure id, "custom:<id>" or the finding's rule id
    section: str
    text: str
    status: str  # the status label (with "Rückfrage offen"), or "" for a finding
    status_key: str  # Status value, "rueckfrage" for an only-follow-up row, "" for a finding
    severity: Severity | None
    reference: str
    owner: str
    due: dt.date | None
    note: str


def is_open(answer: Answer) -> bool:
    """Whether a measure with ``answer`` belongs into the action plan."""
    return answer.status in OPEN_STATUSES or answer.follow_up


def status_label(answer: Answer, lang: Language) -> str:
    label = STATUS[answer.status][lang]
    return f"{label}; {FOLLOW_UP[lang]}" if answer.follow_up else label


def measure_reference(measure: Measure, lang: Language) -> str:
    """The measure's references: Art. 32 points, ISO/IEC 27001 Annex A, IT-Grundschutz."""
    refs = [cite(_ART32[r], lang) for r in measure.refs.art32]
    refs += [f"ISO/IEC 27001 {r}" for r in measure.refs.iso27001]
    refs += [f"BSI {r}" for r in measure.refs.bsi]
    return "; ".join(refs)


def action_plan_rows(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language,
    findings: list[Finding] | None = None,
) -> list[PlanRow]:
    """Every row of the action plan (``findings``: the rules' findings if already evaluated)."""
    found = evaluate(assessment, catalog) if findings is None else findings
    own = open_findings(assessment, catalog)
    worst = _worst_by_target([*found, *own])
    roles = assessment.organisation.role_names.value
    rows: list[PlanRow] = []
    for section in catalog.sections:
        title = section.title.get(lang)
        for measure in section.measures():
            answer = assessment.answer(measure.id)
            if not is_open(answer):
                continue
            text = measure_text(measure, lang, answer.params, roles)
            reference = measure_reference(measure, lang)
            target = f"measure:{measure.id}"
            row = _measure_row("measure", measure.id, title, text, answer, reference, lang)
            rows.append(_with_severity(row, worst.get(target)))
        for custom in assessment.custom_measures:
            if custom.section_id != section.id or not is_open(custom.answer):
                continue
            target = f"custom:{custom.id}"
            row = _measure_row(
                "custom", target, title, custom.text.strip(), custom.answer, "", lang
            )
            rows.append(_with_severity(row, worst.get(target)))
    locate = _Locator(assessment, catalog, lang)
    extra = [f for f in own if f.rule_id not in _SKIPPED_OPEN]
    for finding in [*found, *extra]:
        where, located = locate(finding)
        rows.append(
            PlanRow(
                kind=finding.kind,
                ref_id=finding.rule_id,
                section=where,
                text=finding.text.get(lang),
                status="",
                status_key="",
                severity=finding.severity,
                reference="; ".join(cite(r, lang) for r in finding.references),
                owner=located.owner if located is not None else "",
                due=None,
                note=finding.remedy.get(lang),
            )
        )
    return rows


def severity_label(severity: Severity | None, lang: Language) -> str:
    return "" if severity is None else SEVERITY[severity][lang]


def _measure_row(
    kind: str,
    ref_id: str,
    section: str,
    text: str,
    answer: Answer,
    reference: str,
    lang: Language,
) -> PlanRow:
    return PlanRow(
        kind=kind,
        ref_id=ref_id,
        section=section,
        text=text,
        status=status_label(answer, lang),
        status_key=answer.status.value
        if answer.status in OPEN_STATUSES
        else ("rueckfrage" if answer.follow_up else answer.status.value),
        severity=None,
        reference=reference,
        owner=answer.owner,
        due=answer.planned_date if answer.status in OPEN_STATUSES else None,
        note=plan_note(answer, lang),
    )


def plan_note(answer: Answer, lang: Language) -> str:
    """The note cell: what remains of a partly implemented measure first, then the note."""
    remaining = answer.remaining.strip() if answer.status == Status.TEILWEISE else ""
    if not remaining:
        return answer.note
    line = tr(lang, "Was noch fehlt: {text}").format(text=remaining)
    return "\n".join(part for part in (line, answer.note.strip()) if part)


def _with_severity(row: PlanRow, severity: Severity | None) -> PlanRow:
    return replace(row, severity=severity)


def _worst_by_target(findings: list[Finding]) -> dict[str, Severity]:
    worst: dict[str, Severity] = {}
    for finding in findings:
        for target in finding.targets:
            if target not in worst or finding.severity.rank < worst[target].rank:
                worst[target] = finding.severity
    return worst


class _Locator:
    """The section title and the answer of a finding's first measure target."""

    def __init__(self, assessment: Assessment, catalog: Catalog, lang: Language) -> None:
        self.assessment = assessment
        titles = {s.id: s.title.get(lang) for s in catalog.sections}
        self.titles = titles
        self.measure_section = {mid: titles[sid] for mid, sid in catalog.section_of().items()}
        self.customs = {c.id: c for c in assessment.custom_measures}
        self.subprocessors = tr(lang, "Unterauftragsverarbeiter")

    def __call__(self, finding: Finding) -> tuple[str, Answer | None]:
        for target in finding.targets:
            kind, _, ident = target.partition(":")
            if kind == "measure" and ident in self.measure_section:
                return self.measure_section[ident], self.assessment.answer(ident)
            if kind == "custom" and ident in self.customs:
                custom = self.customs[ident]
                return self.titles.get(custom.section_id, ""), custom.answer
            if kind == "section" and ident in self.titles:
                return self.titles[ident], None
            if kind == "subprocessor":
                return self.subprocessors, None
        return "", None
