"""Interview mode (Ansicht › Interviewmodus): a section's measures asked one at a time.

``InterviewController`` drives one section's ``InterviewView``: the order of the questions
(each sub-measure right after its parent), what an answer means for the stored answer, the
section's progress. Every answer is one ``SetAnswer`` through ``DocumentController.apply``, so
one answer is one undo step. ``InterviewMode`` follows the menu action: it puts an interview
in place of the measure list on each section page shown while the mode is on, and back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction

from tomwizard.editing import Applied, SetAnswer
from tomwizard.editing.confirm import as_answered, confirmed, is_pre_answer
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Language, Measure, Section, render_text
from tomwizard.rules import findings_for
from ui.controllers import labels
from ui.controllers.base import DocumentBound, SectionPart
from ui.controllers.document import DocumentController, step_label
from ui.pages import date_text, form_fields

if TYPE_CHECKING:  # imported when the mode is first used: the start needs neither
    from ui.pages.interview_view import InterviewState, InterviewView
    from ui.pages.section_page import SectionPage

STATUS_OF = {
    "ja": Status.UMGESETZT,
    "teilweise": Status.TEILWEISE,
    "geplant": Status.GEPLANT,
    "nein": Status.NICHT_UMGESETZT,
    "entfaellt": Status.ENTFAELLT,
}
ANSWER_OF = {status: answer for answer, status in STATUS_OF.items()}


class InterviewController(SectionPart["InterviewView"]):
    """One section's questions, one at a time."""

    @property
    def view(self) -> InterviewView:
        """The interview's widget (the page it controls)."""
        return self.page

    def _set_up(self) -> None:
        view, document, section = self.page, self.document, self.section
        self.order: list[Measure] = list(section.measures())  # parents before their children
        self._parent_of = {c.id: m for m in self.order for c in m.children}
        self.index = 0
        self._detail = ""  # "geplant" or "entfaellt" while its line is open

        view.answer_chosen.connect(self._on_view_answer_chosen)
        view.detail_entered.connect(self._on_view_detail_entered)
        view.detail_cancelled.connect(self._on_view_detail_cancelled)
        view.back_requested.connect(self._on_view_back_requested)
        view.skip_requested.connect(self._on_view_skip_requested)
        document.applied.connect(self._on_document_applied)
        document.document_opened.connect(self._on_document_document_opened)

    # -- position --------------------------------------------------------------------------

    def current_id(self) -> str:
        return self.order[self.index].id if self.order else ""

    def start_at(self, measure_id: str) -> None:
        """Ask ``measure_id`` (the list's current measure) or, if it has no question here,
        the first measure that is still open."""
        ids = [m.id for m in self.order]
        if measure_id in ids:
            self.index = ids.index(measure_id)
        else:
            self.index = next((i for i, m in enumerate(self.order) if self._is_open(m)), 0)
        self.show()

    def go_to(self, measure_id: str) -> None:
        """Ask ``measure_id`` (a measure of this section) now."""
        ids = [m.id for m in self.order]
        if measure_id in ids:
            self._close_detail()
            self.index = ids.index(measure_id)
            self.show()
            self.view.focus_answer()

    def go(self, step: int) -> None:
        """Move ``step`` questions on (or back), over the measures the Rahmenbedingungen ruled
        out (they are answered „entfällt“ and folded away in the list as well)."""
        self._close_detail()
        index = self.index + step
        while 0 <= index < len(self.order) and self._ruled_out(self.order[index]):
            index += 1 if step >= 0 else -1
        if 0 <= index < len(self.order):
            self.index = index
        self.show()

    def answered(self) -> int:
        return sum(1 for m in self.order if not self._is_open(m))

    def _is_open(self, measure: Measure) -> bool:
        return self.document.answer(measure.id).status is Status.OFFEN

    def _ruled_out(self, measure: Measure) -> bool:
        answer = self.document.answer(measure.id)
        return answer.from_screening and answer.status is Status.ENTFAELLT

    # -- showing ---------------------------------------------------------------------------

    def state(self) -> InterviewState:
        from ui.pages.interview_view import InterviewState

        measure = self.order[self.index]
        answer = self.document.answer(measure.id)
        total = len(self.order)
        done = self.answered()
        parent = self._parent_of.get(measure.id)
        return InterviewState(
            question=_question(measure, self.lang),
            statement=self.tr("Text in der Anlage: {text}").format(
                text=render_text(measure, self.lang, answer.params, self.document.role_names)
            ),
            help_html=self._help_html(measure),
            position=self.tr("Frage {number} von {total}").format(
                number=self.index + 1, total=total
            ),
            progress_text=self.tr("{done} von {total} beantwortet").format(done=done, total=total),
            answered=done,
            total=total,
            chosen=ANSWER_OF.get(answer.status, ""),
            follow_up=answer.follow_up,
            current_text=self._current_text(answer),
            parent_question=(
                self.tr("Zu: {question}").format(question=_question(parent, self.lang))
                if parent is not None
                else ""
            ),
            can_back=self.index > 0,
            can_skip=self.index < total - 1,
            editable=self.document.is_open and not self.document.readonly,
            hint=(
                self.tr("Alle Fragen dieses Abschnitts sind beantwortet – weiter mit Strg+Eingabe.")
                if done == total
                else ""
            ),
        )

    def show(self) -> None:
        if self.order:
            self.view.show_state(self.state())

    def _help_html(self, measure: Measure) -> str:
        found = findings_for(self.document.findings, f"measure:{measure.id}")
        return labels.measure_help_html(measure, found, self.lang, self.document.role_names)

    def _current_text(self, answer: Answer) -> str:
        if answer.status is Status.OFFEN and not answer.follow_up:
            return ""
        text = labels.status_text(answer, self.lang)
        if answer.status is Status.UMGESETZT:
            status = labels.statuses(self.lang)
            name = dict(status)[Status.UMGESETZT.value]
            text = f"{name} · {text}" if text else name
        if answer.status is Status.ENTFAELLT and answer.reason:
            text = f"{text}: {answer.reason}"
        return self.tr("Bisher: {answer}").format(answer=text)

    # -- answering -------------------------------------------------------------------------

    def answer(self, choice: str) -> None:
        """What a button or key means: a status (then the next question), or the follow-up
        flag, or the inline line for the date or the reason."""
        if not self.order or self.document.readonly or not self.document.is_open:
            return
        measure_id = self.current_id()
        stored = self.document.answer(measure_id)
        if choice == "rueckfrage":
            self._close_detail()
            flagged = not stored.follow_up
            change = stored.model_copy(update={"follow_up": flagged})
            if self._write(change, keep_origin=True) and flagged:
                self.go(1)
            return
        if choice == "geplant":
            self._detail = choice
            value = date_text.format_date(stored.planned_date, self.lang != "de")
            self.view.ask_detail(
                choice, self.tr("Geplant bis:"), value, self.tr("TT.MM.JJJJ, z. B. 31.12.2026")
            )
            return
        if choice == "entfaellt":
            self._detail = choice
            self.view.ask_detail(
                choice,
                self.tr("Entfällt, weil:"),
                stored.reason,
                self.tr("Begründung für die Anlage"),
            )
            return
        self._close_detail()
        if self._write(stored.model_copy(update={"status": STATUS_OF[choice]}), chosen=True):
            self.go(1)

    def enter_detail(self, text: str) -> None:
        """The date (Geplant) or the reason (Entfällt) typed in the inline line."""
        stored = self.document.answer(self.current_id())
        if self._detail == "geplant":
            try:
                value = date_text.parse_date(text) if text.strip() else None
            except ValueError:
                self.view.show_detail_error(self.tr("Bitte ein Datum wie 31.12.2026 eingeben."))
                return
            if value is None:
                self.view.show_detail_error(self.tr("„Geplant“ braucht ein Datum."))
                return
            update: dict[str, object] = {"status": Status.GEPLANT, "planned_date": value}
        elif self._detail == "entfaellt":
            if not text.strip():
                self.view.show_detail_error(self.tr("„Entfällt“ braucht eine Begründung."))
                return
            update = {"status": Status.ENTFAELLT, "reason": text.strip()}
        else:
            return
        self._close_detail()
        if self._write(stored.model_copy(update=update), chosen=True):
            self.go(1)

    def _write(self, answer: Answer, keep_origin: bool = False, chosen: bool = False) -> bool:
        """Store the answer; any decision but a Rückfrage makes it the user's own, no longer the
        Rahmenbedingungen's (as in the list). An answer ``chosen`` to the question confirms a
        preset's pre-answer, also the same status; so does a cleared Rückfrage."""
        if not keep_origin:
            answer = answer.model_copy(update={"from_screening": False})
        stored = self.document.answer(self.current_id())
        answer = (
            confirmed(answer) if chosen and is_pre_answer(stored) else as_answered(stored, answer)
        )
        change = SetAnswer(self.current_id(), answer)
        done = self.document.apply([change], step_label("answer"))
        if not done:
            self.show()
        return done

    def _close_detail(self) -> None:
        self._detail = ""
        self.view.close_detail()

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_view_answer_chosen(self, choice: str) -> None:
        self.answer(choice)
        if not self._detail:
            self.view.focus_answer()

    @Slot(str)
    def _on_view_detail_entered(self, text: str) -> None:
        self.enter_detail(text)
        if not self._detail:
            self.view.focus_answer()

    @Slot()
    def _on_view_detail_cancelled(self) -> None:
        self._close_detail()
        self.show()  # the buttons show the stored answer again

    @Slot()
    def _on_view_back_requested(self) -> None:
        self.go(-1)
        self.view.focus_answer()

    @Slot()
    def _on_view_skip_requested(self) -> None:
        self.go(1)
        self.view.focus_answer()

    @Slot(object)
    def _on_document_applied(self, applied: Applied) -> None:
        ids = {m.id for m in self.order}
        if applied.replaced or ids & set(applied.answers):
            self.show()

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment) -> None:
        self._close_detail()
        self.start_at("")


def _question(measure: Measure, lang: Language) -> str:
    """The interview question, or the statement for a measure without one."""
    if measure.question is not None:
        return measure.question.get(lang)
    return render_text(measure, lang, {})


class InterviewMode(DocumentBound):
    """Follows the checkable menu action: interviews in place of the lists while it is on."""

    first_section_requested = Signal()  # turned on away from the section pages

    def __init__(
        self,
        action: QAction,
        pages: Callable[[], list[tuple[Section, SectionPage] | None]],
        current_section: Callable[[], int],
        document: DocumentController,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, lang, parent)
        self.action = action
        self._pages = pages  # the built section pages (None for one not built yet)
        self._current_section = current_section  # index of the shown section, -1 for none
        self.interviews: dict[int, InterviewController] = {}
        action.toggled.connect(self._on_action_toggled)

    @property
    def active(self) -> bool:
        return self.action.isChecked()

    def interview(self, index: int) -> InterviewController | None:
        return self.interviews.get(index)

    def section_shown(self, index: int) -> None:
        """A section page is about to show: give it an interview when the mode is on."""
        if self.active:
            self._enter(index)

    def _enter(self, index: int) -> None:
        built = self._pages()
        entry = built[index] if 0 <= index < len(built) else None
        if entry is None:
            return
        section, page = entry
        interview = self.interviews.get(index)
        if interview is None:
            from ui.pages.interview_view import InterviewView

            interview = InterviewController(section, InterviewView(), self.document, self.lang)
            interview.setParent(self)
            self.interviews[index] = interview
            page.current_changed.connect(
                lambda measure_id, i=index: self._on_page_current_changed(i, measure_id)
            )
        if page.alternate() is interview.view:
            return
        form_fields.flush_in(page.editor)  # text typed in the list's editor is kept
        page.show_alternate(interview.view)
        interview.start_at(page.current_id())
        interview.view.focus_answer()

    def _leave(self) -> None:
        built = self._pages()
        for index, interview in self.interviews.items():
            entry = built[index] if index < len(built) else None
            if entry is None or entry[1].alternate() is not interview.view:
                continue
            page = entry[1]
            page.show_alternate(None)
            page.select(interview.current_id())  # the list at the measure last asked

    def _on_page_current_changed(self, index: int, measure_id: str) -> None:
        """A search hit or a finding selected a measure in the hidden list: ask it now."""
        interview = self.interviews[index]
        built = self._pages()
        entry = built[index] if index < len(built) else None
        shown = entry is not None and entry[1].alternate() is interview.view
        if shown and measure_id and measure_id != interview.current_id():
            interview.go_to(measure_id)

    @Slot(bool)
    def _on_action_toggled(self, on: bool) -> None:
        if on:
            index = self._current_section()
            if 0 <= index < len(self._pages()):
                self._enter(index)
            elif self.document.is_open:
                self.first_section_requested.emit()
        else:
            self._leave()
