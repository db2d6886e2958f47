"""What a batch can change in an open assessment, and what a batch did change.

A change is a small frozen record naming the new state of one thing (an answer, a field, a
custom measure, a subprocessor) or its removal; ``ReplaceAll`` is the whole assessment at
once (a merge, or its undo) and stands alone in its batch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.models.finding import Finding
from tomwizard.models.letterhead import Letterhead
from tomwizard.store.records import Origin


@dataclass(frozen=True)
class SetAnswer:
    """A measure's answer; None removes it (it reads as the default answer again), which is
    what undoes the first answer to a measure that had none."""

    measure_id: str
    answer: Answer | None


@dataclass(frozen=True)
class SetField:
    """A field of the organisation, the processing or the protection need, by path."""

    path: str
    value: Any


@dataclass(frozen=True)
class _Placed:
    """Insert at ``index`` (else at the end), or update in place if the id is there."""

    index: int | None = field(default=None, kw_only=True)


@dataclass(frozen=True)
class PutCustomMeasure(_Placed):
    measure: CustomMeasure


@dataclass(frozen=True)
class PutSubprocessor(_Placed):
    subprocessor: Subprocessor


@dataclass(frozen=True)
class DeleteCustomMeasure:
    custom_id: str


@dataclass(frozen=True)
class DeleteSubprocessor:
    subprocessor_id: str


@dataclass(frozen=True)
class ReplaceAll:
    """The whole assessment. A merge also passes its source's ``origin`` (the change log
    keeps the customer's authors and times and names the source file) and its ``decisions``
    (conflict id, other side's value hash, choice), remembered for the next merge; undo and
    redo write without them (they are edits made here)."""

    assessment: Assessment
    origin: Origin | None = None
    decisions: tuple[tuple[str, str, str], ...] = ()


Change = (
    SetAnswer
    | SetField
    | PutCustomMeasure
    | DeleteCustomMeasure
    | PutSubprocessor
    | DeleteSubprocessor
    | ReplaceAll
)


LETTERHEAD_PARTS = ("logo", "sender", "footer", "accent")


def set_letterhead(letterhead: Letterhead) -> list[SetField]:
    """The changes that give the file ``letterhead`` (``organisation.letterhead.*``): applied
    as one batch they are one undo step and one change-log entry per part that changed."""
    return [
        SetField(f"organisation.letterhead.{part}", getattr(letterhead, part))
        for part in LETTERHEAD_PARTS
    ]


ItemChange = PutCustomMeasure | DeleteCustomMeasure | PutSubprocessor | DeleteSubprocessor


def item_of(change: ItemChange) -> tuple[str, CustomMeasure | Subprocessor | None]:
    """The id a custom-measure or subprocessor change is about, and the new item (None:
    removed)."""
    if isinstance(change, PutCustomMeasure):
        return change.measure.id, change.measure
    if isinstance(change, PutSubprocessor):
        return change.subprocessor.id, change.subprocessor
    if isinstance(change, DeleteCustomMeasure):
        return change.custom_id, None
    return change.subprocessor_id, None


def target_of(change: Change) -> str:
    """The rule target a change touches (``measure:<id>``, ``field:<path>``, …)."""
    if isinstance(change, SetAnswer):
        return f"measure:{change.measure_id}"
    if isinstance(change, SetField):
        return f"field:{change.path}"
    if isinstance(change, PutCustomMeasure | DeleteCustomMeasure):
        return f"custom:{item_of(change)[0]}"
    if isinstance(change, PutSubprocessor | DeleteSubprocessor):
        return f"subprocessor:{item_of(change)[0]}"
    return "all"


@dataclass
class Applied:
    """What one batch (or its undo/redo) changed, after it was committed.

    ``customs`` and ``subprocessors`` map an id to the new item, or None when it was removed;
    ``replaced`` is True after a ``ReplaceAll`` (then read everything again). ``findings`` is
    the complete list after the batch; ``added`` and ``removed`` are the difference.
    """

    label: str = ""
    answers: dict[str, Answer] = field(default_factory=dict)
    fields: dict[str, Any] = field(default_factory=dict)
    customs: dict[str, CustomMeasure | None] = field(default_factory=dict)
    subprocessors: dict[str, Subprocessor | None] = field(default_factory=dict)
    replaced: bool = False
    rows: int = 0  # rows written (with their change-log rows)
    findings: list[Finding] = field(default_factory=list)
    added: list[Finding] = field(default_factory=list)
    removed: list[Finding] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        """True when nothing changed (nothing was written, no undo step was recorded)."""
        return not (
            self.answers or self.fields or self.customs or self.subprocessors or self.replaced
        )


def findings_delta(old: list[Finding], new: list[Finding]) -> tuple[list[Finding], list[Finding]]:
    """(added, removed) between two finding lists; unchanged findings are often the same
    objects (rules that were not re-run), so identity is checked before equality."""
    old_ids, new_ids = {id(f) for f in old}, {id(f) for f in new}
    gone = [f for f in old if id(f) not in new_ids]
    came = [f for f in new if id(f) not in old_ids]
    added = _minus(came, gone)
    removed = _minus(gone, came)
    return added, removed


def _minus(items: list[Finding], other: list[Finding]) -> list[Finding]:
    rest = list(other)
    kept = []
    for item in items:
        if item in rest:
            rest.remove(item)
        else:
            kept.append(item)
    return kept
