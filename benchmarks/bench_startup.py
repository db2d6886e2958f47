"""What the user waits for: whole processes of the installed wheel against the stack's floor.

Run: ``python -m benchmarks.bench_startup`` (part of ``make bench``). The program is built as a
wheel and installed into a fresh venv with compiled bytecode (``benchmarks/installed.py``); every
row starts whole processes the way the user starts them and times them from start to exit,
interleaved with its baseline in the same run (medians of at least nine pairs):

- first shown window: ``tomwizard demo.tomw`` with ``TOMWIZARD_EXIT_AFTER_SHOW=1`` (the program
  quits after the first turn of the event loop after the main window is shown) against the
  stack's floor: a bare QWizard with as many checkboxes as the catalog has measures, in a
  process that also imports pydantic and builds one model; and, for information, against the
  bare QWizard alone;
- ``tomwizard gui --smoke demo.tomw`` (every page built) against the bare QWizard;
- ``tomwizard export demo.tomw -o a.pdf --gap-report g.pdf`` against a bare reportlab script
  writing the same number of text lines into two PDFs (``benchmarks/bench_export.py``);
- peak RSS of the first shown window against the floor's.

The content cache is warm (the warm-up run fills it), as on every start after the first.
"""

from __future__ import annotations

import atexit
import shutil
import tempfile
from functools import cache
from pathlib import Path

from benchmarks.harness import pairs
from benchmarks.installed import (
    Installed,
    Row,
    Run,
    installed_venv,
    measured,
    print_table,
    run,
)

REPEAT = 9

BARE_QWIZARD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWizard, QWizardPage
{pydantic}
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
layout = QVBoxLayout(page)
for index in range(int(sys.argv[1])):
    layout.addWidget(QCheckBox(f"Maßnahme {{index}}"))
wizard.addPage(page)
wizard.show()
QTimer.singleShot(0, app.quit)
sys.exit(app.exec())
"""

PYDANTIC = """
from pydantic import BaseModel
class Model(BaseModel):
    value: int
Model(value=1)
"""

COUNT_MEASURES = (
    "from tomwizard.content.catalog import default_catalog;"
    "print(sum(1 for _ in default_catalog().measures()))"
)


@cache
def session() -> tuple[Installed, Path]:
    """The installed wheel and the demo file, shared by the benchmarks of one run."""
    folder = Path(tempfile.mkdtemp(prefix="tomwizard-bench-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    installed = installed_venv(folder)
    run([installed.tomwizard, "demo", "-o", folder / "demo"], installed.env())
    return installed, folder


def main() -> list[Row]:
    installed, folder = session()
    demo = folder / "demo" / "demo.tomw"
    import subprocess

    count = int(
        subprocess.run(
            [installed.python, "-c", COUNT_MEASURES],
            env=installed.env(),
            check=True,
            capture_output=True,
            text=True,
        ).stdout
    )
    floor_script = folder / "floor.py"
    floor_script.write_text(BARE_QWIZARD.format(pydantic=PYDANTIC))
    bare_script = folder / "bare_qwizard.py"
    bare_script.write_text(BARE_QWIZARD.format(pydantic=""))
    env = installed.env()

    def first_show() -> Run:
        return run([installed.tomwizard, demo], installed.env(TOMWIZARD_EXIT_AFTER_SHOW="1"))

    def smoke() -> Run:
        return run([installed.tomwizard, "gui", "--smoke", demo], env)

    def floor() -> Run:
        return run([installed.python, floor_script, str(count)], env)

    def bare() -> Run:
        return run([installed.python, bare_script, str(count)], env)

    floors = pairs(first_show, floor, REPEAT)
    bares = pairs(first_show, bare, REPEAT)
    smokes = pairs(smoke, bare, REPEAT)
    how_floor = (
        f"stack floor: `python floor.py` in the same venv, a bare QWizard with {count} "
        "QCheckBoxes (one per catalog measure) that also imports pydantic and builds one model, "
        "shown, one event-loop turn, exit"
    )
    how_bare = f"bare QWizard: the same script without pydantic ({count} QCheckBoxes)"
    how_cpu = (
        "user + system CPU time (os.wait4) of the same runs as the first row: on a machine "
        "shared with other work it moves less than the wall time"
    )
    how_rss = "peak RSS (ru_maxrss from os.wait4) of the first-shown-window runs and the floor runs"
    from benchmarks.bench_export import export_row

    first, smoke_all = "first shown window", "gui --smoke, every page"
    rows = [
        measured(
            f"{first}, demo (vs stack floor)", floors, "seconds", "≤ 1.5 (goal 1.3)", how_floor
        ),
        measured(f"{first}, demo (vs bare QWizard)", bares, "seconds", "information", how_bare),
        measured(f"{smoke_all} (vs bare QWizard)", smokes, "seconds", "information", how_bare),
        measured(
            f"{first}, CPU time (vs stack floor)", floors, "cpu_seconds", "information", how_cpu
        ),
        *export_row(installed, folder, demo, REPEAT),
        measured(
            "peak RSS at first show (vs stack floor)", floors, "peak_rss_mib", "≤ 1.3", how_rss
        ),
    ]
    print_table(rows, REPEAT)
    return rows


if __name__ == "__main__":
    main()
