"""The questionnaire as two states of the assessment, for the merge.

``base``: our assessment with the questionnaire's measures answered as they were written into
the workbook; ``theirs``: the same with the customer's answers. Against this base, what the
customer changed is taken over and what we changed meanwhile is kept; both changing one answer
differently is a conflict, decided as in every merge.
"""

from __future__ import annotations

from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.questionnaire.read import Questionnaire, RowAnswer


def _answered(current: Answer, row: RowAnswer) -> Answer:
    update: dict[str, object] = {
        "status": row.status,
        "planned_date": row.planned_date,
        "note": row.note,
        "evidence": row.evidence,
    }
    if row.status == Status.ENTFAELLT and not current.reason and row.note:
        update["reason"] = row.note  # the instructions ask for the reason under „Anmerkung“
    return current.model_copy(update=update)


def questionnaire_states(
    questionnaire: Questionnaire, ours: Assessment
) -> tuple[Assessment, Assessment]:
    """(theirs, base) for :func:`tomwizard.history.merge.compute_merge`. Rows that were not
    taken over (invalid and skipped) are left as they are on our side in both."""
    base_answers = dict(ours.answers)
    their_answers = dict(ours.answers)
    for measure_id, row in questionnaire.answers.items():
        current = ours.answer(measure_id)
        written = questionnaire.written.get(measure_id)
        if written is not None:
            base_answers[measure_id] = _answered(current, written)
        their_answers[measure_id] = _answered(current, row)
    base = ours.model_copy(update={"answers": base_answers})
    theirs = ours.model_copy(update={"answers": their_answers})
    return theirs, base
