"""What the program remembers is written only when it changed: QSettings rewrites its whole
file, synced to disk, for any value set, and reopening the last file or closing an unmoved
window happens at nearly every start."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui import settings


def _written() -> tuple[int, int] | None:
    """The settings file's inode and modification time (a new file replaces it on a write)."""
    name = Path(QSettings().fileName())
    if not name.exists():
        return None
    info = os.stat(name)
    return info.st_ino, info.st_mtime_ns


def test_reopening_the_last_file_writes_nothing(tmp_path: Path) -> None:
    first, second = tmp_path / "a.tomw", tmp_path / "b.tomw"
    settings.add_recent_file(first)
    settings.add_recent_file(second)
    written = _written()
    assert written is not None
    settings.add_recent_file(second)
    assert _written() == written
    assert settings.recent_files() == [second.resolve(), first.resolve()]
    settings.add_recent_file(first)  # another file first: written
    assert _written() != written
    assert settings.recent_files() == [first.resolve(), second.resolve()]


def test_an_unchanged_window_state_writes_nothing() -> None:
    geometry, state = QByteArray(b"geometry"), QByteArray(b"state")
    settings.save_window_state(geometry, state)
    written = _written()
    assert written is not None
    settings.save_window_state(QByteArray(b"geometry"), QByteArray(b"state"))
    assert _written() == written
    settings.save_window_state(geometry, QByteArray(b"state 2"))
    assert _written() != written
    assert settings.window_state() == (geometry, QByteArray(b"state 2"))
