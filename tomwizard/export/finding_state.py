"""What a gap-report finding's measure stands at (DSB review, finding 39): status, date,
Rückfrage, what remains and the note, so that the reader sees what exactly is missing."""

from __future__ import annotations

from tomwizard.export.document.typography import format_date
from tomwizard.i18n import N_, NC_, Wording
from tomwizard.models.assessment import STATUS_LABELS as STATUS_WORDS
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Language

_WORDS = Wording(
    {
        "by": N_("bis {date}"),
        "follow_up": NC_("state", "Rückfrage offen"),
        "remaining": NC_("state", "was noch fehlt: {text}"),
        "note": NC_("state", "Notiz: {text}"),
    }
)
_PENDING = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)


def subject_answer(assessment: Assessment, targets: list[str]) -> Answer | None:
    """The answer of the finding's first measure (catalog or custom) that has one."""
    for target in targets:
        kind, _, ident = target.partition(":")
        if kind == "measure" and ident in assessment.answers:
            return assessment.answers[ident]
        if kind == "custom":
            custom = next((c for c in assessment.custom_measures if c.id == ident), None)
            if custom is not None:
                return custom.answer
    return None


def answer_state(answer: Answer | None, lang: Language) -> str:
    """ "teilweise umgesetzt, bis 31.01.2027; was noch fehlt: …; Notiz: …" (plain text), or ""
    when the measure is simply implemented, not applicable or open without a note."""
    if answer is None:
        return ""
    words = _WORDS[lang]
    parts: list[str] = []
    if answer.status in _PENDING:
        status = STATUS_WORDS[answer.status][lang]
        if answer.planned_date:
            status += ", " + words["by"].format(date=format_date(answer.planned_date, lang))
        parts.append(status)
    if answer.follow_up:
        parts.append(words["follow_up"])
    if answer.status == Status.TEILWEISE and answer.remaining.strip():
        parts.append(words["remaining"].format(text=answer.remaining.strip()))
    if parts and answer.note.strip():
        parts.append(words["note"].format(text=answer.note.strip()))
    return "; ".join(parts)
