"""The .tomw file: committed at once, round trip, migrations with backup, hostile files."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import digest, full_assessment, sqlite_file
from tomwizard.models.assessment import Answer, Assessment, Status, Subprocessor
from tomwizard.store import TomwStore, errors, schema
from tomwizard.store.fields import field_paths
from tomwizard.store.tomw import backup_path


@pytest.fixture
def store(tmp_path: Path) -> TomwStore:
    return TomwStore.create(tmp_path / "a.tomw", Assessment(catalog_id="tom", catalog_version="1"))


def test_full_assessment_round_trips_through_the_file(tmp_path: Path) -> None:
    assessment = full_assessment()
    TomwStore.create(tmp_path / "f.tomw", assessment).close()
    with TomwStore.open(tmp_path / "f.tomw") as store:
        assert store.load() == assessment


def test_each_change_is_committed_before_the_call_returns(store: TomwStore) -> None:
    store.set_answer("org.dsb", Answer(status=Status.UMGESETZT))
    store.set_field("organisation.processor.name", "Beispiel GmbH")
    # a second, independent connection sees both changes while the store is still open
    other = sqlite3.connect(store.path)
    assert other.execute("SELECT status FROM answers").fetchall() == [("umgesetzt",)]
    value = other.execute("SELECT value FROM fields WHERE path = 'organisation.processor.name'")
    assert value.fetchone() == ('"Beispiel GmbH"',)
    other.close()


def test_journal_is_wal_while_open_and_one_file_after_close(store: TomwStore) -> None:
    store.set_answer("org.dsb", Answer(status=Status.UMGESETZT))
    assert store._conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store._conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    store.close()
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["a.tomw"]


def test_changelog_records_old_and_new_values(store: TomwStore) -> None:
    store.set_field("organisation.processor.name", "Alt GmbH")
    store.set_field("organisation.processor.name", "Neu GmbH")
    store.set_field("organisation.processor.name", "Neu GmbH")  # no change, no entry
    store.put_subprocessor(Subprocessor(id="s1", name="X"))
    store.delete_subprocessor("s1")
    log = store.changelog()
    assert [(row[2], row[3], row[4]) for row in log[:2]] == [
        ("field:organisation.processor.name", '""', '"Alt GmbH"'),
        ("field:organisation.processor.name", '"Alt GmbH"', '"Neu GmbH"'),
    ]
    assert [row[2] for row in log[2:]] == ["subprocessor:s1", "subprocessor:s1"]
    assert log[3][4] is None
    assert all(row[1] == store.author for row in log)


def test_invalid_field_value_is_refused_and_nothing_written(store: TomwStore) -> None:
    with pytest.raises(ValueError):
        store.set_field("processing.persons_processing", -3)
    with pytest.raises(ValueError):
        store.set_field("no.such.field", 1)
    assert store.changelog() == []


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "x.tomw"
    target.write_text("meine Notizen")
    with pytest.raises(errors.StoreError, match="existiert bereits"):
        TomwStore.create(target, full_assessment())
    assert target.read_text() == "meine Notizen"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_new_files_are_private(store: TomwStore) -> None:
    assert store.path.stat().st_mode & 0o777 == 0o600


def test_readonly_open_refuses_changes_and_leaves_file_identical(store: TomwStore) -> None:
    store.set_answer("org.dsb", Answer(status=Status.UMGESETZT))
    store.close()
    before = digest(store.path)
    with TomwStore.open(store.path, readonly=True) as ro:
        assert ro.load().answer("org.dsb").status == Status.UMGESETZT
        with pytest.raises(errors.ReadOnlyError):
            ro.set_answer("org.dsb", Answer())
    assert digest(store.path) == before
    assert sorted(p.name for p in store.path.parent.iterdir()) == ["a.tomw"]


def _hostile_files(tmp_path: Path) -> dict[str, tuple[Path, type[errors.StoreError]]]:
    text = tmp_path / "text.tomw"
    text.write_text("Das ist keine Datenbank.\n")
    empty = tmp_path / "empty.tomw"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.tomw"
    sqlite_file(foreign, 0, 0)
    newer = tmp_path / "newer.tomw"
    sqlite_file(newer, schema.APPLICATION_ID, schema.SCHEMA_VERSION + 1)
    good = tmp_path / "good.tomw"
    TomwStore.create(good, full_assessment()).close()
    truncated = tmp_path / "truncated.tomw"
    truncated.write_bytes(good.read_bytes()[:1500])
    flipped = tmp_path / "flipped.tomw"
    data = bytearray(good.read_bytes())
    for offset in range(4096, len(data), 97):
        data[offset] ^= 0xFF
    flipped.write_bytes(bytes(data))
    folder = tmp_path / "folder.tomw"
    folder.mkdir()
    return {
        "text": (text, errors.NotTomwizardError),
        "empty": (empty, errors.NotTomwizardError),
        "foreign": (foreign, errors.NotTomwizardError),
        "newer": (newer, errors.NewerVersionError),
        "truncated": (truncated, errors.DamagedError),
        "flipped": (flipped, errors.DamagedError),
        "folder": (folder, errors.NotAFileError),
        "missing": (tmp_path / "missing.tomw", errors.FileMissingError),
    }


@pytest.mark.parametrize("readonly", [False, True])
def test_hostile_files_get_their_own_error_and_stay_untouched(
    tmp_path: Path, readonly: bool
) -> None:
    for name, (path, expected) in _hostile_files(tmp_path).items():
        before = digest(path) if path.is_file() else None
        with pytest.raises(expected) as info:
            TomwStore.open(path, readonly=readonly).load()
        assert str(info.value).startswith(str(path)), name
        assert "\n" not in str(info.value)
        if before is not None:
            assert digest(path) == before, name
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(("-wal", "-shm", ".bak"))]
    assert leftovers == []


def test_migration_makes_a_backup_first_and_runs_forward(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.tomw"
    TomwStore.create(path, full_assessment()).close()
    old_bytes = path.read_bytes()

    current = schema.SCHEMA_VERSION

    def add_next(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE answers ADD COLUMN reviewed TEXT")

    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current + 1: add_next})
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    with TomwStore.open(path) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == current + 1
        assert store.load() == full_assessment()
    backup = backup_path(path, current)
    with TomwStore.open(backup, readonly=True) as old:  # old schema, migrates in memory
        assert old.load() == full_assessment()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == current
    assert len(old_bytes) > 0


def test_failing_migration_rolls_back_and_keeps_the_old_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.tomw"
    TomwStore.create(path, full_assessment()).close()

    def broken(conn: sqlite3.Connection) -> None:
        conn.execute("ALTER TABLE answers ADD COLUMN half_done TEXT")
        raise RuntimeError("migration bug")

    current = schema.SCHEMA_VERSION
    monkeypatch.setattr(schema, "SCHEMA_VERSION", current + 1)
    monkeypatch.setattr(schema, "MIGRATIONS", {**schema.MIGRATIONS, current + 1: broken})
    with pytest.raises(RuntimeError):
        TomwStore.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == current
    columns = [row[1] for row in conn.execute("PRAGMA table_info(answers)")]
    assert "half_done" not in columns
    conn.close()
    assert backup_path(path, current).exists()
    assert not Path(f"{path}.lock").exists()  # the write lock is released after the failure


_text = st.text(max_size=40)
_answers = st.builds(
    Answer,
    status=st.sampled_from(list(Status)),
    note=_text,
    params=st.dictionaries(
        st.from_regex(r"[a-z_]{1,8}", fullmatch=True), st.integers() | _text, max_size=3
    ),
    follow_up=st.booleans(),
    evidence=_text,
    planned_date=st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)),
    reason=_text,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    answers=st.dictionaries(st.from_regex(r"[a-z]{1,6}\.[a-z]{1,6}", fullmatch=True), _answers),
    name=_text,
    purposes=st.lists(_text, max_size=4),
)
def test_any_answers_and_texts_survive_the_file(
    tmp_path_factory: pytest.TempPathFactory,
    answers: dict[str, Answer],
    name: str,
    purposes: list[str],
) -> None:
    path = tmp_path_factory.mktemp("h") / "h.tomw"
    with TomwStore.create(path, Assessment(catalog_id="tom", catalog_version="1")) as store:
        for measure_id, answer in answers.items():
            store.set_answer(measure_id, answer)
        store.set_field("organisation.processor.name", name)
        store.set_field("processing.purposes", purposes)
    with TomwStore.open(path, readonly=True) as store:
        loaded = store.load()
    assert loaded.answers == answers
    assert loaded.organisation.processor.name == name
    assert loaded.processing.purposes == purposes


def test_every_field_path_is_settable(store: TomwStore) -> None:
    full = full_assessment().model_dump(mode="json")
    for path in field_paths():
        value = full
        for part in path.split("."):
            value = value[part]
        store.set_field(path, value)
    loaded = store.load().model_dump(mode="json")
    for part in ("organisation", "processing", "protection_need", "language"):
        assert loaded[part] == full[part]
