"""The open ``.tomw`` file: its store, the assessment as loaded, every change committed at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore


def blank_assessment(catalog: Catalog) -> Assessment:
    return Assessment(catalog_id=catalog.id, catalog_version=catalog.version)


def toggled_answer(answer: Answer, ticked: bool) -> Answer:
    """The checkbox fast path: ticking sets ``umgesetzt``, unticking ``offen``; all else stays."""
    status = Status.UMGESETZT if ticked else Status.OFFEN
    return answer.model_copy(update={"status": status})


class DocumentController(QObject):
    """Owns the open store. Methods raise ``StoreError``; signals follow committed changes only."""

    document_opened = Signal(object)  # Assessment
    document_closed = Signal()
    answer_changed = Signal(str, object)  # measure id, Answer (committed)

    def __init__(self, catalog: Catalog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog = catalog
        self._store: TomwStore | None = None
        self._assessment: Assessment | None = None

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
    def assessment(self) -> Assessment | None:
        return self._assessment

    def open(self, path: Path, readonly: bool = False) -> None:
        """Open an existing file (the previous one is closed only when this one opens).

        ``readonly`` works on an in-memory copy: the file on disk is not touched at all.
        """
        if self._store is not None and _same_file(self._store.path, path):
            self.document_opened.emit(self._assessment)
            return
        store = TomwStore.open(path, readonly=readonly)
        try:
            assessment = store.load()
        except BaseException:
            store.close()
            raise
        self._replace(store, assessment)

    def create(self, path: Path) -> None:
        """Create a blank assessment for the catalog at ``path`` and open it."""
        store = TomwStore.create(path, blank_assessment(self.catalog))
        try:
            assessment = store.load()
        except BaseException:
            store.close()
            raise
        self._replace(store, assessment)

    def close(self) -> None:
        if self._store is None:
            return
        store, self._store, self._assessment = self._store, None, None
        store.close()
        self.document_closed.emit()

    def answer(self, measure_id: str) -> Answer:
        if self._assessment is None:
            return Answer()
        return self._assessment.answer(measure_id)

    def set_answer(self, measure_id: str, answer: Answer) -> None:
        """Commit one answer (one transaction), then announce it."""
        if self._store is None or self._assessment is None:
            return
        self._store.set_answer(measure_id, answer)
        self._assessment.answers[measure_id] = answer
        self.answer_changed.emit(measure_id, answer)

    def set_ticked(self, measure_id: str, ticked: bool) -> None:
        self.set_answer(measure_id, toggled_answer(self.answer(measure_id), ticked))

    def _replace(self, store: TomwStore, assessment: Assessment) -> None:
        self.close()
        self._store, self._assessment = store, assessment
        self.document_opened.emit(assessment)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
