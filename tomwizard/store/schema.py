"""Schema versions of the ``.tomw`` file and the forward migrations between them.

``MIGRATIONS[n]`` turns a database of schema ``n - 1`` into schema ``n``; a new file is
created by running every migration from 0. Migrations run in one transaction, after a
backup copy of the file (see ``tomwizard.store.tomw``). Never edit a released migration:
add a new one and raise ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

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


MIGRATIONS: dict[int, Migration] = {1: _create_v1}
SCHEMA_VERSION = max(MIGRATIONS)
