"""Files the program writes are private (0600) on POSIX, whatever the umask says."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.builders import full_assessment
from tomwizard.store import TomwStore, schema

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


@pytest.fixture
def open_umask() -> Iterator[None]:
    old = os.umask(0)  # the worst case: everything the OS creates would be world-readable
    try:
        yield
    finally:
        os.umask(old)


def _modes(folder: Path) -> dict[str, int]:
    return {p.name: p.stat().st_mode & 0o777 for p in folder.iterdir()}


def test_main_file_wal_shm_and_lock_are_private(tmp_path: Path, open_umask: None) -> None:
    path = tmp_path / "p.tomw"
    with TomwStore.create(path, full_assessment()) as store:
        store.set_field("organisation.place", "Kassel")  # WAL and shared memory exist now
        modes = _modes(tmp_path)
        assert set(modes) == {"p.tomw", "p.tomw-wal", "p.tomw-shm", "p.tomw.lock"}
        assert set(modes.values()) == {0o600}, modes
    assert _modes(tmp_path) == {"p.tomw": 0o600}


def test_migration_backup_is_private(
    tmp_path: Path, open_umask: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.tomw"
    TomwStore.create(path, full_assessment()).close()
    current = schema.SCHEMA_VERSION

    def noop(conn: sqlite3.Connection) -> None:
        conn.execute("CREATE TABLE later (x)")

    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current + 1: noop})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    TomwStore.open(path).close()
    modes = _modes(tmp_path)
    assert modes == {"old.tomw": 0o600, f"old.tomw.schema{current}.bak": 0o600}
