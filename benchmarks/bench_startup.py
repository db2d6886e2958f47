"""Process start to an interactive main window with the demo file, against a bare QWizard
with as many checkboxes as the catalog has measures (design card §8).

Both sides are whole Python processes, started the same way and ended with ``os._exit`` as
soon as the window is shown and the event queue has been processed once, so interpreter
start-up and Qt start-up count on both sides and teardown on neither.
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


def _run(script: str, argument: str) -> None:
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", script, argument], check=True, env=env)


def main() -> None:
    from tomwizard.catalog import default_catalog
    from tomwizard.demo import demo_assessment
    from tomwizard.store import TomwStore

    catalog = default_catalog()
    count = sum(1 for _ in catalog.measures())
    with tempfile.TemporaryDirectory() as folder:
        demo = Path(folder) / "demo.tomw"
        TomwStore.create(demo, demo_assessment(catalog)).close()
        compare(
            f"start-up to main window with demo vs bare QWizard with {count} checkboxes",
            lambda: _run(SUBJECT, str(demo)),
            lambda: _run(BASELINE, str(count)),
            repeat=7,
        )


if __name__ == "__main__":
    main()
