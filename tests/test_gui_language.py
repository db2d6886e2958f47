"""German and English: the program's strings, the catalog texts and Qt's own dialog strings."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from ui import i18n, settings
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_english_interface(qtbot: QtBot, english_qm: Path, demo_file: Path) -> None:
    gui = build(demo_file, readonly=True, lang="en")
    qtbot.addWidget(gui.window)
    assert gui.window.next_button.text() == "Next"
    assert gui.window.steps.item(gui.summary_index).text() == "Summary"
    gui.navigation.go_to(FIRST_SECTION_PAGE)
    page = gui.section_page(0)
    section = gui.catalog.sections[0]
    assert page.title_label.text() == f"Section 1 of 15: {section.title.en}"
    first = section.subsections[0].measures[0]
    item = page.item_for(first.id)
    assert item is not None and item.text(0).startswith(first.text.en.split("{")[0])
    assert cancel_text() == "Cancel"
    gui.window.close()


def test_german_interface_translates_qt_dialogs_too(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file, readonly=True, lang="de")
    qtbot.addWidget(gui.window)
    assert gui.window.next_button.text() == "Weiter"
    assert cancel_text() == "Abbrechen"  # from qtbase_de.qm in the PySide6 wheel
    gui.window.close()


def test_switching_language_rebuilds_the_window_with_the_same_file(
    qtbot: QtBot, english_qm: Path, demo_file: Path
) -> None:
    gui = build(demo_file, lang="de")
    qtbot.addWidget(gui.window)
    gui.navigation.go_to(FIRST_SECTION_PAGE + 2)
    gui.window.language_actions["en"].trigger()
    from ui.app import _windows

    again = _windows[-1]
    qtbot.addWidget(again.window)
    assert again.lang == "en"
    assert again.document.path == demo_file
    assert again.navigation.current == FIRST_SECTION_PAGE + 2
    assert not gui.document.is_open
    again.window.close()


def test_english_interface_speaks_english_in_the_core_messages_too(qtbot: QtBot) -> None:
    from tomwizard.i18n import _

    german = "Die Datei ist in diesem Programm bereits zum Bearbeiten geöffnet."
    i18n.install("en")
    assert _(german) != german  # e.g. the lock banner comes from the core
    i18n.install("de")
    assert _(german) == german


def test_lang_on_the_command_line_starts_the_interface_in_that_language(
    monkeypatch: pytest.MonkeyPatch, tomw: Path
) -> None:
    """`tomwizard --lang en FILE` (issue 14): this run in English, the saved choice untouched."""
    from tomwizard.cli.main import main
    from ui import app

    started: list[str] = []

    def run(path: Path | None, lang: str | None = None) -> int:
        controller = app.start(path, lang=lang)  # type: ignore[arg-type]
        started.append(controller.window.menuBar().actions()[0].text())
        controller.window.close()
        return 0

    monkeypatch.setattr(app, "run_gui", run)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setenv("DISPLAY", ":0")  # the command line asks for a display first
    assert main(["--lang", "en", str(tomw)]) == 0
    assert main([str(tomw)]) == 0
    assert started == ["&File", "&Datei"]
    assert settings.language() == "de"
