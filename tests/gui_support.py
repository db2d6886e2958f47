"""Shared set-up for the GUI tests: QSettings in a temporary folder, never the user's own; the
interface in German again after a test that switched it; an active window for tests that press
keys."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.controllers.main import MainController
from ui.help_viewer import HelpViewer

if TYPE_CHECKING:
    from ui.pages.export_dialog import ExportDialog


@pytest.fixture(autouse=True)
def isolated_settings(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """Also: opening a file of an older catalog asks whether to upgrade it in a modal box,
    which would block an offscreen test; here the answer is „Nein“ (the file opens as it is).
    Tests of the offer pass their own ``ask`` (tests/test_gui_questionnaire.py)."""
    from ui.controllers.upgrade import UpgradeController

    monkeypatch.setattr(UpgradeController, "_ask_box", lambda *_args: False)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings().clear()
    yield folder
    QSettings().clear()


@pytest.fixture(autouse=True)
def back_to_german() -> Iterator[None]:
    """The interface in German again after the test (a test may switch it to English: the
    translators, the locale and the core's message language are global)."""
    yield
    i18n.install("de")


def active(qtbot: QtBot, controller: MainController) -> Iterator[MainController]:
    """``controller``'s window shown and active (key presses reach it); closed afterwards."""
    qtbot.addWidget(controller.window)
    controller.window.show()
    controller.window.activateWindow()
    qtbot.waitUntil(controller.window.isActiveWindow)
    yield controller
    controller.window.close()


def seen_in_export_dialog(
    gui: MainController, monkeypatch: pytest.MonkeyPatch, read: Callable[[ExportDialog], str]
) -> list[str]:
    """Open the export dialog as Datei › Exportieren does, note ``read(dialog)``, cancel."""
    from ui.pages.export_dialog import ExportDialog

    seen: list[str] = []

    def cancel(dialog: ExportDialog) -> int:
        seen.append(read(dialog))
        return 0

    monkeypatch.setattr(ExportDialog, "exec", cancel)
    gui.exporter.ask(gui.window, "de")
    return seen


def press_f1(qtbot: QtBot, widget: QWidget) -> HelpViewer:
    """F1 in the active ``widget`` (a window or a dialog): the help viewer it opened."""

    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.keyClick(widget, Qt.Key.Key_F1)
    viewer = widget.findChild(HelpViewer)
    assert viewer is not None and viewer.isVisible()
    return viewer
