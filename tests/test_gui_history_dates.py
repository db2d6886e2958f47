"""The period of the change log (Verlauf › Zeitraum) shows dates as the pages do: 31.12.2026 in
German, 2026-12-31 in English (it kept the German form in the English interface)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from ui.app import build


@pytest.mark.parametrize(
    ("lang", "form"), [("de", r"\d\d\.\d\d\.\d{4}"), ("en", r"\d{4}-\d\d-\d\d")]
)
def test_the_history_period_dates_follow_the_language(
    qtbot: QtBot, tomw: Path, lang: str, form: str
) -> None:
    gui = build(tomw, lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(gui.window)
    dialog = gui.history.show()
    assert dialog is not None
    for edit in (dialog.since_edit, dialog.until_edit):
        assert re.fullmatch(form, edit.text()), edit.text()
    dialog.close()
