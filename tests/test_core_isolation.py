"""The core imports and runs without Qt: no module of tomwizard pulls in PySide6 or ui."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import tomwizard

SCRIPT = """
import pkgutil, importlib, sys, tomwizard
names = [m.name for m in pkgutil.walk_packages(tomwizard.__path__, "tomwizard.")]
names = [n for n in names if n != "tomwizard.__main__"]
for name in names:
    importlib.import_module(name)
bad = sorted(m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui"))
print(len(names))
print(",".join(bad))
"""


def test_every_core_module_imports_without_qt_or_ui() -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(tomwizard.__file__).parent.parent,
        env={"PATH": "/usr/bin:/bin"},  # no DISPLAY, no QT_QPA_PLATFORM
    )
    count, bad = result.stdout.splitlines()
    assert int(count) >= 10
    assert bad == ""
