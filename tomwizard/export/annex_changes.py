"""The annex appendix "Änderungen gegenüber Version N": one table row per changed thing.

Several changed aspects of one answer (status, date, values …) share one row: the measure once,
each aspect on a line of its own in "bisher" and "neu".

A processor tells its controllers what changed in its TOM since the version they signed. The
rows come from :func:`tomwizard.versions.annex_changes` (plain data); every text in them is
user or catalog text and is escaped like everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tomwizard.export.annex_parts import lines
from tomwizard.export.document.model import Block, Paragraph, Run, Runs, Table, runs
from tomwizard.export.document.typography import format_date, tie
from tomwizard.export.document.words import Words, user
from tomwizard.history.diff_labels import show_value
from tomwizard.models.catalog import Language, Text

if TYPE_CHECKING:  # the PDF code needs the data only, not the store behind it
    from reportlab.platypus import Flowable

    from tomwizard.export.pdf_document import Document
    from tomwizard.history.diff import DiffEntry
    from tomwizard.history.versions import AnnexChanges

WORDING: dict[Language, dict[str, str]] = {
    "de": {
        "lead": "Gegenüber Version {n} vom {date}{label} wurden die folgenden Angaben geändert:",
        "label": " („{label}“)",
        "none": "Gegenüber Version {n} vom {date}{label} gibt es keine Änderungen.",
        "no": "Nr.",
        "what": "Gegenstand",
        "old": "bisher",
        "new": "neu",
        "added": "neu aufgenommen",
        "removed": "entfernt",
        "internal": "geändert (interner Vermerk, nicht Teil der Anlage)",
    },
    "en": {
        "lead": "Compared with version {n} of {date}{label}, the following has changed:",
        "label": " (“{label}”)",
        "none": "There are no changes compared with version {n} of {date}{label}.",
        "no": "No.",
        "what": "Subject",
        "old": "before",
        "new": "now",
        "added": "added",
        "removed": "removed",
        "internal": "changed (internal remark, not part of the annex)",
    },
}
_WIDTHS = (0.06, 0.40, 0.27, 0.27)
# Notes, evidence and follow-up flags are internal (gap report only): the appendix says that
# they changed, never what they say.
INTERNAL_ASPECTS = frozenset(
    prefix + name for prefix in ("", "answer.") for name in ("note", "evidence", "follow_up")
)


def changes_blocks(doc: Words, changes: AnnexChanges) -> list[Block]:
    """Heading, a sentence naming the version compared with, and the table of changes."""
    words = WORDING[doc.lang]
    since = changes.since
    label = words["label"].format(label=user(since.label.strip())) if since.label.strip() else ""
    values = {
        "n": str(since.number),
        "date": format_date(since.when.astimezone().date(), doc.lang),
        "label": label,
    }
    heading = doc.heading(user(changes.title.get(doc.lang)))
    if not changes.entries:
        return [heading, Paragraph(runs(tie(words["none"].format(**values))))]
    head = (tuple(runs(words[key]) for key in ("no", "what", "old", "new")),)
    groups = grouped(changes.entries)
    rows = tuple(_group_row(number, group, doc.lang) for number, group in enumerate(groups, 1))
    lead = Paragraph(runs(tie(words["lead"].format(**values))), "lead")
    return [heading, lead, Table(head, rows, _WIDTHS, "changes")]


def changes_part(doc: Document, changes: AnnexChanges) -> list[Flowable]:
    """The appendix as PDF flowables, numbered after ``doc``'s headings."""
    from tomwizard.export.document.render_pdf import PdfRenderer

    w = Words(doc.lang, doc.wording, doc.roles)
    w._numbers = doc.peek_number(0)
    blocks = changes_blocks(w, changes)
    doc.next_number()
    return PdfRenderer(doc).flowables(blocks)


def _row(number: int, entry: DiffEntry, lang: Language) -> tuple[Runs, ...]:
    """Nr., what changed (the measure or field, and which aspect of it), before, after."""
    words = WORDING[lang]
    what = runs(user(entry.subject.get(lang)))
    if entry.aspect_label is not None:
        what = lines(what, runs(Run(user(entry.aspect_label.get(lang)), italic=True)))
    kind = entry.kind.value
    if entry.aspect in INTERNAL_ASPECTS:
        return (runs(f"{number}."), what, runs("–"), runs(Run(words["internal"], italic=True)))
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


def _group_row(number: int, group: list[DiffEntry], lang: Language) -> tuple[Runs, ...]:
    if len(group) == 1:
        return _row(number, group[0], lang)
    words = WORDING[lang]
    olds: list[Runs] = []
    news: list[Runs] = []
    for entry in group:
        label = Run(
            (user(entry.aspect_label.get(lang)) if entry.aspect_label else "") + ":", italic=True
        )
        if entry.aspect in INTERNAL_ASPECTS:
            olds.append(runs(label, " –"))
            news.append(runs(label, " ", Run(words["internal"], italic=True)))
        else:
            olds.append(runs(label, " " + _value(entry.old, lang)))
            news.append(runs(label, " " + _value(entry.new, lang)))
    what = runs(user(group[0].subject.get(lang)))
    return (runs(f"{number}."), what, lines(*olds), lines(*news))


def _value(value: Text | None, lang: Language) -> str:
    """A value before or after the change as the annex writes it: an empty one as "–" (like
    every empty cell of the annex), dates in the annex's form."""
    if value is None or value.get(lang) == show_value("", "").get(lang):
        return "–"
    return user(value.get(lang))
