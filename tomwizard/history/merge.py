"""Merge a file the customer filled in (``.tomw`` or JSON sent back) into the consultant's file.

Both sides are compared with a common base: the frozen version both files share (same content
hash), else an empty assessment. A change only the customer made is applied automatically; a
thing both changed to different values is a conflict the user decides. Units are the entries of
:mod:`tomwizard.history.diff` (a field, one aspect of an answer, a custom measure or subprocessor).

Use: ``result = compute_merge(ours, theirs, base)`` (or ``plan_merge(store, source)``, which
finds the base) → show ``result.auto_applied`` and ``result.conflicts`` (``conflict.line()``) →
``merged = apply_merge(ours, result, decisions)`` →
``OpenAssessment.apply([ReplaceAll(merged)])`` (one transaction, every change in the change
log). ``tomwizard merge`` (``cli/merge.py``) and the GUI's „Zusammenführen …“
(``ui/controllers/merge.py``) both work this way.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import ValidationError

from tomwizard.history.changelog import FrozenVersion, VersionInfo
from tomwizard.history.diff import Area, ChangeKind, DiffEntry, diff_assessments
from tomwizard.models.assessment import Answer, Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.store import TomwStore

Choice = Literal["ours", "theirs"]


class MergeError(ValueError):
    """The merge cannot be applied; the message is one German line."""


@dataclass(frozen=True)
class MergeConflict:
    """Both sides changed the same thing differently: the entries of each side (against the
    base). ``whole`` conflicts are about a custom measure or subprocessor one side added or
    removed; choosing "theirs" then makes the item exactly ``theirs_item`` (None: removed)."""

    conflict_id: str
    ours: list[DiffEntry]
    theirs: list[DiffEntry]
    whole: bool = False
    theirs_item: dict[str, Any] | None = None

    def what(self, lang: Language = "de") -> str:
        """The thing in conflict: the measure, field or item, and the aspect of it."""
        entry = (self.theirs or self.ours)[0]
        shown = entry.subject.get(lang)
        if not self.whole and entry.aspect_label is not None:
            shown += f" – {entry.aspect_label.get(lang)}"
        return shown

    def side(self, choice: Choice, lang: Language = "de") -> str:
        """What one side made of it: the new value, or for a whole item what happened to it."""
        entries = self.ours if choice == "ours" else self.theirs
        return _side_text(entries, self.whole, lang)

    def line(self, lang: Language = "de") -> str:
        """One line: ``<what>: <ours> → <theirs>``."""
        return f"{self.what(lang)}: {self.side('ours', lang)} → {self.side('theirs', lang)}"


@dataclass(frozen=True)
class MergeResult:
    auto_applied: list[DiffEntry] = field(default_factory=list)
    conflicts: list[MergeConflict] = field(default_factory=list)
    base_version: VersionInfo | None = None  # the shared version used as base, if any


@dataclass(frozen=True)
class MergeSource:
    """The customer's file: its assessment and the versions it carries."""

    assessment: Assessment
    versions: list[FrozenVersion]


def load_merge_source(path: Path) -> MergeSource:
    """Read a ``.tomw`` (read-only) or a JSON exchange file through the input gate
    (:func:`tomwizard.inputs.merge_source`). Raises StoreError/ExchangeError."""
    from tomwizard.inputs import merge_source  # the gate imports this module

    return merge_source(path)


def plan_merge(
    store: TomwStore, source: MergeSource, catalog: Catalog | None = None
) -> MergeResult:
    """What merging ``source`` into the open ``store`` would do, against the newest frozen
    version both files share (else an empty assessment). Raises MergeError when the files use
    different catalogs (the measures would not mean the same)."""
    ours, theirs = store.load(), source.assessment
    if (ours.catalog_id, ours.catalog_version) != (theirs.catalog_id, theirs.catalog_version):
        raise MergeError(
            f"Die Dateien verwenden verschiedene Kataloge (hier „{ours.catalog_id}“ "
            f"{ours.catalog_version}, beim Kunden „{theirs.catalog_id}“ "
            f"{theirs.catalog_version}); zusammenführen lassen sich nur Dateien mit demselben "
            "Katalog."
        )
    shared = common_base(store, source.versions)
    if shared is None:
        return compute_merge(ours, theirs, None, catalog)
    try:
        base = shared.assessment()
    except ValidationError as exc:
        raise MergeError(f"Version {shared.number} kann nicht gelesen werden ({exc}).") from exc
    return compute_merge(ours, theirs, base, catalog, shared.info())


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
        for entry in mine_theirs:
            other = mine_by_aspect.get(entry.aspect)
            if other is None:
                auto.append(entry)
            elif other.new_value != entry.new_value:
                conflicts.append(MergeConflict(entry.entry_id, [other], [entry]))
    return MergeResult(auto, conflicts, base_version)


def _find_item(assessment: Assessment, item: tuple[str, str]) -> dict[str, Any] | None:
    area, key = item
    items = assessment.custom_measures if area == Area.CUSTOM.value else assessment.subprocessors
    for candidate in items:
        if candidate.id == key:
            found: dict[str, Any] = candidate.model_dump(mode="json")
            return found
    return None


def _side_text(entries: list[DiffEntry], whole: bool, lang: Language) -> str:
    de = lang == "de"
    if not entries:
        return "unverändert" if de else "unchanged"
    if not whole:
        shown = entries[0].new
        return shown.get(lang) if shown is not None else "—"
    first = entries[0]
    if first.kind == ChangeKind.REMOVED:
        return "entfernt" if de else "removed"
    if first.kind == ChangeKind.ADDED:
        return first.change(lang)
    parts = [
        f"{e.aspect_label.get(lang) if e.aspect_label else e.aspect}: "
        f"{e.new.get(lang) if e.new else '—'}"
        for e in entries
    ]
    return ("geändert" if de else "changed") + f" ({'; '.join(parts)})"


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
            raise MergeError(f"Konflikt „{conflict.conflict_id}“ ist noch nicht entschieden.")
        if choice == "theirs" and conflict.whole:
            _take_whole_item(data, conflict)
        elif choice == "theirs":
            entries += conflict.theirs
    for entry in entries:
        _apply_entry(data, entry)
    try:
        return Assessment.model_validate(data)
    except ValidationError as exc:
        raise MergeError(f"Das Ergebnis der Zusammenführung ist ungültig ({exc}).") from exc


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
