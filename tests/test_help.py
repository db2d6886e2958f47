"""Hilfe › Handbuch (F1) opens the user guide at the part for the page on screen, on every page,
in the window's language; without a built guide it says so instead of failing."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import active, isolated_settings, press_f1  # noqa: F401 - autouse fixture
from tomwizard.models.catalog import Language
from ui import help_viewer
from ui.app import build
from ui.controllers.main import MainController

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _build_guide() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_guide", TOOLS / "build_guide.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def controller(
    qtbot: QtBot, tomw: Path, guide: Path, lang: Language, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainController]:
    """The window of a new file in ``lang``, active (F1 reaches it), reading the guide above."""
    monkeypatch.setattr(help_viewer, "guide_dir", lambda: guide)
    yield from active(qtbot, build(tomw, lang=lang))


def _expected(controller: MainController, index: int) -> str:
    from ui.controllers.page_numbers import FIRST_SECTION_PAGE

    if index == 0:
        return "start"
    if index == 1:
        return "organisation"
    if index == 2:
        return "verarbeitung"
    if index == 3:
        return "rahmenbedingungen"
    if index == controller.window.page_count() - 1:
        return "zusammenfassung"
    if index == controller.window.page_count() - 2:
        return "unterauftragsverarbeiter"
    assert index >= FIRST_SECTION_PAGE
    return "massnahmen"


@pytest.mark.parametrize("lang", ["de", "en"])
def test_f1_opens_the_part_for_every_page(
    qtbot: QtBot, controller: MainController, guide: Path, lang: Language
) -> None:
    window = controller.window
    menu = window.menuBar().actions()[-1]
    assert menu.text() == {"de": "&Hilfe", "en": "&Help"}[lang]
    assert window.help_action in menu.menu().actions()
    seen: set[str] = set()
    for index in range(window.page_count()):
        controller.navigation.go_to(index, force=True)
        assert window.current_page() == index
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        viewer = window.findChild(help_viewer.HelpViewer)
        assert viewer is not None and viewer.isVisible()
        topic = _expected(controller, index)
        source = viewer.browser.source()
        assert source.toLocalFile() == str(guide / lang / "index.html")
        assert viewer.topic() == topic
        # the anchor is in the page, under a heading of this language's guide
        text = (guide / lang / "index.html").read_text(encoding="utf-8")
        assert f'<a name="{topic}"></a><h' in text
        seen.add(topic)
    assert seen == {
        "start",
        "organisation",
        "verarbeitung",
        "rahmenbedingungen",
        "massnahmen",
        "unterauftragsverarbeiter",
        "zusammenfassung",
    }


def _press_f1(qtbot: QtBot, controller: MainController) -> help_viewer.HelpViewer:
    return press_f1(qtbot, controller.window)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_f1_in_interview_mode_opens_the_interview_part(
    qtbot: QtBot, controller: MainController, guide: Path, lang: Language
) -> None:
    from ui.controllers.page_numbers import FIRST_SECTION_PAGE

    window = controller.window
    controller.navigation.go_to(FIRST_SECTION_PAGE, force=True)
    window.interview_action.setChecked(True)
    assert controller.interview.interview(0) is not None  # the interview is on screen
    viewer = _press_f1(qtbot, controller)
    assert viewer.topic() == "interview"
    text = (guide / lang / "index.html").read_text(encoding="utf-8")
    heading = text.split('<a name="interview"></a>', 1)[1][:120]
    assert {"de": "Interviewmodus", "en": "Interview mode"}[lang] in heading
    # switched off again, the same page is the list of measures
    window.interview_action.setChecked(False)
    assert _press_f1(qtbot, controller).topic() == "massnahmen"


@pytest.mark.parametrize("lang", ["de"])
def test_f1_on_the_screening_page_opens_its_part(
    qtbot: QtBot, controller: MainController, guide: Path
) -> None:
    from ui.controllers.page_numbers import SCREENING_PAGE

    controller.navigation.go_to(SCREENING_PAGE, force=True)
    assert _press_f1(qtbot, controller).topic() == "rahmenbedingungen"
    text = (guide / "de" / "index.html").read_text(encoding="utf-8")
    heading = text.split('<a name="rahmenbedingungen"></a>', 1)[1][:120]
    assert "Rahmenbedingungen" in heading


def test_every_topic_has_its_part_in_both_languages(guide: Path) -> None:
    builder = _build_guide()
    for lang in ("de", "en"):
        text = (guide / lang / "index.html").read_text(encoding="utf-8")
        for topic in builder.TOPICS:
            assert text.count(f'<a name="{topic}"></a>') == 1, (lang, topic)


@pytest.mark.parametrize("lang", ["de"])
def test_without_a_built_guide_the_help_says_so(
    qtbot: QtBot, controller: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(help_viewer, "guide_dir", lambda: tmp_path / "nicht-gebaut")
    controller.window.help_action.trigger()
    viewer = controller.window.findChild(help_viewer.HelpViewer)
    assert viewer is not None and viewer.isVisible()
    assert "make guide" in viewer.browser.toPlainText()
