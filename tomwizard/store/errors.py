"""Errors for files that cannot be opened; the message is one German sentence for the user."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A ``.tomw`` file cannot be opened or written. ``str(error)`` is shown to the user."""

    kind = "store"

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class FileMissingError(StoreError):
    kind = "missing"


class NotAFileError(StoreError):
    kind = "directory"


class UnreadableError(StoreError):
    kind = "unreadable"


class NotTomwizardError(StoreError):
    kind = "foreign"


class DamagedError(StoreError):
    kind = "damaged"


class NewerVersionError(StoreError):
    kind = "newer"


class ReadOnlyError(StoreError):
    kind = "readonly"


class ReplacedError(StoreError):
    """The file at the path is no longer the one that was opened (deleted, moved, replaced)."""

    kind = "replaced"
