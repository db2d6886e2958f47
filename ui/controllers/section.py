"""One controller per section page: answers → rows and editor, user actions → undoable edits."""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Slot

from tomwizard.editing import (
    Applied,
    Change,
    DeleteCustomMeasure,
    PutCustomMeasure,
    SetAnswer,
)
from tomwizard.editing.confirm import as_answered, confirmed
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, LinkKind, Status
from ui.controllers.base import SectionPart
from ui.controllers.document import step_label
from ui.controllers.section_rows import CUSTOM, SectionRows
from ui.pages import form_fields
from ui.pages.section_page import SectionPage


def toggled_answer(answer: Answer, ticked: bool) -> Answer:
    """The checkbox fast path: ticking sets ``umgesetzt``, unticking ``offen``; all else stays
    (but it is the user's answer now, no longer the screening's)."""
    status = Status.UMGESETZT if ticked else Status.OFFEN
    return answer.model_copy(update={"status": status, "from_screening": False})


class SectionController(SectionPart[SectionPage]):
    def _set_up(self) -> None:
        page, document = self.page, self.document
        self.shown = SectionRows(self.section, document, self.lang)
        self._measures = self.shown.measures
        self._editing_id = ""  # the measure the editor shows (typed text belongs to it)
        self._parents: dict[str, str] = {
            child.id: m.id for m in self._measures.values() for child in m.children
        }
        page.setEnabled(document.is_open)
        page.set_rows(self.shown.rows())
        page.set_editable(not document.readonly)

        page.measure_toggled.connect(self._on_page_measure_toggled)
        page.current_changed.connect(self._on_page_current_changed)
        page.status_key_pressed.connect(self._on_page_status_key_pressed)
        page.follow_up_key_pressed.connect(self._on_page_follow_up_key_pressed)
        page.add_custom_requested.connect(self._on_page_add_custom_requested)
        page.confirm_section_requested.connect(self._on_page_confirm_section_requested)
        page.remove_custom_requested.connect(self._on_page_remove_custom_requested)
        editor = page.editor
        editor.status_chosen.connect(self._on_editor_status_chosen)
        editor.planned_date_edited.connect(self._on_editor_planned_date_edited)
        editor.reason_edited.connect(lambda text: self._edit_text(reason=text))
        editor.note_edited.connect(lambda text: self._edit_text(note=text))
        editor.owner_edited.connect(lambda text: self._edit_text(owner=text))
        editor.remaining_edited.connect(lambda text: self._edit_text(remaining=text))
        editor.follow_up_toggled.connect(self._on_editor_follow_up_toggled)
        editor.param_edited.connect(self._on_editor_param_edited)
        editor.custom_text_edited.connect(self._on_editor_custom_text_edited)
        editor.custom_link_chosen.connect(self._on_editor_custom_link_chosen)
        editor.custom_link_kind_chosen.connect(self._on_editor_custom_link_kind_chosen)
        editor.editing_finished.connect(document.end_merge)
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self._on_document_document_closed)
        document.applied.connect(self._on_document_applied)
        self._on_page_current_changed(page.current_id())

    def _refresh(self, measure_id: str) -> None:
        """Show a measure again, and its parents (their tri-state depends on it)."""
        while measure_id in self._measures:
            self.page.update_row(self.shown.row(self._measures[measure_id], with_children=False))
            if measure_id not in self._parents:
                break
            measure_id = self._parents[measure_id]

    def _show_current(self) -> None:
        measure_id = self.page.current_id()
        self._editing_id = measure_id
        self.page.editor.show_state(self.shown.editor_state(measure_id))
        item = self.page.item_for(measure_id)
        if item is not None:
            self.page.set_help(item.data(0, Qt.ItemDataRole.UserRole + 1))
        else:
            self.page.set_help(
                escape(self.tr("Wählen Sie eine Maßnahme, um ihre Erläuterung zu sehen."))
            )

    # -- edits -----------------------------------------------------------------------------

    def _answer_of(self, measure_id: str) -> Answer:
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            return custom.answer if custom is not None else Answer()
        return self.document.answer(measure_id)

    def _write(self, measure_id: str, answer: Answer, text: bool = False) -> None:
        if not text:
            answer = self._with_pending(measure_id, answer)
        stored = self._answer_of(measure_id)
        if _decided(stored, answer):
            answer = answer.model_copy(update={"from_screening": False})  # the user's now
        if not text:  # a changed status or a cleared Rückfrage confirms a preset's pre-answer
            answer = as_answered(stored, answer)
        change: Change
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            if custom is None:
                return
            change = PutCustomMeasure(custom.model_copy(update={"answer": answer}))
            key = f"custom:{custom.id}" if text else ""
            done = self.document.apply([change], step_label("custom"), key)
        else:
            change = SetAnswer(measure_id, answer)
            key = f"answer:{measure_id}" if text else ""
            done = self.document.apply([change], step_label("text" if text else "answer"), key)
        if not done:
            self._refresh(measure_id)  # a refused write shows what is stored

    def _with_pending(self, measure_id: str, answer: Answer) -> Answer:
        """Text typed into the editor but not yet sent goes first, so it is not overwritten."""
        form_fields.flush_in(self.page.editor)
        current = self._answer_of(measure_id)
        pending = {"note": current.note, "reason": current.reason, "owner": current.owner}
        return answer.model_copy(update=pending)

    def _update(self, measure_id: str, text: bool = False, **changes: Any) -> None:
        if not measure_id:
            return
        self._write(measure_id, self._answer_of(measure_id).model_copy(update=changes), text)

    @Slot(str, bool)
    def _on_page_measure_toggled(self, measure_id: str, ticked: bool) -> None:
        form_fields.flush_in(self.page.editor)
        measure = self._measures.get(measure_id)
        if measure is None:  # a custom measure
            self._write(measure_id, toggled_answer(self._answer_of(measure_id), ticked))
            return

        def toggled(mid: str) -> Answer:  # a changed status confirms a preset's pre-answer
            old = self.document.answer(mid)
            return as_answered(old, toggled_answer(old, ticked))

        answers = {measure_id: toggled(measure_id)}
        wanted = Status.OFFEN if ticked else Status.UMGESETZT
        for child in measure.children:  # a parent ticks or unticks its open sub-measures
            for sub in child.walk():
                if self.document.answer(sub.id).status is wanted:
                    answers[sub.id] = toggled(sub.id)
        changes = [SetAnswer(mid, answer) for mid, answer in answers.items()]
        if not self.document.apply(changes, self.tr("Haken setzen")):  # one step, one commit
            for changed in answers:
                self._refresh(changed)

    @Slot(str, str)
    def _on_page_status_key_pressed(self, measure_id: str, status: str) -> None:
        self._update(measure_id, status=Status(status))

    @Slot(str)
    def _on_page_follow_up_key_pressed(self, measure_id: str) -> None:
        self._update(measure_id, follow_up=not self._answer_of(measure_id).follow_up)

    @Slot(str)
    def _on_editor_status_chosen(self, status: str) -> None:
        self._update(self._editing_id, status=Status(status))

    @Slot(object)
    def _on_editor_planned_date_edited(self, value: object) -> None:
        self._update(self._editing_id, planned_date=value)

    @Slot(bool)
    def _on_editor_follow_up_toggled(self, value: bool) -> None:
        self._update(self._editing_id, follow_up=value)

    def _edit_text(self, **changes: str) -> None:
        self._update(self._editing_id, text=True, **changes)

    @Slot(str, object)
    def _on_editor_param_edited(self, param_id: str, value: object) -> None:
        measure_id = self._editing_id
        params = dict(self._answer_of(measure_id).params)
        if value is None or value == "":
            params.pop(param_id, None)
        elif isinstance(value, int | str):
            params[param_id] = value
        self._update(measure_id, params=params)

    @Slot(str)
    def _on_editor_custom_text_edited(self, text: str) -> None:
        measure_id = self._editing_id
        custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
        if custom is not None:
            change = PutCustomMeasure(custom.model_copy(update={"text": text}))
            self.document.apply([change], step_label("custom"), f"custom:{custom.id}")

    @Slot(str)
    def _on_editor_custom_link_chosen(self, measure_id: str) -> None:
        custom = self.document.custom_measure(self._editing_id.removeprefix(CUSTOM))
        if custom is not None and custom.linked_measure != measure_id:
            change = PutCustomMeasure(custom.model_copy(update={"linked_measure": measure_id}))
            self.document.apply([change], step_label("custom"))

    @Slot(str)
    def _on_editor_custom_link_kind_chosen(self, kind: str) -> None:
        custom = self.document.custom_measure(self._editing_id.removeprefix(CUSTOM))
        if custom is not None and custom.link_kind != kind:
            change = PutCustomMeasure(custom.model_copy(update={"link_kind": LinkKind(kind)}))
            self.document.apply([change], step_label("custom"))

    @Slot()
    def _on_page_add_custom_requested(self) -> None:
        custom_id = f"{self.section.id}-{uuid.uuid4().hex[:8]}"
        custom = CustomMeasure(id=custom_id, section_id=self.section.id)
        if self.document.apply([PutCustomMeasure(custom)], step_label("custom")):
            self.page.select(CUSTOM + custom.id)
            self.page.editor.custom_text.setFocus()

    @Slot()
    def _on_page_confirm_section_requested(self) -> None:
        """Confirm every catalog answer of the section with an open Rückfrage (a preset's
        pre-answers lose their note „bitte prüfen und bestätigen“ too): one undoable step,
        logged like any edit."""
        form_fields.flush_in(self.page.editor)
        answers = {
            measure_id: confirmed(answer)
            for measure_id in self._measures
            if (answer := self.document.answer(measure_id)).follow_up
        }
        if answers:  # the rows are redrawn from the document's ``applied`` report
            changes = [SetAnswer(measure_id, answer) for measure_id, answer in answers.items()]
            self.document.apply(changes, self.tr("Abschnitt bestätigen"))

    @Slot(str)
    def _on_page_remove_custom_requested(self, measure_id: str) -> None:
        form_fields.flush_in(self.page.editor)  # its text just typed comes back with an undo
        change = DeleteCustomMeasure(measure_id.removeprefix(CUSTOM))
        self.document.apply([change], step_label("custom-removed"))

    # -- document --------------------------------------------------------------------------

    @Slot(str)
    def _on_page_current_changed(self, measure_id: str) -> None:
        form_fields.flush_in(self.page.editor)  # typed text goes to the measure it was typed for
        self._show_current()

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment) -> None:
        self.page.set_rows(self.shown.rows())
        self.page.set_editable(not self.document.readonly)
        self.page.setEnabled(True)
        self._show_current()

    @Slot()
    def _on_document_document_closed(self) -> None:
        self.page.set_rows(self.shown.rows())
        self.page.setEnabled(False)

    @Slot(object)
    def _on_document_applied(self, applied: Applied) -> None:
        """Redraw what one batch changed, each row once: changed answers (with their
        parents, whose tri-state depends on them) and rows whose findings (badges) changed."""
        if applied.replaced:
            return  # document_opened has redrawn everything
        mine = [c for c in applied.customs.values() if c and c.section_id == self.section.id]
        refold = any(m in self._measures for m in applied.answers) and (
            self.shown.screened() != self.shown.folded
        )
        if (
            refold
            or any(self.page.item_for(CUSTOM + c) is not None for c in applied.customs)
            or mine
        ):
            # an own measure that comes back (undoing its removal) is selected and shown
            back = [c.id for c in mine if self.page.item_for(CUSTOM + c.id) is None]
            self.page.set_rows(self.shown.rows())
            if back:
                self.page.select(CUSTOM + back[0])
            self._show_current()
            return
        shown = self.shown.badges
        self.shown.badges = self.shown.badge_map(applied.findings)
        redraw: dict[str, None] = {}
        for measure_id in applied.answers:
            while measure_id in self._measures and measure_id not in redraw:
                redraw[measure_id] = None
                measure_id = self._parents.get(measure_id, "")
        customs: list[CustomMeasure] = []
        for target in set(shown) | set(self.shown.badges):
            if shown.get(target) != self.shown.badges.get(target):
                kind, _, ident = target.partition(":")
                if kind == "measure" and ident in self._measures:
                    redraw[ident] = None
                elif kind == "custom" and (custom := self.document.custom_measure(ident)):
                    customs.append(custom)
        for measure_id in redraw:
            self.page.update_row(self.shown.row(self._measures[measure_id], with_children=False))
        for custom in customs:
            self.page.update_row(self.shown.custom_row(custom))
        current = self.page.current_id()
        if current in applied.answers:
            self._show_current()
        elif (redraw or customs) and current:
            item = self.page.item_for(current)
            if item is not None:
                self.page.set_help(item.data(0, Qt.ItemDataRole.UserRole + 1))


def _decided(old: Answer, new: Answer) -> bool:
    """Whether an edit is the user's own decision (more than confirming a pre-answer)."""
    keep = {"follow_up": False, "from_screening": False}
    return old.model_copy(update=keep) != new.model_copy(update=keep)
