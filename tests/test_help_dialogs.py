"""F1 in the export, history, merge and questionnaire dialogs opens the guide at the part about
that dialog, above the dialog (a modal dialog would otherwise block the guide's window)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings, press_f1  # noqa: F401 - autouse fixtures
from tests.merge_support import merge_files
from ui import dialogs, help_viewer
from ui.app import build
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog
from ui.pages.questionnaire_dialog import QuestionnaireDialog


@pytest.fixture
def gui(
    qtbot: QtBot,
    tomw: Path,
    guide: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> MainController:
    monkeypatch.setattr(help_viewer, "guide_dir", lambda: guide)
    controller = build(tomw, lang="en")
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


@pytest.mark.parametrize(
    ("kind", "topic"), [(ExportDialog, "export"), (QuestionnaireDialog, "fragebogen")]
)
def test_f1_in_a_modal_dialog_opens_its_part(
    qtbot: QtBot,
    gui: MainController,
    guide: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: type[QDialog],
    topic: str,
) -> None:
    topics: list[str] = []

    def exec_with_f1(dialog: QDialog) -> int:
        dialog.show()
        viewer = press_f1(qtbot, dialog)
        assert viewer.browser.source().toLocalFile() == str(guide / "en" / "index.html")
        topics.append(viewer.topic())
        return 0

    monkeypatch.setattr(kind, "exec", exec_with_f1)
    if kind is ExportDialog:
        gui.window.export_action.trigger()
    else:
        gui.window.questionnaire_action.trigger()
    assert topics == [topic]


def test_f1_in_the_history_opens_the_versions_part(qtbot: QtBot, gui: MainController) -> None:
    dialog = gui.history.show()
    assert dialog is not None
    assert press_f1(qtbot, dialog).topic() == "versionen"


def test_f1_in_the_merge_dialog_opens_the_merge_part(
    qtbot: QtBot,
    guide: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = merge_files(tmp_path)
    monkeypatch.setattr(help_viewer, "guide_dir", lambda: guide)
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: files.theirs)
    gui = build(files.ours, lang="de")
    qtbot.addWidget(gui.window)
    gui.window.show()
    gui.window.merge_action.trigger()
    dialog = gui.merger.dialog
    assert dialog is not None
    assert press_f1(qtbot, dialog).topic() == "zusammenfuehren"
