"""Review 4, N13: the export dialog asks „Stand und Version anpassen?“ when answers changed
after the Stand, as ``check`` does."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import SetAnswer, SetField
from tomwizard.models.assessment import Answer, Status
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog


def _warning_shown(gui: MainController, monkeypatch: pytest.MonkeyPatch) -> str:
    seen: list[str] = []

    def look(dialog: ExportDialog) -> int:
        seen.append("" if dialog.warning_label.isHidden() else dialog.warning_label.text())
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ExportDialog, "exec", look)
    assert gui.exporter.ask(gui.window, "de") == []
    return seen[0]


def test_the_export_dialog_asks_to_adjust_an_old_stand(
    demo_gui: MainController, monkeypatch: pytest.MonkeyPatch
) -> None:
    stand = dt.date.today() - dt.timedelta(days=40)
    demo_gui.document.apply(
        [SetField("organisation.stand", stand)], "Stand"
    )  # not a content change
    assert "Stand und Version anpassen?" not in _warning_shown(demo_gui, monkeypatch)
    answer = Answer(status=Status.UMGESETZT, note="geprüft")
    demo_gui.document.apply([SetAnswer("zugang.mfa", answer)], "Antwort")
    shown = _warning_shown(demo_gui, monkeypatch)
    assert f"Stand und Version anpassen? Seit dem Stand ({stand:%d.%m.%Y})" in shown
