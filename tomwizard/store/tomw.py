"""TomwStore: open, create, read and change a ``.tomw`` file.

Every change is one committed transaction (WAL journal, ``synchronous=FULL``) together with
its change-log row, so what the UI shows as saved is on disk. Files are checked before SQLite
opens them for writing; foreign, damaged or newer files raise a StoreError and stay untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.store import errors
from tomwizard.store.fields import assessment_from_rows, field_rows, validate_field
from tomwizard.store.probe import check_header
from tomwizard.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

JsonValue = Any
T = TypeVar("T")


def default_author() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user database (containers)
        return "unbekannt"


def _dumps(value: JsonValue) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _model_json(model: BaseModel) -> str:
    return _dumps(model.model_dump(mode="json"))


class TomwStore:
    """An open ``.tomw`` file. Use ``TomwStore.open`` or ``TomwStore.create``."""

    def __init__(self, path: Path, conn: sqlite3.Connection, readonly: bool, author: str) -> None:
        self.path = path
        self.readonly = readonly
        self.author = author
        self._conn = conn

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def create(cls, path: Path, assessment: Assessment, author: str | None = None) -> TomwStore:
        """Write a new file (refusing to overwrite one) and return it opened for writing."""
        path = Path(path)
        if path.exists():
            raise errors.StoreError(
                path, "Die Datei existiert bereits und wird nicht überschrieben."
            )
        tmp = path.with_name(f".{path.name}.creating")
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        try:
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("BEGIN")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _migrate(conn, 0)
                _write_assessment(conn, assessment)
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise errors.StoreError(
                path, f"Die Datei kann nicht angelegt werden ({exc.strerror or exc})."
            ) from exc
        return cls.open(path, author=author)

    @classmethod
    def open(cls, path: Path, readonly: bool = False, author: str | None = None) -> TomwStore:
        """Open an existing file. Read-only opens work on an in-memory copy."""
        path = Path(path)
        check_header(path)
        author = author or default_author()
        version = _checked_version(path)
        if readonly:
            conn = sqlite3.connect(":memory:", isolation_level=None)
            with contextlib.closing(_connect_ro(path)) as source:
                _guard(path, lambda: source.backup(conn))
            if version < SCHEMA_VERSION:
                _migrate_in_transaction(conn, version)
            return cls(path, conn, readonly=True, author=author)
        if not os.access(path, os.W_OK):
            raise errors.ReadOnlyError(path, "Die Datei ist schreibgeschützt.")
        conn = _guard(path, lambda: sqlite3.connect(path, isolation_level=None))
        try:
            if version < SCHEMA_VERSION:
                _backup_copy(conn, path, version)
                _migrate_in_transaction(conn, version)
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, readonly=False, author=author)

    def close(self) -> None:
        """Close; a writable file is checkpointed back to one self-contained file.

        Switching to the rollback journal on close folds the WAL into the file and removes
        the ``-wal``/``-shm`` companions, so a closed ``.tomw`` can be copied or mailed alone.
        """
        try:
            if not self.readonly:
                with contextlib.suppress(sqlite3.Error):
                    self._conn.execute("PRAGMA journal_mode = DELETE")
        finally:
            self._conn.close()

    def __enter__(self) -> TomwStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- reading ---------------------------------------------------------------------------

    def load(self) -> Assessment:
        """Read the whole assessment."""
        rows = self._conn.execute("SELECT path, value FROM fields").fetchall()
        answers = self._conn.execute("SELECT measure_id, data FROM answers ORDER BY rowid")
        custom = self._conn.execute("SELECT data FROM custom_measures ORDER BY position, rowid")
        subs = self._conn.execute("SELECT data FROM subprocessors ORDER BY position, rowid")
        try:
            return assessment_from_rows(
                {path: json.loads(value) for path, value in rows},
                {mid: json.loads(data) for mid, data in answers},
                [json.loads(data) for (data,) in custom],
                [json.loads(data) for (data,) in subs],
            )
        except (ValidationError, ValueError) as exc:
            raise errors.DamagedError(self.path, "Der Inhalt der Datei ist ungültig.") from exc

    def changelog(self) -> list[tuple[str, str, str, str | None, str | None]]:
        """All recorded changes, oldest first: (at, author, target, old, new)."""
        cursor = self._conn.execute(
            "SELECT at, author, target, old, new FROM changelog ORDER BY id"
        )
        return list(cursor)

    # -- changing --------------------------------------------------------------------------

    def set_answer(self, measure_id: str, answer: Answer) -> None:
        new = _model_json(answer)
        with self._transaction():
            old = self._scalar("SELECT data FROM answers WHERE measure_id = ?", measure_id)
            if old == new:
                return
            self._conn.execute(
                "INSERT INTO answers (measure_id, status, data) VALUES (?, ?, ?) "
                "ON CONFLICT(measure_id) DO UPDATE "
                "SET status = excluded.status, data = excluded.data",
                (measure_id, answer.status.value, new),
            )
            self._log(f"answer:{measure_id}", old, new)

    def set_field(self, path: str, value: JsonValue) -> None:
        """Set one field of the organisation, the processing or the protection need."""
        new = _dumps(validate_field(path, value))
        with self._transaction():
            old = self._scalar("SELECT value FROM fields WHERE path = ?", path)
            if old == new:
                return
            self._conn.execute(
                "INSERT INTO fields (path, value) VALUES (?, ?) "
                "ON CONFLICT(path) DO UPDATE SET value = excluded.value",
                (path, new),
            )
            self._log(f"field:{path}", old, new)

    def put_custom_measure(self, measure: CustomMeasure) -> None:
        self._put_row("custom_measures", "custom", measure.id, _model_json(measure))

    def delete_custom_measure(self, measure_id: str) -> None:
        self._delete_row("custom_measures", "custom", measure_id)

    def put_subprocessor(self, subprocessor: Subprocessor) -> None:
        self._put_row("subprocessors", "subprocessor", subprocessor.id, _model_json(subprocessor))

    def delete_subprocessor(self, subprocessor_id: str) -> None:
        self._delete_row("subprocessors", "subprocessor", subprocessor_id)

    # -- internals -------------------------------------------------------------------------

    def _put_row(self, table: str, kind: str, row_id: str, new: str) -> None:
        with self._transaction():
            old = self._scalar(f"SELECT data FROM {table} WHERE id = ?", row_id)
            if old == new:
                return
            if old is None:
                position = self._scalar(f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table}")
                self._conn.execute(
                    f"INSERT INTO {table} (id, position, data) VALUES (?, ?, ?)",
                    (row_id, position, new),
                )
            else:
                self._conn.execute(f"UPDATE {table} SET data = ? WHERE id = ?", (new, row_id))
            self._log(f"{kind}:{row_id}", old, new)

    def _delete_row(self, table: str, kind: str, row_id: str) -> None:
        with self._transaction():
            old = self._scalar(f"SELECT data FROM {table} WHERE id = ?", row_id)
            if old is None:
                return
            self._conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
            self._log(f"{kind}:{row_id}", old, None)

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            raise errors.ReadOnlyError(self.path, "Die Datei ist nur zum Lesen geöffnet.")
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise errors.StoreError(self.path, f"Speichern fehlgeschlagen ({exc}).") from exc

    def _scalar(self, sql: str, *args: object) -> Any:
        row = self._conn.execute(sql, args).fetchone()
        return None if row is None else row[0]

    def _log(self, target: str, old: str | None, new: str | None) -> None:
        at = dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")
        self._conn.execute(
            "INSERT INTO changelog (at, author, target, old, new) VALUES (?, ?, ?, ?, ?)",
            (at, self.author, target, old, new),
        )


def _connect_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)


def _guard(path: Path, action: Callable[[], T]) -> T:
    """Run a SQLite action; turn its errors into a DamagedError."""
    try:
        return action()
    except sqlite3.DatabaseError as exc:
        raise errors.DamagedError(
            path, "Die Datei ist beschädigt und kann nicht geöffnet werden."
        ) from exc


def _checked_version(path: Path) -> int:
    """Read the schema version read-only and check the file's integrity."""

    def read() -> tuple[int, str]:
        with contextlib.closing(_connect_ro(path)) as conn:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            return int(version), str(check)

    version, check = _guard(path, read)
    if version > SCHEMA_VERSION:
        raise errors.NewerVersionError(
            path,
            f"Die Datei stammt aus einer neueren tomwizard-Version (Schema {version}, "
            f"diese Version kennt bis {SCHEMA_VERSION}). Bitte tomwizard aktualisieren.",
        )
    if version < 1 or check != "ok":
        raise errors.DamagedError(
            path, "Die Datei ist beschädigt (Integritätsprüfung fehlgeschlagen)."
        )
    return version


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate_in_transaction(conn: sqlite3.Connection, from_version: int) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        _migrate(conn, from_version)
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def backup_path(path: Path, version: int) -> Path:
    return path.with_name(f"{path.name}.schema{version}.bak")


def _backup_copy(conn: sqlite3.Connection, path: Path, version: int) -> None:
    target = backup_path(path, version)
    with contextlib.closing(sqlite3.connect(target)) as dest:
        conn.backup(dest)
    os.chmod(target, 0o600)


def _write_assessment(conn: sqlite3.Connection, assessment: Assessment) -> None:
    conn.executemany(
        "INSERT INTO fields (path, value) VALUES (?, ?)",
        [(path, _dumps(value)) for path, value in field_rows(assessment)],
    )
    conn.executemany(
        "INSERT INTO answers (measure_id, status, data) VALUES (?, ?, ?)",
        [(mid, a.status.value, _model_json(a)) for mid, a in assessment.answers.items()],
    )
    conn.executemany(
        "INSERT INTO custom_measures (id, position, data) VALUES (?, ?, ?)",
        [(m.id, i, _model_json(m)) for i, m in enumerate(assessment.custom_measures)],
    )
    conn.executemany(
        "INSERT INTO subprocessors (id, position, data) VALUES (?, ?, ?)",
        [(s.id, i, _model_json(s)) for i, s in enumerate(assessment.subprocessors)],
    )
