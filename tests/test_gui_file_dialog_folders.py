"""The open and merge dialogs start in the folder of the file used last (the open assessment),
not in the working directory: seen under Xvfb, Datei › Zusammenführen opened in the source
checkout (``make run``) although the customer's file lay beside the assessment."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui import dialogs, settings


@pytest.mark.parametrize("ask", [dialogs.ask_open_path, dialogs.ask_merge_path])
def test_file_dialogs_start_beside_the_file_used_last(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ask: Callable[[None], Path | None]
) -> None:
    folder = tmp_path / "kunden" / "gaertnerei"
    folder.mkdir(parents=True)
    (folder / "bewertung.tomw").write_bytes(b"")
    settings.add_recent_file(folder / "bewertung.tomw")
    monkeypatch.chdir(tmp_path)  # the working directory is somewhere else
    started: list[str] = []

    def get_open_file_name(_parent: object, _title: str, where: str, *_: object) -> tuple[str, str]:
        started.append(where)
        return "", ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    assert ask(None) is None
    assert started and Path(started[0]).resolve() == folder.resolve()
