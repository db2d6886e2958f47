"""What the program remembers between runs (QSettings; the only place that touches them)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

MAX_RECENT = 8


def _settings() -> QSettings:
    return QSettings()


def language() -> str:
    value = _settings().value("ui/language", "de")
    return value if value in ("de", "en") else "de"


def set_language(lang: str) -> None:
    _settings().setValue("ui/language", lang)


def recent_files() -> list[Path]:
    value: Any = _settings().value("files/recent", [])
    entries = [value] if isinstance(value, str) else list(value or [])
    return [Path(v) for v in entries if isinstance(v, str) and v]


def add_recent_file(path: Path) -> None:
    known = [str(p) for p in recent_files()]
    unique = list(dict.fromkeys([str(path.resolve()), *known]))[:MAX_RECENT]
    if unique != known:  # reopening the last file writes nothing (each write syncs the disk)
        _settings().setValue("files/recent", unique)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    settings = _settings()
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    return (
        geometry if isinstance(geometry, QByteArray) else None,
        state if isinstance(state, QByteArray) else None,
    )


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    """Remember the window's place and layout; unchanged, nothing is written (QSettings writes
    the whole file, synced to disk, for any value set)."""
    settings = _settings()
    for key, value in (("window/geometry", geometry), ("window/state", state)):
        if settings.value(key) != value:
            settings.setValue(key, value)


def author_name() -> str:
    """The name for the change log set in the program; "" means the OS user."""
    value = _settings().value("user/author", "")
    return value if isinstance(value, str) else ""


def set_author_name(name: str) -> None:
    """Remember ``name`` for the change log; "" goes back to the OS user."""
    if name:
        _settings().setValue("user/author", name)
    else:
        _settings().remove("user/author")


def author_asked() -> bool:
    """Whether the program has asked for the change-log name once."""
    return _settings().value("user/author_asked", False) in (True, "true")


def set_author_asked() -> None:
    _settings().setValue("user/author_asked", True)
