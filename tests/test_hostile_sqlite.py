"""A ``.tomw`` is a SQLite file, and other programs can put things into it or beside it
(hostile tester round 2, helper x6): triggers and views, a ``-wal`` without its ``-shm``, a
lock file or backup name that is a link. Each case: a clear message, exit 2 on the command
line, and the user's file and everything beside it as they were."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import StoreError, TomwStore, errors
from tomwizard.store.opening import guard

FIXTURES = Path(__file__).parent / "fixtures"


def _listing(folder: Path) -> dict[str, str]:
    """Every name in ``folder`` with its bytes' digest (links: where they point)."""
    return {
        p.name: (f"-> {os.readlink(p)}" if p.is_symlink() else digest(p) if p.is_file() else "?")
        for p in folder.iterdir()
    }


def _file(folder: Path) -> Path:
    path = folder / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    return path


def _run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


def _sql(path: Path, script: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.executescript(script)
        conn.commit()
    finally:
        conn.close()


# -- triggers and views ------------------------------------------------------------------------

TABLES = ("fields", "answers", "subprocessors", "custom_measures", "changelog", "versions")


@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    table=st.sampled_from(TABLES),
    event=st.sampled_from(("INSERT", "UPDATE", "DELETE")),
    when=st.sampled_from(("BEFORE", "AFTER")),
    victim=st.sampled_from(TABLES),
)
def test_a_trigger_another_program_added_never_runs_on_our_writes(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    table: str,
    event: str,
    when: str,
    victim: str,
) -> None:
    folder = tmp_path_factory.mktemp("trigger")
    path = _file(folder)
    _sql(path, f"CREATE TRIGGER t {when} {event} ON {table} BEGIN DELETE FROM {victim}; END;")
    before = _listing(folder)
    for args in (
        ("versions", path, "--freeze"),
        ("letterhead", path, "--sender", "Neue GmbH"),
    ):
        code, err = _run(capsys, *args)
        assert code == 2 and err.count("\n") == 1, err
        assert "Trigger" in err and "nur zum Lesen" in err
        assert _listing(folder) == before  # every answer still there, nothing beside
    with TomwStore.open(path) as store:  # the GUI: opened read-only, the reason in the banner
        assert store.readonly and "Trigger" in (store.readonly_reason or "")
        assert store.load() == TomwStore.read(path)


def test_a_file_with_a_trigger_or_view_can_still_be_read_and_exported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path)
    _sql(
        path,
        "ALTER TABLE subprocessors RENAME TO subs; "
        "CREATE VIEW subprocessors AS SELECT * FROM subs; "
        "CREATE TRIGGER t AFTER INSERT ON changelog BEGIN DELETE FROM answers; END;",
    )
    out = tmp_path / "out.json"
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert TomwStore.read(path).answers == full_assessment().answers
    code, err = _run(capsys, "--lang", "en", "versions", path, "--freeze")
    assert code == 2 and "triggers or views" in err and "read-only" in err


# -- a -wal beside the file --------------------------------------------------------------------


def _crash_leftover(folder: Path, name: str) -> Path:
    """``a.tomw`` with a change still in its ``-wal`` (the writer died before folding it in)
    and no ``-shm``: copied or synced that way."""
    path = _file(folder)
    scratch = folder / "scratch"
    scratch.mkdir()
    shutil.copy(path, scratch / "a.tomw")
    conn = sqlite3.connect(scratch / "a.tomw", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute(
        "UPDATE fields SET value = ? WHERE path = 'organisation.processor.name'", (f'"{name}"',)
    )
    shutil.copy(scratch / "a.tomw-wal", folder / "a.tomw-wal")  # while still open
    conn.close()
    shutil.rmtree(scratch)
    return path


def test_a_wal_without_its_shm_is_read_and_nothing_is_left_beside(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _crash_leftover(tmp_path, "Nach dem Absturz GmbH")
    out = tmp_path.parent / f"{tmp_path.name}-out.json"
    before = _listing(tmp_path)
    assert main(["export", str(path), "-o", str(out)]) == 0
    assert "Nach dem Absturz GmbH" in out.read_text(encoding="utf-8")
    assert main(["check", str(path)]) in (0, 1)
    assert _listing(tmp_path) == before  # no new a.tomw-shm
    with TomwStore.open(path) as store:  # a writable open folds the -wal in, as before
        assert store.load().organisation.processor.name == "Nach dem Absturz GmbH"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw"]


def test_a_wal_of_another_database_is_refused_and_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    conn = sqlite3.connect(other / "o.db", isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    shutil.copy(other / "o.db-wal", tmp_path / "a.tomw-wal")
    conn.close()
    shutil.rmtree(other)
    before = _listing(tmp_path)
    for args in (("check", path), ("versions", path, "--freeze")):
        code, err = _run(capsys, *args)
        assert code == 2 and err.count("\n") == 1
        assert "Die Datei selbst ist in Ordnung" in err and "„a.tomw-wal“" in err
        assert _listing(tmp_path) == before
    (tmp_path / "a.tomw-wal").rename(tmp_path.parent / f"{tmp_path.name}-wal")  # as advised
    assert TomwStore.read(path) == full_assessment()


@pytest.mark.parametrize("kind", ["folder", "fifo", "device"])
def test_a_wal_that_is_no_regular_file_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _file(tmp_path)
    wal = tmp_path / "a.tomw-wal"
    if kind == "folder":
        wal.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(wal)
    else:
        if not Path("/dev/zero").exists():
            pytest.skip("no /dev/zero here")
        wal.symlink_to("/dev/zero")
    before = _listing(tmp_path)
    code, err = _run(capsys, "check", path)
    assert code == 2 and "„a.tomw-wal“" in err and "keine gewöhnliche Datei" in err
    assert _listing(tmp_path) == before


# -- a full disk while opening for writing -----------------------------------------------------


def test_a_full_disk_on_opening_for_writing_is_no_damage(tmp_path: Path) -> None:
    path = _file(tmp_path)

    def full() -> None:
        exc = sqlite3.OperationalError("database or disk is full")
        exc.sqlite_errorcode = sqlite3.SQLITE_FULL
        raise exc

    with pytest.raises(StoreError) as caught:
        guard(path, full)
    assert not isinstance(caught.value, errors.DamagedError)
    assert "kein Platz mehr auf dem Datenträger" in str(caught.value)


# -- names beside the file that are links ------------------------------------------------------


@pytest.mark.parametrize("kind", ["link", "folder", "fifo"])
def test_a_lock_file_name_that_is_a_link_never_overwrites_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    path = _file(tmp_path)
    victim = tmp_path / "wichtig.txt"
    victim.write_text("Vertrag, unterschrieben\n", encoding="utf-8")
    lock = tmp_path / "a.tomw.lock"
    if kind == "link":
        lock.symlink_to(victim.name)
    elif kind == "folder":
        lock.mkdir()
    else:
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs here")
        os.mkfifo(lock)
    before = _listing(tmp_path)
    code, err = _run(capsys, "versions", path, "--freeze")
    assert code == 2 and "„a.tomw.lock“" in err and "nur zum Lesen" in err
    assert _listing(tmp_path) == before
    assert victim.read_text(encoding="utf-8") == "Vertrag, unterschrieben\n"


def test_a_schema_backup_name_that_is_a_link_never_overwrites_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a.tomw"
    shutil.copy(FIXTURES / "schema3" / "full.tomw", path)
    victim = tmp_path / "leer.db"
    victim.write_bytes(b"")  # SQLite would write a whole database into an empty file
    (tmp_path / "a.tomw.schema3.bak").symlink_to(victim.name)
    before = _listing(tmp_path)
    mode = victim.stat().st_mode
    code, err = _run(capsys, "versions", path, "--freeze")
    assert code == 2 and "Sicherungskopie" in err and "„a.tomw.schema3.bak“" in err
    assert _listing(tmp_path) == before and victim.stat().st_mode == mode


def test_a_catalog_backup_name_that_is_a_link_never_overwrites_its_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "alt.tomw"
    demo = demo_assessment(default_catalog())
    TomwStore.create(path, demo.model_copy(update={"catalog_version": "2026.1"})).close()
    victim = tmp_path / "wichtig.txt"
    victim.write_text("Vertrag\n", encoding="utf-8")
    (tmp_path / "alt.tomw.catalog2026.1.bak").symlink_to(victim.name)
    before = _listing(tmp_path)
    code, err = _run(capsys, "upgrade", path)
    assert code == 2 and "Sicherungskopie" in err and err.count("\n") == 1
    assert _listing(tmp_path) == before


# -- a -journal beside the file ----------------------------------------------------------------


def _broken_off_write(db: Path, *statements: str) -> bytes:
    """Run ``statements`` in one rollback-mode transaction on ``db`` with a tiny page cache (so
    that changed pages reach the file) and stop before the commit, as a crash would; the
    ``-journal`` that is left, and the file, are as SQLite leaves them."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA cache_size = 1")
    conn.execute("BEGIN")
    for statement in statements:
        conn.execute(statement)
    journal = db.with_name(f"{db.name}-journal").read_bytes()
    half = db.read_bytes()
    # a second handle to the same file copies what a crash leaves; the first one rolls back
    conn.close()
    db.write_bytes(half)
    db.with_name(f"{db.name}-journal").write_bytes(journal)
    return journal


def test_a_journal_of_another_database_is_never_played_into_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path)
    other = tmp_path / "other"
    other.mkdir()
    db = other / "o.db"
    _sql(
        db, "PRAGMA page_size = 4096; CREATE TABLE t (x); INSERT INTO t VALUES (zeroblob(200000));"
    )
    journal = _broken_off_write(
        db, "UPDATE t SET x = zeroblob(300000)", "INSERT INTO t VALUES (zeroblob(300000))"
    )
    shutil.rmtree(other)
    (tmp_path / "a.tomw-journal").write_bytes(journal)
    before = _listing(tmp_path)
    code, err = _run(capsys, "versions", path, "--freeze")
    assert code == 2 and "„a.tomw-journal“" in err and "nur zum Lesen" in err
    assert _listing(tmp_path) == before
    assert TomwStore.read(path) == full_assessment()  # read as it is
    assert _listing(tmp_path) == before


def test_a_journal_of_a_write_that_broke_off_is_played_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path)
    _broken_off_write(
        path,
        "UPDATE fields SET value = '\"halb\"' WHERE path = 'organisation.processor.name'",
        *["INSERT INTO changelog (at, author, target, new) VALUES "
          f"('2026-01-01T00:00:00+00:00', 'x', 'field:a', '{'y' * 3000}')"] * 40,
    )  # fmt: skip
    before = _listing(tmp_path)
    assert TomwStore.read(path) == full_assessment()  # as before the write that broke off
    assert _listing(tmp_path) == before
    code, err = _run(capsys, "versions", path, "--freeze")
    assert code == 0, err  # SQLite plays the journal back on opening for writing
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw"]
    assert TomwStore.read(path) == full_assessment()


# -- bytes changed anywhere ----------------------------------------------------------------------


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    changes=st.lists(
        st.tuples(st.integers(16, 200_000), st.integers(0, 255)), min_size=1, max_size=8
    ),
    cut=st.one_of(st.none(), st.integers(100, 200_000)),
)
def test_a_file_with_bytes_changed_never_raises_and_a_refusal_leaves_it_alone(
    tmp_path_factory: pytest.TempPathFactory,
    capsys: pytest.CaptureFixture[str],
    changes: list[tuple[int, int]],
    cut: int | None,
) -> None:
    folder = tmp_path_factory.mktemp("bytes")
    path = _file(folder)
    data = bytearray(path.read_bytes())
    for offset, value in changes:
        data[offset % len(data)] = value
    path.write_bytes(bytes(data[:cut]))
    before = _listing(folder)
    code, err = _run(capsys, "check", path)
    assert code in (0, 1) or (code == 2 and err.count("\n") == 1)
    assert _listing(folder) == before
    code, err = _run(capsys, "versions", path, "--freeze")
    if code != 0:
        assert code == 2 and err.count("\n") == 1 and "Traceback" not in err
        assert _listing(folder) == before


def test_two_links_to_one_file_give_one_writer(tmp_path: Path) -> None:
    """A link „aktuell.tomw“ → „kunde-2026.tomw“ in a shared folder: whoever opens through the
    link and whoever opens the file itself (another program run) share one lock."""
    real = _file(tmp_path)
    link = tmp_path / "aktuell.tomw"
    link.symlink_to(real.name)
    script = (
        "import sys; from pathlib import Path; from tomwizard.store import TomwStore\n"
        "with TomwStore.open(Path(sys.argv[1])) as store: print(store.readonly)"
    )
    with TomwStore.open(link) as first:
        assert not first.readonly
        second = subprocess.run(
            [sys.executable, "-c", script, str(real)], capture_output=True, text=True, check=True
        )
        assert second.stdout.strip() == "True"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw", "aktuell.tomw"]
