"""Checks before a ``.tomw`` file is used: read-only probing, content check, write set-up."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from pydantic import ValidationError

from tomwizard.i18n import _
from tomwizard.store import companions, errors, records, schema
from tomwizard.store.probe import check_header
from tomwizard.store.rows import read_assessment
from tomwizard.store.schema import backup_copy, ensure_assessment_id, migrate_in_transaction

if TYPE_CHECKING:
    from tomwizard.models.assessment import Assessment

T = TypeVar("T")


def same_file(a: Path, b: Path) -> bool:
    """Whether ``a`` and ``b`` name one file (also through links or another spelling)."""
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # one of them does not exist (yet), or a NUL in a name
        try:
            return a.resolve() == b.resolve()
        except (OSError, RuntimeError, ValueError):  # RuntimeError: a link loop (Python < 3.13)
            return False


def connect_ro(path: Path) -> sqlite3.Connection:
    """A read-only connection that never creates anything beside the file.

    Without a ``-wal`` file no writer is active (ours always write in WAL mode), so the file is
    opened ``immutable``: SQLite then creates no ``-wal``/``-shm`` even if a damaged header
    claims WAL mode. With a ``-wal`` and a ``-shm`` file (a writer is open, or one crashed)
    the content of the ``-wal`` is read. A ``-wal`` alone (copied or synced without its
    ``-shm``) and a hot ``-journal`` are played back on a copy (:mod:`companions`).
    """
    played = companions.played_back(path)
    if played is not None:
        return played
    wal = companions.companion(path, "-wal")
    flags = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{flags}", uri=True, isolation_level=None)
    conn.execute("PRAGMA trusted_schema = OFF")  # no function with side effects from the file
    return conn


def guard(path: Path, action: Callable[[], T]) -> T:
    """Run a SQLite action; turn its errors into a DamagedError (a LockedError when another
    program holds the file: that is no damage)."""
    try:
        return action()
    except sqlite3.OperationalError as exc:
        if errors.is_busy(exc):
            message = _(
                "Ein anderes Programm hat die Datei gerade gesperrt; bitte dieses Programm "
                "schließen und es noch einmal versuchen."
            )
            raise errors.LockedError(path, message) from exc
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:  # no damage either
            message = _("Die Datei kann nicht zum Bearbeiten geöffnet werden ({error}).")
            raise errors.StoreError(path, message.format(error=errors.write_reason(exc))) from exc
        raise errors.DamagedError(
            path, _("Die Datei ist beschädigt und kann nicht geöffnet werden.")
        ) from exc
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:  # broken text: invalid UTF-8
        raise errors.DamagedError(
            path, _("Die Datei ist beschädigt und kann nicht geöffnet werden.")
        ) from exc


def checked_version(path: Path) -> int:
    """Read the schema version read-only and check the file's integrity and content.

    Everything is read once here, before anything is written, so that a file whose rows are
    damaged is refused untouched instead of failing later in an open store.
    """
    return checked(path)[0]


def checked(path: Path) -> tuple[int, Assessment | None]:
    """:func:`checked_version` and the assessment the check read (None for a file of an older
    schema: that one is read after its migration), so that a caller who only reads the
    assessment need not read and validate it a second time."""

    def read() -> tuple[int, str, bool, Assessment | None]:
        with contextlib.closing(connect_ro(path)) as conn:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            check = str(conn.execute("PRAGMA quick_check").fetchone()[0])
            if check != "ok" or not 1 <= version <= schema.SCHEMA_VERSION:
                return version, check, True, None
            read_ok, assessment = _content_read(conn, version)
            return version, check, read_ok, assessment

    version, check, readable, assessment = guard(path, read)
    if version > schema.SCHEMA_VERSION:
        raise errors.NewerVersionError(
            path,
            _(
                "Die Datei stammt aus einer neueren tomwizard-Version (Schema {version}, diese "
                "Version kennt bis {known}). Bitte tomwizard aktualisieren."
            ).format(version=version, known=schema.SCHEMA_VERSION),
        )
    if (version < 1 or check != "ok" or not readable) and (foreign := companions.foreign_wal(path)):
        raise errors.DamagedError(path, foreign)  # the file alone is fine
    if version < 1 or check != "ok":
        raise errors.DamagedError(
            path, _("Die Datei ist beschädigt (Integritätsprüfung fehlgeschlagen).")
        )
    if not readable:
        raise errors.DamagedError(path, _("Der Inhalt der Datei ist ungültig."))
    return version, assessment


def _content_read(conn: sqlite3.Connection, version: int) -> tuple[bool, Assessment | None]:
    """Whether every row reads, and the assessment (None for an older schema)."""
    try:
        assessment = read_assessment(conn)
        if version == schema.SCHEMA_VERSION:  # older files get these tables by migration
            records.query_changes(conn)
            for info in records.list_versions(conn):
                records.read_version(conn, info.number)
    except (ValidationError, ValueError, TypeError, KeyError, AttributeError, RecursionError):
        return False, None
    return True, assessment if version == schema.SCHEMA_VERSION else None


def write_refusal(path: Path) -> str | None:
    """Why a file that passed :func:`checked` opens read-only although writing was asked for
    (one sentence), or None. tomwizard makes no triggers and no views: a trigger would run
    with every change written (one that deletes the answers would empty the file), a view
    can stand in for one of the tables."""
    if not os.access(path, os.W_OK):
        return _("Die Datei ist schreibgeschützt und wird nur zum Lesen geöffnet.")

    def foreign() -> bool:
        with contextlib.closing(connect_ro(path)) as conn:
            sql = "SELECT 1 FROM sqlite_master WHERE type IN ('trigger', 'view') LIMIT 1"
            return conn.execute(sql).fetchone() is not None

    if guard(path, foreign):
        return _(
            "Die Datei enthält Datenbank-Trigger oder -Sichten, die nicht von tomwizard stammen; "
            "sie wird nur zum Lesen geöffnet."
        )
    journal = companions.companion(path, "-journal")
    if not companions.journal_fits(path):
        return _(
            "Neben der Datei liegt „{name}“, das nicht zu ihr gehört (etwa von einer anderen "
            "Datenbank); SQLite würde es beim Schreiben in die Datei zurückspielen. Die Datei "
            "wird nur zum Lesen geöffnet."
        ).format(name=journal.name)
    return None


def has_frozen_versions(path: Path) -> bool:
    """Whether the file at ``path`` (checked when it was read) holds a frozen version: a
    question to answer without opening it again (an open checks and copies the whole file).
    A file of an older schema without the table has none."""

    def ask() -> bool:
        with contextlib.closing(connect_ro(path)) as conn:
            table = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'versions'"
            if conn.execute(table).fetchone() is None:
                return False
            return conn.execute("SELECT 1 FROM versions LIMIT 1").fetchone() is not None

    return guard(path, ask)


def prepare_for_writing(conn: sqlite3.Connection, path: Path) -> None:
    """Migrate (after a backup copy) and switch to WAL with full sync, under the write lock."""
    conn.execute("PRAGMA trusted_schema = OFF")  # no function with side effects from the file
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version < schema.SCHEMA_VERSION:
        backup = schema.backup_path(path, version)
        existed = backup.exists() or backup.is_symlink()
        try:
            backup_copy(conn, path, version)
        except OSError as exc:
            reason = errors.write_reason(exc)
            message = _("Die Sicherungskopie kann nicht angelegt werden ({reason}).")
            raise errors.StoreError(path, message.format(reason=reason)) from exc
        try:  # one transaction: a file that does not fit its version stays as it was
            migrate_in_transaction(conn, version)
        except sqlite3.DatabaseError:
            if not existed:  # nothing left beside a file that was refused
                backup.unlink(missing_ok=True)
            raise
    ensure_assessment_id(conn)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")


def catalog_of(path: Path) -> tuple[str, str] | None:
    """The catalog id and version a ``.tomw`` names, read without loading it (the upgrade
    offer before every writable open); None when they cannot be read — opening then says
    what is wrong with the file."""
    try:
        check_header(path)
        with contextlib.closing(connect_ro(path)) as conn:
            rows = dict(
                conn.execute(
                    "SELECT path, value FROM fields WHERE path IN ('catalog_id', 'catalog_version')"
                ).fetchall()
            )
        found = json.loads(rows["catalog_id"]), json.loads(rows["catalog_version"])
    except (errors.StoreError, sqlite3.DatabaseError, KeyError, ValueError, TypeError):
        return None
    return (found[0], found[1]) if all(isinstance(v, str) for v in found) else None
