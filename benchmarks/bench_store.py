"""One status change until its row is committed, vs a bare SQLite INSERT + COMMIT.

Run: ``python -m benchmarks.bench_store``. The subject is ``TomwStore.set_answer`` (read the old
row, upsert, write the change-log row, commit with ``synchronous=FULL`` in WAL mode); the
baseline is a plain ``BEGIN IMMEDIATE; INSERT; COMMIT`` on a second file in the same folder with
the same pragmas. Runs alternate; medians (p50) and p99 of single edits are printed.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
from pathlib import Path

from benchmarks.harness import Comparison, compare
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.store import TomwStore

EDITS = 400


def _p99(values: list[float]) -> float:
    return statistics.quantiles(values, n=100)[98]


def main() -> Comparison:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        store = TomwStore.create(
            folder / "b.tomw", Assessment(catalog_id="tom", catalog_version="1")
        )
        bare = sqlite3.connect(folder / "bare.sqlite", isolation_level=None)
        bare.execute("PRAGMA journal_mode = WAL")
        bare.execute("PRAGMA synchronous = FULL")
        bare.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, data TEXT NOT NULL)")
        answers = [Answer(status=Status.UMGESETZT), Answer(status=Status.TEILWEISE)]
        counter = [0]

        def status_change() -> None:
            counter[0] += 1
            store.set_answer("zugang.mfa", answers[counter[0] % 2])

        def bare_insert() -> None:
            bare.execute("BEGIN IMMEDIATE")
            bare.execute("INSERT INTO t (data) VALUES (?)", ('{"status":"umgesetzt"}',))
            bare.execute("COMMIT")

        try:
            result = compare(
                "status change committed (TomwStore.set_answer) vs bare INSERT+COMMIT",
                status_change,
                bare_insert,
                repeat=EDITS,
                warmup=20,
            )
        finally:
            store.close()
            bare.close()
    print(
        f"  p50 subject {result.subject_median * 1e3:.3f} ms, baseline "
        f"{result.baseline_median * 1e3:.3f} ms; p99 subject {_p99(result.subject_s) * 1e3:.3f} "
        f"ms, baseline {_p99(result.baseline_s) * 1e3:.3f} ms; "
        f"p99 ratio {_p99(result.subject_s) / _p99(result.baseline_s):.2f}",
        flush=True,
    )
    return result


if __name__ == "__main__":
    main()
