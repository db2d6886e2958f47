"""The sentence of an annex area without an implemented measure whose measures all or partly
„entfallen“ (DSB review 7, M1).

„In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt.“ states a deficit; for an
area whose measures are answered „entfällt“ it is false. So the sentence says what the answers
say: all measures of the area entfallen, with their reason when they share one, or a pointer to
the part „Entfallende Maßnahmen“ (printed then even without ``--list-entfaellt``); where some
entfallen and the others are still open, planned or not implemented, the „derzeit“ sentence
speaks only of those others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from tomwizard.export.annex_entries import Entry, walk
from tomwizard.export.document.words import Words, user
from tomwizard.models.assessment import Status

_END = (".", "!", "?", "…")


def na_entries(entries: list[Entry]) -> list[Entry]:
    """The area's measures (with sub-measures) shown as „entfällt“."""
    return [e for e in walk(entries) if e.shown == Status.ENTFAELLT]


def shared_reason(entries: list[Entry]) -> str:
    """The one reason all of ``entries`` give, as a sentence ("" where they give none, differ,
    or one is replaced by a custom measure: the part „Entfallende Maßnahmen“ says those)."""
    reasons = {e.answer.reason.strip() for e in entries}
    if len(reasons) != 1 or any(e.replaced_by for e in entries):
        return ""
    reason = user(reasons.pop())
    return reason if not reason or reason.endswith(_END) else reason + "."


def needs_na_part(entries: list[Entry], implemented: bool) -> bool:
    """Whether an area's sentence points to the part „Entfallende Maßnahmen“ for its reasons:
    none of its measures is implemented, some entfallen, and they do not share one reason."""
    na = na_entries(entries)
    return not implemented and bool(na) and not shared_reason(na)


@dataclass(frozen=True)
class AreaSentence:
    """The sentence of one prose area without an implemented measure."""

    doc: Words
    see: Callable[[list[str]], str]  # part keys ("planned", "na", "open_part") → "Nr. 15 „…“"

    def text(self, entries: list[Entry]) -> str | None:
        """The sentence, or None where no measure entfällt (the caller's own „derzeit“
        sentence is true then)."""
        na = na_entries(entries)
        if not na:
            return None
        doc = self.doc
        rest = {e.shown for e in walk(entries)} - {Status.ENTFAELLT}
        reason = shared_reason(na)
        if not rest:
            if reason:
                return doc.text("all_na_reason", reason=reason)
            refs = self.see(["na"])
            return doc.text("all_na_see", refs=refs) if refs else doc.text("all_na")
        pending = []
        if rest & {Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT}:
            pending.append("planned")
        if Status.OFFEN in rest:
            pending.append("open_part")
        refs = self.see(pending)
        first = doc.text("none_rest_see", refs=refs) if refs else doc.text("none_rest")
        if reason:
            second = doc.text("rest_na_reason", reason=reason)
        else:
            refs = self.see(["na"])
            second = doc.text("rest_na_see", refs=refs) if refs else doc.text("rest_na")
        return f"{first} {second}"
