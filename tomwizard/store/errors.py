"""Errors for files that cannot be opened; the message is one German sentence for the user."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """A ``.tomw`` file cannot be opened or written. ``str(error)`` is shown to the user."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class FileMissingError(StoreError):
    """There is no file at the path (nor one a link points to), or the name is not possible."""


class NotAFileError(StoreError):
    """The path is a folder, a pipe or a device, not a regular file."""


class UnreadableError(StoreError):
    """The file cannot be read (permissions, an I/O error)."""


class NotTomwizardError(StoreError):
    """The file is not a ``.tomw`` file (empty, another SQLite database, anything else)."""


class DamagedError(StoreError):
    """A ``.tomw`` file that is cut off or whose content is invalid."""


class NewerVersionError(StoreError):
    """A ``.tomw`` file written by a newer tomwizard (its format version is unknown)."""


class ReadOnlyError(StoreError):
    """A change to a file opened read-only (the reason is the message)."""


class ReplacedError(StoreError):
    """The file at the path is no longer the one that was opened (deleted, moved, replaced)."""
