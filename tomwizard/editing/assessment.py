"""OpenAssessment: the one place where an open assessment changes.

It owns the open store, the assessment in memory, the rule evaluator and the undo/redo
history. ``apply`` writes a batch of changes in one transaction (all or nothing, one group of
change-log rows, one undo step), updates the assessment in memory, evaluates the rules once
and returns what changed. Undo and redo apply the inverse batch the same way. Nothing here
knows about Qt; the GUI re-emits the results as signals (``ui/controllers/document.py``).

    doc = OpenAssessment.open(path, catalog)
    doc.apply([ch.SetAnswer("zutritt.besucher", answer)], label="Antwort ändern")
    doc.undo()
    doc.close()
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from tomwizard.editing import changes as ch
from tomwizard.editing.bounds import checked_label, refuse_growth
from tomwizard.editing.changes import Applied, Change, findings_delta, target_of
from tomwizard.editing.undo import Step, UndoHistory
from tomwizard.history.changelog import ChangeRecord, FrozenVersion, VersionInfo
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding
from tomwizard.rules import Evaluator
from tomwizard.store import TomwStore
from tomwizard.store.authors import checked_author, default_author
from tomwizard.store.batch import StoreBatch
from tomwizard.store.fields import validate_field


def read_field(assessment: Assessment, path: str) -> Any:
    """The value of a field path such as ``organisation.processor.name``."""
    node: Any = assessment
    for part in path.split("."):
        node = getattr(node, part)
    return node


class OpenAssessment:
    """An open ``.tomw`` file with its assessment, findings and undo history.

    ``apply``, ``undo`` and ``redo`` raise ``StoreError`` (the file refused the write,
    e.g. read-only) or ``ValueError`` (a field value the field does not take); then neither
    the file, the assessment in memory nor the history has changed.
    """

    def __init__(self, store: TomwStore, catalog: Catalog) -> None:
        self.store = store
        self.catalog = catalog
        self.assessment = store.load()
        self.evaluator = Evaluator(catalog)
        self._findings: list[Finding] | None = None  # evaluated when first asked for
        self.history = UndoHistory()

    @property
    def findings(self) -> list[Finding]:
        """Every finding of the assessment as it is now, most severe first."""
        if self._findings is None:
            self._findings = self.evaluator.full(self.assessment)
        return self._findings

    @classmethod
    def open(
        cls, path: Path, catalog: Catalog, readonly: bool = False, author: str | None = None
    ) -> OpenAssessment:
        return cls._around(TomwStore.open(path, readonly=readonly, author=author), catalog)

    @classmethod
    def create(
        cls,
        path: Path,
        catalog: Catalog,
        assessment: Assessment | None = None,
        author: str | None = None,
        changelog: Iterable[ChangeRecord] = (),
        versions: Iterable[FrozenVersion] = (),
    ) -> OpenAssessment:
        """A new file holding ``assessment`` (default: blank; a preset; an imported file),
        with the history an exchange file brings along. Creating is not a change: no
        change-log rows, no undo step."""
        start = assessment or Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
        store = TomwStore.create(path, start, author=author, changelog=changelog, versions=versions)
        return cls._around(store, catalog)

    @classmethod
    def _around(cls, store: TomwStore, catalog: Catalog) -> OpenAssessment:
        try:
            return cls(store, catalog)
        except BaseException:
            store.close()
            raise

    def close(self) -> None:
        self.store.close()

    # -- reading ---------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    @property
    def author(self) -> str:
        return self.store.author

    @author.setter
    def author(self, name: str | None) -> None:
        """A name for the change log (None: the OS user); ValueError if it is not valid."""
        self.store.author = checked_author(name) if name is not None else default_author()

    def answer(self, measure_id: str) -> Answer:
        return self.assessment.answer(measure_id)

    def field(self, path: str) -> Any:
        return read_field(self.assessment, path)

    def custom_measure(self, custom_id: str) -> CustomMeasure | None:
        return next((c for c in self.assessment.custom_measures if c.id == custom_id), None)

    def subprocessor(self, sub_id: str) -> Subprocessor | None:
        return next((s for s in self.assessment.subprocessors if s.id == sub_id), None)

    # -- changing --------------------------------------------------------------------------

    def apply(self, changes: Sequence[Change], label: str = "", merge_key: str = "") -> Applied:
        """Write ``changes`` as one transaction and one undo step; return what changed.

        Changes that would not change anything are left out; when none is left, nothing is
        written and no step is recorded (``Applied.empty``). ``merge_key`` (e.g.
        ``"field:organisation.name"``) merges consecutive edits of one text into one step.
        """
        refuse_growth(
            self.path, self.assessment, changes
        )  # new steps only: undo gives back what was
        applied, backward, forward = self._write(changes, label)
        if forward:
            self.history.record(Step(label, forward, backward, merge_key))
        return applied

    def undo(self) -> Applied | None:
        """Undo the last step (None: nothing to undo)."""
        return self._step(self.history.next_undo(), forward=False)

    def redo(self) -> Applied | None:
        """Redo the step undone last (None: nothing to redo)."""
        return self._step(self.history.next_redo(), forward=True)

    def freeze_version(self, label: str | None = None) -> VersionInfo:
        """„Version festschreiben“: the content does not change, the history grows."""
        return self.store.freeze_version(checked_label(self.path, label))

    # -- internals -------------------------------------------------------------------------

    def _step(self, step: Step | None, forward: bool) -> Applied | None:
        if step is None:
            return None
        applied = self._write(step.forward if forward else step.backward, step.label)[0]
        self.history.moved(forward)
        return applied

    def _write(
        self, changes: Sequence[Change], label: str
    ) -> tuple[Applied, tuple[Change, ...], tuple[Change, ...]]:
        if any(isinstance(c, ch.ReplaceAll) for c in changes):
            if len(changes) != 1:
                raise ValueError("ch.ReplaceAll must be the only change of its batch.")
            return self._replace(changes[0], label)  # type: ignore[arg-type]
        pending = _Pending(self.assessment)
        forward: list[Change] = []
        backward: list[Change] = []
        for change in changes:
            inverse = pending.inverse(change)
            if inverse is not None:
                forward.append(change)
                backward.append(inverse)
                pending.take(change)
        applied = Applied(label=label)
        if not forward:
            applied.findings = self.findings
            return applied, (), ()
        with self.store.batch() as batch:
            for change in forward:
                _write_one(batch, change)
            applied.rows = batch.changed
        self._follow(forward, applied)
        targets = [target_of(c) for c in forward]
        self._evaluate(applied, lambda: self.evaluator.changed_many(self.assessment, targets))
        return applied, tuple(reversed(backward)), tuple(forward)

    def _replace(
        self, change: ch.ReplaceAll, label: str
    ) -> tuple[Applied, tuple[Change, ...], tuple[Change, ...]]:
        applied = Applied(label=label)
        if change.assessment == self.assessment:
            if change.decisions:  # nothing changed, but the decisions are kept (no undo step)
                with self.store.batch() as batch:
                    batch.remember_decisions(change.decisions)
            applied.findings = self.findings
            return applied, (), ()
        before = self.assessment.model_copy(deep=True)
        with self.store.batch() as batch:
            applied.rows = batch.replace_all(change.assessment, change.origin, change.decisions)
        self.assessment = self.store.load()
        applied.replaced = True
        self._evaluate(applied, lambda: self.evaluator.full(self.assessment))
        return applied, (ch.ReplaceAll(before),), (ch.ReplaceAll(change.assessment),)

    def _follow(self, forward: list[Change], applied: Applied) -> None:
        """The assessment in memory follows the committed batch."""
        assessment = self.assessment
        for change in forward:
            if isinstance(change, ch.SetAnswer):
                _set_answer(assessment.answers, change)
                applied.answers[change.measure_id] = assessment.answer(change.measure_id)
            elif isinstance(change, ch.SetField):
                *parents, leaf = change.path.split(".")
                node: Any = assessment
                for part in parents:
                    node = getattr(node, part)
                setattr(node, leaf, validate_field(change.path, change.value))
                applied.fields[change.path] = getattr(node, leaf)
            elif isinstance(change, ch.PutCustomMeasure | ch.DeleteCustomMeasure):
                _place(assessment.custom_measures, change, applied.customs)
            elif isinstance(change, ch.PutSubprocessor | ch.DeleteSubprocessor):
                _place(assessment.subprocessors, change, applied.subprocessors)

    def _evaluate(self, applied: Applied, evaluate: Any) -> None:
        before = self.findings
        self._findings = evaluate()
        applied.findings = self._findings
        applied.added, applied.removed = findings_delta(before, self.findings)


class _Pending:
    """The state a batch has reached so far (before anything is written), to skip changes
    that change nothing and to know what undoes each change."""

    def __init__(self, assessment: Assessment) -> None:
        self._assessment = assessment
        self._answers = dict(assessment.answers)
        self._fields: dict[str, Any] = {}
        self._customs = list(assessment.custom_measures)
        self._subs = list(assessment.subprocessors)

    def inverse(self, change: Change) -> Change | None:
        """The change that undoes ``change`` from here; None if it changes nothing."""
        if isinstance(change, ch.SetAnswer):
            old = self._answers.get(change.measure_id)
            if old == change.answer or (old is None and change.answer == Answer()):
                return None  # an unanswered measure already reads as the default answer
            return ch.SetAnswer(change.measure_id, old)
        if isinstance(change, ch.SetField):
            validate_field(change.path, change.value)  # ValueError before anything is written
            if change.path in self._fields:
                old = self._fields[change.path]
            else:
                old = read_field(self._assessment, change.path)
            return None if _same(old, change.value) else ch.SetField(change.path, old)
        if isinstance(change, ch.PutCustomMeasure | ch.DeleteCustomMeasure):
            return _inverse_item(self._customs, change)
        if isinstance(change, ch.PutSubprocessor | ch.DeleteSubprocessor):
            return _inverse_item(self._subs, change)
        raise TypeError(f"not a change: {change!r}")

    def take(self, change: Change) -> None:
        if isinstance(change, ch.SetAnswer):
            _set_answer(self._answers, change)
        elif isinstance(change, ch.SetField):
            self._fields[change.path] = change.value
        elif isinstance(change, ch.PutCustomMeasure | ch.DeleteCustomMeasure):
            _place(self._customs, change, {})
        elif isinstance(change, ch.PutSubprocessor | ch.DeleteSubprocessor):
            _place(self._subs, change, {})


def _inverse_item(items: list[Any], change: ch.ItemChange) -> Change | None:
    item_id, new = ch.item_of(change)
    index = next((i for i, item in enumerate(items) if item.id == item_id), None)
    old = items[index] if index is not None else None
    if old == new:
        return None
    custom = isinstance(change, ch.PutCustomMeasure | ch.DeleteCustomMeasure)
    if old is None:
        return ch.DeleteCustomMeasure(item_id) if custom else ch.DeleteSubprocessor(item_id)
    if isinstance(old, CustomMeasure):
        return ch.PutCustomMeasure(old, index=index)
    return ch.PutSubprocessor(old, index=index)


def _write_one(batch: StoreBatch, change: Change) -> None:
    if isinstance(change, ch.SetAnswer):
        if change.answer is None:
            batch.delete_answer(change.measure_id)
        else:
            batch.set_answer(change.measure_id, change.answer)
    elif isinstance(change, ch.SetField):
        batch.set_field(change.path, change.value)
    elif isinstance(change, ch.PutCustomMeasure):
        batch.put_custom_measure(change.measure)
    elif isinstance(change, ch.DeleteCustomMeasure):
        batch.delete_custom_measure(change.custom_id)
    elif isinstance(change, ch.PutSubprocessor):
        batch.put_subprocessor(change.subprocessor)
    elif isinstance(change, ch.DeleteSubprocessor):
        batch.delete_subprocessor(change.subprocessor_id)


def _set_answer(answers: dict[str, Answer], change: ch.SetAnswer) -> None:
    if change.answer is None:
        answers.pop(change.measure_id, None)
    else:
        answers[change.measure_id] = change.answer


def _place(items: list[Any], change: ch.ItemChange, announced: dict[str, Any]) -> None:
    """Put the item in place (replace the one with its id, or insert it at its index, else
    append it), or remove it; note the result in ``announced``."""
    item_id, item = ch.item_of(change)
    announced[item_id] = item
    position = next((i for i, existing in enumerate(items) if existing.id == item_id), None)
    if item is None:
        if position is not None:
            del items[position]
    elif position is not None:
        items[position] = item
    else:
        index = (
            change.index if isinstance(change, ch.PutCustomMeasure | ch.PutSubprocessor) else None
        )
        if index is None or not 0 <= index <= len(items):
            items.append(item)
        else:
            items.insert(index, item)


def _same(a: Any, b: Any) -> bool:
    return bool(a == b) and isinstance(a, bool) == isinstance(b, bool)


def load_assessment(path: Path) -> Assessment:
    """Read a file's assessment without opening it for writing (a look at a recent file)."""
    with TomwStore.open(path, readonly=True) as store:
        return store.load()
