"""s6's walk-through at 1024×700: the sub-processor table cut the name („Rechenzentrum
Ilmenau-…“) while the Grundlage „EU/EWR (keine Drittlandübermittlung)“ stood whole. The name
comes first: whole when the table has room, else cut with the full text in its tooltip; never
a horizontal scroll bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTableWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import PutSubprocessor
from tomwizard.models.assessment import Subprocessor
from ui.controllers.main import MainController
from ui.pages.subprocessor_page import CHECK, MIN_CHECK, NAME


def _table(gui: MainController, size: tuple[int, int], qtbot: QtBot) -> QTableWidget:
    gui.window.resize(*size)
    gui.navigation.go_to(gui.subprocessor_index)
    assert gui.subprocessors is not None
    QApplication.processEvents()
    return gui.subprocessors.page.table


def _fits_without_scrolling(table: QTableWidget) -> None:
    header = table.horizontalHeader()
    widths = sum(header.sectionSize(c) for c in range(table.columnCount()))
    assert widths <= table.viewport().width()
    assert header.sectionSize(CHECK) >= MIN_CHECK


@pytest.mark.parametrize("size", [(1024, 700), (1100, 720)])
def test_the_demos_names_are_shown_whole(
    demo_gui: MainController, qtbot: QtBot, tmp_path: Path, size: tuple[int, int]
) -> None:
    table = _table(demo_gui, size, qtbot)
    header = table.horizontalHeader()
    assert table.rowCount() == 4
    assert header.sectionSize(NAME) >= table.sizeHintForColumn(NAME)  # no name cut
    _fits_without_scrolling(table)
    demo_gui.window.grab().save(str(tmp_path / f"subprocessors-{size[0]}.png"))


def test_a_very_long_name_is_cut_with_its_tooltip(demo_gui: MainController, qtbot: QtBot) -> None:
    name = "Rechenzentrum für Praxissoftware und Datensicherung Ilmenau-Nord GmbH & Co. KG"
    sub = Subprocessor(id="lang", name=name)
    assert demo_gui.document.apply([PutSubprocessor(sub)], "neu")
    table = _table(demo_gui, (1024, 700), qtbot)
    _fits_without_scrolling(table)
    row = next(r for r in range(table.rowCount()) if table.item(r, NAME).text() == name)
    assert table.item(row, NAME).toolTip() == name
