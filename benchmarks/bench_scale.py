"""Growth with the size of the catalog: opening and exporting a catalog ten times the size
(design card §8). Growth must stay linear.

Run: ``python -m benchmarks.bench_scale``. The large catalog is the shipped one with every
section repeated ten times under new ids (``zugang.mfa`` → ``zugang.mfa-x2`` …), written as
YAML files like the real one; the assessment answers every measure as the demo does. Each step
is timed for the shipped catalog (baseline) and for the tenfold one (subject) in the same run:
a ratio near 10 is linear growth; the line also gives ratio / 10, the growth per measure.

- load: parse and validate the catalog's YAML files (no content cache);
- open: open the ``.tomw`` file, read the assessment and run the full gap evaluation;
- export: the annex PDF (checklist style, catalog view).
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from benchmarks.harness import Comparison, compare
from tomwizard.content.catalog import INDEX_NAME, default_catalog, load_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.rules import Evaluator
from tomwizard.store import TomwStore

FACTOR = 10
TODAY = dt.date(2026, 11, 22)


def _renamed(node: Any, suffix: str) -> Any:
    """A copy of a section's data with the id of every section, sub-section and measure given
    ``suffix`` (parameter ids stay: the texts name them)."""
    if isinstance(node, dict):
        copy = {key: _renamed(value, suffix) for key, value in node.items()}
        if isinstance(node.get("id"), str) and ("title" in node or "help" in node):
            copy["id"] = f"{node['id']}{suffix}"
        return copy
    if isinstance(node, list):
        return [_renamed(item, suffix) for item in node]
    return node


def write_scaled_catalog(catalog: Catalog, folder: Path, factor: int) -> Path:
    """``catalog`` with each section ``factor`` times, as an index and one file per section."""
    data = catalog.model_dump(mode="json", exclude_defaults=True)
    names = []
    for copy in range(1, factor + 1):
        suffix = "" if copy == 1 else f"-x{copy}"
        for section in data["sections"]:
            name = f"{section['id']}{suffix}.yaml"
            text = yaml.safe_dump(_renamed(section, suffix) if suffix else section)
            (folder / name).write_text(text, encoding="utf-8")
            names.append(name)
    index = {key: data[key] for key in ("id", "version", "languages", "title")}
    (folder / INDEX_NAME).write_text(
        yaml.safe_dump({**index, "sections": names}, allow_unicode=True), encoding="utf-8"
    )
    return folder


def scaled_assessment(catalog: Catalog, base: Assessment, factor: int) -> Assessment:
    """The demo's answers, given to every copy of each measure."""
    answers = dict(base.answers)
    for copy in range(2, factor + 1):
        answers |= {f"{key}-x{copy}": answer for key, answer in base.answers.items()}
    known = set(catalog.measure_index())
    return base.model_copy(update={"answers": {k: v for k, v in answers.items() if k in known}})


def _steps(folder: Path, catalog: Catalog, assessment: Assessment) -> dict[str, Callable[[], Any]]:
    store_path = folder / "scaled.tomw"
    TomwStore.create(store_path, assessment).close()
    evaluator = Evaluator(catalog, today=TODAY)
    options = AnnexOptions(style="checklist")

    def open_and_evaluate() -> None:
        with TomwStore.open(store_path, readonly=True) as store:
            evaluator.full(store.load())

    return {
        "load": lambda: load_catalog(folder),
        "open": open_and_evaluate,
        "export": lambda: annex_pdf(assessment, catalog, options),
    }


def main() -> list[Comparison]:
    shipped = default_catalog()
    demo = demo_assessment(shipped)
    results = []
    with tempfile.TemporaryDirectory() as small_dir, tempfile.TemporaryDirectory() as big_dir:
        small = load_catalog(write_scaled_catalog(shipped, Path(small_dir), 1))
        big = load_catalog(write_scaled_catalog(shipped, Path(big_dir), FACTOR))
        sizes = (sum(1 for _ in small.measures()), sum(1 for _ in big.measures()))
        small_steps = _steps(Path(small_dir), small, demo)
        big_steps = _steps(Path(big_dir), big, scaled_assessment(big, demo, FACTOR))
        for name, subject in big_steps.items():
            result = compare(
                f"{name}: {sizes[1]} measures vs {sizes[0]}",
                subject,
                small_steps[name],
                repeat=5,
            )
            print(f"  growth per measure: {result.ratio / FACTOR:.2f} (1.00 is linear)")
            results.append(result)
    return results


if __name__ == "__main__":
    main()
