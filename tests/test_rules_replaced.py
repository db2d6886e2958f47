"""Review 5: a catalog measure that „entfällt“ because a custom measure replaces it (link
„ersetzt“) has its reason – the replacing measure – so ``entfaellt.ohne_begruendung`` does not
fire; without such a replacement (none, an „ergänzt“ link, an empty custom measure, another
measure replaced) it still does, and the live evaluation follows a changed link."""

from __future__ import annotations

from functools import cache

import pytest

from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, LinkKind, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import evaluate
from tomwizard.rules.evaluator import Evaluator

RULE = "entfaellt.ohne_begruendung"
MEASURE = "zutritt.einbruchmeldeanlage"
ALARM = "Eine Alarmanlage sichert die Büroräume nachts."


@cache
def catalog() -> Catalog:
    return default_catalog()


def _with(custom: CustomMeasure | None, reason: str = "") -> Assessment:
    a = clean_assessment()
    a.answers[MEASURE] = Answer(status=Status.ENTFAELLT, reason=reason)
    if custom is not None:
        a.custom_measures.append(custom)
    return a


def _custom(kind: LinkKind, text: str = ALARM, linked: str = MEASURE) -> CustomMeasure:
    return CustomMeasure(
        id="alarm", section_id="zutritt", text=text, linked_measure=linked, link_kind=kind
    )


def _fires(a: Assessment) -> bool:
    return any(
        f.rule_id == RULE and f"measure:{MEASURE}" in f.targets for f in evaluate(a, catalog())
    )


def test_a_replaced_measure_needs_no_reason_of_its_own() -> None:
    assert not _fires(_with(_custom(LinkKind.REPLACES)))


@pytest.mark.parametrize(
    "custom",
    [
        None,  # entfällt, no reason, nothing replaces it
        _custom(LinkKind.EXTENDS),  # „ergänzt“ is no reason for „entfällt“
        _custom(LinkKind.REPLACES, text="  "),  # a custom measure without a description
        _custom(LinkKind.REPLACES, linked="zutritt.alarmaufschaltung"),  # replaces another one
    ],
    ids=["unlinked", "extends", "empty-custom", "other-measure"],
)
def test_without_a_replacement_the_missing_reason_is_still_reported(
    custom: CustomMeasure | None,
) -> None:
    assert _fires(_with(custom))


def test_a_reason_given_is_never_reported() -> None:
    assert not _fires(_with(None, reason="Keine eigenen Räume."))


def test_the_live_evaluation_follows_a_changed_link() -> None:
    """The GUI evaluates after each change only what it reads: changing the custom measure's
    link re-evaluates the rule for the catalog measure it names."""
    evaluator = Evaluator(catalog())
    a = _with(_custom(LinkKind.EXTENDS))
    assert any(f.rule_id == RULE for f in evaluator.full(a))
    a.custom_measures[0] = _custom(LinkKind.REPLACES)
    live = evaluator.changed(a, "custom:alarm")
    assert live == evaluate(a, catalog())
    assert not any(f.rule_id == RULE and f"measure:{MEASURE}" in f.targets for f in live)
