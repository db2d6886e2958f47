"""German and English: the program's strings, the catalog texts and Qt's own dialog strings."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.paths import resource_path
from tomwizard.store import TomwStore
from ui import i18n
from ui.app import build
from ui.controllers.main import FIRST_SECTION_PAGE


def _lrelease() -> Path:
    return Path(sys.executable).with_name("pyside6-lrelease")


@pytest.fixture(scope="module")
def english_qm() -> Path:
    """The .qm as ``make translations`` builds it (built here when the test runs alone)."""
    source = resource_path("translations", "tomwizard_en.ts")
    target = source.with_suffix(".qm")
    if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
        subprocess.run([str(_lrelease()), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    return path


@pytest.fixture(autouse=True)
def back_to_german() -> Iterator[None]:
    yield
    i18n.install("de")


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


def test_english_interface(qtbot: QtBot, english_qm: Path, demo: Path) -> None:
    gui = build(demo, readonly=True, lang="en")
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


def test_german_interface_translates_qt_dialogs_too(qtbot: QtBot, demo: Path) -> None:
    gui = build(demo, readonly=True, lang="de")
    qtbot.addWidget(gui.window)
    assert gui.window.next_button.text() == "Weiter"
    assert cancel_text() == "Abbrechen"  # from qtbase_de.qm in the PySide6 wheel
    gui.window.close()


def test_switching_language_rebuilds_the_window_with_the_same_file(
    qtbot: QtBot, english_qm: Path, demo: Path
) -> None:
    gui = build(demo, lang="de")
    qtbot.addWidget(gui.window)
    gui.navigation.go_to(FIRST_SECTION_PAGE + 2)
    gui.window.language_actions["en"].trigger()
    from ui.app import _windows

    again = _windows[-1]
    qtbot.addWidget(again.window)
    assert again.lang == "en"
    assert again.document.path == demo
    assert again.navigation.current == FIRST_SECTION_PAGE + 2
    assert not gui.document.is_open
    again.window.close()
