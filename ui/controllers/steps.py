"""The step list beside the pages: per section how much is answered and how many findings
point there (with the worst one's icon), and how many sub-processors are entered."""

from __future__ import annotations

from PySide6.QtCore import QObject

from tomwizard.content.screening import screening_form
from tomwizard.models.catalog import Language
from tomwizard.rules import section_summary
from ui.controllers import labels
from ui.controllers.base import DocumentBound
from ui.controllers.document import DocumentController
from ui.controllers.progress import custom_sections, section_progress
from ui.main_window import MainWindow


class StepsController(DocumentBound):
    """Keeps the step entries of the section pages and the sub-processor page current."""

    def __init__(
        self,
        window: MainWindow,
        document: DocumentController,
        first_section_page: int,
        subprocessor_page: int,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, lang, parent)
        self.window = window
        self.first_section_page = first_section_page
        self.subprocessor_page = subprocessor_page
        self.screening_page: int | None = None  # the Rahmenbedingungen page, if there is one

    def update(self) -> None:
        """Refresh every entry from the open assessment and its findings (titles only when
        no file is open)."""
        assessment = self.document.assessment
        summary = section_summary(self.document.findings, self.catalog, custom_sections(assessment))
        for number, section in enumerate(self.catalog.sections):
            progress = section_progress(section, assessment)
            counts = summary[section.id]
            found = [s for s in counts if counts[s]]
            worst = min(found, key=lambda s: s.rank, default=None)
            warnings = sum(counts.values())
            title = f"{number + 1}. {section.title.get(self.lang)}"
            line = self.tr("{answered}/{total} beantwortet").format(
                answered=progress.answered, total=progress.total
            )
            if warnings:
                line += " · " + self.tr("Hinweise: {count}").format(count=warnings)
            tip = "\n".join(f"{labels.severity_label(s)}: {counts[s]}" for s in counts if counts[s])
            text = f"{title}\n{line}" if assessment is not None else title
            self.window.set_step(
                self.first_section_page + number, text, tip or title, labels.severity_icon(worst)
            )
        if self.screening_page is not None:
            self._update_screening(self.screening_page)
        subs = [
            f
            for f in self.document.findings
            if any(t.startswith("subprocessor:") for t in f.targets)
        ]
        title = self.tr("Unterauftragsverarbeiter")
        count = len(assessment.subprocessors) if assessment is not None else 0
        entered = self.tr("{count} eingetragen").format(count=count)
        self.window.set_step(
            self.subprocessor_page,
            f"{title}\n{entered}" if assessment is not None else title,
            labels.findings_tooltip(subs, self.lang, self.document.role_names) or title,
            labels.severity_icon(labels.worst(subs)),
        )

    def _update_screening(self, index: int) -> None:
        assessment = self.document.assessment
        title = self.tr("Rahmenbedingungen")
        if assessment is None:
            self.window.set_step(index, title, title, labels.severity_icon(None))
            return
        total = len(screening_form().questions)
        answered = sum(1 for q in screening_form().questions if q.id in assessment.screening)
        line = self.tr("{answered}/{total} beantwortet").format(answered=answered, total=total)
        found = [f for f in self.document.findings if "field:screening" in f.targets]
        if found:
            line += " · " + self.tr("Hinweise: {count}").format(count=len(found))
        tip = labels.findings_tooltip(found, self.lang, self.document.role_names) or title
        icon = labels.severity_icon(labels.worst(found))
        self.window.set_step(index, f"{title}\n{line}", tip, icon)
