"""The measure parts of the annex: one part per group of the chosen view, then the planned
measures with their dates, then (when asked for) the measures that do not apply.

Two styles: ``prose`` lists what is implemented ("Die folgenden Maßnahmen sind umgesetzt: …");
``checklist`` lists every measure of the view with its box (☒ implemented, ☐ not), nested as in
the catalog. Both keep catalog order within a group; custom measures ("Sonstige") follow the
catalog measures of their group. Measures that do not apply are left out unless the options ask
to list them with their reason. Notes, evidence and follow-up flags never appear here.
"""

from __future__ import annotations

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
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Catalog

Style = Literal["checklist", "prose"]
STYLES: tuple[Style, ...] = ("checklist", "prose")
_LISTED = (Status.UMGESETZT, Status.TEILWEISE)
BOX_DONE = "☒"
BOX_OPEN = "☐"


@dataclass
class _Item:
    markup: str
    status: Status
    children: list[_Item] = field(default_factory=list)


@dataclass
class _Entry:
    """One measure (catalog or custom) with its answer, before it becomes a list item."""

    text: str
    answer: Answer
    children: list[_Entry] = field(default_factory=list)


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
        self.entries = {g.id: self._entries(g) for g in self.groups}

    # -- parts -------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        planned = [e for g in self.groups for e in _flat(self.entries[g.id], Status.GEPLANT)]
        planned_number = self.doc.peek_number(len(self.groups) + 1)
        story: list[Flowable] = []
        for group in self.groups:
            story += self.group_part(group, planned_number if planned else None)
        story += self.planned_part(planned)
        if self.list_entfaellt and self.style == "prose":
            story += self.not_applicable_part()
        return story

    def group_part(self, group: Group, planned_number: int | None) -> list[Flowable]:
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
        if planned_number is not None and _flat(entries, Status.GEPLANT):
            return [*story, doc.para(doc.text("none_planned", n=str(planned_number)))]
        return [*story, doc.para(doc.text("none"))]

    def planned_part(self, planned: list[_Entry]) -> list[Flowable]:
        if not planned:
            return []
        doc = self.doc
        items = [
            _Item(f"{markup(e.text)} <i>({self._due(e.answer)})</i>", Status.GEPLANT)
            for e in planned
        ]
        return [
            *doc.heading(doc.text("planned")),
            doc.para(doc.text("planned_lead"), doc.styles.lead),
            *self._list(items),
        ]

    def not_applicable_part(self) -> list[Flowable]:
        entries = [e for g in self.groups for e in _flat(self.entries[g.id], Status.ENTFAELLT)]
        if not entries:
            return []
        doc = self.doc
        items = [
            _Item(f"{markup(e.text)} <i>({self._reason(e)})</i>", e.answer.status) for e in entries
        ]
        return [
            *doc.heading(doc.text("na")),
            doc.para(doc.text("na_lead"), doc.styles.lead),
            *self._list(items),
        ]

    # -- entries and items -------------------------------------------------------------------

    def _entries(self, group: Group) -> list[_Entry]:
        entries = [self._entry(node) for node in group.nodes]
        entries += [_Entry(c.text.strip(), c.answer) for c in self._customs(group.section_ids)]
        return entries

    def _entry(self, node: Node) -> _Entry:
        answer = self.a.answer(node.measure.id)
        text = measure_text(node.measure, self.doc.lang, answer.params)
        return _Entry(text, answer, [self._entry(child) for child in node.children])

    def _customs(self, section_ids: Iterable[str]) -> list[CustomMeasure]:
        wanted = set(section_ids)
        return [c for c in self.a.custom_measures if c.section_id in wanted and c.text.strip()]

    def _prose(self, entries: list[_Entry]) -> list[_Item]:
        """Implemented and partly implemented measures; unlisted parents step aside."""
        items: list[_Item] = []
        for entry in entries:
            children = self._prose(entry.children)
            if entry.answer.status not in _LISTED:
                items += children
                continue
            text = markup(entry.text)
            if entry.answer.status == Status.TEILWEISE:
                text += f" <i>{self.doc.text('partly')}</i>"
            items.append(_Item(text, entry.answer.status, children))
        return items

    def _checklist(self, entries: list[_Entry]) -> list[_Item]:
        """Every measure with its box; not applicable ones only when asked for."""
        items: list[_Item] = []
        for entry in entries:
            children = self._checklist(entry.children)
            status = entry.answer.status
            if status == Status.ENTFAELLT and not self.list_entfaellt:
                items += children
                continue
            text = markup(entry.text)
            if status == Status.TEILWEISE:
                text += f" <i>{self.doc.text('partly')}</i>"
            elif status == Status.GEPLANT:
                text += f" <i>{self._planned_inline(entry.answer)}</i>"
            elif status == Status.ENTFAELLT:
                text += f" <i>{self._na_inline(entry)}</i>"
            items.append(_Item(text, status, children))
        return items

    def _list(self, items: list[_Item], depth: int = 0, boxed: bool = False) -> list[Flowable]:
        """Bullet paragraphs (cheaper than ListFlowable), sub-measures one level further in; a
        measure with sub-measures stays on the page of the first of them."""
        style = item_style(depth, boxed)
        story: list[Flowable] = []
        for item in items:
            mark = bullet(depth)
            if boxed:
                mark = BOX_DONE if item.status in _LISTED else BOX_OPEN
            if item.children:
                story.append(Room())
            story.append(Paragraph(item.markup, style, bulletText=mark))
            if item.children:
                story += self._list(item.children, depth + 1, boxed)
        return story

    # -- small texts -------------------------------------------------------------------------

    def _due(self, answer: Answer) -> str:
        if answer.planned_date is None:
            return self.doc.text("open_date")
        return self.doc.text("due", date=format_date(answer.planned_date, self.doc.lang))

    def _planned_inline(self, answer: Answer) -> str:
        if answer.planned_date is None:
            return self.doc.text("planned_inline_open")
        return self.doc.text("planned_inline", date=format_date(answer.planned_date, self.doc.lang))

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


def _flat(entries: list[_Entry], status: Status) -> list[_Entry]:
    """The entries (sub-measures included, flattened) with ``status``, in order."""
    out: list[_Entry] = []
    for entry in entries:
        if entry.answer.status == status:
            out.append(entry)
        out += _flat(entry.children, status)
    return out
