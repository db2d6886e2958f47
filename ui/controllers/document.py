"""The open ``.tomw`` file: its store, the assessment as loaded, every change committed at once.

Every change goes through one method here: the store commits it (one transaction), then the
in-memory assessment follows, the gap rules re-evaluate what the change touches, and the
signals announce it. A change the store refuses raises ``StoreError`` and changes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Status,
    Subprocessor,
)
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding
from tomwizard.rules import Evaluator
from tomwizard.store import TomwStore
from tomwizard.store.fields import validate_field
from tomwizard.store.opening import same_file
from tomwizard.store.tomw import checked_author, default_author


def blank_assessment(catalog: Catalog) -> Assessment:
    return Assessment(catalog_id=catalog.id, catalog_version=catalog.version)


def toggled_answer(answer: Answer, ticked: bool) -> Answer:
    """The checkbox fast path: ticking sets ``umgesetzt``, unticking ``offen``; all else stays."""
    status = Status.UMGESETZT if ticked else Status.OFFEN
    return answer.model_copy(update={"status": status})


def read_field(assessment: Assessment, path: str) -> Any:
    """The value of a field path such as ``organisation.processor.name``."""
    node: Any = assessment
    for part in path.split("."):
        node = getattr(node, part)
    return node


class DocumentController(QObject):
    """Owns the open store. Methods raise ``StoreError``; signals follow committed changes only."""

    document_opened = Signal(object)  # Assessment
    document_closed = Signal()
    answer_changed = Signal(str, object)  # measure id, Answer (committed)
    field_changed = Signal(str, object)  # field path, value (committed)
    custom_changed = Signal(str, object)  # custom measure id, CustomMeasure or None (deleted)
    subprocessor_changed = Signal(str, object)  # subprocessor id, Subprocessor or None
    findings_changed = Signal(object)  # list[Finding]
    committed = Signal()  # after any committed change

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._store: TomwStore | None = None
        self._assessment: Assessment | None = None
        self._evaluator: Evaluator | None = None
        self._replacing = False
        self._author: str | None = None  # None: the OS user (``default_author()``)
        self.findings: list[Finding] = []

    @property
    def is_open(self) -> bool:
        return self._store is not None

    @property
    def path(self) -> Path | None:
        return self._store.path if self._store is not None else None

    @property
    def readonly(self) -> bool:
        return self._store is not None and self._store.readonly

    @property
    def readonly_reason(self) -> str | None:
        """Why a file the user wanted to edit opened read-only (None: writable, or asked for)."""
        return getattr(self._store, "readonly_reason", None) if self._store else None

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def author(self) -> str | None:
        """The name for the change log set in the program (None: the OS user)."""
        return self._author

    def set_author(self, name: str | None) -> None:
        """Use ``name`` (None: the OS user) for this file and every file opened or created
        later. Raises ValueError with a German message when the name is not valid."""
        checked = checked_author(name) if name is not None else None
        self._author = checked
        if self._store is not None:
            self._store.author = checked if checked is not None else default_author()

    @property
    def replacing(self) -> bool:
        """True while ``document_opened`` announces a whole replacement (``replace_all``),
        not a newly opened file: the undo history stays."""
        return self._replacing

    @property
    def store(self) -> TomwStore | None:
        """The open store, for its history: change log, versions, freezing (``history.py``)."""
        return self._store

    # -- opening and closing ---------------------------------------------------------------

    def open(self, path: Path, readonly: bool = False) -> None:
        """Open an existing file (the previous one is closed only when this one opens).

        ``readonly`` works on an in-memory copy: the file on disk is not touched at all.
        """
        if self._store is not None and same_file(self._store.path, path):
            self.document_opened.emit(self._assessment)
            return
        store = TomwStore.open(path, readonly=readonly, author=self._author)
        try:
            assessment = store.load()
        except BaseException:
            store.close()
            raise
        self._replace(store, assessment)

    def create(self, path: Path, assessment: Assessment | None = None) -> None:
        """Create ``assessment`` (default: blank) at ``path`` and open it."""
        store = TomwStore.create(
            path, assessment or blank_assessment(self.catalog), author=self._author
        )
        try:
            loaded = store.load()
        except BaseException:
            store.close()
            raise
        self._replace(store, loaded)

    def close(self) -> None:
        if self._store is None:
            return
        store, self._store, self._assessment = self._store, None, None
        self._evaluator = None
        self.findings = []
        store.close()
        self.document_closed.emit()

    # -- reading ---------------------------------------------------------------------------

    def answer(self, measure_id: str) -> Answer:
        if self._assessment is None:
            return Answer()
        return self._assessment.answer(measure_id)

    def field(self, path: str) -> Any:
        return read_field(self._assessment, path) if self._assessment is not None else None

    def custom_measure(self, custom_id: str) -> CustomMeasure | None:
        if self._assessment is None:
            return None
        return next((c for c in self._assessment.custom_measures if c.id == custom_id), None)

    def subprocessor(self, sub_id: str) -> Subprocessor | None:
        if self._assessment is None:
            return None
        return next((s for s in self._assessment.subprocessors if s.id == sub_id), None)

    def assessment_list(self, kind: str) -> list[Any]:
        """The custom measures (``custom``) or the subprocessors, in order."""
        if self._assessment is None:
            return []
        if kind == "custom":
            return list(self._assessment.custom_measures)
        return list(self._assessment.subprocessors)

    # -- changing --------------------------------------------------------------------------

    def set_answer(self, measure_id: str, answer: Answer) -> None:
        """Commit one answer (one transaction), then announce it."""
        if self._store is None or self._assessment is None:
            return
        self._store.set_answer(measure_id, answer)
        self._assessment.answers[measure_id] = answer
        self.answer_changed.emit(measure_id, answer)
        self._evaluate(f"measure:{measure_id}")

    def set_ticked(self, measure_id: str, ticked: bool) -> None:
        self.set_answer(measure_id, toggled_answer(self.answer(measure_id), ticked))

    def set_field(self, path: str, value: Any) -> None:
        """Commit one field of the organisation, the processing or the protection need."""
        if self._store is None or self._assessment is None:
            return
        stored = validate_field(path, value)
        self._store.set_field(path, stored)
        *parents, leaf = path.split(".")
        node: Any = self._assessment
        for part in parents:
            node = getattr(node, part)
        setattr(node, leaf, stored)  # validate_assignment turns JSON form into the model type
        self.field_changed.emit(path, getattr(node, leaf))
        self._evaluate(f"field:{path}")

    def put_custom_measure(self, measure: CustomMeasure, index: int | None = None) -> None:
        if self._store is None or self._assessment is None:
            return
        self._store.put_custom_measure(measure)
        _put(self._assessment.custom_measures, measure, index)
        self.custom_changed.emit(measure.id, measure)
        self._evaluate(f"custom:{measure.id}")

    def delete_custom_measure(self, custom_id: str) -> None:
        if self._store is None or self._assessment is None:
            return
        self._store.delete_custom_measure(custom_id)
        items = self._assessment.custom_measures
        items[:] = [c for c in items if c.id != custom_id]
        self.custom_changed.emit(custom_id, None)
        self._evaluate(f"custom:{custom_id}")

    def put_subprocessor(self, sub: Subprocessor, index: int | None = None) -> None:
        if self._store is None or self._assessment is None:
            return
        self._store.put_subprocessor(sub)
        _put(self._assessment.subprocessors, sub, index)
        self.subprocessor_changed.emit(sub.id, sub)
        self._evaluate(f"subprocessor:{sub.id}")

    def delete_subprocessor(self, sub_id: str) -> None:
        if self._store is None or self._assessment is None:
            return
        self._store.delete_subprocessor(sub_id)
        items = self._assessment.subprocessors
        items[:] = [s for s in items if s.id != sub_id]
        self.subprocessor_changed.emit(sub_id, None)
        self._evaluate(f"subprocessor:{sub_id}")

    def replace_all(self, assessment: Assessment) -> int:
        """Make the file hold ``assessment`` in one transaction (a merge, or its undo), every
        changed row in the change log; then every page refreshes through ``document_opened``
        (with ``replacing`` set). Returns how many rows changed."""
        if self._store is None or self._evaluator is None:
            return 0
        changed = self._store.replace_all(assessment)
        self._assessment = self._store.load()
        self.findings = self._evaluator.full(self._assessment)
        self._replacing = True
        try:
            self.document_opened.emit(self._assessment)
        finally:
            self._replacing = False
        self.findings_changed.emit(self.findings)
        self.committed.emit()
        return changed

    # -- internals -------------------------------------------------------------------------

    def _evaluate(self, target: str) -> None:
        if self._evaluator is not None and self._assessment is not None:
            self.findings = self._evaluator.changed(self._assessment, target)
            self.findings_changed.emit(self.findings)
        self.committed.emit()

    def _replace(self, store: TomwStore, assessment: Assessment) -> None:
        self.close()
        self._store, self._assessment = store, assessment
        self._evaluator = Evaluator(self.catalog)
        self.findings = self._evaluator.full(assessment)
        self.document_opened.emit(assessment)
        self.findings_changed.emit(self.findings)


def _put(items: list[Any], item: Any, index: int | None) -> None:
    """Replace the item with the same id in place, or insert it (at ``index``, else append)."""
    for position, existing in enumerate(items):
        if existing.id == item.id:
            items[position] = item
            return
    if index is None or not 0 <= index <= len(items):
        items.append(item)
    else:
        items.insert(index, item)
