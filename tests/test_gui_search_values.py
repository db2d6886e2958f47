"""s6's walk-through: with a file open the search list (Strg+F) showed the measure texts with
the catalog's defaults („nach spätestens 10 Minuten“) while the file said 5 Minuten. The list
reads as the section page does: the file's values, and after a change the new one; without a
file the defaults."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import SetAnswer
from tomwizard.models.assessment import Answer, Status
from ui.controllers.main import MainController

MEASURE = "zugang.bildschirmsperre"  # „… sperren sich nach spätestens {minutes} Minuten …“


def _listed(gui: MainController, qtbot: QtBot) -> str:
    gui.window.search.clear()
    qtbot.keyClicks(gui.window.search, "sperren sich")
    (text,) = [t for t in gui.search.model.stringList() if "Minuten ohne" in t]
    return text


def _set_minutes(gui: MainController, minutes: int) -> None:
    answer = Answer(status=Status.UMGESETZT, params={"minutes": minutes})
    assert gui.document.apply([SetAnswer(MEASURE, answer)], "Antwort")


def test_the_search_list_shows_the_files_values(demo_gui: MainController, qtbot: QtBot) -> None:
    gui = demo_gui
    _set_minutes(gui, 5)
    assert "spätestens 5 Minuten" in _listed(gui, qtbot)
    _set_minutes(gui, 7)  # a change shows in the next search
    assert "spätestens 7 Minuten" in _listed(gui, qtbot)
    gui.document.close()  # without a file: the catalog's default
    assert "spätestens 10 Minuten" in _listed(gui, qtbot)
