"""A preset's notice (what it pre-answers and that every pre-answer must be confirmed) is shown
on the start page under the preset's description, in the interface language, before the user
makes a file from it; without a preset neither is shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tomwizard.content.presets import list_presets
from tomwizard.models.catalog import Language
from ui.app import build
from ui.pages.start_page import StartPage


def _choose(page: StartPage, preset_id: str) -> None:
    page.preset_choice.setCurrentIndex(page.preset_choice.findData(preset_id))


def _fits(page: StartPage) -> bool:
    """The notice has the height its wrapped lines need and ends above the recent files."""
    notice = page.preset_notice
    return (
        notice.height() >= notice.heightForWidth(notice.width())
        and notice.geometry().bottom() < page.document_label.geometry().top()
    )


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_notice_is_shown_with_the_chosen_preset(
    qtbot: QtBot, english_qm: Path, tmp_path: Path, lang: Language
) -> None:
    gui = build(None, lang=lang)
    qtbot.addWidget(gui.window)
    gui.window.resize(1100, 720)
    gui.window.show()
    page = gui.start_page
    qtbot.waitUntil(lambda: page.preset_choice.count() > 1)  # filled after start-up
    assert page.preset_notice.isHidden() and page.preset_info.isHidden()  # „leer beginnen“
    for preset in list_presets():
        _choose(page, preset.id)
        assert page.preset_info.text() == preset.description.get(lang)
        assert page.preset_notice.text() == preset.notice.get(lang)
        assert page.preset_notice.isVisible() and page.preset_notice.isEnabled()
        qtbot.waitUntil(lambda: _fits(page))  # all of it readable once the page is laid out
    other: Language = "en" if lang == "de" else "de"
    assert page.preset_notice.text() != list_presets()[-1].notice.get(other)
    gui.window.grab().save(str(tmp_path / f"start-{lang}.png"))
    _choose(page, "")
    assert page.preset_notice.isHidden() and page.preset_info.isHidden()
    gui.window.close()
