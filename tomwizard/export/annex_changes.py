"""The annex appendix "Änderungen gegenüber Version N": one table row per changed thing.

Several changed aspects of one answer (status, date, values …) share one row: the measure once,
each aspect on a line of its own in "bisher" and "neu".

A processor tells its controllers what changed in its TOM since the version they signed. The
rows come from :func:`tomwizard.versions.annex_changes` (plain data); every text in them is
user or catalog text and is escaped like everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from tomwizard.export.annex_approval import APPROVED_ASPECT
from tomwizard.export.annex_parts import lines
from tomwizard.export.document.model import Block, Paragraph, Run, Runs, Table, runs
from tomwizard.export.document.typography import tie
from tomwizard.export.document.words import Words, user
from tomwizard.history.diff_labels import show_value
from tomwizard.i18n import N_, NC_, Wording, say
from tomwizard.models.assessment import STATUS_LABELS, Status
from tomwizard.models.catalog import Language, Text

if TYPE_CHECKING:  # the PDF code needs the data only, not the store behind it
    from reportlab.platypus import Flowable

    from tomwizard.export.pdf_document import Document
    from tomwizard.history.diff import DiffEntry
    from tomwizard.history.versions import AnnexChanges

WORDING = Wording(  # WORDING[lang][key]; English in tomwizard/locale
    {
        "lead": N_("Gegenüber dieser Fassung wurden die folgenden Angaben geändert:"),
        "none": N_("Gegenüber dieser Fassung gibt es keine Änderungen."),
        "no": NC_("changes", "Nr."),
        "what": NC_("changes", "Gegenstand"),
        "old": NC_("changes", "bisher"),
        "new": NC_("changes", "neu"),
        "added": NC_("changes", "neu aufgenommen"),
        "removed": NC_("changes", "entfernt"),
        "status": NC_("changes", "Status"),
        "lower": N_("senkt das Schutzniveau"),
        "decreased": N_("Wert verringert"),
        "increased": N_("Wert erhöht"),
    }
)
# The status with its date, as one phrase: „teilweise umgesetzt, vollständig bis 28.02.2027“.
_WITH_DATE = {
    Status.TEILWEISE: N_("{status}, vollständig bis {date}"),
    Status.GEPLANT: N_("{status}, umzusetzen bis {date}"),
    Status.NICHT_UMGESETZT: N_("{status}, umzusetzen bis {date}"),
}
# How far a status goes: a change to a lower rank lowers the level of protection (open and
# "entfällt" have no rank: they say nothing about the protection).
_RANK = {Status.UMGESETZT: 3, Status.TEILWEISE: 2, Status.GEPLANT: 1, Status.NICHT_UMGESETZT: 0}
_WIDTHS = (0.06, 0.40, 0.27, 0.27)
# Notes, evidence, follow-up flags and owners are internal (gap report only): the appendix
# leaves their changes out – a row that says only "an internal note changed" tells the
# controller nothing (DSB review 4, N9).
INTERNAL_ASPECTS = frozenset(
    prefix + name
    for prefix in ("", "answer.")
    for name in ("note", "evidence", "follow_up", "owner")
)
# Aspects whose values carry their own labels ("Vorhaltedauer: 30 Tage"): no label above them.
_SELF_LABELLED = frozenset({"params", "answer.params"})


def changes_blocks(doc: Words, changes: AnnexChanges) -> list[Block]:
    """Heading, a sentence naming the version compared with, and the table of changes."""
    words = WORDING[doc.lang]
    heading = doc.heading(user(changes.title.get(doc.lang)))
    shown = [entry for entry in changes.entries if entry.aspect not in INTERNAL_ASPECTS]
    shown = [_in_model(entry, doc) for entry in shown]
    if not shown:
        return [heading, Paragraph(runs(tie(words["none"])))]
    head = (tuple(runs(words[key]) for key in ("no", "what", "old", "new")),)
    groups = grouped(shown)
    rows = tuple(_group_row(number, group, doc.lang) for number, group in enumerate(groups, 1))
    lead = Paragraph(runs(tie(words["lead"])), "lead")
    return [heading, lead, Table(head, rows, _WIDTHS, "changes")]


def _in_model(entry: DiffEntry, doc: Words) -> DiffEntry:
    """A sub-processor's date labelled as the contract's approval model says: under the
    allgemeine Genehmigung „Einspruchsfrist abgelaufen am“, not „genehmigt am“ (review 6)."""
    label = doc.wording.get(APPROVED_ASPECT)
    if label is None or (entry.area.value, entry.aspect) != ("subprocessor", "approved_date"):
        return entry
    return entry.model_copy(update={"aspect_label": Text(de=label, en=label)})


def changes_part(doc: Document, changes: AnnexChanges) -> list[Flowable]:
    """The appendix as PDF flowables, numbered after ``doc``'s headings."""
    from tomwizard.export.document.render_pdf import PdfRenderer

    w = Words(doc.lang, doc.wording, doc.roles)
    w._numbers = doc.peek_number(0)
    blocks = changes_blocks(w, changes)
    doc.next_number()
    return PdfRenderer(doc).flowables(blocks)


def _row(number: int, entry: DiffEntry, lang: Language) -> tuple[Runs, ...]:
    """Nr., what was added or removed, before, after."""
    words = WORDING[lang]
    what = runs(user(entry.subject.get(lang)))
    kind = entry.kind.value
    old = _value(entry.old, lang) if kind != "added" else "–"
    new = runs(_value(entry.new, lang) if kind != "removed" else "–")
    if kind == "added":
        added = runs(Run(words["added"], italic=True))
        new = lines(added, new) if _says_more(new) else added
    if kind == "removed":
        new = runs(Run(words["removed"], italic=True))
    return (runs(f"{number}."), what, runs(old), new)


def _says_more(cell: Runs) -> bool:
    """Whether ``cell`` says more than the "–" of an empty value."""
    return "".join(r.text for r in cell) != "–"


def grouped(entries: list[DiffEntry]) -> list[list[DiffEntry]]:
    """Consecutive changes of the same measure or item (changed, not added or removed)."""
    groups: list[list[DiffEntry]] = []
    for entry in entries:
        last = groups[-1][0] if groups else None
        same = last is not None and (last.area, last.key) == (entry.area, entry.key)
        if same and last is not None and {last.kind.value, entry.kind.value} == {"changed"}:
            groups[-1].append(entry)
        else:
            groups.append([entry])
    return groups


class _Line(NamedTuple):
    """One changed aspect as the appendix shows it."""

    label: str
    old: Runs
    new: Runs


def _group_row(number: int, group: list[DiffEntry], lang: Language) -> tuple[Runs, ...]:
    """Nr., what changed (the measure or field, and which aspect of it), before, after:
    one line per aspect, the status together with its date."""
    if group[0].kind.value != "changed":
        return _row(number, group[0], lang)
    shown = _lines(group, lang)
    what = runs(user(group[0].subject.get(lang)))
    # the aspect's label stands with the values, one or several (DSB review 5, P4)
    olds = [_labelled(line.label, line.old) for line in shown]
    news = [_labelled(line.label, line.new) for line in shown]
    return (runs(f"{number}."), what, lines(*olds), lines(*news))


def _labelled(label: str, cell: Runs) -> Runs:
    return runs(Run(label + ":", italic=True), " ", *cell) if label else cell


def _lines(group: list[DiffEntry], lang: Language) -> list[_Line]:
    by_aspect = {entry.aspect.removeprefix("answer."): entry for entry in group}
    status, planned = by_aspect.get("status"), by_aspect.get("planned_date")
    out: list[_Line] = []
    for entry in group:
        aspect = entry.aspect.removeprefix("answer.")
        label = user(entry.aspect_label.get(lang)) if entry.aspect_label else ""
        if entry.aspect in _SELF_LABELLED:
            label = ""
        if aspect == "status":
            out.append(_status_line(entry, planned, lang))
        elif aspect == "planned_date" and status is not None:
            continue  # said with the status
        else:
            new = runs(_value(entry.new, lang))
            if aspect == "params":
                new = lines(new, *_directions(entry, lang))
            out.append(_Line(label, runs(_value(entry.old, lang)), new))
    return out


def _status_line(status: DiffEntry, planned: DiffEntry | None, lang: Language) -> _Line:
    """„umgesetzt“ → „teilweise umgesetzt, vollständig bis 28.02.2027“; a lower status says
    that it lowers the level of protection."""
    words = WORDING[lang]
    before = _status_phrase(status.old_value, planned.old if planned else None, lang)
    after = runs(_status_phrase(status.new_value, planned.new if planned else None, lang))
    old_rank, new_rank = _rank(status.old_value), _rank(status.new_value)
    if old_rank is not None and new_rank is not None and new_rank < old_rank:
        after = lines(after, runs(Run(words["lower"], italic=True)))
    return _Line(words["status"], runs(before), after)


def _rank(value: object) -> int | None:
    return _RANK.get(Status(value)) if isinstance(value, str) and value in set(Status) else None


def _status_phrase(value: object, date: Text | None, lang: Language) -> str:
    if not isinstance(value, str) or value not in set(Status):
        return "–"
    status = Status(value)
    shown = STATUS_LABELS[status][lang]
    day = _value(date, lang)
    if status in _WITH_DATE and day != "–":
        return say(lang, _WITH_DATE[status]).format(status=shown, date=day)
    return shown


def _directions(entry: DiffEntry, lang: Language) -> list[Runs]:
    """„Wert verringert“ / „Wert erhöht“ under changed numbers: a smaller retention period is
    not a neutral change, and which way is safer depends on the measure, so the reader decides."""
    old, new = entry.old_value, entry.new_value
    if not isinstance(old, dict) or not isinstance(new, dict):
        return []
    moved = {
        "decreased" if new[key] < old[key] else "increased"
        for key in old.keys() & new.keys()
        if _is_number(old[key]) and _is_number(new[key]) and old[key] != new[key]
    }
    words = WORDING[lang]
    return [
        runs(Run(words[key], italic=True)) for key in ("decreased", "increased") if key in moved
    ]


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _value(value: Text | None, lang: Language) -> str:
    """A value before or after the change as the annex writes it: an empty one as "–" (like
    every empty cell of the annex), dates in the annex's form."""
    if value is None or value.get(lang) == show_value("", "").get(lang):
        return "–"
    return user(value.get(lang))
