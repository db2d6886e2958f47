"""Count the work: how many decisions a user makes to reach a complete assessment (issue 15).

Run: ``python -m benchmarks.count_decisions`` (or ``make count-decisions``). For every preset,
"before" is the preset alone: every measure it leaves open is one decision. "After" adds the
preset's typical answers to the Rahmenbedingungen (``screening:`` in forms/presets/*.yaml):
the measures still open after preset and screening, plus one decision per screening question.
Answers a preset fills in are marked for follow-up and still have to be confirmed; they are
shown beside the count ("zu bestätigen"), as confirming is quicker than deciding. The goal is at
most 60 % of the catalog for the office using cloud services (buero_cloud).
"""

from __future__ import annotations

import sys

from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset, list_presets
from tomwizard.content.screening import screening_form
from tomwizard.editing.screening import with_screening
from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import Catalog

GOAL = 0.60
GOAL_PRESET = "buero_cloud"


def open_measures(assessment: Assessment, catalog: Catalog) -> int:
    return sum(
        1 for mid in catalog.measure_index() if assessment.answer(mid).status is Status.OFFEN
    )


def to_confirm(assessment: Assessment) -> int:
    return sum(1 for a in assessment.answers.values() if a.follow_up)


def rows(catalog: Catalog) -> list[tuple[str, int, int, int, int]]:
    """(preset, decisions before, decisions after, ruled out by the screening, to confirm)."""
    questions = len(screening_form().questions)
    out = []
    for preset in list_presets():
        before = assessment_from_preset(preset.model_copy(update={"screening": {}}), catalog)
        after = assessment_from_preset(preset, catalog)
        ruled = sum(1 for a in after.answers.values() if a.from_screening)
        extra = questions if preset.screening else 0
        out.append(
            (
                preset.id,
                open_measures(before, catalog),
                open_measures(after, catalog) + extra,
                ruled,
                to_confirm(after),
            )
        )
    return out


def main() -> int:
    catalog = default_catalog()
    total = len(catalog.measure_index())
    questions = len(screening_form().questions)
    print(f"Katalog: {total} Maßnahmen; Rahmenbedingungen: {questions} Fragen")
    head = f"{'Vorlage':<18} {'vorher':>12} {'nachher':>12} {'entfallen':>10}"
    print(f"{head} {'zu bestätigen':>14}")
    office = next(p for p in list_presets() if p.id == GOAL_PRESET)
    blank = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    screened = with_screening(blank, catalog, dict(office.screening))
    after = open_measures(screened, catalog) + questions
    ruled = sum(1 for a in screened.answers.values() if a.from_screening)
    print(
        f"{'(leer, Büro)':<18} {total:>5} ({1:>4.0%}) {after:>5} ({after / total:>4.0%})"
        f" {ruled:>10} {0:>14}"
    )
    ok = True
    for preset_id, before, after, ruled, confirm in rows(catalog):
        share_b, share_a = before / total, after / total
        print(
            f"{preset_id:<18} {before:>5} ({share_b:>4.0%}) {after:>5} ({share_a:>4.0%})"
            f" {ruled:>10} {confirm:>14}"
        )
        if preset_id == GOAL_PRESET and share_a > GOAL:
            ok = False
    verdict = "erreicht" if ok else "VERFEHLT"
    print(f"Ziel: {GOAL_PRESET} nachher höchstens {GOAL:.0%} des Katalogs: {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
