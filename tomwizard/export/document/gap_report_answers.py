"""The gap report's parts on answered measures: the open follow-up questions („Rückfrage“,
a preset's pre-answers grouped per section) and the notes and evidence."""

from __future__ import annotations

from collections.abc import Iterator

from tomwizard.export.document.model import Block, KeepTogether, Paragraph, runs
from tomwizard.export.document.words import Words, user
from tomwizard.export.frozen import frozen
from tomwizard.export.measure_text import measure_text
from tomwizard.export.status_marks import MARKS
from tomwizard.export.wording import REPORT, STATUS
from tomwizard.i18n import N_, say
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog


@frozen
class Answered:
    """A measure (catalog or custom) with its answer and where it sits."""

    section: str
    text: str
    answer: Answer


_PRESET_NOTE = N_("{n} Vorbelegungen mit demselben Hinweis: {note}")


def follow_up_part(w: Words, entries: list[Answered]) -> list[Block]:
    """The open follow-up questions; answers of one section that share their note (a preset's
    „Vorbelegt aus der Vorlage …“) are one entry listing the measures (review 2, finding 35)."""
    if not entries:
        return answered_part(w, "follow_ups", [])
    blocks: list[Block] = [w.heading(w.text("follow_ups"))]
    groups: dict[tuple[str, str], list[Answered]] = {}
    for entry in entries:
        groups.setdefault((entry.section, entry.answer.note.strip()), []).append(entry)
    for (section, note), group in groups.items():
        if len(group) == 1 or not note:
            blocks += [answered_block(w, entry) for entry in group]
            continue
        head = say(w.lang, _PRESET_NOTE).format(n=len(group), note=user(note))
        blocks.append(
            KeepTogether(
                (Paragraph(runs(user(w.roled(section))), "facts"), Paragraph(runs(head), "note"))
            )
        )
        for entry in group:
            status = f"{MARKS[entry.answer.status]}\u00a0{STATUS[entry.answer.status][w.lang]}"
            blocks.append(Paragraph(runs(f"{user(entry.text)} ({status})"), "entry"))
    return blocks


def answered_part(w: Words, key: str, entries: list[Answered]) -> list[Block]:
    """The open follow-up questions (``key`` "follow_ups") or the notes and evidence."""
    blocks: list[Block] = [w.heading(w.text(key))]
    if not entries:
        return [*blocks, Paragraph(runs(w.text(f"no_{key}")))]
    return blocks + [answered_block(w, entry) for entry in entries]


def answered_block(w: Words, entry: Answered) -> KeepTogether:
    answer = entry.answer
    status = f"{MARKS[answer.status]}\u00a0{STATUS[answer.status][w.lang]}"  # as in the annex
    facts = [user(w.roled(entry.section)), w.text("status", text=status)]
    kept: list[Block] = [
        Paragraph(runs(" · ".join(facts)), "facts"),
        Paragraph(runs(user(entry.text)), "entry"),
    ]
    if answer.remaining.strip() and answer.status == Status.TEILWEISE:
        remaining = w.text("remaining_note", text=user(answer.remaining.strip()))
        kept.append(Paragraph(runs(remaining), "note"))
    if answer.note.strip():
        kept.append(Paragraph(runs(w.text("note", text=user(answer.note.strip()))), "note"))
    if answer.evidence.strip():
        evidence = user(answer.evidence.strip())
        kept.append(Paragraph(runs(w.text("evidence", text=evidence)), "note"))
    return KeepTogether(tuple(kept))


def has_notes(answer: Answer) -> bool:
    """Whether the notes part shows the answer: a note, evidence or what remains."""
    remaining = answer.status == Status.TEILWEISE and answer.remaining.strip()
    return bool(answer.note.strip() or answer.evidence.strip() or remaining)


def answered_measures(assessment: Assessment, catalog: Catalog, w: Words) -> Iterator[Answered]:
    """Catalog measures with an answer, in catalog order; custom measures after their section."""
    lang = w.lang
    for section in catalog.sections:
        title = section.title.get(lang)
        for measure in section.measures():
            answer = assessment.answers.get(measure.id)
            if answer is not None:
                text = measure_text(measure, lang, answer.params, w.roles)
                yield Answered(title, text, answer)
        for custom in assessment.custom_measures:
            if custom.section_id == section.id:
                text = custom.text.strip() or REPORT[lang]["custom"]
                yield Answered(title, text, custom.answer)
