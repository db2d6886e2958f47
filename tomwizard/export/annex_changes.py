"""The annex appendix "Änderungen gegenüber Version N": one table row per changed thing.

Several changed aspects of one answer (status, date, values …) share one row: the measure once,
each aspect on a line of its own in "bisher" and "neu".

A processor tells its controllers what changed in its TOM since the version they signed. The
rows come from :func:`tomwizard.versions.annex_changes` (plain data); every text in them is
user or catalog text and is escaped like everything else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.platypus import Flowable, Paragraph, Table

from tomwizard.export.annex_parts import _tables, headed_table
from tomwizard.export.pdf_document import CONTENT_WIDTH, Document
from tomwizard.export.pdf_keep import CONTENT_HEIGHT
from tomwizard.export.pdf_text import format_date, markup, tie
from tomwizard.history.diff_labels import show_value
from tomwizard.models.catalog import Language, Text

if TYPE_CHECKING:  # the PDF code needs the data only, not the store behind it
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


def changes_part(doc: Document, changes: AnnexChanges) -> list[Flowable]:
    """Heading, a sentence naming the version compared with, and the table of changes."""
    words = WORDING[doc.lang]
    s = doc.styles
    since = changes.since
    label = words["label"].format(label=markup(since.label.strip())) if since.label.strip() else ""
    values = {
        "n": str(since.number),
        "date": format_date(since.when.astimezone().date(), doc.lang),
        "label": label,
    }
    story = doc.heading(markup(changes.title.get(doc.lang)))
    if not changes.entries:
        return [*story, doc.para(tie(words["none"].format(**values)))]
    head = [Paragraph(words[key], s.cell_head) for key in ("no", "what", "old", "new")]
    widths = [w * CONTENT_WIDTH for w in _WIDTHS]

    def table(chunk: list[list[str]]) -> Table:
        return headed_table(head, [[Paragraph(m, s.cell) for m in row] for row in chunk], widths)

    labels = [words[key] for key in ("what", "old", "new")]

    def card(row: list[str]) -> list[Flowable]:
        lines = [f"<b>{row[0]}</b>"] + [
            f"<b>{label}:</b> {markup}" for label, markup in zip(labels, row[1:], strict=True)
        ]
        return [Paragraph(line, s.cell.clone("ChangeCard", spaceBefore=3)) for line in lines]

    def too_tall(row: list[str]) -> bool:
        """A row taller than half a page (narrow columns: far fewer characters than in the
        annex's wide ones) is set as paragraphs."""
        height = 0.0
        for text, width in zip(row, widths, strict=True):
            height = max(height, Paragraph(text, s.cell).wrap(width - 8, CONTENT_HEIGHT)[1])
        return bool(height > CONTENT_HEIGHT / 2)

    groups = grouped(changes.entries)
    rows = [_group_row(number, group, doc.lang) for number, group in enumerate(groups, 1)]
    lead = doc.para(tie(words["lead"].format(**values)), s.lead)
    return [*story, lead, *_tables(rows, table, card, too_tall)]


def _row(number: int, entry: DiffEntry, lang: Language) -> list[str]:
    """Nr., what changed (the measure or field, and which aspect of it), before, after."""
    words = WORDING[lang]
    what = markup(entry.subject.get(lang))
    if entry.aspect_label is not None:
        what += f"<br/><i>{markup(entry.aspect_label.get(lang))}</i>"
    kind = entry.kind.value
    if entry.aspect in INTERNAL_ASPECTS:
        return [f"{number}.", what, "–", f"<i>{words['internal']}</i>"]
    old = _value(entry.old, lang) if kind != "added" else "–"
    new = _value(entry.new, lang) if kind != "removed" else "–"
    if kind == "added":
        new = f"<i>{words['added']}</i>" + (f"<br/>{new}" if new != "–" else "")
    if kind == "removed":
        new = f"<i>{words['removed']}</i>"
    return [f"{number}.", what, old, new]


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


def _group_row(number: int, group: list[DiffEntry], lang: Language) -> list[str]:
    if len(group) == 1:
        return _row(number, group[0], lang)
    words = WORDING[lang]
    olds: list[str] = []
    news: list[str] = []
    for entry in group:
        label = markup(entry.aspect_label.get(lang)) if entry.aspect_label else ""
        if entry.aspect in INTERNAL_ASPECTS:
            olds.append(f"<i>{label}:</i> –")
            news.append(f"<i>{label}:</i> <i>{words['internal']}</i>")
        else:
            olds.append(f"<i>{label}:</i> {_value(entry.old, lang)}")
            news.append(f"<i>{label}:</i> {_value(entry.new, lang)}")
    what = markup(group[0].subject.get(lang))
    return [f"{number}.", what, "<br/>".join(olds), "<br/>".join(news)]


def _value(value: Text | None, lang: Language) -> str:
    """A value before or after the change as the annex writes it: an empty one as "–" (like
    every empty cell of the annex), dates in the annex's form."""
    if value is None or value.get(lang) == show_value("", "").get(lang):
        return "–"
    return markup(value.get(lang))
