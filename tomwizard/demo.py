"""The demo assessment: a fictional payroll office in Lüneburg, as a realistic draft.

All names, addresses and people are invented. The office keeps no servers of its own: a data
centre (sub-processor) hosts the payroll software and the backups. Every answer is written by
hand in ``resources/demo/lohnkontor-heidemann.yaml`` (a test checks that the file covers the
catalog), as are the parties, the processing description, the sub-processors and the
Rahmenbedingungen; this module reads them and builds the assessment for a catalog. The
demo is a draft on purpose, with blockers of every kind: a few unanswered measures and open
Rückfragen, an overdue plan, a measure without a date, sub-processors not yet approved and a US
sub-processor without contract or transfer basis.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, field_validator

from tomwizard.content.yamlsource import load_yaml, validate
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Organisation,
    Processing,
    ProtectionNeed,
    ScreeningAnswer,
    Subprocessor,
)
from tomwizard.models.catalog import Catalog, Strict
from tomwizard.paths import resource_path


class DemoAnswers(Strict):
    """The hand-written demo (``resources/demo/*.yaml``): answers, parties, processing,
    sub-processors and Rahmenbedingungen."""

    stand: dt.date
    organisation: Organisation
    processing: Processing
    subprocessors: list[Subprocessor]
    screening: dict[str, ScreeningAnswer]
    reasons: dict[str, str] = Field(default_factory=dict)  # shared texts (YAML anchors)
    answers: dict[str, Answer]
    unanswered: dict[str, str] = Field(default_factory=dict)  # measure id -> open question

    @field_validator("answers", mode="before")
    @classmethod
    def _status_only(cls, value: Any) -> Any:
        """``id: umgesetzt`` is short for ``id: {status: umgesetzt}``."""
        if not isinstance(value, dict):
            return value
        return {k: {"status": v} if isinstance(v, str) else v for k, v in value.items()}


def answers_path() -> Path:
    return resource_path("demo", "lohnkontor-heidemann.yaml")


@cache
def demo_answers() -> DemoAnswers:
    path = answers_path()
    data, lines = load_yaml(path)
    return validate(DemoAnswers, data, path, lines)


def demo_assessment(catalog: Catalog) -> Assessment:
    """The demo for ``catalog``: the hand-written answers to the measures it has (a firm's own
    catalog may lack some; its other measures stay unanswered, as do those the file leaves
    open on purpose)."""
    written = demo_answers()
    known = catalog.measure_index()
    answers = {mid: a.model_copy(deep=True) for mid, a in written.answers.items() if mid in known}
    return Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        language="de",
        organisation=written.organisation.model_copy(update={"stand": written.stand}, deep=True),
        processing=written.processing.model_copy(deep=True),
        protection_need=ProtectionNeed.HOCH,
        answers=answers,
        subprocessors=[sp.model_copy(deep=True) for sp in written.subprocessors],
        screening=dict(written.screening),
    )
