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

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from reportlab.platypus import Flowable, Paragraph

from tomwizard.content.views import Group, Node, groups
from tomwizard.export.measure_text import measure_text
from tomwizard.export.pdf_document import Document
from tomwizard.export.pdf_keep import Room
from tomwizard.export.pdf_styles import bullet, item_style
from tomwizard.export.pdf_text import format_date, markup
from tomwizard.export.status_marks import MARKS, PENDING, legend, own_status, shown_status
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Catalog, Measure

Style = Literal["checklist", "prose"]
STYLES: tuple[Style, ...] = ("checklist", "prose")
BOX_DONE = MARKS[Status.UMGESETZT]
BOX_OPEN = MARKS[Status.NICHT_UMGESETZT]
# the part "noch nicht (vollständig) umgesetzt": every answered measure that is not (yet) in place
_REMAINING = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)


@dataclass
class _Item:
    markup: str
    status: Status
    children: list[_Item] = field(default_factory=list)


@dataclass
class _Entry:
    """One measure (catalog or custom) with its answer and the status it is shown with."""

    text: str
    answer: Answer
    shown: Status
    children: list[_Entry] = field(default_factory=list)
    due: dt.date | None = None  # the date printed: the answer's, or its pending sub-measures'

    @property
    def demoted(self) -> bool:
        """Marked implemented, shown as partly: a sub-measure is not (yet) implemented."""
        return self.shown == Status.TEILWEISE and self.answer.status == Status.UMGESETZT

    @property
    def unconfirmed(self) -> bool:
        return self.answer.follow_up


class MeasureParts:
    """Builds the measure parts of one annex."""

    def __init__(
        self,
        doc: Document,
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
        self._shown_cache: dict[str, Status] = {}
        self.entries = {g.id: self._entries(g) for g in self.groups}

    def statuses(self) -> set[Status]:
        """Every status shown in the checklist (for its legend)."""
        shown = {e.shown for g in self.groups for e in _walk(self.entries[g.id])}
        if not self.list_entfaellt:
            shown.discard(Status.ENTFAELLT)
        return shown

    def legend(self) -> str:
        return legend(self.statuses(), self.doc.lang)

    # -- parts -------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        every = [e for g in self.groups for e in _walk(self.entries[g.id])]
        remaining = self._remaining([e for g in self.groups for e in self.entries[g.id]])
        later_number = self.doc.peek_number(len(self.groups) + 1)
        story: list[Flowable] = []
        for group in self.groups:
            story += self.group_part(group, later_number if remaining else None)
        if self.style == "prose":
            story += self.remaining_part(remaining)
            if self.list_entfaellt:
                story += self.not_applicable_part()
            story += self.open_part([e for e in every if e.shown == Status.OFFEN])
        return story

    def group_part(self, group: Group, later_number: int | None) -> list[Flowable]:
        doc = self.doc
        story = doc.heading(markup(group.title.get(doc.lang)))
        entries = self.entries[group.id]
        if self.style == "checklist":
            items = self._checklist(entries)
            if items:
                return story + self._list(items, 0, boxed=True)
            return [*story, doc.para(doc.text("none"))]
        items = self._prose(entries)
        if items:
            return [*story, doc.para(doc.text("implemented"), doc.styles.lead), *self._list(items)]
        pending = any(e.shown in _REMAINING for e in _walk(entries))
        if later_number is not None and pending:
            return [*story, doc.para(doc.text("none_planned", n=str(later_number)))]
        return [*story, doc.para(doc.text("none"))]

    def remaining_part(self, items: list[_Item]) -> list[Flowable]:
        """Measures not yet (fully) implemented, with what remains and the date."""
        if not items:
            return []
        doc = self.doc
        return [
            *doc.heading(doc.text("planned")),
            doc.para(doc.text("planned_lead"), doc.styles.lead),
            *self._list(items),
        ]

    def not_applicable_part(self) -> list[Flowable]:
        entries = [
            e for g in self.groups for e in _walk(self.entries[g.id]) if e.shown == Status.ENTFAELLT
        ]
        if not entries:
            return []
        doc = self.doc
        items = [_Item(f"{markup(e.text)} <i>({self._reason(e)})</i>", e.shown) for e in entries]
        return [
            *doc.heading(doc.text("na")),
            doc.para(doc.text("na_lead"), doc.styles.lead),
            *self._list(items),
        ]

    def open_part(self, entries: list[_Entry]) -> list[Flowable]:
        """A draft's measures that are not answered or not confirmed (none in a final annex)."""
        if not entries:
            return []
        doc = self.doc
        items = [_Item(f"{markup(e.text)} <i>{self._inline(e)}</i>", e.shown) for e in entries]
        return [
            *doc.heading(doc.text("open_part")),
            doc.para(doc.text("open_lead"), doc.styles.lead),
            *self._list(items),
        ]

    # -- entries and items -------------------------------------------------------------------

    def _entries(self, group: Group) -> list[_Entry]:
        entries = [self._entry(node) for node in group.nodes]
        customs = self._customs(group.section_ids)
        entries += [
            _Entry(c.text.strip(), c.answer, own_status(c.answer), due=c.answer.planned_date)
            for c in customs
        ]
        return entries

    def _entry(self, node: Node) -> _Entry:
        answer = self.a.answer(node.measure.id)
        roles = self.a.organisation.role_names
        text = measure_text(node.measure, self.doc.lang, answer.params, roles)
        children = [self._entry(child) for child in node.children]
        due = answer.planned_date or self._children_due(node.measure)
        return _Entry(text, answer, self._shown(node.measure), children, due)

    def _children_due(self, measure: Measure) -> dt.date | None:
        """The latest date of the sub-measures not yet in place (for a parent shown as partly
        implemented because of them, review 2 finding 8); None if any of them has none."""
        dates: list[dt.date | None] = []
        for child in measure.children:
            if self._shown(child) in PENDING:
                dates.append(self.a.answer(child.id).planned_date or self._children_due(child))
        if not dates or None in dates:
            return None
        return max(d for d in dates if d is not None)

    def _shown(self, measure: Measure) -> Status:
        """The measure's status as shown: with all its sub-measures of the catalog, also
        those that a view places in another group."""
        if measure.id not in self._shown_cache:
            children = [self._shown(child) for child in measure.children]
            self._shown_cache[measure.id] = shown_status(self.a.answer(measure.id), children)
        return self._shown_cache[measure.id]

    def _customs(self, section_ids: Iterable[str]) -> list[CustomMeasure]:
        wanted = set(section_ids)
        return [c for c in self.a.custom_measures if c.section_id in wanted and c.text.strip()]

    def _prose(self, entries: list[_Entry]) -> list[_Item]:
        """Implemented and confirmed measures only; the others step aside for their
        implemented sub-measures."""
        items: list[_Item] = []
        for entry in entries:
            children = self._prose(entry.children)
            if entry.shown != Status.UMGESETZT:
                items += children
                continue
            items.append(_Item(markup(entry.text), entry.shown, children))
        return items

    def _remaining(self, entries: list[_Entry]) -> list[_Item]:
        """Partly implemented, planned and not implemented measures with their dates; under a
        parent shown as partly implemented its sub-measures that are not, so that what remains
        is named."""
        items: list[_Item] = []
        for entry in entries:
            children = self._remaining(entry.children)
            if entry.shown not in _REMAINING:
                items += children
                continue
            text = f"{markup(entry.text)} <i>{self._inline(entry)}</i>"
            items.append(_Item(text, entry.shown, children))
        return items

    def _checklist(self, entries: list[_Entry]) -> list[_Item]:
        """Every measure with its mark; not applicable ones only when asked for."""
        items: list[_Item] = []
        for entry in entries:
            children = self._checklist(entry.children)
            if entry.shown == Status.ENTFAELLT and not self.list_entfaellt:
                items += children
                continue
            text = markup(entry.text)
            if entry.shown != Status.UMGESETZT:
                text += f" <i>{self._inline(entry)}</i>"
            items.append(_Item(text, entry.shown, children))
        return items

    def _list(self, items: list[_Item], depth: int = 0, boxed: bool = False) -> list[Flowable]:
        """Bullet paragraphs (cheaper than ListFlowable), sub-measures one level further in; a
        measure with sub-measures stays on the page of the first of them."""
        style = item_style(depth, boxed)
        story: list[Flowable] = []
        for item in items:
            mark = MARKS[item.status] if boxed else bullet(depth)
            if item.children:
                story.append(Room())
            story.append(Paragraph(item.markup, style, bulletText=mark))
            if item.children:
                story += self._list(item.children, depth + 1, boxed)
        return story

    # -- small texts -------------------------------------------------------------------------

    def _inline(self, entry: _Entry) -> str:
        """The status in words after a measure that is not simply implemented."""
        doc = self.doc
        date = format_date(entry.due, doc.lang) if entry.due else ""
        if entry.shown == Status.OFFEN:
            return doc.text("unconfirmed_inline" if entry.unconfirmed else "open_inline")
        if entry.shown == Status.TEILWEISE:
            key = "partly_children" if entry.demoted else "partly"
            text = doc.text(key)
            if date:
                text = text[:-1] + doc.text("complete_by", date=date) + ")"
            return text
        if entry.shown == Status.GEPLANT:
            if date:
                return doc.text("planned_inline", date=date)
            return doc.text("planned_inline_open")
        if entry.shown == Status.ENTFAELLT:
            return self._na_inline(entry)
        if date:
            return doc.text("not_inline_due", date=date)
        return doc.text("not_inline")

    def _na_inline(self, entry: _Entry) -> str:
        reason = entry.answer.reason.strip()
        if not reason:
            return self.doc.text("na_inline_bare")
        return self.doc.text("na_inline", reason=markup(reason))

    def _reason(self, entry: _Entry) -> str:
        reason = entry.answer.reason.strip()
        if not reason:
            return self.doc.text("no_reason")
        return self.doc.text("reason", reason=markup(reason))


def _walk(entries: list[_Entry]) -> list[_Entry]:
    """The entries with their sub-measures, flattened, in order."""
    out: list[_Entry] = []
    for entry in entries:
        out.append(entry)
        out += _walk(entry.children)
    return out
