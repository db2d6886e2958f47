"""The measures of the annex as it shows them, per group of the chosen view: each catalog
measure with its answer, the status it can stand behind (an open Rückfrage makes it *offen*, a
sub-measure not implemented makes its parent *teilweise*), the date printed, the custom
measures that replace it and its pending sub-measures placed in another group; the group's
custom measures ("Sonstige") after its catalog measures. :mod:`tomwizard.export.annex_measures`
lays them out in parts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from tomwizard.content.views import Group, Node
from tomwizard.export.annex_approval import APPROVAL_MEASURE, DUTY
from tomwizard.export.annex_parts import pending_places
from tomwizard.export.document.words import Words
from tomwizard.export.measure_text import measure_text
from tomwizard.export.status_marks import PENDING, own_status, shown_status
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, LinkKind, Status
from tomwizard.models.catalog import Measure

PLACE_MEASURE = "auftrag.verarbeitungsort"  # names the pending sub-processors' countries too


class Entry:
    """One measure (catalog or custom) with its answer and the status it is shown with."""

    def __init__(
        self,
        text: str,
        answer: Answer,
        shown: Status,
        children: list[Entry] | None = None,
        due: dt.date | None = None,
        replaced_by: tuple[str, ...] = (),
        elsewhere: list[tuple[str, str]] | None = None,
    ) -> None:
        self.text = text
        self.answer = answer
        self.shown = shown
        self.children: list[Entry] = [] if children is None else children
        self.due = due  # the date printed: the answer's, or its pending sub-measures'
        self.replaced_by = replaced_by  # entfällt: the custom measures that replace it
        # pending sub-measures the view places in another group: (text, that group's id)
        self.elsewhere: list[tuple[str, str]] = [] if elsewhere is None else elsewhere

    @property
    def demoted(self) -> bool:
        """Marked implemented, shown as partly: a sub-measure is not (yet) implemented."""
        return self.shown == Status.TEILWEISE and self.answer.status == Status.UMGESETZT

    @property
    def unconfirmed(self) -> bool:
        return self.answer.follow_up


class EntryBuilder:
    """Builds the entries of one annex's groups (``group_of``: measure id → its group's id)."""

    def __init__(self, doc: Words, assessment: Assessment, group_of: dict[str, str]) -> None:
        self.doc = doc
        self.a = assessment
        self._group_of = group_of
        self._shown_cache: dict[str, Status] = {}

    def entries(self, group: Group) -> list[Entry]:
        entries = [self._entry(node) for node in group.nodes]
        customs = self._customs(group.section_ids)
        entries += [
            Entry(c.text.strip(), c.answer, own_status(c.answer), due=c.answer.planned_date)
            for c in customs
        ]
        return entries

    def _entry(self, node: Node) -> Entry:
        answer = self.a.answer(node.measure.id)
        roles = self.a.organisation.role_names
        text = measure_text(node.measure, self.doc.lang, answer.params, roles)
        children = [self._entry(child) for child in node.children]
        shown = self._shown(node.measure)
        if node.measure.id == APPROVAL_MEASURE and DUTY in self.doc.wording:
            text = self.doc.text(DUTY)  # the contract's approval model only (review 5, P5)
        if node.measure.id == PLACE_MEASURE and shown == Status.UMGESETZT:
            pending = pending_places(self.doc, self.a.subprocessors)
            text = f"{text} {pending}" if pending else text
        due = answer.planned_date
        if due is None and shown != answer.status:  # partly only because of its sub-measures
            due = self._children_due(node.measure)
        here = {child.measure.id for child in node.children}
        elsewhere = [
            (self._text(child), self._group_of.get(child.id, ""))
            for child in node.measure.children
            if child.id not in here and self._shown(child) in PENDING
        ]
        replaced_by = self._replacing(node.measure.id)
        return Entry(text, answer, shown, children, due, replaced_by, elsewhere=elsewhere)

    def _text(self, measure: Measure) -> str:
        params = self.a.answer(measure.id).params
        return measure_text(measure, self.doc.lang, params, self.a.organisation.role_names)

    def _replacing(self, measure_id: str) -> tuple[str, ...]:
        """The texts of the custom measures linked as replacing this catalog measure."""
        return tuple(
            c.text.strip()
            for c in self.a.custom_measures
            if c.linked_measure == measure_id
            and c.link_kind == LinkKind.REPLACES
            and c.text.strip()
        )

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


def walk(entries: list[Entry]) -> list[Entry]:
    """The entries with their sub-measures, flattened, in order."""
    out: list[Entry] = []
    for entry in entries:
        out.append(entry)
        out += walk(entry.children)
    return out
