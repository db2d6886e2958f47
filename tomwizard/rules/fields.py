"""Field paths in rules: which exist, where they may be used, and how they are read.

A path starts with a root:

- ``processing.<field>``, ``organisation.<field>[.<field>]``, ``protection_need``: the assessment;
- ``sub.<field>``: the current subprocessor (scopes subprocessor, subprocessor_country, or a
  count of subprocessors);
- ``country``: the current country (scope subprocessor_country);
- ``custom.<field>``: the current custom measure;
- ``answer.<field>``: the answer to the current measure or custom measure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from pydantic import BaseModel

from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Organisation,
    Processing,
    Subprocessor,
)
from tomwizard.models.catalog import Measure, Section

ROOT_MODELS: dict[str, type[BaseModel] | None] = {
    "processing": Processing,
    "organisation": Organisation,
    "protection_need": None,
    "sub": Subprocessor,
    "country": None,
    "custom": CustomMeasure,
    "answer": Answer,
}
GLOBAL_ROOTS = frozenset({"processing", "organisation", "protection_need"})
# Fields that hold ISO country codes: rendered as country names in finding texts.
COUNTRY_FIELDS = frozenset(
    {"country", "sub.country_seat", "sub.countries_processing", "processing.places"}
)


@lru_cache(maxsize=1024)  # the rules ask the same few paths again and again (at every load)
def check_path(path: str, available: frozenset[str]) -> str | None:
    """Return why ``path`` is not a readable field here, or None when it is fine."""
    root, *rest = path.split(".")
    if root not in ROOT_MODELS:
        return f"unknown field root '{root}' (known: {', '.join(ROOT_MODELS)})"
    if root not in available:
        return f"'{root}' is not available in this rule's scope"
    model = ROOT_MODELS[root]
    for part in rest:
        if model is None or part not in model.model_fields:
            return f"'{path}' is not a field"
        annotation = model.model_fields[part].annotation
        model = (
            annotation
            if isinstance(annotation, type) and issubclass(annotation, BaseModel)
            else None
        )
    if model is not None:
        return f"'{path}' is a group of fields, not a field"
    return None


@dataclass
class Context:
    """What a predicate sees: the assessment and the instance the rule is evaluated for."""

    assessment: Assessment
    today: dt.date
    measure: Measure | None = None
    section: Section | None = None
    sub: Subprocessor | None = None
    country: str | None = None
    custom: CustomMeasure | None = None
    bindings: dict[str, Any] = field(default_factory=dict)

    def current_answer(self) -> Answer | None:
        if self.measure is not None:
            return self.assessment.answer(self.measure.id)
        if self.custom is not None:
            return self.custom.answer
        return None

    def read(self, path: str) -> Any:
        root, *rest = path.split(".")
        value: Any
        match root:
            case "processing":
                value = self.assessment.processing
            case "organisation":
                value = self.assessment.organisation
            case "protection_need":
                value = self.assessment.protection_need
            case "sub":
                value = self.sub
            case "country":
                value = self.country
            case "custom":
                value = self.custom
            case _:
                value = self.current_answer()
        for part in rest:
            if value is None:
                return None
            value = getattr(value, part)
        return value

    def with_measure(self, measure: Measure) -> Context:
        return Context(self.assessment, self.today, measure, self.section, bindings=self.bindings)

    def with_sub(self, sub: Subprocessor) -> Context:
        return Context(self.assessment, self.today, sub=sub, bindings=self.bindings)

    def with_custom(self, custom: CustomMeasure) -> Context:
        return Context(self.assessment, self.today, custom=custom, bindings=self.bindings)


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, list):
        return all(is_empty(item) for item in value)
    if isinstance(value, dict):
        return not value
    return False
