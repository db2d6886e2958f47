"""The evaluator checks the conditions that fill no placeholder first and stops at the first
that fails, and visits only the measures a per-measure rule's level and id conditions admit:
its findings are exactly those of evaluating every condition of every rule everywhere."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rules_fixtures import TODAY
from tests.test_rules_incremental import BASES, CATALOG, Edit, edits
from tomwizard.content.presets import assessment_from_preset, list_presets
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.finding import Finding
from tomwizard.rules import Evaluator
from tomwizard.rules.conditions import binds
from tomwizard.rules.predicates import Rule

PRESETS = {
    f"{preset.id}-{lang}": assessment_from_preset(preset, CATALOG, lang)
    for preset in list_presets()
    for lang in ("de", "en")
}


def every_status(assessment: Assessment, shift: int) -> Assessment:
    """``assessment`` with the measures' statuses going round every status."""
    changed = assessment.model_copy(deep=True)
    statuses = list(Status)
    for index, measure_id in enumerate(CATALOG.measure_index()):
        answer = changed.answers.get(measure_id, Answer())
        status = statuses[(index + shift) % len(statuses)]
        changed.answers[measure_id] = answer.model_copy(update={"status": status})
    return changed


VARIANTS = {
    f"{name}/{shift}": every_status(assessment, shift)
    for name, assessment in {**BASES, **PRESETS}.items()
    for shift in (0, 1, 2)
}


def every_condition_everywhere(assessment: Assessment) -> list[Finding]:
    """The findings when each rule's whole condition is evaluated for every instance (every
    measure, for a per-measure rule), every part of it, in order."""
    evaluator = Evaluator(CATALOG, today=TODAY)
    every_measure = tuple(evaluator.view.measures)
    for loaded in evaluator.rules:
        if loaded.rule.scope == "measure":
            evaluator._ordered[loaded.index] = every_measure
            evaluator._candidates[loaded.index] = frozenset(every_measure)
        evaluator._conditions[loaded.index] = ((), (loaded.rule.when,))
    return evaluator.full(assessment)


def test_the_demo_and_every_preset_give_the_findings_of_every_condition_evaluated() -> None:
    for name, assessment in {**BASES, **PRESETS, **VARIANTS}.items():
        found = Evaluator(CATALOG, today=TODAY).full(assessment)
        assert found == every_condition_everywhere(assessment), name
        assert found or name == "clean", name  # the comparison is not of empty lists


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(sorted(BASES)), steps=st.lists(edits, min_size=1, max_size=12))
def test_after_any_edits_the_findings_are_those_of_every_condition(
    base: str, steps: list[Edit]
) -> None:
    assessment = BASES[base].model_copy(deep=True)
    for _, change in steps:
        change(assessment)
    assert Evaluator(CATALOG, today=TODAY).full(assessment) == every_condition_everywhere(
        assessment
    )


def _when(condition: dict[str, object]) -> object:
    rule = Rule.model_validate(
        {
            "id": "t.rule",
            "severity": "hinweis",
            "when": condition,
            "text": {"de": "x", "en": "x"},
            "remedy": {"de": "x", "en": "x"},
            "references": ["Art. 32 DSGVO"],
        }
    )
    return rule.when


def test_only_conditions_that_fill_no_placeholder_may_be_skipped() -> None:
    count = {"count": {"of": "measures", "at_least": 1, "bind": "n"}}
    assert binds(_when(count))
    assert binds(_when({"not": {"all": [{"done": "zugang.mfa"}, count]}}))
    assert binds(_when({"param": {"measure": "zugang.mfa", "name": "x", "lt": 1, "bind": "v"}}))
    assert not binds(_when({"param": {"measure": "zugang.mfa", "name": "x", "lt": 1}}))
    assert not binds(_when({"any": [{"done": "zugang.mfa"}, {"empty": "processing.places"}]}))
