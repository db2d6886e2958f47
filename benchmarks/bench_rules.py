"""Gap evaluation: full and incremental, against a bare loop over every answer (design card §8).

Run: ``python -m benchmarks.bench_rules``. The assessment is the demo (every measure answered,
mixed statuses, four subprocessors). The baseline is the least any evaluation must do: read
every answer of the catalog once and look at its status and parameters. The incremental run
changes one answer (alternating the status of ``zugang.mfa``) and re-evaluates; for live use in
the wizard it must stay well below one frame (16 ms).
"""

from __future__ import annotations

import datetime as dt
import itertools

from benchmarks.harness import Comparison, compare
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import Evaluator

FRAME_MS = 16.0
TODAY = dt.date(2026, 11, 22)


def touch_every_answer(assessment: Assessment, catalog: Catalog) -> int:
    """The baseline: one pass over every answer, reading status and parameters."""
    seen = 0
    for measure in catalog.measures():
        answer = assessment.answer(measure.id)
        seen += answer.status == Status.UMGESETZT
        seen += len(answer.params)
    return seen


def main() -> list[Comparison]:
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    evaluator = Evaluator(catalog, today=TODAY)
    evaluator.full(assessment)
    count = sum(1 for _ in catalog.measures())
    full = compare(
        f"full gap evaluation ({len(evaluator.rules)} rules, {count} measures) vs bare answer loop",
        lambda: evaluator.full(assessment),
        lambda: touch_every_answer(assessment, catalog),
        repeat=31,
    )
    statuses = itertools.cycle([Status.UMGESETZT, Status.GEPLANT, Status.NICHT_UMGESETZT])

    def one_change() -> None:
        assessment.answers["zugang.mfa"] = Answer(status=next(statuses))
        evaluator.changed(assessment, "measure:zugang.mfa")

    incremental = compare(
        "incremental re-evaluation after one answer change vs bare answer loop",
        one_change,
        lambda: touch_every_answer(assessment, catalog),
        repeat=101,
    )
    verdict = "ok" if incremental.subject_median * 1000 < FRAME_MS / 4 else "TOO SLOW"
    print(
        f"incremental median {incremental.subject_median * 1000:.2f} ms "
        f"(budget: well under {FRAME_MS:.0f} ms per change): {verdict}"
    )
    return [full, incremental]


if __name__ == "__main__":
    main()
