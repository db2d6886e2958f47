"""Schema versions of the ``.tomw`` file and the forward migrations between them.

``MIGRATIONS[n]`` turns a database of schema ``n - 1`` into schema ``n``; a new file is
created by running every migration from 0. Migrations run in one transaction, after a
backup copy of the file (see ``tomwizard.store.tomw``). Never edit a released migration:
add a new one and raise ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import sqlite3
import stat
import uuid
from collections.abc import Callable
from pathlib import Path

from tomwizard.i18n import _

# "TOMW" as a big-endian 32-bit integer, stored in the SQLite header (PRAGMA application_id).
APPLICATION_ID = 0x544F4D57

Migration = Callable[[sqlite3.Connection], None]


def run_statements(conn: sqlite3.Connection, script: str) -> None:
    """Execute ``;``-separated statements inside the caller's transaction.

    (``executescript`` would commit first, which breaks the one-transaction rule.)
    """
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_v1(conn: sqlite3.Connection) -> None:
    run_statements(
        conn,
        """
        CREATE TABLE fields (
            path  TEXT PRIMARY KEY,       -- e.g. 'organisation.processor.name'
            value TEXT NOT NULL           -- JSON
        );
        CREATE TABLE answers (
            measure_id TEXT PRIMARY KEY,
            status     TEXT NOT NULL,
            data       TEXT NOT NULL      -- Answer as JSON
        );
        CREATE TABLE custom_measures (
            id       TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            data     TEXT NOT NULL        -- CustomMeasure as JSON
        );
        CREATE TABLE subprocessors (
            id       TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            data     TEXT NOT NULL        -- Subprocessor as JSON
        );
        CREATE TABLE changelog (
            id     INTEGER PRIMARY KEY,
            at     TEXT NOT NULL,         -- ISO 8601, UTC
            author TEXT NOT NULL,
            target TEXT NOT NULL,         -- 'answer:<id>', 'field:<path>', ...
            old    TEXT,                  -- JSON or NULL
            new    TEXT                   -- JSON or NULL
        );
        """,
    )


def _versions_v2(conn: sqlite3.Connection) -> None:
    """Frozen versions ("Version festschreiben") and indexes for the change-log view."""
    run_statements(
        conn,
        """
        CREATE TABLE versions (
            number          INTEGER PRIMARY KEY,
            frozen_at       TEXT NOT NULL,    -- ISO 8601, UTC
            author          TEXT NOT NULL,
            catalog_id      TEXT NOT NULL,
            catalog_version TEXT NOT NULL,
            label           TEXT NOT NULL,    -- e.g. the annex version "1.0"
            content_hash    TEXT NOT NULL,    -- 'sha256:' + hex of content
            content         TEXT NOT NULL     -- the Assessment as canonical JSON
        );
        CREATE INDEX changelog_target ON changelog (target);
        CREATE INDEX changelog_at ON changelog (at);
        """,
    )


def _merge_v3(conn: sqlite3.Connection) -> None:
    """The source file of merged change-log rows, and the decisions of earlier merges."""
    run_statements(
        conn,
        """
        ALTER TABLE changelog ADD COLUMN source TEXT;   -- file a merged row came from
        CREATE TABLE merge_decisions (
            conflict_id TEXT NOT NULL,    -- e.g. 'measure:zugang.mfa'
            theirs_hash TEXT NOT NULL,    -- 'sha256:' + hex of the other side's value
            choice      TEXT NOT NULL,    -- 'ours' or 'theirs'
            decided_at  TEXT NOT NULL,    -- ISO 8601, UTC
            PRIMARY KEY (conflict_id, theirs_hash)
        )
        """,
    )


def _unanswered_v4(conn: sqlite3.Connection) -> None:
    """Art. 10 data became yes / no / not answered. Files before schema 4 stored every field,
    so an untouched ``false`` was only the default: it becomes "not answered" unless the change
    log shows that someone set the field. An explicit value (true, or a logged false) stays.
    The new index on the answers' status (for lookups by status) also marks the
    version in the file's structure: a header lowered to 3 no longer fits and is refused."""
    conn.execute("CREATE INDEX answers_status ON answers (status)")
    conn.execute(
        "UPDATE fields SET value = 'null' WHERE path = 'processing.criminal_data' "
        "AND value = 'false' AND NOT EXISTS "
        "(SELECT 1 FROM changelog WHERE target = 'field:processing.criminal_data')"
    )


MIGRATIONS: dict[int, Migration] = {
    1: _create_v1,
    2: _versions_v2,
    3: _merge_v3,
    4: _unanswered_v4,
}
SCHEMA_VERSION = max(MIGRATIONS)


def migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Run every migration after ``from_version`` (inside the caller's transaction)."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def migrate_in_transaction(conn: sqlite3.Connection, from_version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        migrate(conn, from_version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def ensure_assessment_id(conn: sqlite3.Connection) -> None:
    """Give a file made before assessments had an identity one (on its first write)."""
    row = conn.execute("SELECT value FROM fields WHERE path = 'assessment_id'").fetchone()
    if row is None or row[0] in ('""', "null"):
        value = json.dumps(new_assessment_id())
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO fields (path, value) VALUES ('assessment_id', ?) "
            "ON CONFLICT(path) DO UPDATE SET value = excluded.value",
            (value,),
        )
        conn.execute("COMMIT")


def new_assessment_id() -> str:
    return str(uuid.uuid4())


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def backup_copy(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Copy the file before migrating it; the copy is private (0600) from its first byte."""
    target = backup_path(path, version)
    os.close(open_private(target))
    with contextlib.closing(sqlite3.connect(target)) as dest:
        conn.backup(dest)


def open_private(target: Path) -> int:
    """Open (create or empty) ``target`` for a copy, mode 0600, never through a link: a link
    named like a backup would have the file it points to overwritten. OSError for a link, a
    folder, a pipe or a device there (its text in the user's language)."""
    flags = os.O_CREAT | os.O_WRONLY | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags | getattr(os, "O_NONBLOCK", 0), 0o600)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
            raise
    else:
        if stat.S_ISREG(os.fstat(fd).st_mode):
            if hasattr(os, "fchmod"):  # (an older file there keeps its mode otherwise)
                os.fchmod(fd, 0o600)
            return fd
        os.close(fd)
    message = _("„{name}“ ist eine Verknüpfung, ein Ordner oder keine gewöhnliche Datei")
    raise OSError(0, message.format(name=target.name))  # (no errno: the text is the reason)
