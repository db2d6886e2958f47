"""One controller per section page: answers → rows and editor, user actions → undoable edits."""

from __future__ import annotations

import uuid
from dataclasses import replace
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot

from tomwizard.editing import (
    Applied,
    Change,
    DeleteCustomMeasure,
    PutCustomMeasure,
    SetAnswer,
)
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Language, Measure, Section, render_text
from tomwizard.models.finding import Finding
from tomwizard.rules import findings_for
from ui.controllers import labels
from ui.controllers.base import DocumentBound
from ui.controllers.document import DocumentController, step_label
from ui.controllers.screening import folded_groups, screened_measures, screening_tip
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


def toggled_answer(answer: Answer, ticked: bool) -> Answer:
    """The checkbox fast path: ticking sets ``umgesetzt``, unticking ``offen``; all else stays
    (but it is the user's answer now, no longer the screening's)."""
    status = Status.UMGESETZT if ticked else Status.OFFEN
    return answer.model_copy(update={"status": status, "from_screening": False})


class SectionController(DocumentBound):
    def __init__(
        self,
        section: Section,
        page: SectionPage,
        document: DocumentController,
        heading: str,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, lang, parent)
        self.section = section
        self.page = page
        self._measures = {m.id: m for m in section.measures()}
        self._badges: dict[str, list[Finding]] = {}
        self._editing_id = ""  # the measure the editor shows (typed text belongs to it)
        self._folded: dict[str, None] = {}  # measures shown folded (ruled out by screening)
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
        editor.owner_edited.connect(lambda text: self._edit_text(owner=text))
        editor.follow_up_toggled.connect(self._on_editor_follow_up_toggled)
        editor.param_edited.connect(self._on_editor_param_edited)
        editor.custom_text_edited.connect(self._on_editor_custom_text_edited)
        editor.custom_link_chosen.connect(self._on_editor_custom_link_chosen)
        editor.editing_finished.connect(document.end_merge)
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self._on_document_document_closed)
        document.applied.connect(self._on_document_applied)
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
        self._folded = self._screened()
        groups = []
        for sub in self.section.subsections:
            shown = tuple(self._row(m) for m in sub.measures if m.id not in self._folded)
            if shown:
                groups.append(GroupRow(sub.id, sub.title.get(self.lang), shown))
        answer = self.document.answer
        groups += folded_groups(self._folded, self._measures, answer, self._row)
        customs = self._customs()
        if customs:
            rows = tuple(self._custom_row(c) for c in customs)
            groups.append(GroupRow(f"{self.section.id}.sonstige", self.tr("Sonstige"), rows))
        return groups

    def _screened(self) -> dict[str, None]:
        if not self.document.is_open:
            return {}
        return screened_measures(self.section, self.document.answer)

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
            badge_text="\n".join(
                t for t in (screening_tip(answer), labels.findings_tooltip(found, self.lang)) if t
            ),
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
            state = _state(custom.answer, [], custom=True, text=custom.text)
            return replace(
                state, link_choices=self._link_choices(), linked_measure=custom.linked_measure
            )
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

    def _link_choices(self) -> list[tuple[str, str]]:
        """The section's catalog measures a custom measure may replace or extend."""
        return [(m.id, _shortened(render_text(m, self.lang, {}))) for m in self.section.measures()]

    # -- edits -----------------------------------------------------------------------------

    def _answer_of(self, measure_id: str) -> Answer:
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            return custom.answer if custom is not None else Answer()
        return self.document.answer(measure_id)

    def _write(self, measure_id: str, answer: Answer, text: bool = False) -> None:
        if not text:
            answer = self._with_pending(measure_id, answer)
        if _decided(self._answer_of(measure_id), answer):
            answer = answer.model_copy(update={"from_screening": False})  # the user's now
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
        answers = {measure_id: toggled_answer(self.document.answer(measure_id), ticked)}
        wanted = Status.OFFEN if ticked else Status.UMGESETZT
        for child in measure.children:  # a parent ticks or unticks its open sub-measures
            for sub in child.walk():
                if self.document.answer(sub.id).status is wanted:
                    answers[sub.id] = toggled_answer(self.document.answer(sub.id), ticked)
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
        pre-answers): one undoable step, logged like any edit."""
        form_fields.flush_in(self.page.editor)
        answers = {
            measure_id: answer.model_copy(update={"follow_up": False})
            for measure_id in self._measures
            if (answer := self.document.answer(measure_id)).follow_up
        }
        if answers:  # the rows are redrawn from the document's ``applied`` report
            changes = [SetAnswer(measure_id, answer) for measure_id, answer in answers.items()]
            self.document.apply(changes, self.tr("Abschnitt bestätigen"))

    @Slot(str)
    def _on_page_remove_custom_requested(self, measure_id: str) -> None:
        change = DeleteCustomMeasure(measure_id.removeprefix(CUSTOM))
        self.document.apply([change], step_label("custom-removed"))

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

    @Slot(object)
    def _on_document_applied(self, applied: Applied) -> None:
        """Redraw what one batch changed, each row once: changed answers (with their
        parents, whose tri-state depends on them) and rows whose findings (badges) changed."""
        if applied.replaced:
            return  # document_opened has redrawn everything
        mine = [c for c in applied.customs.values() if c and c.section_id == self.section.id]
        refold = any(m in self._measures for m in applied.answers) and (
            self._screened() != self._folded
        )
        if (
            refold
            or any(self.page.item_for(CUSTOM + c) is not None for c in applied.customs)
            or mine
        ):
            self.page.set_rows(self.rows())
            self._show_current()
            return
        shown = self._badges
        self._badges = self._badge_map(applied.findings)
        redraw: dict[str, None] = {}
        for measure_id in applied.answers:
            while measure_id in self._measures and measure_id not in redraw:
                redraw[measure_id] = None
                measure_id = self._parents.get(measure_id, "")
        customs: list[CustomMeasure] = []
        for target in set(shown) | set(self._badges):
            if shown.get(target) != self._badges.get(target):
                kind, _, ident = target.partition(":")
                if kind == "measure" and ident in self._measures:
                    redraw[ident] = None
                elif kind == "custom" and (custom := self.document.custom_measure(ident)):
                    customs.append(custom)
        for measure_id in redraw:
            self.page.update_row(self._row(self._measures[measure_id], with_children=False))
        for custom in customs:
            self.page.update_row(self._custom_row(custom))
        current = self.page.current_id()
        if current in applied.answers:
            self._show_current()
        elif (redraw or customs) and current:
            item = self.page.item_for(current)
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
        owner=answer.owner,
        follow_up=answer.follow_up,
        params=params,
        custom=custom,
        custom_text=text,
    )


def _decided(old: Answer, new: Answer) -> bool:
    """Whether an edit is the user's own decision (more than confirming a pre-answer)."""
    keep = {"follow_up": False, "from_screening": False}
    return old.model_copy(update=keep) != new.model_copy(update=keep)


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


def _shortened(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
