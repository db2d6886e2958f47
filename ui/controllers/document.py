"""The open document in the GUI: a thin Qt adapter around ``tomwizard.editing.OpenAssessment``.

Every edit is one call of :meth:`DocumentController.apply` with a batch of changes; the core
writes it in one transaction with one undo step and evaluates the rules once, and this
adapter re-emits what changed as signals (``answer_changed``, ``field_changed``, …, then
``findings_changed``, ``committed`` and ``applied`` with the whole result). A change the
file refuses is reported through ``error_occurred`` and changes nothing.

Undo and redo are the core's history (not a QUndoStack): the same steps work without a
display, and the Edit menu's actions only follow ``history_changed``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from tomwizard.editing import (
    Applied,
    Change,
    OpenAssessment,
    ReplaceAll,
    StoreError,
    TomwStore,
    checked_author,
    same_file,
)
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding


def step_label(kind: str) -> str:
    """The Edit menu's name for an undo step of this kind (context ``EditController``)."""
    translate = QCoreApplication.translate
    texts = {
        "answer": lambda: translate("EditController", "Antwort ändern"),
        "text": lambda: translate("EditController", "Text ändern"),
        "field": lambda: translate("EditController", "Feld ändern"),
        "custom": lambda: translate("EditController", "Eigene Maßnahme ändern"),
        "upgrade": lambda: translate("EditController", "Katalog aktualisieren"),
        "custom-removed": lambda: translate("EditController", "Eigene Maßnahme entfernen"),
        "subprocessor": lambda: translate("EditController", "Unterauftragsverarbeiter ändern"),
        "subprocessor-removed": lambda: translate(
            "EditController", "Unterauftragsverarbeiter entfernen"
        ),
    }
    return texts[kind]()


class DocumentController(QObject):
    """Owns the open assessment. Signals follow committed changes only."""

    document_opened = Signal(object)  # Assessment
    document_closed = Signal()
    answer_changed = Signal(str, object)  # measure id, Answer (committed)
    field_changed = Signal(str, object)  # field path, value (committed)
    custom_changed = Signal(str, object)  # custom measure id, CustomMeasure or None (deleted)
    subprocessor_changed = Signal(str, object)  # subprocessor id, Subprocessor or None
    findings_changed = Signal(object)  # list[Finding]
    committed = Signal()  # after any committed change
    applied = Signal(object)  # Applied: everything one batch (or its undo/redo) changed
    history_changed = Signal()  # what undo/redo would do now
    error_occurred = Signal(str, str)  # title, message

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._open: OpenAssessment | None = None
        self._replacing = False
        self._author: str | None = None  # None: the OS user

    @property
    def is_open(self) -> bool:
        return self._open is not None

    @property
    def path(self) -> Path | None:
        return self._open.path if self._open is not None else None

    @property
    def readonly(self) -> bool:
        return self._open is not None and self._open.readonly

    @property
    def readonly_reason(self) -> str | None:
        """Why a file the user wanted to edit opened read-only (None: writable, or asked for)."""
        return self._open.store.readonly_reason if self._open is not None else None

    @property
    def assessment(self) -> Assessment | None:
        return self._open.assessment if self._open is not None else None

    @property
    def role_names(self) -> str:
        """The file's pair of role words (findings are written with the first pair)."""
        a = self.assessment
        return a.organisation.role_names if a is not None else "verantwortlicher"

    @property
    def findings(self) -> list[Finding]:
        return self._open.findings if self._open is not None else []

    @property
    def opened(self) -> OpenAssessment | None:
        """The open assessment itself (None: no file open)."""
        return self._open

    @property
    def store(self) -> TomwStore | None:
        """The open store, for its history: change log, versions, freezing (``history.py``)."""
        return self._open.store if self._open is not None else None

    @property
    def author(self) -> str | None:
        """The name for the change log set in the program (None: the OS user)."""
        return self._author

    def set_author(self, name: str | None) -> None:
        """Use ``name`` (None: the OS user) for this file and every file opened or created
        later. Raises ValueError with a German message when the name is not valid."""
        checked = checked_author(name) if name is not None else None
        self._author = checked
        if self._open is not None:
            self._open.author = checked

    @property
    def replacing(self) -> bool:
        """True while ``document_opened`` announces a whole replacement (a merge or its
        undo), not a newly opened file: the undo history stays."""
        return self._replacing

    # -- opening and closing ---------------------------------------------------------------

    def open(self, path: Path, readonly: bool = False) -> None:
        """Open an existing file (the previous one is closed only when this one opens).

        ``readonly`` works on an in-memory copy: the file on disk is not touched at all.
        """
        if self._open is not None and same_file(self._open.path, path):
            self.document_opened.emit(self._open.assessment)
            return
        self._replace(OpenAssessment.open(path, self.catalog, readonly, self._author))

    def adopt(self, opened: OpenAssessment) -> None:
        """Take over a file the core has just opened (and changed, e.g. the catalog upgrade:
        its undo step stays in the history)."""
        self._replace(opened)

    def create(self, path: Path, assessment: Assessment | None = None) -> None:
        """Create ``assessment`` (default: blank; a preset) at ``path`` and open it."""
        self._replace(OpenAssessment.create(path, self.catalog, assessment, self._author))

    def close(self) -> None:
        if self._open is None:
            return
        current, self._open = self._open, None
        current.close()
        self.document_closed.emit()
        self.history_changed.emit()

    # -- reading ---------------------------------------------------------------------------

    def answer(self, measure_id: str) -> Answer:
        return self._open.answer(measure_id) if self._open is not None else Answer()

    def field(self, path: str) -> Any:
        return self._open.field(path) if self._open is not None else None

    def custom_measure(self, custom_id: str) -> CustomMeasure | None:
        return self._open.custom_measure(custom_id) if self._open is not None else None

    def subprocessor(self, sub_id: str) -> Subprocessor | None:
        return self._open.subprocessor(sub_id) if self._open is not None else None

    def assessment_list(self, kind: str) -> list[Any]:
        """The custom measures (``custom``) or the subprocessors, in order."""
        if self._open is None:
            return []
        found = self._open.assessment
        return list(found.custom_measures if kind == "custom" else found.subprocessors)

    def stand_finding(self) -> Finding | None:
        """The hint „Stand und Version anpassen? …“ when answers changed after the Stand (as
        ``check`` prints it; never a blocker). None: no hint, or the change log is damaged."""
        from tomwizard.history.stand_check import changes_to_check, stand_finding

        if self._open is None or self._open.assessment.organisation.stand is None:
            return None
        try:
            changes = changes_to_check(self._open.store)
        except StoreError:  # a damaged change log: no hint, editing goes on
            return None
        return stand_finding(self._open.assessment, changes)

    # -- changing --------------------------------------------------------------------------

    def apply(self, changes: Sequence[Change], label: str = "", merge_key: str = "") -> bool:
        """One batch as one transaction and one undo step; False (reported) if refused."""
        if self._open is None:
            return False
        return self._run(self._open.apply, changes, label or step_label("answer"), merge_key)

    def replace_all(self, assessment: Assessment, label: str) -> bool:
        """The whole assessment at once (a merge) as one transaction and one undo step."""
        return self.apply([ReplaceAll(assessment)], label)

    def undo(self) -> None:
        from ui.pages.form_fields import flush_all

        flush_all()  # what was just typed is a step of its own, undone first
        if self._open is not None:
            self._run(self._open.undo)

    def redo(self) -> None:
        if self._open is not None:
            self._run(self._open.redo)

    def end_merge(self) -> None:
        """The next text edit starts a new undo step (focus left the field)."""
        if self._open is not None:
            self._open.history.end_merge()

    def can_undo(self) -> bool:
        return self._open is not None and self._open.history.can_undo()

    def can_redo(self) -> bool:
        return self._open is not None and self._open.history.can_redo()

    def undo_label(self) -> str:
        return self._open.history.undo_label() if self._open is not None else ""

    def redo_label(self) -> str:
        return self._open.history.redo_label() if self._open is not None else ""

    def undo_count(self) -> int:
        return self._open.history.count if self._open is not None else 0

    # -- internals -------------------------------------------------------------------------

    def _run(self, action: Callable[..., Applied | None], *args: Any) -> bool:
        try:
            result = action(*args)
        except (StoreError, ValueError) as exc:
            title = QCoreApplication.translate("EditController", "Speichern fehlgeschlagen")
            self.error_occurred.emit(title, str(exc))
            return False
        if result is not None and not result.empty:
            self._announce(result)
        self.history_changed.emit()
        return True

    def _announce(self, result: Applied) -> None:
        if result.replaced:
            self._replacing = True
            try:
                self.document_opened.emit(self.assessment)
            finally:
                self._replacing = False
        for measure_id, answer in result.answers.items():
            self.answer_changed.emit(measure_id, answer)
        for path, value in result.fields.items():
            self.field_changed.emit(path, value)
        for custom_id, custom in result.customs.items():
            self.custom_changed.emit(custom_id, custom)
        for sub_id, sub in result.subprocessors.items():
            self.subprocessor_changed.emit(sub_id, sub)
        self.findings_changed.emit(result.findings)
        self.committed.emit()
        self.applied.emit(result)

    def _replace(self, opened: OpenAssessment) -> None:
        self.close()
        self._open = opened
        self.document_opened.emit(opened.assessment)
        self.findings_changed.emit(opened.findings)
        self.history_changed.emit()
