"""One conflict of a merge: both sides changed the same thing differently (shown and hashed)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from tomwizard.history.changelog import canonical_json, content_hash
from tomwizard.history.diff import ChangeKind, DiffEntry
from tomwizard.i18n import trc
from tomwizard.models.catalog import Language

Choice = Literal["ours", "theirs"]


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
    answer: bool = False  # a measure's whole answer: "theirs" takes ``theirs_item`` as answer

    @property
    def theirs_hash(self) -> str:
        """A hash of the other side's value: a remembered decision holds while it is equal."""
        value: Any = self.theirs_item
        if not self.whole and not self.answer:
            value = [[e.aspect, e.new_value] for e in self.theirs]
        return content_hash(canonical_json(value))

    def what(self, lang: Language = "de") -> str:
        """The thing in conflict: the measure, field or item, and the aspect of it."""
        entry = (self.theirs or self.ours)[0]
        shown = entry.subject.get(lang)
        if self.answer and len({e.aspect for e in (*self.ours, *self.theirs)}) > 1:
            return shown
        if not self.whole and entry.aspect_label is not None:
            shown += f" – {entry.aspect_label.get(lang)}"
        return shown

    def side(self, choice: Choice, lang: Language = "de") -> str:
        """What one side made of it: the new value, or for a whole item what happened to it."""
        entries = self.ours if choice == "ours" else self.theirs
        several = self.answer and len({e.aspect for e in (*self.ours, *self.theirs)}) > 1
        return _side_text(entries, self.whole or several, lang)

    def line(self, lang: Language = "de") -> str:
        """One line: ``<what>: <ours> → <theirs>``."""
        return f"{self.what(lang)}: {self.side('ours', lang)} → {self.side('theirs', lang)}"


def _side_text(entries: list[DiffEntry], whole: bool, lang: Language) -> str:
    if not entries:
        return trc(lang, "change", "unverändert")
    if not whole:
        shown = entries[0].new
        return shown.get(lang) if shown is not None else "—"
    first = entries[0]
    if first.kind == ChangeKind.REMOVED:
        return trc(lang, "change", "entfernt")
    if first.kind == ChangeKind.ADDED:
        return first.change(lang)
    parts = [
        f"{e.aspect_label.get(lang) if e.aspect_label else e.aspect}: "
        f"{e.new.get(lang) if e.new else '—'}"
        for e in entries
    ]
    return trc(lang, "change", "geändert") + f" ({'; '.join(parts)})"
