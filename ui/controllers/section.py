"""One controller per section page: answers → rows, ticks → the document."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from tomwizard.models.assessment import STATUS_LABELS, Answer, Assessment, Status
from tomwizard.models.catalog import Language, Measure, Section, render_text
from tomwizard.store import StoreError
from ui.controllers.document import DocumentController
from ui.pages.section_page import GroupRow, MeasureRow, SectionPage

LANG: Language = "de"  # the English UI comes with the DE/EN switch (design card §7)


def check_state(status: Status) -> Qt.CheckState:
    """``offen`` is unticked, ``umgesetzt`` ticked, every other status half-ticked."""
    if status is Status.UMGESETZT:
        return Qt.CheckState.Checked
    if status is Status.OFFEN:
        return Qt.CheckState.Unchecked
    return Qt.CheckState.PartiallyChecked


def status_text(answer: Answer) -> str:
    """The status column: empty for the two states the checkbox already shows."""
    if answer.status in (Status.OFFEN, Status.UMGESETZT):
        return ""
    label = STATUS_LABELS[answer.status][LANG]
    if answer.status is Status.GEPLANT and answer.planned_date is not None:
        return f"{label} ({answer.planned_date:%d.%m.%Y})"
    return label


def measure_row(measure: Measure, answer: Answer, children: tuple[MeasureRow, ...]) -> MeasureRow:
    return MeasureRow(
        measure_id=measure.id,
        text=render_text(measure, LANG, answer.params),
        help=measure.help.get(LANG),
        check_state=check_state(answer.status),
        status_text=status_text(answer),
        children=children,
    )


class SectionController(QObject):
    error_occurred = Signal(str, str)  # title, message

    def __init__(
        self,
        section: Section,
        page: SectionPage,
        document: DocumentController,
        heading: str,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.page = page
        self.document = document
        self._measures = {m.id: m for m in section.measures()}
        intro = section.intro.get(LANG) if section.intro is not None else ""
        page.set_header(heading, intro)
        page.set_rows(self.rows())
        page.setEnabled(document.is_open)

        page.measure_toggled.connect(self._on_page_measure_toggled)
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self._on_document_document_closed)
        document.answer_changed.connect(self._on_document_answer_changed)

    def rows(self) -> list[GroupRow]:
        return [
            GroupRow(sub.id, sub.title.get(LANG), tuple(self._row(m) for m in sub.measures))
            for sub in self.section.subsections
        ]

    def _row(self, measure: Measure) -> MeasureRow:
        children = tuple(self._row(child) for child in measure.children)
        return measure_row(measure, self.document.answer(measure.id), children)

    @Slot(str, bool)
    def _on_page_measure_toggled(self, measure_id: str, ticked: bool) -> None:
        try:
            self.document.set_ticked(measure_id, ticked)
        except StoreError as exc:
            self.page.update_row(self._row(self._measures[measure_id]))  # show what is stored
            self.error_occurred.emit(self.tr("Speichern fehlgeschlagen"), str(exc))

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment) -> None:
        self.page.set_rows(self.rows())
        self.page.set_editable(not self.document.readonly)
        self.page.setEnabled(True)

    @Slot()
    def _on_document_document_closed(self) -> None:
        self.page.set_rows(self.rows())
        self.page.setEnabled(False)

    @Slot(str, object)
    def _on_document_answer_changed(self, measure_id: str, answer: Answer) -> None:
        measure = self._measures.get(measure_id)
        if measure is not None:
            self.page.update_row(self._row(measure))
