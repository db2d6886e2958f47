"""A preset's pre-answer (Rückfrage + „Vorbelegt aus der Vorlage … bitte prüfen und
bestätigen.“) is confirmed when the user changes its status or clears its Rückfrage: both go in
the same step, one undo brings both back; a Rückfrage or note of the user's own stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.editing import OpenAssessment, SetAnswer
from tomwizard.editing.confirm import as_answered, confirmed, is_pre_answer
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Language

CATALOG = default_catalog()


def _pre_answered(doc: OpenAssessment) -> str:
    return next(m for m, a in sorted(doc.assessment.answers.items()) if is_pre_answer(a))


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_changed_status_confirms_a_pre_answer_in_one_undo_step(
    tmp_path: Path, lang: Language
) -> None:
    assessment = assessment_from_preset("buero_cloud", CATALOG, lang)
    doc = OpenAssessment.create(tmp_path / "a.tomw", CATALOG, assessment)
    try:
        measure = _pre_answered(doc)
        before = doc.answer(measure)
        assert before.follow_up and before.note
        changed = before.model_copy(update={"status": Status.NICHT_UMGESETZT})
        doc.apply([SetAnswer(measure, as_answered(before, changed))], "Status")
        after = doc.store.load().answers[measure]
        assert after.status is Status.NICHT_UMGESETZT
        assert not after.follow_up and after.note == ""
        assert doc.history.count == 1
        doc.undo()
        assert doc.store.load().answers[measure] == before
    finally:
        doc.close()


def test_only_the_preset_note_goes_and_only_on_a_decision() -> None:
    answers = assessment_from_preset("arztpraxis", CATALOG).answers
    pre = next(a for a in answers.values() if is_pre_answer(a))
    own = pre.model_copy(update={"note": f"{pre.note}\nSchlüsselliste bei Frau B."})
    # unchanged status, Rückfrage still set: nothing confirmed
    same = own.model_copy(update={"params": {"x": 1}})
    assert as_answered(own, same) == same
    # a cleared Rückfrage confirms too; the user's own line stays
    done = as_answered(own, own.model_copy(update={"follow_up": False}))
    assert done.note == "Schlüsselliste bei Frau B." and not done.follow_up
    assert confirmed(pre).note == "" and not confirmed(pre).follow_up


def test_a_rueckfrage_of_the_users_own_stays_on_a_status_change() -> None:
    mine = Answer(status=Status.OFFEN, follow_up=True, note="Mit der IT klären")
    changed = mine.model_copy(update={"status": Status.GEPLANT})
    assert not is_pre_answer(mine)
    assert as_answered(mine, changed) == changed
