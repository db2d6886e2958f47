"""The Zusammenfassung's section table shows every row without scrolling at the default window
size 1100×720 and at 1024×700 (issue 14 leftover: its last rows needed a scroll), while the
findings list below keeps several lines in view (it scrolls, with a visible scroll bar)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui.controllers.main import MainController


@pytest.mark.parametrize("size", [(1100, 720), (1024, 700)])
def test_the_section_table_fits_and_the_findings_keep_room(
    qtbot: QtBot, demo_file: Path, size: tuple[int, int]
) -> None:
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.resize(*size)
    gui.window.show()
    assert gui.open_file(demo_file)
    gui.navigation.go_to(gui.summary_index, force=True)
    assert gui.summary is not None
    page = gui.summary.page
    qtbot.waitUntil(page.isVisible)
    QApplication.processEvents()
    table = page.sections
    assert table.topLevelItemCount() >= 19  # a row per step
    assert table.verticalScrollBar().maximum() == 0, "every row without scrolling"
    last = table.topLevelItem(table.topLevelItemCount() - 1)
    assert last is not None
    assert table.visualItemRect(last).bottom() < table.viewport().height()
    findings = page.findings
    lines = findings.viewport().height() // findings.fontMetrics().lineSpacing()
    assert lines >= 8, lines
    assert findings.verticalScrollBar().maximum() > 0  # the demo has more: the list scrolls
    assert findings.verticalScrollBar().isVisible()
    gui.window.close()
