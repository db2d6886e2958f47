"""The GUI's start page: new and open through the file dialogs, errors as dialogs, any catalog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.conftest import Errors
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE


def answer_dialog(monkeypatch: pytest.MonkeyPatch, name: str, path: Path | None) -> None:
    """Let QFileDialog.<name> return ``path`` (None: the user cancelled)."""

    def ask(*args: object, **kwargs: object) -> tuple[str, str]:
        return (str(path) if path is not None else "", "")

    monkeypatch.setattr(f"PySide6.QtWidgets.QFileDialog.{name}", ask)


def test_new_assessment_adds_the_suffix_and_opens_it(
    qtbot: QtBot, gui: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_dialog(monkeypatch, "getSaveFileName", tmp_path / "Müller GmbH")
    qtbot.mouseClick(gui.start_page.new_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "Müller GmbH.tomw"
    assert path.is_file()
    assert gui.document.path == path
    assert gui.window.windowTitle() == "tomwizard – Müller GmbH.tomw"
    assert gui.window.current_page() == 1
    with TomwStore.open(path, readonly=True) as store:
        assert store.load().catalog_id == gui.catalog.id


def test_cancelled_dialogs_change_nothing(
    qtbot: QtBot, gui: MainController, errors: Errors, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer_dialog(monkeypatch, "getSaveFileName", None)
    answer_dialog(monkeypatch, "getOpenFileName", None)
    qtbot.mouseClick(gui.start_page.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(gui.start_page.open_button, Qt.MouseButton.LeftButton)
    assert not gui.document.is_open
    assert errors == []


def test_open_through_the_start_page(
    qtbot: QtBot, gui: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    catalog = default_catalog()
    path = tmp_path / "kunde.tomw"
    TomwStore.create(
        path, Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    ).close()
    answer_dialog(monkeypatch, "getOpenFileName", path)
    qtbot.mouseClick(gui.start_page.open_button, Qt.MouseButton.LeftButton)
    assert gui.document.path == path
    assert "kunde.tomw" in gui.start_page.document_label.text()
    assert all(gui.window.steps.item(i).flags() & Qt.ItemFlag.ItemIsEnabled for i in range(3))


def test_a_foreign_file_shows_an_error_and_stays_byte_identical(
    qtbot: QtBot,
    gui: MainController,
    tmp_path: Path,
    errors: Errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "fremd.tomw"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 8)
    before = path.read_bytes()
    answer_dialog(monkeypatch, "getOpenFileName", path)
    qtbot.mouseClick(gui.start_page.open_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    title, message = errors[0]
    assert title == "Datei kann nicht geöffnet werden"
    assert str(path) in message and "Traceback" not in message
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fremd.tomw"]
    assert not gui.document.is_open
    assert gui.window.windowTitle() == "tomwizard"
    assert gui.window.current_page() == 0


def test_new_assessment_never_overwrites(
    qtbot: QtBot,
    gui: MainController,
    tmp_path: Path,
    errors: Errors,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "alt.tomw"
    path.write_bytes(b"wichtige Daten")
    answer_dialog(monkeypatch, "getSaveFileName", path)
    qtbot.mouseClick(gui.start_page.new_button, Qt.MouseButton.LeftButton)
    assert len(errors) == 1
    assert "existiert bereits" in errors[0][1]
    assert path.read_bytes() == b"wichtige Daten"


def test_any_catalog_size_works(qtbot: QtBot, tmp_path: Path, errors: Errors) -> None:
    """The catalog is still being written: one section with one measure must work too."""
    text = {"de": "Ein Test.", "en": "A test."}
    measure = {"id": "t.eins", "text": text, "help": text, "level": "basis"}
    catalog = Catalog.model_validate(
        {
            "id": "mini",
            "version": "1",
            "languages": ["de"],
            "title": text,
            "sections": [
                {
                    "id": "t",
                    "title": text,
                    "subsections": [
                        {
                            "id": "t.sub",
                            "title": text,
                            "measures": [{**measure, "refs": {"art32": ["32.1.b"]}}],
                        }
                    ],
                }
            ],
        }
    )
    gui = MainController(catalog=catalog)
    qtbot.addWidget(gui.window)
    assert gui.new_file(tmp_path / "mini.tomw")
    assert gui.window.page_count() == FIRST_SECTION_PAGE + 1 + 2
    gui.navigation.go_to(gui.summary_index)
    assert not gui.window.next_button.isEnabled()
    page = gui.section_page(0)
    assert page.measure_ids() == ["t.eins"]
    assert not page.intro_label.isVisibleTo(page)


def test_every_kind_of_hostile_file_gets_its_own_dialog_and_stays_identical(
    qtbot: QtBot, gui: MainController, tmp_path: Path, errors: Errors
) -> None:
    from tests.test_hostile import hostile_files

    files = hostile_files(tmp_path)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    for name, (path, _kind, words) in files.items():
        assert not gui.open_file(path), name
        title, message = errors[-1]
        assert title == "Datei kann nicht geöffnet werden", name
        assert words in message and "Traceback" not in message, (name, message)
        assert not gui.document.is_open, name
    assert len(errors) == len(files)
    assert len({message for _title, message in errors}) == len(files)  # each its own message
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()} == before
