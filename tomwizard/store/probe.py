"""Look at a file before SQLite touches it, so that foreign or broken files stay untouched."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from tomwizard.i18n import _
from tomwizard.store import errors
from tomwizard.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_path(path: Path, what: str | None = None) -> os.stat_result:
    """Raise a StoreError unless ``path`` names a regular file (links followed) that exists.

    Never opens the file: a pipe (FIFO) or a device would block or read forever. ``what`` ends
    the sentence for a folder ("Das ist ein Ordner, …"). Messages in the command line's language
    (:mod:`tomwizard.i18n`; German unless the CLI chose English).
    """
    what = _("keine tomwizard-Datei") if what is None else what
    if "\x00" in str(path):
        raise errors.FileMissingError(path, _("Der Dateiname enthält ein Nullzeichen."))
    try:
        info = os.stat(path)
    except OSError as exc:
        raise _stat_error(path, exc) from exc
    if stat.S_ISDIR(info.st_mode):
        raise errors.NotAFileError(path, _("Das ist ein Ordner, {what}.").format(what=what))
    if not stat.S_ISREG(info.st_mode):
        raise errors.NotAFileError(
            path,
            _("Das ist keine gewöhnliche Datei (eine Pipe oder ein Gerät), {what}.").format(
                what=what
            ),
        )
    return info


def _stat_error(path: Path, exc: OSError) -> errors.StoreError:
    if exc.errno == errno.ELOOP:
        return errors.FileMissingError(
            path, _("Die Verknüpfung zeigt im Kreis auf sich selbst (Verknüpfungsschleife).")
        )
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        if os.path.lexists(path):
            return errors.FileMissingError(
                path, _("Die Verknüpfung zeigt auf eine Datei, die es nicht gibt.")
            )
        return errors.FileMissingError(path, _("Datei nicht gefunden."))
    if exc.errno == errno.ENAMETOOLONG:
        return errors.FileMissingError(path, _("Der Dateiname ist zu lang."))
    return errors.UnreadableError(
        path, _("Die Datei kann nicht gelesen werden ({error}).").format(error=exc.strerror or exc)
    )


def check_header(path: Path) -> None:
    """Raise a StoreError unless ``path`` is a readable SQLite file with tomwizard's id."""
    check_path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise errors.UnreadableError(
            path,
            _("Die Datei kann nicht gelesen werden ({error}).").format(error=exc.strerror or exc),
        ) from exc
    if not header:
        raise errors.NotTomwizardError(
            path, _("Die Datei ist leer (0 Byte), keine tomwizard-Datei.")
        )
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotTomwizardError(path, _("Das ist keine tomwizard-Datei (.tomw)."))
    if len(header) < HEADER_SIZE:
        raise errors.DamagedError(path, _("Die Datei ist beschädigt (abgeschnitten)."))
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise errors.NotTomwizardError(
            path, _("Das ist eine SQLite-Datenbank, aber keine tomwizard-Datei (.tomw).")
        )
    if not os.access(path, os.R_OK):  # pragma: no cover - opened above already
        raise errors.UnreadableError(path, _("Die Datei kann nicht gelesen werden."))


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (device and inode); None when there is none."""
    try:
        status = os.stat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino
