"""Undo and redo across every edit: each command writes through the DocumentController.

A view's edit reaches the document only through :class:`EditController`, which commits it
first and then records the command (so a refused write never lands on the stack). Undo and
redo write again through the same document methods, so they are saved at once as well.
Consecutive edits of the same text field merge into one step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.store import StoreError
from ui.controllers.document import DocumentController

_MERGE_ID = 1


class _Command(QUndoCommand):
    """``apply(forward)`` writes the new (True) or the old (False) state."""

    def __init__(
        self,
        text: str,
        apply: Callable[[bool], None],
        on_error: Callable[[StoreError], None],
        key: str = "",
    ) -> None:
        super().__init__(text)
        self._applies = [apply]
        self._on_error = on_error
        self._first = True
        self.key = key

    def redo(self) -> None:
        if self._first:  # already committed before the command was pushed
            self._first = False
            return
        self._run(True)

    def undo(self) -> None:
        self._run(False)

    def _run(self, forward: bool) -> None:
        applies = self._applies if forward else list(reversed(self._applies))
        try:
            for apply in applies:
                apply(forward)
        except StoreError as exc:
            self._on_error(exc)

    def id(self) -> int:
        return _MERGE_ID if self.key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, _Command) or other.key != self.key:
            return False
        self._applies.extend(other._applies)
        return True


class EditController(QObject):
    """Every user edit as an undoable, committed command."""

    error_occurred = Signal(str, str)  # title, message

    def __init__(self, document: DocumentController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.stack = QUndoStack(self)
        self._merge_key = ""
        self._merge_step = ""
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self.stack.clear)

    def undo(self) -> None:
        from ui.pages.form_fields import flush_all

        flush_all()  # what was just typed is a step of its own, undone first
        self._merge_key = ""
        self.stack.undo()

    def redo(self) -> None:
        self._merge_key = ""
        self.stack.redo()

    def end_merge(self) -> None:
        """The next text edit starts a new undo step (focus left the field)."""
        self._merge_key = ""

    # -- edits -----------------------------------------------------------------------------

    def set_answer(self, measure_id: str, answer: Answer, text: str = "") -> bool:
        return self.set_answers({measure_id: answer}, text)

    def set_answers(self, answers: dict[str, Answer], text: str = "") -> bool:
        """Several answers as one undo step (a parent ticked with its sub-measures)."""
        old = {mid: self.document.answer(mid) for mid in answers}
        changed = {mid: a for mid, a in answers.items() if a != old[mid]}
        if not changed:
            return True

        def apply(forward: bool) -> None:
            for mid in changed:
                self.document.set_answer(mid, changed[mid] if forward else old[mid])

        return self._do(text or self.tr("Antwort ändern"), apply)

    def set_field(self, path: str, value: Any, merge: bool = False) -> bool:
        old = self.document.field(path)
        if _same(old, value):
            return True

        def apply(forward: bool) -> None:
            self.document.set_field(path, value if forward else old)

        key = f"field:{path}" if merge else ""
        return self._do(self.tr("Feld ändern"), apply, key)

    def set_answer_text(self, measure_id: str, answer: Answer) -> bool:
        """A note or reason typed into a field: consecutive edits merge into one step."""
        old = self.document.answer(measure_id)
        if old == answer:
            return True

        def apply(forward: bool) -> None:
            self.document.set_answer(measure_id, answer if forward else old)

        return self._do(self.tr("Text ändern"), apply, f"answer:{measure_id}")

    def put_custom_measure(self, measure: CustomMeasure, merge: bool = False) -> bool:
        old = self.document.custom_measure(measure.id)
        if old == measure:
            return True
        index = self._index(self.document.assessment_list("custom"), measure.id)

        def apply(forward: bool) -> None:
            if forward:
                self.document.put_custom_measure(measure, index)
            elif old is None:
                self.document.delete_custom_measure(measure.id)
            else:
                self.document.put_custom_measure(old, index)

        key = f"custom:{measure.id}" if merge and old is not None else ""
        return self._do(self.tr("Eigene Maßnahme ändern"), apply, key)

    def delete_custom_measure(self, custom_id: str) -> bool:
        old = self.document.custom_measure(custom_id)
        if old is None:
            return True
        index = self._index(self.document.assessment_list("custom"), custom_id)

        def apply(forward: bool) -> None:
            if forward:
                self.document.delete_custom_measure(custom_id)
            else:
                self.document.put_custom_measure(old, index)

        return self._do(self.tr("Eigene Maßnahme entfernen"), apply)

    def put_subprocessor(self, sub: Subprocessor, merge: bool = False) -> bool:
        old = self.document.subprocessor(sub.id)
        if old == sub:
            return True
        index = self._index(self.document.assessment_list("subprocessors"), sub.id)

        def apply(forward: bool) -> None:
            if forward:
                self.document.put_subprocessor(sub, index)
            elif old is None:
                self.document.delete_subprocessor(sub.id)
            else:
                self.document.put_subprocessor(old, index)

        key = f"sub:{sub.id}" if merge and old is not None else ""
        return self._do(self.tr("Unterauftragsverarbeiter ändern"), apply, key)

    def delete_subprocessor(self, sub_id: str) -> bool:
        old = self.document.subprocessor(sub_id)
        if old is None:
            return True
        index = self._index(self.document.assessment_list("subprocessors"), sub_id)

        def apply(forward: bool) -> None:
            if forward:
                self.document.delete_subprocessor(sub_id)
            else:
                self.document.put_subprocessor(old, index)

        return self._do(self.tr("Unterauftragsverarbeiter entfernen"), apply)

    def replace_all(self, assessment: Assessment, text: str) -> bool:
        """The whole assessment at once (a merge) as one undo step: each direction is one
        transaction with every changed row in the change log."""
        current = self.document.assessment
        if current is None or current == assessment:
            return True
        old = current.model_copy(deep=True)

        def apply(forward: bool) -> None:
            self.document.replace_all(assessment if forward else old)

        return self._do(text, apply)

    # -- internals -------------------------------------------------------------------------

    def _do(self, text: str, apply: Callable[[bool], None], key: str = "") -> bool:
        try:
            apply(True)
        except StoreError as exc:
            self._report(exc)
            return False
        if key and key != self._merge_key:
            self._merge_key = key
            key = f"{key}#{self.stack.index()}"  # a new step; later edits merge into it
            self._merge_step = key
        elif key:
            key = self._merge_step
        else:
            self._merge_key = ""
        self.stack.push(_Command(text, apply, self._report, key))
        return True

    def _report(self, exc: StoreError) -> None:
        self.error_occurred.emit(self.tr("Speichern fehlgeschlagen"), str(exc))

    @staticmethod
    def _index(items: list[Any], item_id: str) -> int | None:
        return next((i for i, item in enumerate(items) if item.id == item_id), None)

    def _on_document_document_opened(self, assessment: object) -> None:
        if self.document.replacing:  # a merge (or its undo) in the same file: history stays
            return
        self.stack.clear()
        self._merge_key = ""


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) and isinstance(a, bool) == isinstance(b, bool)
