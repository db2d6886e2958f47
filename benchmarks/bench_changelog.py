"""What a long change log costs: the summary's refresh, ``check`` and a filtered history view on
a file with 50,000 changes, against the same steps on the same assessment with 50 changes.

Run: ``python -m benchmarks.bench_changelog`` (``--changes N``, ``--repeat N``). Both files are
written the same way (``TomwStore.create`` with a change log as an import writes it: one answer
changed every seven minutes, from 1 January 2025 on, the Stand on 1 March 2025, so that the
hint „Stand und Version anpassen?“ shows in both); the small file (baseline) holds the first 50
changes. Each step runs on the large file (subject) and on the small one (baseline), interleaved;
the medians of the process's CPU time and their ratio are printed. A ratio near 1 means the
step no longer grows with the change log.

- summary refresh: ``SummaryController.refresh()`` of the open window (findings, progress and
  the Stand hint; what runs when the summary page shows or an answer changes on it);
- check: ``tomwizard check FILE`` in this process (open read-only, which checks every row of the
  file, evaluate, Stand hint);
- history, last 6 hours: ``TomwStore.changes(since=…)`` on the open file, as the history
  window's date filter asks it (the last six hours: 52 changes of the large log, all 50 of the
  small one).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import io
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Comparison, compare

START = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)
STEP = dt.timedelta(minutes=7)
STAND = dt.date(2025, 3, 1)
SMALL = 50


def write_file(path: Path, count: int) -> None:
    from tomwizard.content.catalog import default_catalog
    from tomwizard.demo import demo_assessment
    from tomwizard.history.changelog import ChangeRecord
    from tomwizard.store import TomwStore

    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    assessment.organisation.stand = STAND
    ids = [measure.id for measure in catalog.measures()]
    before = {"status": "geplant", "note": "Wird mit dem Dienstleister abgestimmt."}
    after = {"status": "umgesetzt", "note": "Seit dem Audit im Einsatz, Nachweis im Ordner 4."}
    log = [
        ChangeRecord(
            id=n,
            at=(START + n * STEP).isoformat(timespec="milliseconds"),
            author="Erika Muster",
            target=f"answer:{ids[n % len(ids)]}",
            old=before,
            new=after,
        )
        for n in range(1, count + 1)
    ]
    TomwStore.create(path, assessment, changelog=log).close()


def main(changes: int = 50_000, repeat: int = 9) -> list[Comparison]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings

    from tomwizard.cli.main import main as cli
    from tomwizard.content.catalog import default_catalog
    from tomwizard.store import TomwStore
    from ui.app import application
    from ui.controllers.main import MainController

    results: list[Comparison] = []
    with tempfile.TemporaryDirectory() as folder:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        large, small = Path(folder) / "large.tomw", Path(folder) / "small.tomw"
        write_file(large, changes)
        write_file(small, SMALL)
        application()
        catalog = default_catalog()
        windows = []
        for path in (large, small):
            gui = MainController(catalog)
            gui.open_file(path)
            gui.navigation.go_to(gui.summary_index)  # builds the page and refreshes it once
            assert gui.summary is not None
            windows.append(gui)
        big_gui, small_gui = windows

        def refresh(gui: Any) -> None:
            gui.summary.refresh()

        def check(path: Path) -> None:
            with contextlib.redirect_stdout(io.StringIO()):
                cli(["check", str(path)])

        stores = [TomwStore.open(path, readonly=True) for path in (large, small)]

        def history(store: TomwStore, count: int) -> None:
            store.changes(since=START + count * STEP - dt.timedelta(hours=6))

        steps = {
            "summary refresh": (lambda: refresh(big_gui), lambda: refresh(small_gui)),
            "check": (lambda: check(large), lambda: check(small)),
            "history, last 6 hours": (
                lambda: history(stores[0], changes),
                lambda: history(stores[1], SMALL),
            ),
        }
        for name, (subject, baseline) in steps.items():
            results.append(
                compare(
                    f"{name}: {changes} changes vs {SMALL}",
                    subject,
                    baseline,
                    repeat=repeat,
                    clock=time.process_time,
                )
            )
        for store in stores:
            store.close()
        for gui in windows:
            gui.document.close()
            gui.window.close()
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--changes", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    main(args.changes, args.repeat)
