"""The files SQLite keeps beside a ``.tomw``: ``-wal`` and ``-shm`` (a writer is open, or one
died) and ``-journal`` (a write in rollback mode broke off: a migration, another program).

SQLite plays a ``-wal`` or a hot ``-journal`` into the file it finds beside it, whichever
database it came from: a companion copied or synced from elsewhere would overwrite the file's
pages. Reading here never creates anything beside the file, and what a companion would do is
tried on a copy in a temporary folder first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import tempfile
from pathlib import Path

from tomwizard.i18n import _
from tomwizard.store import errors
from tomwizard.store.schema import APPLICATION_ID


def companion(path: Path, suffix: str) -> Path:
    return path.with_name(f"{path.name}{suffix}")


def played_back(path: Path) -> sqlite3.Connection | None:
    """The file as SQLite would read it, in memory, when that needs a companion played back
    that SQLite cannot read in place without leaving a file beside it: a ``-wal`` without its
    ``-shm``, or a hot ``-journal`` that gives a tomwizard file (one that does not is left out:
    the file is read as it is). None: read the file in place."""
    wal, journal = companion(path, "-wal"), companion(path, "-journal")
    if os.path.lexists(wal):
        if not _regular(wal):  # a folder, a pipe, a link to /dev/zero
            raise errors.DamagedError(path, not_a_file(wal))
        if os.path.lexists(companion(path, "-shm")):
            return None
        return _copy_with(path, wal, "-wal")
    if not _hot(journal):
        return None
    conn = _copy_with(path, journal, "-journal")
    if _is_tomwizard(conn):
        return conn
    conn.close()
    return None


def journal_fits(path: Path) -> bool:
    """Whether a ``-journal`` beside ``path`` gives a tomwizard file when SQLite plays it back
    (as it does on the first writable open); True when there is none."""
    journal = companion(path, "-journal")
    if not os.path.lexists(journal) or (_regular(journal) and not _hot(journal)):
        return True
    if not _regular(journal):
        return False
    try:
        conn = _copy_with(path, journal, "-journal")
    except (errors.StoreError, sqlite3.Error):
        return False
    with contextlib.closing(conn):
        return _is_tomwizard(conn)


def foreign_wal(path: Path) -> str | None:
    """Why a file that reads as damaged with its ``-wal`` is fine alone (the ``-wal`` belongs
    to another database, or to an older copy), or None."""
    wal = companion(path, "-wal")
    if not os.path.lexists(wal):
        return None
    uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
    try:
        with contextlib.closing(sqlite3.connect(uri, uri=True)) as conn:
            if not _is_tomwizard(conn):
                return None
    except sqlite3.Error:
        return None
    return _(
        "Die Datei selbst ist in Ordnung, aber „{name}“ daneben passt nicht zu ihr (etwa von "
        "einer anderen Datenbank); mit ihr gelesen ist sie beschädigt. Wenn kein anderes "
        "Programm die Datei geöffnet hat: „{name}“ in einen anderen Ordner verschieben."
    ).format(name=wal.name)


def not_a_file(name: Path) -> str:
    return _(
        "Neben der Datei liegt „{name}“, aber das ist keine gewöhnliche Datei (ein Ordner, "
        "eine Pipe oder ein Gerät); so kann die Datei nicht geöffnet werden."
    ).format(name=name.name)


def _regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _hot(journal: Path) -> bool:
    try:
        info = os.stat(journal)
    except OSError:
        return False
    return stat.S_ISREG(info.st_mode) and info.st_size > 0


def _is_tomwizard(conn: sqlite3.Connection) -> bool:
    try:
        found = int(conn.execute("PRAGMA application_id").fetchone()[0])
        check = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.Error:
        return False
    return found == APPLICATION_ID and check == "ok"


def _copy_with(path: Path, extra: Path, suffix: str) -> sqlite3.Connection:
    """The file with ``extra`` played back by SQLite, both copied into a temporary folder; the
    result in memory."""
    memory = sqlite3.connect(":memory:", isolation_level=None)
    try:
        with tempfile.TemporaryDirectory(prefix="tomwizard-") as folder:
            copy = Path(folder) / "copy.tomw"
            shutil.copyfile(path, copy)
            shutil.copyfile(extra, companion(copy, suffix))
            with contextlib.closing(sqlite3.connect(copy, isolation_level=None)) as source:
                source.execute("PRAGMA trusted_schema = OFF")
                source.backup(memory)
    except OSError as exc:
        memory.close()
        message = _("Die Datei kann nicht gelesen werden ({error}).")
        raise errors.UnreadableError(path, message.format(error=errors.write_reason(exc))) from exc
    except BaseException:
        memory.close()
        raise
    return memory
