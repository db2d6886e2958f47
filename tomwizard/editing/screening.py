"""Apply the Rahmenbedingungen (screening) to the answers: one batch, one undo step.

The screening answers themselves are the field ``screening``; what they mean for the measures
(``forms/screening.yaml``) is written as answers marked ``from_screening``. The user's decision
wins: only an open answer (or one the screening wrote and nobody edited since) is changed. A
later change of a screening answer therefore re-applies its effect: measures no longer ruled out
become open again, measures newly ruled out become "entfällt" with the answer's reason.

    changes = screening_changes(doc.assessment, doc.catalog, {"softwareentwicklung": "nein"})
    doc.apply(changes, label="Rahmenbedingungen")
"""

from __future__ import annotations

from typing import Any

from tomwizard.content.screening import ScreeningForm, screening_form
from tomwizard.editing.changes import Change, SetAnswer, SetField
from tomwizard.models.assessment import Answer, Assessment, ScreeningAnswer, Status
from tomwizard.models.catalog import Catalog, Language


def ruled_out(
    form: ScreeningForm,
    catalog: Catalog,
    answers: dict[str, ScreeningAnswer],
    lang: Language,
) -> dict[str, str]:
    """Measure id -> the reason it does not apply, for the given screening answers (a measure
    ruled out takes its sub-measures with it; the first question that rules it out names the
    reason)."""
    index = catalog.measure_index()
    out: dict[str, str] = {}
    for question in form.questions:
        effect = question.effect(answers.get(question.id))
        if effect is None or effect.reason is None:
            continue
        reason = effect.reason.get(lang)
        for measure_id in effect.not_applicable:
            measure = index.get(measure_id)
            if measure is None:
                continue
            for each in measure.walk():
                out.setdefault(each.id, reason)
    return out


def screening_answer_changes(
    assessment: Assessment,
    catalog: Catalog,
    answers: dict[str, ScreeningAnswer],
    form: ScreeningForm | None = None,
) -> list[SetAnswer]:
    """The answer changes that bring the measures in line with ``answers`` (the user's own
    decisions are left alone)."""
    form = form if form is not None else screening_form()
    wanted = ruled_out(form, catalog, answers, assessment.language)
    out: list[SetAnswer] = []
    for measure_id in catalog.measure_index():
        current = assessment.answers.get(measure_id)
        reason = wanted.get(measure_id)
        if current is not None and current.from_screening:
            if reason is None:
                out.append(SetAnswer(measure_id, _reopened(current)))
            elif current.status != Status.ENTFAELLT or current.reason != reason:
                update = {"status": Status.ENTFAELLT, "reason": reason}
                out.append(SetAnswer(measure_id, current.model_copy(update=update)))
        elif reason is not None and (current is None or current.status == Status.OFFEN):
            base = current or Answer()
            ruled: dict[str, Any] = {
                "status": Status.ENTFAELLT,
                "reason": reason,
                "from_screening": True,
            }
            out.append(SetAnswer(measure_id, base.model_copy(update=ruled)))
    return out


def screening_changes(
    assessment: Assessment,
    catalog: Catalog,
    answers: dict[str, ScreeningAnswer],
    form: ScreeningForm | None = None,
) -> list[Change]:
    """The whole batch for new screening answers: the field and the answers that follow."""
    cleaned = {q: a for q, a in answers.items() if a in ("ja", "nein", "unbekannt")}
    return [
        SetField("screening", cleaned),
        *screening_answer_changes(assessment, catalog, cleaned, form),
    ]


def with_screening(
    assessment: Assessment,
    catalog: Catalog,
    answers: dict[str, ScreeningAnswer],
    form: ScreeningForm | None = None,
) -> Assessment:
    """A copy of ``assessment`` with the screening answered (for new files: presets)."""
    result = assessment.model_copy(deep=True)
    result.screening = dict(answers)
    for change in screening_answer_changes(result, catalog, answers, form):
        if change.answer is None:
            result.answers.pop(change.measure_id, None)
        else:
            result.answers[change.measure_id] = change.answer
    return result


def _reopened(answer: Answer) -> Answer | None:
    """An answer the screening made "entfällt", open again (None: nothing else was in it)."""
    reopened = answer.model_copy(
        update={"status": Status.OFFEN, "reason": "", "from_screening": False}
    )
    return None if reopened == Answer() else reopened
