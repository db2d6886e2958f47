"""The Rahmenbedingungen page: screening answers → one undoable batch with their consequences.

A choice writes the answer together with the answers it implies (measures ruled out, or open
again) as one step; the user's own decisions are never overwritten (``tomwizard.editing.
screening``).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Slot

from tomwizard.content.screening import ScreeningForm, screening_form
from tomwizard.editing import Applied
from tomwizard.editing.screening import screening_changes
from tomwizard.models.assessment import Answer, ScreeningAnswer, Status
from tomwizard.models.catalog import Language, Measure, Section
from ui.controllers.base import PageController
from ui.pages.measure_rows import GroupRow, MeasureRow
from ui.pages.screening_page import QuestionSpec, ScreeningPage


class ScreeningController(PageController[ScreeningPage]):
    def _set_up(self) -> None:
        page, document = self.page, self.document
        page.answer_chosen.connect(self._on_page_answer_chosen)
        document.document_opened.connect(lambda _: self.refresh())
        document.document_closed.connect(self.refresh)
        document.applied.connect(self._on_document_applied)
        self.refresh()

    def refresh(self) -> None:
        assessment = self.document.assessment
        self.page.setEnabled(assessment is not None)
        answers = assessment.screening if assessment is not None else {}
        for question_id in self.page.rows:
            self.page.show_answer(question_id, answers.get(question_id))
        self.page.set_editable(assessment is not None and not self.document.readonly)

    @Slot(object)
    def _on_document_applied(self, applied: Applied) -> None:
        if applied.replaced or "screening" in applied.fields:
            self.refresh()

    @Slot(str, str)
    def _on_page_answer_chosen(self, question_id: str, value: str) -> None:
        assessment = self.document.assessment
        if assessment is None or assessment.screening.get(question_id) == value:
            return
        answers: dict[str, ScreeningAnswer] = dict(assessment.screening)
        answers[question_id] = value  # type: ignore[assignment]
        changes = screening_changes(assessment, self.catalog, answers)
        if not self.document.apply(changes, self.tr("Rahmenbedingungen ändern")):
            self.refresh()  # a refused write shows what is stored


def question_specs(lang: Language, form: ScreeningForm | None = None) -> list[QuestionSpec]:
    """The questions as the page shows them, with what each answer does."""
    form = form if form is not None else screening_form()
    specs = []
    for question in form.questions:
        parts = []
        for label, effect in (
            (QCoreApplication.translate("ScreeningController", "Ja"), question.ja),
            (QCoreApplication.translate("ScreeningController", "Nein"), question.nein),
        ):
            said = []
            if effect.not_applicable:
                said.append(ruled_out_text(len(effect.not_applicable)))
            if effect.raises:
                count = len(effect.raises)
                said.append(
                    QCoreApplication.translate("ScreeningController", "1 Maßnahme wird erwartet")
                    if count == 1
                    else QCoreApplication.translate(
                        "ScreeningController", "{count} Maßnahmen werden erwartet"
                    ).format(count=count)
                )
            if said:
                parts.append(f"{label}: {', '.join(said)}")
        help_text = question.help.get(lang) if question.help is not None else ""
        specs.append(
            QuestionSpec(question.id, question.text.get(lang), help_text, " · ".join(parts))
        )
    return specs


def ruled_out_text(count: int) -> str:
    """ "7 Maßnahmen entfallen" (one: "1 Maßnahme entfällt")."""
    if count == 1:
        return QCoreApplication.translate("ScreeningController", "1 Maßnahme entfällt")
    return QCoreApplication.translate("ScreeningController", "{count} Maßnahmen entfallen").format(
        count=count
    )


def answer_labels() -> dict[str, str]:
    return {
        "ja": QCoreApplication.translate("ScreeningController", "Ja"),
        "nein": QCoreApplication.translate("ScreeningController", "Nein"),
        "unbekannt": QCoreApplication.translate("ScreeningController", "Unbekannt"),
    }


# -- the section pages: measures the screening ruled out, folded per reason ---------------------


def screened_measures(section: Section, answer: Callable[[str], Answer]) -> dict[str, None]:
    """The section's top-level measures (with any sub-measures) the screening ruled out, in
    catalog order: they are folded into one line per reason."""
    out: dict[str, None] = {}
    for sub in section.subsections:
        for measure in sub.measures:
            answers = [answer(m.id) for m in measure.walk()]
            if all(a.from_screening and a.status is Status.ENTFAELLT for a in answers):
                out[measure.id] = None
    return out


def folded_groups(
    folded: dict[str, None],
    measures: dict[str, Measure],
    answer: Callable[[str], Answer],
    row: Callable[[Measure], MeasureRow],
) -> list[GroupRow]:
    """One closed group per reason: "6 Maßnahmen entfallen: Keine eigene Softwareentwicklung"."""
    by_reason: dict[str, list[Measure]] = {}
    for measure_id in folded:
        by_reason.setdefault(answer(measure_id).reason, []).append(measures[measure_id])
    tip = QCoreApplication.translate(
        "ScreeningController",
        "Nach den Rahmenbedingungen; zum Aufklappen klicken oder Enter drücken.",
    )
    groups = []
    for number, (reason, ruled) in enumerate(by_reason.items()):
        count = sum(len(list(m.walk())) for m in ruled)
        title = f"{ruled_out_text(count)}: {reason}"
        rows = tuple(row(m) for m in ruled)
        groups.append(GroupRow(f"screened.{number}", title, rows, folded=True, tooltip=tip))
    return groups


def screening_tip(answer: Answer) -> str:
    """The tooltip of a measure row whose answer came from the screening ("" otherwise)."""
    if not answer.from_screening:
        return ""
    text = QCoreApplication.translate("ScreeningController", "Aus den Rahmenbedingungen: {reason}")
    return text.format(reason=answer.reason)
