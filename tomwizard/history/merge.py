"""Merge a file the customer filled in (``.tomw`` or JSON sent back) into the consultant's file.

Both sides are compared with a common base: the frozen version both files share (same content
hash), else an empty assessment. A change only the customer made is applied automatically; a
thing both changed to different values is a conflict the user decides. Units are the entries of
:mod:`tomwizard.history.diff` (a field, one aspect of an answer, a custom measure or subprocessor).

Use: ``result = compute_merge(ours, theirs, base)`` (or ``plan_merge(store, source)``, which
finds the base) → show ``result.auto_applied`` and ``result.conflicts`` (``conflict.line()``) →
``merged = apply_merge(ours, result, decisions)`` →
``OpenAssessment.apply([ReplaceAll(merged, source.origin(), result.decision_rows(decisions))])``
(one transaction, every change in the change log under the customer's authors and times,
naming the source file; the decisions are remembered for the next merge of the same values).
``tomwizard merge`` (``cli/merge.py``) and the GUI's „Zusammenführen …“
(``ui/controllers/merge.py``) both work this way.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from tomwizard.content.upgrade import UpgradeError
from tomwizard.history.changelog import (
    FrozenVersion,
    VersionInfo,
)
from tomwizard.history.diff import (
    Area,
    ChangeKind,
    DiffEntry,
    custom_entries,
    diff_assessments,
    subprocessor_entries,
)
from tomwizard.history.merge_conflict import Choice, MergeConflict
from tomwizard.history.merge_source import MergeSource, load_merge_source
from tomwizard.i18n import _
from tomwizard.models.assessment import Answer, Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore
from tomwizard.validation_text import describe

__all__ = [
    "Choice",
    "MergeConflict",
    "MergeError",
    "MergeResult",
    "MergeSource",
    "OtherAssessmentError",
    "apply_merge",
    "compute_merge",
    "load_merge_source",
    "plan_merge",
]


class MergeError(ValueError):
    """The merge cannot be applied; the message is one German line."""


class OtherAssessmentError(MergeError):
    """The other file belongs to another assessment (another identity); merge it only after
    the user confirmed (``allow_other``)."""


@dataclass(frozen=True)
class MergeResult:
    auto_applied: list[DiffEntry] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)
    base_version: VersionInfo | None = None  # the shared version used as base, if any
    remembered: dict[str, Choice] = field(default_factory=dict)  # earlier merges' decisions
    notes: list[str] = field(default_factory=list)  # e.g. the catalog upgrade of their copy
    known_base: bool = False  # the source brought its base (a questionnaire's written answers)

    def decision_rows(self, decisions: Mapping[str, Choice]) -> list[tuple[str, str, str]]:
        """(conflict id, other side's value hash, choice) for ``TomwStore.replace_all``."""
        return [
            (c.conflict_id, c.theirs_hash, decisions[c.conflict_id])
            for c in self.conflicts
            if c.conflict_id in decisions
        ]


def plan_merge(
    store: TomwStore,
    source: MergeSource,
    catalog: Catalog | None = None,
    allow_other: bool = False,
) -> MergeResult:
    """What merging ``source`` into the open ``store`` would do, against the base the source
    knows (questionnaire), else the newest frozen version both files share, else an empty
    assessment. Their copy made with an older catalog version is upgraded in memory first.
    Raises OtherAssessmentError for another assessment's file unless ``allow_other``, and
    MergeError when the catalogs cannot be brought together."""
    ours = store.load()
    check_identity(ours, source.assessment, allow_other)
    from tomwizard.history.merge_upgrade import upgrade_in_memory, upgraded_source

    source, notes = upgraded_source(ours, source, catalog)
    theirs = source.assessment
    if source.base is not None:
        result = compute_merge(ours, theirs, source.base, catalog)
    else:
        shared = common_base(store, source.versions)
        if shared is None:
            result = compute_merge(ours, theirs, None, catalog)
        else:
            try:
                base = shared.assessment()
                if catalog is not None and base.catalog_version != ours.catalog_version:
                    base, _report = upgrade_in_memory(base, catalog)  # a version from before
            except (ValidationError, UpgradeError) as exc:
                unreadable = _("Version {n} kann nicht gelesen werden ({reason}).")
                why = describe(exc) if isinstance(exc, ValidationError) else str(exc)
                raise MergeError(unreadable.format(n=shared.number, reason=why)) from exc
            result = compute_merge(ours, theirs, base, catalog, shared.info())
    stored = store.merge_decisions()
    remembered: dict[str, Choice] = {}
    for conflict in result.conflicts:
        choice = stored.get((conflict.conflict_id, conflict.theirs_hash))
        if choice in ("ours", "theirs"):
            remembered[conflict.conflict_id] = "ours" if choice == "ours" else "theirs"
    return MergeResult(
        result.auto_applied,
        result.conflicts,
        result.base_version,
        remembered,
        notes,
        known_base=source.base is not None,
    )


def check_identity(ours: Assessment, theirs: Assessment, allow_other: bool) -> None:
    """Refuse another assessment's file (both identities known and different)."""
    mine, other = ours.assessment_id, theirs.assessment_id
    if allow_other or not mine or not other or mine == other:
        return
    names = [
        a.organisation.processor.name or a.organisation.controller.name or _("ohne Namen")
        for a in (ours, theirs)
    ]
    message = _(
        "Die andere Datei gehört zu einer anderen Beurteilung („{theirs}“, hier „{ours}“); "
        "sie wird nur nach Bestätigung zusammengeführt (--allow-other)."
    )
    raise OtherAssessmentError(message.format(theirs=names[1], ours=names[0]))


def common_base(ours: TomwStore, theirs: Sequence[FrozenVersion]) -> FrozenVersion | None:
    """The newest of our versions whose content the other file also has (by content hash)."""
    their_hashes = {version.content_hash for version in theirs}
    for info in reversed(ours.versions()):
        if info.content_hash in their_hashes:
            return ours.version(info.number)
    return None


def _key(entry: DiffEntry) -> tuple[str, str]:
    return entry.area.value, entry.key


def _is_whole(entry: DiffEntry) -> bool:
    return entry.area in (Area.CUSTOM, Area.SUBPROCESSOR) and entry.kind != ChangeKind.CHANGED


def compute_merge(
    ours: Assessment,
    theirs: Assessment,
    base: Assessment | None = None,
    catalog: Catalog | None = None,
    base_version: VersionInfo | None = None,
) -> MergeResult:
    """What to take over from ``theirs`` into ``ours``; nothing is changed yet.

    Without a ``base``, an empty assessment is the base: then anything both sides filled in
    differently is a conflict (the safe side when nobody knows who changed what).
    """
    no_base = base is None
    if base is None:
        base = Assessment(catalog_id=ours.catalog_id, catalog_version=ours.catalog_version)
    our_entries = diff_assessments(base, ours, catalog)
    their_entries = diff_assessments(base, theirs, catalog)
    ours_by_item: dict[tuple[str, str], list[DiffEntry]] = {}
    for entry in our_entries:
        ours_by_item.setdefault(_key(entry), []).append(entry)
    theirs_by_item: dict[tuple[str, str], list[DiffEntry]] = {}
    for entry in their_entries:
        theirs_by_item.setdefault(_key(entry), []).append(entry)

    auto: list[DiffEntry] = []
    conflicts: list[MergeConflict] = []
    if no_base:  # something only we have may have been deleted by them: ask, never drop
        conflicts += _missing_on_their_side(ours, theirs)
    for item, mine_theirs in theirs_by_item.items():
        mine = ours_by_item.get(item, [])
        if not mine:
            auto += mine_theirs
            continue
        if any(_is_whole(e) for e in (*mine, *mine_theirs)):
            # an item added or removed on one side and touched on the other: decide as a whole
            if _same_outcome(mine, mine_theirs):
                continue
            their_item = _find_item(theirs, item)
            conflicts.append(
                MergeConflict(":".join(item), mine, mine_theirs, whole=True, theirs_item=their_item)
            )
            continue
        mine_by_aspect = {e.aspect: e for e in mine}
        clash = [
            e
            for e in mine_theirs
            if e.aspect in mine_by_aspect and mine_by_aspect[e.aspect].new_value != e.new_value
        ]
        if clash and item[0] == Area.MEASURE.value:
            # an answer is decided as a whole: status, date, note … belong together
            answer = theirs.answer(item[1]).model_dump(mode="json")
            conflicts.append(
                MergeConflict(":".join(item), mine, mine_theirs, theirs_item=answer, answer=True)
            )
            continue
        for entry in mine_theirs:
            other = mine_by_aspect.get(entry.aspect)
            if other is None:
                auto.append(entry)
            elif other.new_value != entry.new_value:
                conflicts.append(MergeConflict(entry.entry_id, [other], [entry]))
    return MergeResult(auto, conflicts, base_version)


def _missing_on_their_side(ours: Assessment, theirs: Assessment) -> list[MergeConflict]:
    """Custom measures and sub-processors we have and they do not (deleted or never had)."""
    found: list[MergeConflict] = []
    their_customs = {item.id for item in theirs.custom_measures}
    for custom in ours.custom_measures:
        if custom.id not in their_customs:
            gone = custom_entries(custom, None)
            found.append(MergeConflict(f"{Area.CUSTOM.value}:{custom.id}", [], gone, whole=True))
    their_subs = {item.id for item in theirs.subprocessors}
    for sub in ours.subprocessors:
        if sub.id not in their_subs:
            gone = subprocessor_entries(sub, None)
            key = f"{Area.SUBPROCESSOR.value}:{sub.id}"
            found.append(MergeConflict(key, [], gone, whole=True))
    return found


def _find_item(assessment: Assessment, item: tuple[str, str]) -> dict[str, Any] | None:
    area, key = item
    items = assessment.custom_measures if area == Area.CUSTOM.value else assessment.subprocessors
    for candidate in items:
        if candidate.id == key:
            found: dict[str, Any] = candidate.model_dump(mode="json")
            return found
    return None


def _same_outcome(mine: list[DiffEntry], theirs: list[DiffEntry]) -> bool:
    return sorted((e.aspect, repr(e.new_value)) for e in mine) == sorted(
        (e.aspect, repr(e.new_value)) for e in theirs
    )


def apply_merge(
    ours: Assessment,
    result: MergeResult,
    decisions: Mapping[str, Choice],
    default: Choice | None = None,
) -> Assessment:
    """``ours`` with the automatic changes and the decided conflicts applied.

    ``decisions`` maps ``conflict_id`` to "ours" or "theirs"; a conflict without a decision
    takes ``default``, or raises MergeError when there is none.
    """
    data = ours.model_dump(mode="json")
    entries = list(result.auto_applied)
    for conflict in result.conflicts:
        choice = decisions.get(conflict.conflict_id, default)
        if choice is None:
            undecided = _("Konflikt „{conflict}“ ist noch nicht entschieden.")
            raise MergeError(undecided.format(conflict=conflict.conflict_id))
        if choice == "theirs" and conflict.answer:
            data["answers"][conflict.ours[0].key] = copy.deepcopy(conflict.theirs_item)
        elif choice == "theirs" and conflict.whole:
            _take_whole_item(data, conflict)
        elif choice == "theirs":
            entries += conflict.theirs
    for entry in entries:
        _apply_entry(data, entry)
    try:
        return Assessment.model_validate(data)
    except ValidationError as exc:
        invalid = _("Das Ergebnis der Zusammenführung ist ungültig ({reason}).")
        raise MergeError(invalid.format(reason=describe(exc))) from exc


def _items(data: dict[str, Any], area: Area) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = data[
        "custom_measures" if area == Area.CUSTOM else "subprocessors"
    ]
    return items


def _take_whole_item(data: dict[str, Any], conflict: MergeConflict) -> None:
    """Make the item exactly as it is on their side (present with its values, or gone)."""
    entry = conflict.theirs[0]
    items = _items(data, entry.area)
    index = next((i for i, item in enumerate(items) if item.get("id") == entry.key), None)
    if conflict.theirs_item is None:
        if index is not None:
            del items[index]
    elif index is None:
        items.append(copy.deepcopy(conflict.theirs_item))
    else:
        items[index] = copy.deepcopy(conflict.theirs_item)


def _apply_entry(data: dict[str, Any], entry: DiffEntry) -> None:
    value = copy.deepcopy(entry.new_value)
    if entry.area in (Area.META, Area.ORGANISATION, Area.PROCESSING):
        node = data
        *parents, leaf = entry.key.split(".")
        for part in parents:
            node = node[part]
        node[leaf] = value
    elif entry.area == Area.MEASURE:
        answer = data["answers"].setdefault(entry.key, Answer().model_dump(mode="json"))
        answer[entry.aspect] = value
    else:
        items = _items(data, entry.area)
        index = next((i for i, item in enumerate(items) if item.get("id") == entry.key), None)
        if entry.kind == ChangeKind.ADDED:
            if index is None:
                items.append(value)
            return
        if entry.kind == ChangeKind.REMOVED:
            if index is not None:
                del items[index]
            return
        if index is None:
            return  # the item is gone on our side
        node = items[index]
        *parents, leaf = entry.aspect.split(".")
        for part in parents:
            node = node[part]
        node[leaf] = value
