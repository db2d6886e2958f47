"""TomwStore: open, create, read and change a ``.tomw`` file.

Every change is one committed transaction (WAL journal, ``synchronous=FULL``) together with
its change-log row, so what the UI shows as saved is on disk. Files are checked before SQLite
opens them for writing; foreign, damaged or newer files raise a StoreError and stay untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Set
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar, Unpack

from pydantic import ValidationError

from tomwizard.history.changelog import (
    ChangeRecord,
    FrozenVersion,
    VersionInfo,
    assessment_content,
)
from tomwizard.i18n import _
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.store import errors, records, schema
from tomwizard.store.authors import checked_author, default_author
from tomwizard.store.batch import StoreBatch
from tomwizard.store.fields import validate_field
from tomwizard.store.opening import (
    checked,
    checked_version,
    connect_ro,
    guard,
    prepare_for_writing,
    write_refusal,
)
from tomwizard.store.probe import check_header, file_identity
from tomwizard.store.rows import read_assessment, write_assessment
from tomwizard.store.schema import (
    APPLICATION_ID,
    backup_path,
    migrate,
    migrate_in_transaction,
)

if TYPE_CHECKING:  # the lock module loads for a writable open only
    from tomwizard.store.lock import LockOwner, WriterLock

JsonValue = Any
T = TypeVar("T")
__all__ = ["TomwStore", "backup_path", "checked_author", "default_author"]


class TomwStore:
    """An open ``.tomw`` file. Use ``TomwStore.open`` or ``TomwStore.create``.

    ``readonly`` is True for read-only opens; ``readonly_reason`` says why when the program
    asked to write but could not (another writer holds the file, the file or its folder is
    write-protected) — one German sentence for the banner. ``lock_owner`` names the other
    writer when there is one.
    """

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        readonly: bool,
        author: str,
        lock: WriterLock | None = None,
        readonly_reason: str | None = None,
        lock_owner: LockOwner | None = None,
    ) -> None:
        self.path = path
        self.readonly = readonly
        self.readonly_reason = readonly_reason
        self.lock_owner = lock_owner
        self._author = checked_author(author)
        self._conn = conn
        self._lock = lock
        self._identity = None if readonly else file_identity(path)

    @property
    def author(self) -> str:
        """The name written into the change log (the OS user unless the program sets one)."""
        return self._author

    @author.setter
    def author(self, name: str) -> None:
        self._author = checked_author(name)

    # -- opening and creating ------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        assessment: Assessment,
        author: str | None = None,
        changelog: Iterable[ChangeRecord] = (),
        versions: Iterable[FrozenVersion] = (),
    ) -> TomwStore:
        """Write a new file (refusing to overwrite one) and return it opened for writing.

        ``changelog`` and ``versions`` carry a file's history over from a JSON exchange file.
        """
        path = Path(path)
        if path.exists():
            raise errors.StoreError(
                path, _("Die Datei existiert bereits und wird nicht überschrieben.")
            )
        if not assessment.assessment_id:  # every assessment gets its identity at creation
            assessment = assessment.model_copy(update={"assessment_id": schema.new_assessment_id()})
        tmp = path.with_name(f".{path.name}.creating")
        try:
            with contextlib.suppress(FileNotFoundError):  # (a read-only disk: EROFS, below)
                tmp.unlink()
            fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            os.close(fd)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("BEGIN")
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                migrate(conn, 0)
                write_assessment(conn, assessment)
                records.import_changes(conn, changelog)
                records.import_versions(conn, versions)
                conn.execute("COMMIT")
            finally:
                conn.close()
            os.replace(tmp, path)
        except (OSError, sqlite3.Error) as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            detail = errors.write_reason(exc)
            raise errors.StoreError(
                path, _("Die Datei kann nicht angelegt werden ({error}).").format(error=detail)
            ) from exc
        except BaseException:  # nothing is left beside the file, whatever went wrong
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
        return cls.open(path, author=author)

    @classmethod
    def open(cls, path: Path, readonly: bool = False, author: str | None = None) -> TomwStore:
        """Open an existing file. Read-only opens work on an in-memory copy.

        A file another store or process has open for writing, a write-protected file and a
        file in a write-protected folder open read-only with ``readonly_reason`` set.
        """
        path = Path(path)
        check_header(path)
        author = author or default_author()
        version = checked_version(path)
        if readonly:
            return cls._open_copy(path, version, author)
        reason = write_refusal(path)  # write-protected, or triggers another program added
        if reason is not None:
            return cls._open_copy(path, version, author, reason)
        try:
            from tomwizard.store.lock import LockOwner, WriterLock  # writing only

            held = WriterLock.acquire(path, author)
        except OSError as exc:
            reason = _(
                "Im Ordner der Datei kann keine Sperrdatei angelegt werden ({reason}); "
                "die Datei wird nur zum Lesen geöffnet."
            ).format(reason=errors.write_reason(exc))
            return cls._open_copy(path, version, author, reason)
        if isinstance(held, LockOwner):
            reason = _("{owner} Hier wird sie nur zum Lesen geöffnet.").format(
                owner=held.describe()
            )
            return cls._open_copy(path, version, author, reason, held)
        try:
            conn = guard(path, lambda: sqlite3.connect(path, isolation_level=None))
            try:
                guard(path, lambda: prepare_for_writing(conn, path))
            except BaseException:
                conn.close()
                raise
        except BaseException:
            held.release()
            raise
        return cls(path, conn, readonly=False, author=author, lock=held)

    @classmethod
    def read(cls, path: Path) -> Assessment:
        """The assessment of the file at ``path``, as ``open(path, readonly=True).load()``
        returns it (same checks, same errors), read and validated once: the check before an
        open reads it already, and for a file of the current schema that reading is kept."""
        path = Path(path)
        check_header(path)
        version, assessment = checked(path)
        if assessment is not None:
            return assessment
        with cls._open_copy(path, version, default_author()) as store:  # an older schema
            return store.load()

    @classmethod
    def _open_copy(
        cls,
        path: Path,
        version: int,
        author: str,
        reason: str | None = None,
        owner: LockOwner | None = None,
    ) -> TomwStore:
        conn = sqlite3.connect(":memory:", isolation_level=None)
        with contextlib.closing(connect_ro(path)) as source:
            guard(path, lambda: source.backup(conn))
        if version < schema.SCHEMA_VERSION:  # in memory; a file that does not fit its version
            guard(path, lambda: migrate_in_transaction(conn, version))  # is damaged
        return cls(
            path, conn, readonly=True, author=author, readonly_reason=reason, lock_owner=owner
        )

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
            if self._lock is not None:
                self._lock.release()
                self._lock = None

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
        return self._read(lambda: read_assessment(self._conn))

    def changelog(self) -> list[tuple[str, str, str, str | None, str | None]]:
        """All recorded changes, oldest first: (at, author, target, old, new) as stored."""
        cursor = self._conn.execute(
            "SELECT at, author, target, old, new FROM changelog ORDER BY id"
        )
        return list(cursor)

    def changes(self, **query: Unpack[records.ChangeQuery]) -> list[ChangeRecord]:
        """The change log as records, oldest first, filtered for the change-log view (the
        filters: :class:`tomwizard.store.records.ChangeQuery`)."""
        return self._read(lambda: records.query_changes(self._conn, **query))

    def change_count(self) -> int:
        """How many changes the log holds (counted, not read)."""
        return self._read(lambda: records.count_changes(self._conn))

    def latest_changes(self, skip_kinds: Set[str], skip_targets: Set[str]) -> list[ChangeRecord]:
        """The newest change and those two days before it (:func:`records.latest_changes`)."""
        return self._read(lambda: records.latest_changes(self._conn, skip_kinds, skip_targets))

    def versions(self) -> list[VersionInfo]:
        """Frozen versions, oldest first (without content)."""
        return self._read(lambda: records.list_versions(self._conn))

    def version(self, number: int) -> FrozenVersion:
        """One frozen version with its content; StoreError if there is no such version."""
        found = self._read(lambda: records.read_version(self._conn, number))
        if found is None:
            message = _("Version {n} gibt es in dieser Datei nicht.").format(n=number)
            raise errors.StoreError(self.path, message)
        return found

    def frozen_versions(self) -> list[FrozenVersion]:
        """Every frozen version with content (for the JSON export)."""
        return [self.version(info.number) for info in self.versions()]

    # -- changing --------------------------------------------------------------------------

    @contextlib.contextmanager
    def batch(self) -> Iterator[StoreBatch]:
        """One transaction for several changes: all of them are committed, or none.

        ``with store.batch() as batch: batch.set_answer(...); batch.set_field(...)``; an
        exception inside the block rolls everything back and propagates (sqlite errors as
        StoreError). A read-only store raises ReadOnlyError before anything is written.
        """
        with self._transaction():
            batch = StoreBatch(self._conn, self.author)
            yield batch
            batch.finish()

    def set_answer(self, measure_id: str, answer: Answer) -> None:
        self._one(lambda batch: batch.set_answer(measure_id, answer))

    def set_field(self, path: str, value: JsonValue) -> None:
        """Set one field of the organisation, the processing or the protection need."""
        validate_field(path, value)  # ValueError before the transaction starts
        self._one(lambda batch: batch.set_field(path, value))

    def put_custom_measure(self, measure: CustomMeasure) -> None:
        self._one(lambda batch: batch.put_custom_measure(measure))

    def delete_custom_measure(self, measure_id: str) -> None:
        self._one(lambda batch: batch.delete_custom_measure(measure_id))

    def put_subprocessor(self, subprocessor: Subprocessor) -> None:
        self._one(lambda batch: batch.put_subprocessor(subprocessor))

    def delete_subprocessor(self, subprocessor_id: str) -> None:
        self._one(lambda batch: batch.delete_subprocessor(subprocessor_id))

    def _one(self, write: Callable[[StoreBatch], object]) -> None:
        """One change as its own transaction."""
        with self.batch() as batch:
            write(batch)

    def replace_all(
        self,
        assessment: Assessment,
        origin: records.Origin | None = None,
        decisions: Iterable[tuple[str, str, str]] = (),
    ) -> int:
        """Make the file hold ``assessment`` in one transaction (merge, catalog upgrade).

        Every row that differs gets its change-log entry; returns how many rows changed. A
        merge passes its source's ``origin`` (the customer's authors and times, the source
        file) and the ``decisions`` taken (conflict id, other side's value hash, choice), which
        are remembered for the next merge of the same file.
        """
        with self.batch() as batch:
            return batch.replace_all(assessment, origin, decisions)

    def remember_decisions(self, decisions: Iterable[tuple[str, str, str]]) -> None:
        """Keep merge decisions without changing anything else."""
        with self.batch() as batch:
            batch.remember_decisions(decisions)

    def merge_decisions(self) -> dict[tuple[str, str], str]:
        """Decisions of earlier merges: (conflict id, other side's value hash) → choice."""
        return self._read(lambda: records.stored_decisions(self._conn))

    def freeze_version(self, label: str | None = None) -> VersionInfo:
        """ "Version festschreiben": keep the current content with number, date and hash.
        ``label`` defaults to the annex's own version string (``organisation.version``)."""
        with self._transaction():
            assessment = self._read(lambda: read_assessment(self._conn))
            text = assessment.organisation.version if label is None else label
            content = assessment_content(assessment)  # (a number past SQLite's: invalid file)
            return self._read(
                lambda: records.insert_version(self._conn, self.author, content, text)
            )

    # -- internals -------------------------------------------------------------------------

    def _read(self, action: Callable[[], T]) -> T:
        try:
            return action()
        except (
            ValidationError,
            ValueError,
            TypeError,
            KeyError,
            AttributeError,
            RecursionError,
            OverflowError,
            sqlite3.DatabaseError,
        ) as exc:
            raise errors.DamagedError(self.path, _("Der Inhalt der Datei ist ungültig.")) from exc

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        if self.readonly:
            why = self.readonly_reason or _("Die Datei ist nur zum Lesen geöffnet.")
            raise errors.ReadOnlyError(self.path, why)
        if file_identity(self.path) != self._identity:  # the connection writes to the old file
            raise errors.ReplacedError(
                self.path,
                _(
                    "Die Datei wurde außerhalb von tomwizard gelöscht, verschoben oder ersetzt; "
                    "die Änderung wurde nicht gespeichert. Bitte die Datei neu öffnen."
                ),
            )
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self._conn.in_transaction:  # (SQLite has rolled back itself on a full disk)
                    self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            reason = errors.write_reason(exc)  # (a full disk in the user's words)
            message = _("Speichern fehlgeschlagen ({error}).").format(error=reason)
            raise errors.StoreError(self.path, message) from exc
