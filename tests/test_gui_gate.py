"""The GUI's ways in pass the input gate: the file named at start-up (``tomwizard kaputt.tomw``,
a double-click), Datei › Öffnen, drag and drop and Datei › Zusammenführen each show the gate's
German line in an error dialog over the window, and the file stays byte-identical."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from tests.builders import digest, full_assessment
from tests.fuzz_support import fuzz_settings, listing
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.test_fuzz_gate import _make, damaged_tomw
from tests.test_hostile import hostile_files
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.exchange import export_json
from tomwizard.store import StoreError, TomwStore
from ui import app, dialogs
from ui.controllers.main import MainController
from ui.controllers.navigation import START_PAGE

CATALOG_VERSION = default_catalog().version
Shown = list[tuple[str, str, bool, int]]  # title, message, window visible, page under it


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> Shown:
    """Every error dialog: what it says and whether the window was up under it."""
    seen: Shown = []

    def critical(parent: object, title: str, text: str, *args: object) -> None:
        window = getattr(parent, "window", lambda: None)()
        page = window.current_page() if hasattr(window, "current_page") else -1
        seen.append((title, text, bool(window and window.isVisible()), page))

    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", critical)
    return seen


def _gate_line(path: Path) -> str:
    """What the gate says about ``path`` (the command line prints the same after "tomwizard: ")."""
    with pytest.raises(StoreError) as refused:
        TomwStore.open(path, readonly=True)
    return str(refused.value)


def _bad_files(folder: Path) -> dict[str, Path]:
    files = {name: path for name, (path, _kind, _words) in hostile_files(folder).items()}
    (folder / "loop.tomw").symlink_to(folder / "loop.tomw")
    os.mkfifo(folder / "fifo.tomw")
    return {**files, "loop": folder / "loop.tomw", "fifo": folder / "fifo.tomw"}


def _listing(folder: Path) -> dict[str, str | None]:
    return {p.name: digest(p) if p.is_file() else None for p in folder.iterdir()}


def test_a_bad_file_at_start_up_opens_the_window_with_the_dialog_over_the_start_page(
    qtbot: QtBot, tmp_path: Path, shown: Shown
) -> None:
    files = _bad_files(tmp_path)
    before = _listing(tmp_path)
    for name, path in files.items():
        controller = app.start(path)
        qtbot.addWidget(controller.window)
        title, message, visible, page = shown[-1]
        assert title == "Datei kann nicht geöffnet werden", name
        assert message == _gate_line(path), name
        assert visible and page == START_PAGE, name  # the window is up, the dialog over it
        assert controller.window.isVisible() and not controller.document.is_open
        controller.window.close()
    assert len(shown) == len(files)
    assert _listing(tmp_path) == before


def test_a_good_file_at_start_up_opens_without_a_dialog(
    qtbot: QtBot, tmp_path: Path, shown: Shown
) -> None:
    path = tmp_path / "gut.tomw"
    current = full_assessment().model_copy(update={"catalog_version": CATALOG_VERSION})
    TomwStore.create(path, current).close()  # an older catalog would be offered an upgrade
    controller = app.start(path)
    qtbot.addWidget(controller.window)
    assert controller.document.is_open and shown == []
    controller.document.close()


def test_the_command_line_hands_a_bad_file_to_the_window(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`tomwizard kaputt.tomw` no longer stops before the window: the GUI gets the path."""
    bad = tmp_path / "kaputt.tomw"
    bad.write_bytes(b"kein SQLite")
    started: list[Path | None] = []
    monkeypatch.setattr(app, "run_gui", lambda path, lang=None: started.append(path) or 0)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert main([str(bad)]) == 0 and started == [bad]
    assert main(["gui", "--smoke", str(bad)]) == 2  # the smoke run still says: bad input
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "keine tomwizard-Datei" in err
    assert bad.read_bytes() == b"kein SQLite"


def _drop(controller: MainController, path: Path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    controller.window.dropEvent(event)


def test_open_and_drop_show_the_gate_line(
    qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _bad_files(tmp_path)
    before = _listing(tmp_path)
    controller = app.start(None)
    qtbot.addWidget(controller.window)
    for name, path in files.items():
        monkeypatch.setattr(dialogs, "ask_open_path", lambda parent, p=path: p)
        controller.window.open_action.trigger()
        assert shown[-1][1] == _gate_line(path), name
        _drop(controller, path)
        assert shown[-1][1] == _gate_line(path), name
        assert shown[-1][2], name  # over the window
    assert len(shown) == 2 * len(files)
    assert not controller.document.is_open
    assert _listing(tmp_path) == before


def test_merge_in_the_window_refuses_unknown_ids_and_hostile_json(
    qtbot: QtBot, tmp_path: Path, shown: Shown, monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = tmp_path / "ours.tomw"
    TomwStore.create(ours, full_assessment()).close()
    with TomwStore.open(ours, readonly=True) as store:
        data = json.loads(export_json(store.load()))
    data["assessment"]["answers"]["ausgedacht.eins"] = {"status": "umgesetzt"}
    (tmp_path / "unknown.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "deep.json").write_text("[" * 50_000 + "]" * 50_000, encoding="utf-8")
    text = json.dumps(data).replace('"ausgedacht.eins"', '"\\ud800"')
    (tmp_path / "surrogate.json").write_text(text, encoding="utf-8")
    (tmp_path / "loop.json").symlink_to(tmp_path / "loop.json")
    controller = app.start(ours)
    qtbot.addWidget(controller.window)
    assert controller.document.is_open
    for name, words in (
        ("unknown.json", "einer unbekannten Maßnahme (erste: „ausgedacht.eins“)"),
        ("deep.json", "zu tief verschachtelt"),
        ("surrogate.json", "U+D800"),
        ("loop.json", "Verknüpfungsschleife"),
    ):
        monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent, n=name: tmp_path / n)
        controller.window.merge_action.trigger()
        title, message, _visible, _page = shown[-1]
        assert title == "Zusammenführen nicht möglich", name
        assert words in message and message.count("\n") == 0, (name, message)
        assert controller.merger.dialog is None or not controller.merger.dialog.isVisible()
    controller.document.close()
    with TomwStore.open(ours, readonly=True) as store:
        assert "ausgedacht.eins" not in store.load().answers


@fuzz_settings(bounded=12)
@given(damage=damaged_tomw())
def test_any_damaged_file_at_start_up_opens_or_shows_one_line(
    qtbot: QtBot, damage: tuple[str, bytes]
) -> None:
    kind, data = damage
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kunde.tomw"
        _make(kind, data, path)
        before = listing(Path(tmp))
        reported: list[tuple[str, str]] = []
        controller = app.start(path, lambda title, message: reported.append((title, message)))
        qtbot.addWidget(controller.window)
        assert controller.window.isVisible()
        if controller.document.is_open:
            assert reported == []
            controller.document.close()
        else:
            assert len(reported) == 1, reported
            assert "\n" not in reported[0][1] and reported[0][1].startswith(str(path))
            assert listing(Path(tmp)) == before, kind
        controller.window.close()
