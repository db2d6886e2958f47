"""Errors for files that cannot be opened; the message is one German sentence for the user."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from tomwizard.i18n import _


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


class LockedError(StoreError):
    """Another program holds a lock on the SQLite file (a database tool, a sync client)."""


def is_busy(exc: BaseException | None) -> bool:
    """SQLite's "database is locked": another connection holds the file."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)


class ReplacedError(StoreError):
    """The file at the path is no longer the one that was opened (deleted, moved, replaced)."""


def write_reason(exc: OSError | sqlite3.Error) -> str:
    """Why a write failed, in the user's language for the usual reasons (else the system's);
    SQLite's "database or disk is full" is a full disk too."""
    if isinstance(exc, sqlite3.Error):
        if is_busy(exc):
            return _("ein anderes Programm hat die Datei gerade gesperrt")
        full = getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL
        return _("kein Platz mehr auf dem Datenträger") if full else str(exc)
    if exc.errno == errno.EISDIR:  # (the temporary name beside the file, too)
        name = Path(str(exc.filename)).name if exc.filename else ""
        return _("„{name}“ ist ein Ordner").format(name=name) if name else exc.strerror or ""
    reasons = {
        errno.ENOSPC: _("kein Platz mehr auf dem Datenträger"),
        getattr(errno, "EDQUOT", errno.ENOSPC): _("kein Platz mehr auf dem Datenträger"),
        errno.ENOENT: _("den Ordner gibt es nicht"),
        errno.ENOTDIR: _("den Ordner gibt es nicht"),
        errno.EACCES: _("keine Schreibberechtigung für den Ordner"),
        errno.EPERM: _("keine Schreibberechtigung für den Ordner"),
        errno.EROFS: _("der Datenträger ist schreibgeschützt"),
        errno.ENAMETOOLONG: _("der Dateiname ist zu lang"),
        errno.EEXIST: _("es gibt dort schon eine Datei"),
    }
    return reasons.get(exc.errno or 0) or exc.strerror or str(exc)
