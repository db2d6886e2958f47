"""Guard against Qt bindings that corrupt the interpreter (PySide6 6.12.0 on CPython 3.11).

That release drops a reference to ``None`` on every Qt call returning nothing; after a few
thousand clicks the program aborts with "deallocating None". pyproject.toml excludes it; this
test fails loudly if a future release brings the bug back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QPoint


def test_void_qt_calls_keep_references_to_none() -> None:
    point = QPoint()
    before = sys.getrefcount(None)
    for _ in range(200):
        point.setX(0)
    assert before - sys.getrefcount(None) < 50
