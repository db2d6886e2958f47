"""The measure parts of the annex: one part per group of the chosen view, then the measures not
yet (fully) implemented (partly done, planned or not implemented, with what remains and the
date), then (when asked for) the measures that do not apply, and in a draft the measures still open.

Two styles: ``prose`` lists under "Die folgenden Maßnahmen sind umgesetzt:" only what is
implemented and confirmed; ``checklist`` lists every measure of the view with its status mark
(see :mod:`tomwizard.export.status_marks`: ☒ only for implemented), nested as in the catalog.
Both keep catalog order within a group; custom measures ("Sonstige") follow the catalog measures
of their group. A measure shows the status it can stand behind: an open Rückfrage makes it
*offen*, a sub-measure not implemented makes its parent *teilweise*. Notes and evidence never
appear here.
"""

from __future__ import annotations

from typing import Literal

from tomwizard.content.views import Group, assignment, groups
from tomwizard.export.annex_entries import Entry, EntryBuilder, nest_elsewhere, walk
from tomwizard.export.annex_na_area import (
    AreaSentence,
    as_sentence,
    na_entries,
    needs_na_part,
    reason_groups,
    same_reason_key,
    shared_reason,
)
from tomwizard.export.document.model import (
    Block,
    KeepWithNext,
    ListBlock,
    ListItem,
    Paragraph,
    ParagraphRole,
    Run,
    runs,
)
from tomwizard.export.document.typography import format_date
from tomwizard.export.document.words import Words, user
from tomwizard.export.measure_text import short_quote
from tomwizard.export.replaced_reason import restates_replacement
from tomwizard.export.status_marks import MARKS, legend_text
from tomwizard.i18n import format_list
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog

Style = Literal["checklist", "prose"]
STYLES: tuple[Style, ...] = ("checklist", "prose")
BOX_DONE = MARKS[Status.UMGESETZT]
BOX_OPEN = MARKS[Status.NICHT_UMGESETZT]
# the part "noch nicht (vollständig) umgesetzt": every answered measure that is not (yet) in place
_REMAINING = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)
# a parent shown as partly implemented names these sub-measures (what makes it partly)
_UNDER_PARTLY = (Status.NICHT_UMGESETZT, Status.OFFEN)


class MeasureParts:
    """Builds the measure parts of one annex."""

    def __init__(
        self,
        doc: Words,
        assessment: Assessment,
        catalog: Catalog,
        *,
        style: Style,
        view: str,
        list_entfaellt: bool,
    ) -> None:
        self.doc = doc
        self.a = assessment
        self.style = style
        self.list_entfaellt = list_entfaellt
        self.groups = groups(view, catalog)
        self._numbers: dict[str, int] = {}  # group id → its heading's number (set by blocks)
        self._na_above = ""  # checklist: the reason of the area's last „entfällt“ so far
        builder = EntryBuilder(doc, assessment, assignment(view, catalog))
        self.entries = {g.id: builder.entries(g) for g in self.groups}
        # areas without an implemented measure whose reasons for „entfällt“ are listed: in the
        # part „Entfallende Maßnahmen“ (prose) or under the area (checklist; DSB review 7, M1)
        self._na_listed = [
            g.id for g in self.groups if needs_na_part(self.entries[g.id], self._implemented(g))
        ]

    def _implemented(self, group: Group) -> bool:
        """Whether the area lists a measure of its own (prose: an implemented one)."""
        entries = self.entries[group.id]
        if self.style == "checklist":
            return any(e.shown != Status.ENTFAELLT for e in walk(entries))
        return bool(self._prose(entries))

    def statuses(self) -> set[Status]:
        """Every status shown in the checklist (for its legend)."""
        shown = {e.shown for g in self.groups for e in walk(self.entries[g.id])}
        if not self.list_entfaellt and not self._na_listed:
            shown.discard(Status.ENTFAELLT)
        return shown

    def legend(self) -> str:
        return legend_text(self.statuses(), self.doc.lang)

    # -- parts -------------------------------------------------------------------------------

    def blocks(self) -> list[Block]:
        every = [e for g in self.groups for e in walk(self.entries[g.id])]
        # one list across the groups: a sub-measure placed in another group back under its parent
        roots = nest_elsewhere([e for g in self.groups for e in self.entries[g.id]])
        remaining = self._remaining(roots)
        later = self._later_parts(every, bool(remaining))
        self._numbers = {g.id: self.doc.peek_number(i) for i, g in enumerate(self.groups, 1)}
        story: list[Block] = []
        for group in self.groups:
            story += self.group_part(group, later)
        if self.style == "prose":
            story += self.remaining_part(remaining)
            if self.list_entfaellt or self._na_listed:
                story += self.not_applicable_part()
            story += self.open_part([e for e in every if e.shown == Status.OFFEN])
        return story

    def _later_parts(self, every: list[Entry], remaining: bool) -> dict[str, tuple[int, str]]:
        """The parts after the groups (prose only) with their numbers and titles, keyed
        "planned", "na" and "open_part", for the cross-references of an empty area."""
        if self.style != "prose":
            return {}
        shown = {e.shown for e in every}
        wanted = [
            ("planned", remaining),
            ("na", bool(self._na_listed) or (self.list_entfaellt and Status.ENTFAELLT in shown)),
            ("open_part", Status.OFFEN in shown),
        ]
        number = self.doc.peek_number(len(self.groups))
        out = {}
        for key, present in wanted:
            if present:
                number += 1
                out[key] = (number, self.doc.text(key))
        return out

    def group_part(self, group: Group, later: dict[str, tuple[int, str]]) -> list[Block]:
        doc = self.doc
        heading = doc.heading(group.title.get(doc.lang))
        entries = self.entries[group.id]
        if self.style == "checklist":
            self._na_above = ""
            items = self._checklist(entries)
            if items:
                return [heading, ListBlock(tuple(items), checklist=True)]
            return [heading, *self._all_na_checklist(entries)]
        items = self._prose(entries)
        if items:
            lead = Paragraph(runs(doc.text("implemented")), "lead")
            return [heading, lead, ListBlock(tuple(items))]
        sentence = AreaSentence(doc, lambda keys: self._see(keys, later)).text(entries)
        if sentence is not None:  # some or all of its measures entfallen (DSB review 7, M1)
            return [heading, Paragraph(runs(sentence))]
        # one sentence, naming the later parts where this area's measures stand (review 3, B11)
        shown = {e.shown for e in walk(entries)}
        kinds = {
            "planned": bool(shown & set(_REMAINING)),
            "na": Status.ENTFAELLT in shown,
            "open_part": Status.OFFEN in shown,
        }
        refs = [
            doc.text("see_part", n=str(later[key][0]), title=later[key][1])
            for key, present in kinds.items()
            if present and key in later
        ]
        if not refs:
            return [heading, Paragraph(runs(doc.text("none")))]
        return [heading, Paragraph(runs(doc.text("none_see", refs=self._joined(refs))))]

    def _see(self, keys: list[str], later: dict[str, tuple[int, str]]) -> str:
        """„Nr. 15 „…“ und Nr. 17 „…““: the later parts of ``keys`` ("" where none is printed)."""
        doc = self.doc
        refs = [
            doc.text("see_part", n=str(later[key][0]), title=later[key][1])
            for key in keys
            if key in later
        ]
        return self._joined(refs) if refs else ""

    def _joined(self, refs: list[str]) -> str:
        if len(refs) < 2:
            return refs[0]
        return ", ".join(refs[:-1]) + f" {self.doc.text('and')} " + refs[-1]

    def _all_na_checklist(self, entries: list[Entry]) -> list[Block]:
        """A checklist area without a measure to show: all entfallen (without
        ``--list-entfaellt``), said with their one reason or listed with each reason."""
        na = na_entries(entries)
        if not na:
            return [Paragraph(runs(self.doc.text("none")))]
        reason = shared_reason(na)
        if reason:
            return [Paragraph(runs(self.doc.text("all_na_reason", reason=reason)))]
        items = [self._item(e, self._inline(e)) for e in na]
        return [
            Paragraph(runs(self.doc.text("all_na_listed")), "lead"),
            ListBlock(tuple(items), checklist=True),
        ]

    def remaining_part(self, items: list[ListItem]) -> list[Block]:
        """Measures not yet (fully) implemented, with what remains and the date."""
        if not items:
            return []
        doc = self.doc
        return [
            doc.heading(doc.text("planned")),
            Paragraph(runs(doc.text("planned_lead")), "lead"),
            ListBlock(tuple(items)),
        ]

    def not_applicable_part(self) -> list[Block]:
        """Every measure that entfällt (``--list-entfaellt``), else those of the areas whose
        sentence points here for their reasons."""
        listed = self.groups if self.list_entfaellt else self._na_listed_groups()
        entries = [e for g in listed for e in na_entries(self.entries[g.id])]
        if not entries:
            return []
        doc = self.doc
        story: list[Block] = [doc.heading(doc.text("na"))]
        shared, others = reason_groups(entries)
        # the reason once, then its measures (review 7, S5); each lead stays with its list, and
        # a lead after a list is set off as a heading is (review 7, S5 follow-up; as review 6, N9)
        for reason, group in shared:
            said = runs(doc.text("na_group", reason=as_sentence(user(reason))))
            items = tuple(self._item(e, "") for e in group)
            story += [KeepWithNext(), Paragraph(said, _lead(story)), ListBlock(items)]
        if others:
            items = tuple(self._item(e, f"({self._reason(e)})") for e in others)
            said = runs(doc.text("na_others" if shared else "na_lead"))
            story += [KeepWithNext(), Paragraph(said, _lead(story)), ListBlock(items)]
        del story[1]  # the first lead follows the heading, which keeps it already
        return story

    def _na_listed_groups(self) -> list[Group]:
        return [g for g in self.groups if g.id in self._na_listed]

    def open_part(self, entries: list[Entry]) -> list[Block]:
        """A draft's measures that are not answered or not confirmed (none in a final annex)."""
        if not entries:
            return []
        doc = self.doc
        items = [self._item(e, self._inline(e)) for e in entries]
        return [
            doc.heading(doc.text("open_part")),
            Paragraph(runs(doc.text("open_lead")), "lead"),
            ListBlock(tuple(items)),
        ]

    # -- items -------------------------------------------------------------------------------

    def _prose(self, entries: list[Entry]) -> list[ListItem]:
        """Implemented and confirmed measures only; the others step aside for their
        implemented sub-measures."""
        items: list[ListItem] = []
        for entry in entries:
            children = self._prose(entry.children)
            if entry.shown != Status.UMGESETZT:
                items += children
                continue
            items.append(ListItem(runs(user(entry.text)), entry.shown, tuple(children)))
        return items

    def _remaining(self, entries: list[Entry], under_demoted: bool = False) -> list[ListItem]:
        """Partly implemented, planned and not implemented measures with their dates; under a
        parent shown as partly implemented also its open sub-measures, so that what remains is
        named."""
        items: list[ListItem] = []
        for entry in entries:
            children = self._remaining(entry.children, entry.demoted)
            wanted = entry.shown in _REMAINING or (under_demoted and entry.shown in _UNDER_PARTLY)
            if not wanted:
                items += children
                continue
            inline = self._inline(entry)
            if entry.shown == Status.OFFEN:  # named under its parent, listed in the open part
                inline = self.doc.text("open_see_part", title=self.doc.text("open_part"))
            items.append(self._item(entry, inline, children))
        return items

    def _checklist(self, entries: list[Entry]) -> list[ListItem]:
        """Every measure with its mark; not applicable ones only when asked for."""
        items: list[ListItem] = []
        for entry in entries:
            if entry.shown == Status.ENTFAELLT and not self.list_entfaellt:
                items += self._checklist(entry.children)
                continue
            inline = self._inline(entry) if entry.shown != Status.UMGESETZT else ""
            items.append(self._item(entry, inline, self._checklist(entry.children)))
        return items

    @staticmethod
    def _item(entry: Entry, inline: str, children: list[ListItem] | None = None) -> ListItem:
        """The measure's text, then (in italics) its status in words, if any."""
        text = user(entry.text)
        shown = runs(text + " ", Run(inline, italic=True)) if inline else runs(text)
        return ListItem(shown, entry.shown, tuple(children or ()))

    # -- small texts -------------------------------------------------------------------------

    def _inline(self, entry: Entry) -> str:
        """The status in words after a measure that is not simply implemented."""
        doc, answer = self.doc, entry.answer
        date = format_date(entry.due, doc.lang) if entry.due else ""
        if entry.shown == Status.OFFEN:
            return doc.text("unconfirmed_inline" if entry.unconfirmed else "open_inline")
        if entry.shown == Status.TEILWEISE:
            key = "partly_children" if entry.demoted else "partly"
            text = doc.text(key)
            if entry.demoted and entry.elsewhere:  # prose too (review 5, P3)
                text = doc.text("partly_elsewhere", what=self._elsewhere(entry))
            what = answer.remaining.strip().rstrip(".")
            if what and not entry.demoted:
                text = text[:-1] + doc.text("remaining", what=what) + ")"
            if date:
                text = text[:-1] + doc.text("complete_by", date=date) + ")"
            return text
        if entry.shown == Status.GEPLANT:
            if date and self._overdue(answer):
                return doc.text("overdue_inline", date=date)
            if date:
                return doc.text("planned_inline", date=date)
            return doc.text("planned_inline_open")
        if entry.shown == Status.ENTFAELLT:
            # the reason said by the nearest „entfällt“ above in this area: „wie oben“ (S5)
            same = same_reason_key(entry)
            above, self._na_above = self._na_above, same
            return doc.text("na_inline_same") if same and same == above else self._na_inline(entry)
        if date:
            return doc.text("not_inline_due", date=date)
        return doc.text("not_inline")

    def _elsewhere(self, entry: Entry) -> str:
        """The pending sub-measures printed in another group, by their short names, in the
        checklist with that group's number („regelmäßige Erprobung des Wiederanlaufs, siehe
        Nr. 6“; DSB review 4, N5; review 6, N4); several in one group share the number."""
        by_number: dict[int | None, list[str]] = {}
        for pending in entry.elsewhere:
            # prose lists the sub-measure in this same part, nested under it (no group number)
            number = self._numbers.get(pending.group_id) if self.style == "checklist" else None
            if pending.named:
                name = user(pending.name)
            else:  # a catalog without a short name for it: the start of its text, quoted
                name = self.doc.text("quoted", text=short_quote(user(pending.name)))
            by_number.setdefault(number, []).append(name)
        named = []
        for number, names in by_number.items():
            joined = format_list(names, self.doc.lang)
            named.append(
                self.doc.text("elsewhere", text=joined, n=str(number)) if number else joined
            )
        return "; ".join(named)

    def _overdue(self, answer: Answer) -> bool:
        """The planned date lies before the annex's Stand (a draft says so; it blocks a final)."""
        stand = self.a.organisation.stand
        return bool(answer.planned_date and stand and answer.planned_date < stand)

    def _na_inline(self, entry: Entry) -> str:
        reason = entry.answer.reason.strip()
        if entry.replaced_by:
            return f"({self._replaced(entry, reason, 'replaced_by')})"
        if not reason:
            return self.doc.text("na_inline_bare")
        return self.doc.text("na_inline", reason=user(reason))

    def _reason(self, entry: Entry) -> str:
        reason = entry.answer.reason.strip()
        if entry.replaced_by:  # the part lists what entfällt: no „entfällt –“ (review 5, P2)
            return self._replaced(entry, reason, "replaced")
        if not reason:
            return self.doc.text("no_reason")
        return self.doc.text("reason", reason=user(reason))

    def _replaced(self, entry: Entry, reason: str, key: str) -> str:
        """„ersetzt durch die eigene Maßnahme „…““ (review 4, N4), then the reason if it says
        more than that (review 5, P2)."""
        names = [self.doc.text("quoted", text=user(t.rstrip("."))) for t in entry.replaced_by]
        key += "" if len(names) == 1 else "_several"
        text = self.doc.text(key, names=format_list(names, self.doc.lang))
        if restates_replacement(reason, entry.replaced_by):
            return text
        return text + self.doc.text("replaced_reason", reason=user(reason))


def _lead(story: list[Block]) -> ParagraphRole:
    """A lead right under the part's heading, or one after a list: set off as a heading is."""
    return "lead" if len(story) == 1 else "lead_after"
