"""A status change in the wizard until it is committed to the ``.tomw`` file: p50 and p99.

The key press goes to the measure tree as a user's would (status keys 1 and 0 alternately);
the store commits synchronously inside the handler, so the time around the key press is the
time until the row is in the database (gap rules, badges and step list included). A bare
sqlite UPDATE + COMMIT on a file in the same folder is the same-run baseline. Target: p99 < 10 ms.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

EDITS = 400


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtTest import QTest

    from tomwizard.content.catalog import default_catalog
    from tomwizard.demo import demo_assessment
    from tomwizard.store import TomwStore
    from ui.app import application
    from ui.controllers.main import MainController
    from ui.controllers.page_numbers import FIRST_SECTION_PAGE

    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = application()
        catalog = default_catalog()
        path = Path(folder) / "demo.tomw"
        TomwStore.create(path, demo_assessment(catalog)).close()
        gui = MainController(catalog)
        gui.window.show()
        gui.open_file(path)
        index = 3
        gui.navigation.go_to(FIRST_SECTION_PAGE + index)
        page = gui.section_page(index)
        ids = page.measure_ids()
        app.processEvents()
        times: list[float] = []
        for n in range(EDITS):
            page.select(ids[n % len(ids)])
            key = Qt.Key.Key_1 if (n // len(ids)) % 2 == 0 else Qt.Key.Key_0
            start = time.perf_counter()
            QTest.keyClick(page.tree, key)
            times.append(time.perf_counter() - start)
        gui.window.close()

        base = sqlite3.connect(Path(folder) / "base.db", isolation_level=None)
        base.execute("PRAGMA journal_mode = WAL")
        base.execute("CREATE TABLE t (id TEXT PRIMARY KEY, v TEXT)")
        base.executemany("INSERT INTO t VALUES (?, ?)", [(str(i), "") for i in range(300)])
        baseline: list[float] = []
        for n in range(EDITS):
            start = time.perf_counter()
            base.execute("BEGIN")
            base.execute("UPDATE t SET v = ? WHERE id = ?", (str(n), str(n % 300)))
            base.execute("COMMIT")
            baseline.append(time.perf_counter() - start)
        base.close()

    p50, p99 = statistics.median(times), _percentile(times, 0.99)
    b50, b99 = statistics.median(baseline), _percentile(baseline, 0.99)
    print(
        f"status key to committed row ({EDITS} edits): p50 {p50 * 1000:.2f} ms, "
        f"p99 {p99 * 1000:.2f} ms (target p99 < 10 ms); bare sqlite commit p50 "
        f"{b50 * 1000:.2f} ms, p99 {b99 * 1000:.2f} ms; ratio p50 {p50 / b50:.1f}"
    )


if __name__ == "__main__":
    main()
