"""The questionnaire as two states of the assessment, for the merge.

``base``: our assessment with the questionnaire's measures answered as they were written into
the workbook; ``theirs``: the same with the customer's answers. Against this base, what the
customer changed is taken over and what we changed meanwhile is kept; both changing one answer
differently is a conflict, decided as in every merge.
"""

from __future__ import annotations

from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.questionnaire.layout import CUSTOM_PREFIX
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
    base_customs = {custom.id: custom for custom in ours.custom_measures}
    their_customs = dict(base_customs)
    for row_id, row in questionnaire.answers.items():
        written = questionnaire.written.get(row_id)
        if row_id.startswith(CUSTOM_PREFIX):
            custom = base_customs.get(row_id.removeprefix(CUSTOM_PREFIX))
            if custom is None:
                continue  # deleted here meanwhile: nothing to answer
            if written is not None:
                base_customs[custom.id] = custom.model_copy(
                    update={"answer": _answered(custom.answer, written)}
                )
            their_customs[custom.id] = custom.model_copy(
                update={"answer": _answered(custom.answer, row)}
            )
            continue
        current = ours.answer(row_id)
        if written is not None:
            base_answers[row_id] = _answered(current, written)
        their_answers[row_id] = _answered(current, row)
    order = [custom.id for custom in ours.custom_measures]
    base = ours.model_copy(
        update={"answers": base_answers, "custom_measures": [base_customs[i] for i in order]}
    )
    theirs = ours.model_copy(
        update={"answers": their_answers, "custom_measures": [their_customs[i] for i in order]}
    )
    return theirs, base
