"""Process start to an interactive main window with the demo file, against a bare QWizard
with as many checkboxes as the catalog has measures (design card §8).

Both sides are whole Python processes, started the same way and ended with ``os._exit`` as
soon as the window is shown and the event queue has been processed once, so interpreter
start-up and Qt start-up count on both sides and teardown on neither.

Measured twice: as every start after the first (the content cache filled, see
``tomwizard/content_cache.py``) and cold (the cache turned off: every YAML file parsed). A third
line gives the floor of the chosen stack: the same bare QWizard that also imports pydantic and
builds one model, which any start of the program pays before its own work begins.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import compare

SUBJECT = """
import os, sys
from pathlib import Path
from ui.app import application, build
app = application()
controller = build(Path(sys.argv[1]), readonly=True)
controller.window.show()
app.processEvents()
os._exit(0)
"""

BASELINE = """
import os, sys
from PySide6.QtWidgets import QApplication, QCheckBox, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
layout = QVBoxLayout(page)
for index in range(int(sys.argv[1])):
    layout.addWidget(QCheckBox(f"Maßnahme {index}"))
wizard.addPage(page)
wizard.show()
app.processEvents()
os._exit(0)
"""


PYDANTIC = """
from pydantic import BaseModel
class Model(BaseModel):
    value: int
Model(value=1)
"""


def _run(script: str, argument: str, cache: str = "") -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "TOMWIZARD_CACHE_DIR": cache}
    subprocess.run([sys.executable, "-c", script, argument], check=True, env=env)


def main() -> None:
    from tomwizard.content.catalog import default_catalog
    from tomwizard.demo import demo_assessment
    from tomwizard.store import TomwStore

    catalog = default_catalog()
    count = sum(1 for _ in catalog.measures())
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.tomw"
        cache = str(Path(folder) / "cache")
        TomwStore.create(demo, demo_assessment(catalog)).close()
        baseline = f"bare QWizard with {count} checkboxes"
        compare(
            f"start-up to main window with demo vs {baseline}",
            lambda: _run(SUBJECT, str(demo), cache),
            lambda: _run(BASELINE, str(count)),
            repeat=9,
        )
        compare(
            f"cold start-up (no content cache) vs {baseline}",
            lambda: _run(SUBJECT, str(demo)),
            lambda: _run(BASELINE, str(count)),
            repeat=5,
        )
        compare(
            f"floor of the stack: {baseline} importing pydantic vs {baseline}",
            lambda: _run(BASELINE.replace("app = ", PYDANTIC + "app = ", 1), str(count)),
            lambda: _run(BASELINE, str(count)),
            repeat=9,
        )


if __name__ == "__main__":
    main()
