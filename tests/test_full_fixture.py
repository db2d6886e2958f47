"""The full-assessment fixture really sets every field (so round-trip tests cover them all)."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from tests.builders import full_assessment


def _defaults_left(model: BaseModel, prefix: str = "") -> list[str]:
    left = []
    for name, info in type(model).model_fields.items():
        value: Any = getattr(model, name)
        if isinstance(value, BaseModel):
            left += _defaults_left(value, f"{prefix}{name}.")
        elif not info.is_required() and value == info.get_default(call_default_factory=True):
            left.append(f"{prefix}{name}")
    return left


def test_full_assessment_sets_every_top_level_and_nested_field() -> None:
    assessment = full_assessment()
    assert _defaults_left(assessment) == []
    assert _defaults_left(assessment.subprocessors[0]) == []
    assert _defaults_left(assessment.custom_measures[0]) == []
    # reason is the one answer field that stays empty where status is geplant
    assert _defaults_left(assessment.answers["org.dsb"]) == ["reason"]
    assert assessment.answers["zugang.mfa"].reason
