"""A batch of changes may not make a list grow beyond its bound (:mod:`tomwizard.models.limits`).

Checked for new steps only (``OpenAssessment.apply``), not for undo and redo: undoing the removal
of an entry in a file that already held too many gives back what was there.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tomwizard.editing import changes as ch
from tomwizard.editing.changes import Change
from tomwizard.i18n import _
from tomwizard.models.assessment import Assessment
from tomwizard.models.limits import BOUNDS, grows_too_long, too_many
from tomwizard.store.errors import StoreError


class TooManyError(StoreError):
    """A change would make a list of the file longer than its bound (nothing written)."""


def refuse_growth(path: Path, assessment: Assessment, changes: Sequence[Change]) -> None:
    """Raise TooManyError if ``changes`` applied to ``assessment`` (the file ``path``) would
    make a list grow beyond its bound."""
    customs = {c.id for c in assessment.custom_measures}
    subs = {s.id: len(s.countries_processing) for s in assessment.subprocessors}
    before_customs, before_subs = len(customs), len(subs)
    message: str | None = None
    for change in changes:
        if isinstance(change, ch.ReplaceAll):
            message = too_many(change.assessment, before=assessment)
        elif isinstance(change, ch.PutCustomMeasure):
            customs.add(change.measure.id)
        elif isinstance(change, ch.DeleteCustomMeasure):
            customs.discard(change.custom_id)
        elif isinstance(change, ch.PutSubprocessor):
            n = len(change.subprocessor.countries_processing)
            key = "subprocessors.countries_processing"
            message = grows_too_long(key, subs.get(change.subprocessor.id, 0), n)
            subs[change.subprocessor.id] = n
        elif isinstance(change, ch.DeleteSubprocessor):
            subs.pop(change.subprocessor_id, None)
        elif isinstance(change, ch.SetField) and change.path in BOUNDS:
            message = grows_too_long(change.path, _length(assessment, change.path), _len(change))
        if message is not None:
            raise TooManyError(path, message)
    message = grows_too_long("custom_measures", before_customs, len(customs)) or grows_too_long(
        "subprocessors", before_subs, len(subs)
    )
    if message is not None:
        raise TooManyError(path, message)


def _len(change: ch.SetField) -> int:
    value: Any = change.value
    return len(value) if isinstance(value, list | tuple | dict) else 0


def _length(assessment: Assessment, path: str) -> int:
    node: Any = assessment
    for part in path.split("."):
        node = getattr(node, part, None)
    return len(node) if isinstance(node, list | dict) else 0


MAX_VERSION_LABEL = 200  # „Version 2.1 (nach Audit)“: a label, not a text


def checked_label(path: Path, label: str | None) -> str | None:
    """The label of a version to freeze as one line (runs of spaces, tabs and line breaks
    become one space); a StoreError if it is longer than MAX_VERSION_LABEL."""
    if label is None:
        return None
    text = " ".join(label.split())
    if len(text) > MAX_VERSION_LABEL:
        message = _("Die Bezeichnung einer Version darf höchstens {n} Zeichen haben.")
        raise StoreError(path, message.format(n=MAX_VERSION_LABEL))
    return text
