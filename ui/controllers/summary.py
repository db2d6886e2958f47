"""The Zusammenfassung page: progress and findings from the document, jumps to their place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal

from tomwizard.content.screening import screening_form
from tomwizard.models.catalog import render_text
from tomwizard.models.finding import Finding, Severity
from tomwizard.models.roles import swap_roles
from tomwizard.rules import section_summary
from tomwizard.rules.blockers import Blocker, BlockerKind, blockers, one_per_subject
from tomwizard.rules.blockers import counts as blocker_counts
from ui.controllers import labels
from ui.controllers.base import PageController
from ui.controllers.page_numbers import (
    FIRST_SECTION_PAGE,
    ORGANISATION_PAGE,
    PROCESSING_PAGE,
    SCREENING_PAGE,
    field_page,
)
from ui.controllers.progress import custom_sections, section_progress, total_progress
from ui.pages.summary_page import FindingLine, SectionLine, SummaryPage


def severity_columns() -> list[str]:
    return [labels.severity_label(s) for s in Severity]


def _by_severity(counts: dict[Severity, int]) -> tuple[int, int, int, int]:
    return (
        counts[Severity.KRITISCH],
        counts[Severity.HOCH],
        counts[Severity.MITTEL],
        counts[Severity.HINWEIS],
    )


def page_counts(findings: list[Finding], subprocessor_page: int) -> dict[int, dict[Severity, int]]:
    """Per page outside the catalog sections (organisation, processing, Rahmenbedingungen,
    sub-processors): how many findings of each severity point there (once per page), by the
    page a jump to the finding's targets shows."""
    pages = (ORGANISATION_PAGE, PROCESSING_PAGE, SCREENING_PAGE, subprocessor_page)
    counts = {page: dict.fromkeys(Severity, 0) for page in pages}
    for finding in findings:
        found: set[int] = set()
        for target in finding.targets:
            kind, _, ident = target.partition(":")
            if kind == "field":
                found.add(field_page(ident))
            elif kind == "subprocessor":
                found.add(subprocessor_page)
        for page in found:
            counts[page][finding.severity] += 1
    return counts


class SummaryController(PageController[SummaryPage]):
    jump_requested = Signal(str)  # a finding's target
    page_requested = Signal(int)  # a row's page (its index in the step list)
    export_requested = Signal()

    def _set_up(self) -> None:
        page, catalog = self.page, self.catalog
        self._measures = catalog.measure_index()
        self._section_of = catalog.section_of()
        self._titles = {s.id: s.title.get(self.lang) for s in catalog.sections}
        page.finding_activated.connect(self.jump_requested)
        page.section_activated.connect(self.page_requested)
        page.export_requested.connect(self.export_requested)

    def refresh(self) -> None:
        assessment = self.document.assessment
        findings = self.document.findings
        store = self.document.store
        if assessment is not None and store is not None:  # as the export counts (review 7, M3)
            from tomwizard.history.same_version import version_findings

            findings = [*findings, *version_findings(store, assessment, self.catalog)]
        found = [] if assessment is None else blockers(assessment, self.catalog, findings)
        total = total_progress(self.catalog, assessment)
        stand = self.document.stand_finding()  # as in `check`: a hint, never a blocker
        findings = [*findings, stand] if stand is not None else findings
        sections = self._section_lines(findings)
        if len(findings) == 1:
            text = self.tr("{answered} von {total} Maßnahmen beantwortet ({percent} %), 1 Hinweis.")
        else:
            text = self.tr(
                "{answered} von {total} Maßnahmen beantwortet ({percent} %), {count} Hinweise."
            )
        text = text.format(
            answered=total.answered, total=total.total, percent=total.percent, count=len(findings)
        )
        if found:
            text += " " + self.tr("Entwurf – vor einer Endfassung zu klären: {counts}.").format(
                counts=blocker_counts(found, self.lang)
            )
        else:
            text += " " + self.tr("Nichts verhindert eine Endfassung.")
        # what keeps the annex a draft first (open Rückfragen included), then the other findings
        lines = [self._blocker_line(b) for b in one_per_subject(found)]  # one per subject
        lines += [self._line(f) for f in findings if not f.blocks_final]
        self.page.show_summary(text, sections, lines)

    def _section_lines(self, findings: list[Finding]) -> list[SectionLine]:
        """One row per step of the step list (its title and numbering) that holds answers:
        organisation, processing, Rahmenbedingungen, the catalog sections, the
        sub-processors."""
        assessment = self.document.assessment
        subprocessor_page = FIRST_SECTION_PAGE + len(self.catalog.sections)  # as main.py adds
        others = page_counts(findings, subprocessor_page)
        summary = section_summary(findings, self.catalog, custom_sections(assessment))

        def title(text: str) -> str:  # the step list's titles (main.py)
            return QCoreApplication.translate("MainController", text)

        answered = ""
        if assessment is not None:
            questions = screening_form().questions
            done = sum(1 for q in questions if q.id in assessment.screening)
            answered = f"{done}/{len(questions)}"
        lines = [
            SectionLine(
                ORGANISATION_PAGE,
                title("Organisation"),
                "",
                _by_severity(others[ORGANISATION_PAGE]),
            ),
            SectionLine(
                PROCESSING_PAGE,
                title("Verarbeitung und Schutzbedarf"),
                "",
                _by_severity(others[PROCESSING_PAGE]),
            ),
            SectionLine(
                SCREENING_PAGE,
                title("Rahmenbedingungen"),
                answered,
                _by_severity(others[SCREENING_PAGE]),
            ),
        ]
        for index, section in enumerate(self.catalog.sections):
            progress = section_progress(section, assessment)
            lines.append(
                SectionLine(
                    FIRST_SECTION_PAGE + index,
                    f"{index + 1}. {section.title.get(self.lang)}",  # as in the step list
                    f"{progress.answered}/{progress.total}",
                    _by_severity(summary[section.id]),
                )
            )
        count = len(assessment.subprocessors) if assessment is not None else 0
        lines.append(
            SectionLine(
                subprocessor_page,
                title("Unterauftragsverarbeiter"),
                QCoreApplication.translate("StepsController", "{count} eingetragen").format(
                    count=count
                ),
                _by_severity(others[subprocessor_page]),
            )
        )
        return lines

    def _blocker_line(self, blocker: Blocker) -> FindingLine:
        line = self._line(blocker.finding)
        kind = {
            BlockerKind.UNBEANTWORTET: self.tr("Entwurf: unbeantwortet"),
            BlockerKind.RUECKFRAGE: self.tr("Entwurf: Rückfrage"),
            BlockerKind.TERMIN: self.tr("Entwurf: Termin"),
            BlockerKind.OHNE_TERMIN: self.tr("Entwurf: ohne Termin"),
            BlockerKind.OHNE_REST: self.tr("Entwurf: was fehlt?"),
            BlockerKind.WIDERSPRUCH: self.tr("Entwurf: Widerspruch"),
            BlockerKind.VERTRAGSPFLICHT: self.tr("Entwurf: Pflicht aus dem AVV"),
            BlockerKind.GENEHMIGUNG: self.tr("Entwurf: Genehmigung"),
            BlockerKind.OFFEN: self.tr("Entwurf: offen"),
            BlockerKind.KRITISCH: self.tr("Entwurf: kritische Lücke"),
        }[blocker.kind]
        if blocker.finding.rule_id == "unterauftrag.ohne_einspruchsfrist":  # review 6, N1
            kind = self.tr("Entwurf: Einspruchsfrist")
        return FindingLine(line.target, kind, line.icon, line.text, line.where, line.remedy)

    def _line(self, finding: Finding) -> FindingLine:
        target = finding.targets[-1] if finding.targets else ""
        return FindingLine(
            target,
            labels.severity_label(finding.severity),
            labels.severity_icon(finding.severity),
            finding.said(self.lang, self._roles()),
            self.where(target),
            swap_roles(finding.remedy.get(self.lang), self._roles()),
        )

    def _roles(self) -> str:
        return self.document.role_names

    def where(self, target: str) -> str:
        """Where a finding points to, in the file's role words."""
        return swap_roles(self._where(target), self._roles())

    def _where(self, target: str) -> str:
        kind, _, ident = target.partition(":")
        if kind == "measure" and ident in self._measures:
            measure = self._measures[ident]
            answer = self.document.answer(ident)
            title = self._titles[self._section_of[ident]]
            return f"{title}: {render_text(measure, self.lang, answer.params, self._roles())}"
        if kind == "section":
            return self._titles.get(ident, ident)
        if kind == "field":
            return (
                self.tr("Organisation")
                if ident.startswith("organisation")
                else self.tr("Verarbeitung")
            )
        if kind == "subprocessor":
            sub = self.document.subprocessor(ident)
            return self.tr("Unterauftragsverarbeiter: {name}").format(
                name=sub.name if sub is not None and sub.name else "?"
            )
        if kind == "custom":
            custom = self.document.custom_measure(ident)
            return self.tr("Eigene Maßnahme: {text}").format(
                text=custom.text if custom is not None else "?"
            )
        return ""
