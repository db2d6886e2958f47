"""One controller per section page: answers → rows and editor, user actions → undoable edits."""

from __future__ import annotations

import uuid
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Language, Measure, Section, render_text
from tomwizard.models.finding import Finding
from tomwizard.rules import findings_for
from ui.controllers import labels
from ui.controllers.document import DocumentController, toggled_answer
from ui.controllers.edits import EditController
from ui.pages import form_fields
from ui.pages.measure_editor import EditorState, ParamState
from ui.pages.section_page import GroupRow, MeasureRow, SectionPage

CUSTOM = "custom:"


def check_state(status: Status) -> Qt.CheckState:
    """``offen`` is unticked, ``umgesetzt`` ticked, every other status half-ticked."""
    if status is Status.UMGESETZT:
        return Qt.CheckState.Checked
    if status is Status.OFFEN:
        return Qt.CheckState.Unchecked
    return Qt.CheckState.PartiallyChecked


class SectionController(QObject):
    def __init__(
        self,
        section: Section,
        page: SectionPage,
        document: DocumentController,
        edits: EditController,
        heading: str,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.section = section
        self.page = page
        self.document = document
        self.edits = edits
        self.lang: Language = lang
        self._measures = {m.id: m for m in section.measures()}
        self._badges: dict[str, list[Finding]] = {}
        self._editing_id = ""  # the measure the editor shows (typed text belongs to it)
        self._parents: dict[str, str] = {
            child.id: m.id for m in self._measures.values() for child in m.children
        }
        intro = section.intro.get(lang) if section.intro is not None else ""
        page.set_header(heading, intro)
        page.setEnabled(document.is_open)
        page.set_rows(self.rows())
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
        editor.follow_up_toggled.connect(self._on_editor_follow_up_toggled)
        editor.param_edited.connect(self._on_editor_param_edited)
        editor.custom_text_edited.connect(self._on_editor_custom_text_edited)
        editor.editing_finished.connect(edits.end_merge)
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self._on_document_document_closed)
        document.answer_changed.connect(self._on_document_answer_changed)
        document.custom_changed.connect(self._on_document_custom_changed)
        document.findings_changed.connect(self._on_document_findings_changed)
        self._on_page_current_changed(page.current_id())

    # -- rows ------------------------------------------------------------------------------

    def _badge_map(self, findings: list[Finding]) -> dict[str, list[Finding]]:
        mine: dict[str, list[Finding]] = {}
        for finding in findings:
            for target in finding.targets:
                kind, _, ident = target.partition(":")
                if (kind == "measure" and ident in self._measures) or kind == "custom":
                    mine.setdefault(target, []).append(finding)
        return mine

    def rows(self) -> list[GroupRow]:
        self._badges = self._badge_map(self.document.findings)
        groups = [
            GroupRow(sub.id, sub.title.get(self.lang), tuple(self._row(m) for m in sub.measures))
            for sub in self.section.subsections
        ]
        customs = self._customs()
        if customs:
            rows = tuple(self._custom_row(c) for c in customs)
            groups.append(GroupRow(f"{self.section.id}.sonstige", self.tr("Sonstige"), rows))
        return groups

    def _customs(self) -> list[CustomMeasure]:
        items = self.document.assessment_list("custom")
        return [c for c in items if c.section_id == self.section.id]

    def _row(self, measure: Measure, with_children: bool = True) -> MeasureRow:
        answer = self.document.answer(measure.id)
        found = findings_for(self.document.findings, f"measure:{measure.id}")
        children = tuple(self._row(c) for c in measure.children) if with_children else ()
        return MeasureRow(
            measure_id=measure.id,
            text=render_text(measure, self.lang, answer.params),
            help=labels.measure_help_html(measure, found, self.lang),
            check_state=self._display_state(measure),
            status_text=labels.status_text(answer, self.lang),
            children=children,
            badge=labels.severity_icon(labels.worst(found)) if found else None,
            badge_text=labels.findings_tooltip(found, self.lang),
        )

    def _custom_row(self, custom: CustomMeasure) -> MeasureRow:
        found = findings_for(self.document.findings, f"custom:{custom.id}")
        help_html = "<p>" + escape(self.tr("Eine eigene Maßnahme dieses Abschnitts.")) + "</p>"
        return MeasureRow(
            measure_id=CUSTOM + custom.id,
            text=custom.text or self.tr("(noch ohne Text)"),
            help=help_html + "".join(labels.finding_html(f, self.lang) for f in found),
            check_state=check_state(custom.answer.status),
            status_text=labels.status_text(custom.answer, self.lang),
            badge=labels.severity_icon(labels.worst(found)) if found else None,
            badge_text=labels.findings_tooltip(found, self.lang),
        )

    def _display_state(self, measure: Measure) -> Qt.CheckState:
        """Tri-state parents: an open parent with answered sub-measures is half-ticked."""
        own = check_state(self.document.answer(measure.id).status)
        if own != Qt.CheckState.Unchecked or not measure.children:
            return own
        answered = any(
            self.document.answer(m.id).status is not Status.OFFEN
            for child in measure.children
            for m in child.walk()
        )
        return Qt.CheckState.PartiallyChecked if answered else own

    def _refresh(self, measure_id: str) -> None:
        """Show a measure again, and its parents (their tri-state depends on it)."""
        while measure_id in self._measures:
            self.page.update_row(self._row(self._measures[measure_id], with_children=False))
            if measure_id not in self._parents:
                break
            measure_id = self._parents[measure_id]

    def _show_current(self) -> None:
        measure_id = self.page.current_id()
        self._editing_id = measure_id
        self.page.editor.show_state(self._editor_state(measure_id))
        item = self.page.item_for(measure_id)
        if item is not None:
            self.page.set_help(item.data(0, Qt.ItemDataRole.UserRole + 1))
        else:
            self.page.set_help(
                escape(self.tr("Wählen Sie eine Maßnahme, um ihre Erläuterung zu sehen."))
            )

    def _editor_state(self, measure_id: str) -> EditorState | None:
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            if custom is None:
                return None
            return _state(custom.answer, [], custom=True, text=custom.text)
        measure = self._measures.get(measure_id)
        if measure is None or not self.document.is_open:
            return None
        answer = self.document.answer(measure_id)
        params = [
            ParamState(
                p.id,
                p.type,
                p.label.get(self.lang),
                p.unit.get(self.lang) if p.unit else "",
                list(p.choices),
                answer.params.get(p.id, p.default),
                _range_hint(p.recommended_min, p.recommended_max, self.tr),
            )
            for p in measure.params
        ]
        return _state(answer, params)

    # -- edits -----------------------------------------------------------------------------

    def _answer_of(self, measure_id: str) -> Answer:
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            return custom.answer if custom is not None else Answer()
        return self.document.answer(measure_id)

    def _write(self, measure_id: str, answer: Answer, text: bool = False) -> None:
        if not text:
            answer = self._with_pending(measure_id, answer)
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            if custom is not None:
                self.edits.put_custom_measure(
                    custom.model_copy(update={"answer": answer}), merge=text
                )
        elif text:
            self.edits.set_answer_text(measure_id, answer)
        else:
            self.edits.set_answer(measure_id, answer)
        self._refresh(measure_id)  # a refused write shows what is stored
        if measure_id.startswith(CUSTOM):
            self.page.set_rows(self.rows())

    def _with_pending(self, measure_id: str, answer: Answer) -> Answer:
        """Text typed into the editor but not yet sent goes first, so it is not overwritten."""
        form_fields.flush_in(self.page.editor)
        current = self._answer_of(measure_id)
        return answer.model_copy(update={"note": current.note, "reason": current.reason})

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
        answers = {measure_id: toggled_answer(self.document.answer(measure_id), ticked)}
        wanted = Status.OFFEN if ticked else Status.UMGESETZT
        for child in measure.children:  # a parent ticks or unticks its open sub-measures
            for sub in child.walk():
                if self.document.answer(sub.id).status is wanted:
                    answers[sub.id] = toggled_answer(self.document.answer(sub.id), ticked)
        self.edits.set_answers(answers, self.tr("Haken setzen"))
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
            self.edits.put_custom_measure(custom.model_copy(update={"text": text}), merge=True)

    @Slot()
    def _on_page_add_custom_requested(self) -> None:
        custom_id = f"{self.section.id}-{uuid.uuid4().hex[:8]}"
        custom = CustomMeasure(id=custom_id, section_id=self.section.id)
        if self.edits.put_custom_measure(custom):
            self.page.select(CUSTOM + custom.id)
            self.page.editor.custom_text.setFocus()

    @Slot()
    def _on_page_confirm_section_requested(self) -> None:
        """Confirm every catalog answer of the section with an open Rückfrage (a preset's
        pre-answers): one undoable step, logged like any edit."""
        form_fields.flush_in(self.page.editor)
        answers = {
            measure_id: answer.model_copy(update={"follow_up": False})
            for measure_id in self._measures
            if (answer := self.document.answer(measure_id)).follow_up
        }
        if answers:
            self.edits.set_answers(answers, self.tr("Abschnitt bestätigen"))
            for changed in answers:
                self._refresh(changed)

    @Slot(str)
    def _on_page_remove_custom_requested(self, measure_id: str) -> None:
        self.edits.delete_custom_measure(measure_id.removeprefix(CUSTOM))

    # -- document --------------------------------------------------------------------------

    @Slot(str)
    def _on_page_current_changed(self, measure_id: str) -> None:
        form_fields.flush_in(self.page.editor)  # typed text goes to the measure it was typed for
        self._show_current()

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment) -> None:
        self.page.set_rows(self.rows())
        self.page.set_editable(not self.document.readonly)
        self.page.setEnabled(True)
        self._show_current()

    @Slot()
    def _on_document_document_closed(self) -> None:
        self.page.set_rows(self.rows())
        self.page.setEnabled(False)

    @Slot(str, object)
    def _on_document_answer_changed(self, measure_id: str, answer: Answer) -> None:
        if measure_id in self._measures:
            self._refresh(measure_id)
            if measure_id == self.page.current_id():
                self._show_current()

    @Slot(str, object)
    def _on_document_custom_changed(self, custom_id: str, custom: object) -> None:
        if self.page.item_for(CUSTOM + custom_id) is not None or (
            isinstance(custom, CustomMeasure) and custom.section_id == self.section.id
        ):
            self.page.set_rows(self.rows())
            self._show_current()

    @Slot(object)
    def _on_document_findings_changed(self, findings: list[Finding]) -> None:
        """Refresh only the rows whose findings changed (the badges)."""
        shown = self._badges
        self._badges = self._badge_map(findings)
        for target in set(shown) | set(self._badges):
            if shown.get(target) == self._badges.get(target):
                continue
            kind, _, ident = target.partition(":")
            if kind == "measure" and ident in self._measures:
                self.page.update_row(self._row(self._measures[ident], with_children=False))
            elif kind == "custom":
                custom = self.document.custom_measure(ident)
                if custom is not None:
                    self.page.update_row(self._custom_row(custom))
        if self.page.current_id():
            item = self.page.item_for(self.page.current_id())
            if item is not None:
                self.page.set_help(item.data(0, Qt.ItemDataRole.UserRole + 1))


def _state(
    answer: Answer, params: list[ParamState], custom: bool = False, text: str = ""
) -> EditorState:
    return EditorState(
        status=answer.status.value,
        planned_date=answer.planned_date,
        reason=answer.reason,
        note=answer.note,
        follow_up=answer.follow_up,
        params=params,
        custom=custom,
        custom_text=text,
    )


def _range_hint(low: int | None, high: int | None, tr: Any) -> str:
    if low is not None and high is not None:
        return str(
            QCoreApplication.translate("SectionController", "empfohlen: {low} bis {high}")
        ).format(low=low, high=high)
    if low is not None:
        return str(
            QCoreApplication.translate("SectionController", "empfohlen: mindestens {low}")
        ).format(low=low)
    if high is not None:
        return str(
            QCoreApplication.translate("SectionController", "empfohlen: höchstens {high}")
        ).format(low=low, high=high)
    return ""
