"""Messages in the status bar give way to the save state again: seen under Xvfb, after a merge
„Zusammengeführt: 3 automatisch übernommen …“ stayed for good and hid „Gespeichert (…)“ of
every later edit."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui.app import build
from ui.controllers import main


def test_the_merge_summary_gives_way_to_the_save_state(
    qtbot: QtBot, tomw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = build(tomw)
    qtbot.addWidget(gui.window)
    gui.window.show()
    monkeypatch.setattr(main, "STATUS_MESSAGE_MS", 200)
    bar = gui.window.statusBar()
    gui.merger.summarised.emit("Zusammengeführt: 3 automatisch übernommen, keine Konflikte.")
    assert bar.currentMessage().startswith("Zusammengeführt")
    qtbot.waitUntil(lambda: bar.currentMessage() == "", timeout=3000)
    gui.window.close()
