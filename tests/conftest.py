"""Test set-up: Qt runs offscreen (CI has no display); shared fixtures (files, windows)."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The content cache of the tests, never the user's own (tomwizard/content_cache.py).
os.environ.setdefault("TOMWIZARD_CACHE_DIR", tempfile.mkdtemp(prefix="tomwizard-cache-"))
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The command line speaks the locale's language (tomwizard.i18n): the tests expect its default,
# German, whatever the developer's locale (tests/test_cli_language.py sets its own).
os.environ.pop("LANGUAGE", None)
os.environ.pop("LC_ALL", None)
os.environ.pop("LC_MESSAGES", None)
os.environ["LANG"] = "C.UTF-8"

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.i18n import set_message_language
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.paths import resource_path
from tomwizard.store import TomwStore

if TYPE_CHECKING:  # Qt loads only in the tests that ask for a window
    from pytestqt.qtbot import QtBot

    from ui.controllers.main import MainController

Errors = list[tuple[str, str]]  # (title, message) of each error box


@pytest.fixture(autouse=True)
def _german_messages_afterwards() -> Iterator[None]:
    """``main(["--lang", "en", …])`` and some tests set the message language for the whole
    process: every test starts German again."""
    yield
    set_message_language("de")


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture
def tomw(tmp_path: Path, catalog: Catalog) -> Path:
    """A new, empty assessment file."""
    path = tmp_path / "kunde.tomw"
    blank = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    TomwStore.create(path, blank).close()
    return path


@pytest.fixture
def demo_file(tmp_path: Path, catalog: Catalog) -> Path:
    """The demo assessment (``tomwizard demo``) as a file."""
    path = tmp_path / "demo.tomw"
    TomwStore.create(path, demo_assessment(catalog)).close()
    return path


@pytest.fixture(scope="session")
def english_qm() -> Path:
    """The English .qm as ``make translations`` builds it (built here when a test runs alone)."""
    source = resource_path("translations", "tomwizard_en.ts")
    target = source.with_suffix(".qm")
    if not target.is_file() or target.stat().st_mtime < source.stat().st_mtime:
        lrelease = Path(sys.executable).with_name("pyside6-lrelease")
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(target)], check=True)
    return target


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> Errors:
    """Error dialogs recorded instead of shown (a modal box would block the test)."""
    shown: Errors = []

    def critical(parent: object, title: str, text: str, *args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", critical)
    return shown


@pytest.fixture
def gui(qtbot: QtBot, errors: Errors) -> Iterator[MainController]:
    """The main window, shown, with no file open; error boxes go to ``errors``."""
    from ui.controllers.main import MainController

    controller = MainController()
    qtbot.addWidget(controller.window)
    controller.window.show()
    yield controller
    controller.window.close()


@pytest.fixture
def demo_gui(qtbot: QtBot, demo_file: Path, catalog: Catalog) -> MainController:
    """The main window with the demo file open; any error box fails the test."""
    from ui.controllers.main import MainController

    controller = MainController(catalog, lambda title, message: pytest.fail(message))
    qtbot.addWidget(controller.window)
    controller.window.show()
    assert controller.open_file(demo_file)
    return controller


@pytest.fixture(scope="session")
def guide(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The guide's HTML as `make guide` builds it (without the screenshots)."""
    out = tmp_path_factory.mktemp("guide")
    from tests.test_help import _build_guide

    builder = _build_guide()
    for lang in builder.LANGS:
        builder.write_html(lang, out, None)
    return out
