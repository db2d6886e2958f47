"""Growth with the size of the catalog: loading, opening and every export with catalogs ten and
thirty times the shipped one (design card §8, issue 13). Growth must stay linear.

Run: ``python -m benchmarks.bench_scale`` (``--factors 10`` for a shorter run). The large
catalogs are the shipped one with every section repeated under new ids
(:mod:`benchmarks.scaled_forms`), written as YAML files like the real one; the assessment
answers every measure as the demo does. Each step is timed for the shipped catalog (baseline,
written the same way) and for the N-fold one (subject) in the same run, interleaved: a ratio
near N is linear growth; each line also gives ratio / N, the growth per measure, and says
whether that is linear (at most 1.25, the noise of a shared machine) or not. Times are the
process's CPU time (``time.process_time``): on a machine shared with other work, wall time
varies by a factor of two between runs, and none of the steps waits for anything but the CPU
and the page cache.

- load: parse and validate the catalog's YAML files (no content cache);
- open: open the ``.tomw`` file, read the assessment and run the full gap evaluation;
- annex <view>/<style>: the annex PDF in each of the three views and two styles, with every part;
- gap report: the internal gap report with its chart (over as many pages as it needs);
- changes: the changes since a frozen version (one measure in seven changed) and the annex with
  the appendix "Änderungen gegenüber Version 1".
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.harness import Comparison, compare
from benchmarks.scaled_forms import write_scaled_catalog
from tomwizard.content.catalog import default_catalog, load_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import STYLES, VIEW_IDS, AnnexOptions, annex_pdf
from tomwizard.history.versions import annex_changes
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import Evaluator
from tomwizard.store import TomwStore

FACTORS = (10, 30)
TODAY = dt.date(2026, 11, 22)
LINEAR = 1.25  # ratio / factor up to this counts as linear (machine noise)
PARTS = ("processing", "subprocessors", "signature")


def changed(catalog: Catalog, base: Assessment) -> Assessment:
    """``base`` with one measure in seven answered differently (changes grow with the
    catalog)."""
    answers = dict(base.answers)
    for index, measure in enumerate(catalog.measures()):
        if index % 7 == 0:
            before = base.answer(measure.id).status
            status = Status.TEILWEISE if before == Status.UMGESETZT else Status.UMGESETZT
            answers[measure.id] = Answer(status=status, note="geändert")
    return base.model_copy(update={"answers": answers})


def _steps(folder: Path, catalog: Catalog) -> dict[str, Callable[[], Any]]:
    assessment = demo_assessment(catalog)
    store_path = folder / "scaled.tomw"
    TomwStore.create(store_path, assessment).close()
    changes_path = folder / "changes.tomw"
    with TomwStore.create(changes_path, assessment) as store:
        store.freeze_version()
        store.replace_all(changed(catalog, assessment))
    evaluator = Evaluator(catalog, today=TODAY)

    def open_and_evaluate() -> None:
        with TomwStore.open(store_path, readonly=True) as store:
            evaluator.full(store.load())

    def changes_appendix() -> None:
        with TomwStore.open(changes_path, readonly=True) as store:
            changes = annex_changes(store, catalog)
            current = store.load()
        assert changes is not None
        annex_pdf(current, catalog, AnnexOptions(changes=changes))

    steps: dict[str, Callable[[], Any]] = {
        "load": lambda: load_catalog(folder),
        "open": open_and_evaluate,
    }
    for view in VIEW_IDS:
        for style in STYLES:
            options = AnnexOptions(view=view, style=style, parts=PARTS, list_entfaellt=True)
            steps[f"annex {view}/{style}"] = lambda o=options: annex_pdf(assessment, catalog, o)
    steps["gap report"] = lambda: gap_report_pdf(assessment, catalog, "de", today=TODAY)
    steps["changes"] = changes_appendix
    return steps


def main(factors: tuple[int, ...] = FACTORS, repeat: int = 3) -> list[Comparison]:
    shipped = default_catalog()
    results = []
    verdicts: list[str] = []
    with tempfile.TemporaryDirectory() as root:
        base_dir = write_scaled_catalog(shipped, Path(root) / "x1", 1)
        base = load_catalog(base_dir)
        base_steps = _steps(base_dir, base)
        base_size = sum(1 for _ in base.measures())
        for factor in factors:
            big_dir = write_scaled_catalog(shipped, Path(root) / f"x{factor}", factor)
            big = load_catalog(big_dir)
            size = sum(1 for _ in big.measures())
            for name, subject in _steps(big_dir, big).items():
                result = compare(
                    f"{name} {factor}x: {size} measures vs {base_size}",
                    subject,
                    base_steps[name],
                    repeat=repeat,
                    clock=time.process_time,
                )
                per_measure = result.ratio / factor
                verdict = "linear" if per_measure <= LINEAR else "NOT LINEAR"
                print(f"  growth per measure: {per_measure:.2f} (1.00 is linear): {verdict}")
                verdicts.append(verdict)
                results.append(result)
    worst = "linear" if all(v == "linear" for v in verdicts) else "NOT LINEAR"
    print(f"growth over {len(results)} steps: {worst}", flush=True)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--factors", type=int, nargs="+", default=list(FACTORS))
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    main(tuple(args.factors), args.repeat)
