"""Every released schema version has a fixture file; this program opens each of them.

A fixture (``tests/fixtures/schema<N>/full.tomw``) is written once by
``python -m tests.fixtures.make_schema_fixture`` when schema N is released and never rewritten.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from tests.builders import digest
from tests.fixtures.make_schema_fixture import FIXTURES, fixture_dir
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore, schema
from tomwizard.store.opening import has_frozen_versions
from tomwizard.store.schema import backup_path

RELEASED = sorted(int(p.name.removeprefix("schema")) for p in FIXTURES.glob("schema*/"))


def test_there_is_a_fixture_for_every_released_schema_version() -> None:
    # schema 1 was the first release; every version since must have its fixture
    assert RELEASED[0] == 1
    assert list(range(1, RELEASED[-1] + 1)) == RELEASED
    assert RELEASED[-1] == schema.SCHEMA_VERSION, (
        "a new schema version has no fixture: run `python -m tests.fixtures.make_schema_fixture`"
    )


def _expected(version: int) -> tuple[Assessment, list[str], list[str]]:
    data = json.loads((fixture_dir(version) / "expected.json").read_text("utf-8"))
    labels = data.get("version_labels", [])
    return Assessment.model_validate(data["assessment"]), data["changelog_targets"], labels


@pytest.mark.parametrize("version", RELEASED)
def test_fixture_opens_read_only_without_being_touched(version: int) -> None:
    fixture = fixture_dir(version) / "full.tomw"
    before = digest(fixture)
    assessment, targets, labels = _expected(version)
    with TomwStore.open(fixture, readonly=True) as store:
        assert store.load() == assessment
        assert [r.target for r in store.changes()] == targets
        assert [v.label for v in store.versions()] == labels
        for info in store.versions():
            store.version(info.number).assessment()  # content still readable, hash matches
    assert digest(fixture) == before
    assert not backup_path(fixture, version).exists()


@pytest.mark.parametrize("version", RELEASED)
def test_reading_a_fixture_gives_what_a_read_only_open_loads(version: int) -> None:
    """``TomwStore.read`` (the export's read: the open's check reads the assessment once)
    gives the same assessment for every schema, older ones migrated in memory."""
    fixture = fixture_dir(version) / "full.tomw"
    before = digest(fixture)
    assert TomwStore.read(fixture) == _expected(version)[0]
    assert digest(fixture) == before
    assert not backup_path(fixture, version).exists()


@pytest.mark.parametrize("version", RELEASED)
def test_whether_a_fixture_has_frozen_versions_is_what_an_open_lists(version: int) -> None:
    """``has_frozen_versions`` (asked before the export opens a file a second time for
    DSB review 7, M3) says what a read-only open's version list says, older schemas too."""
    fixture = fixture_dir(version) / "full.tomw"
    before = digest(fixture)
    with TomwStore.open(fixture, readonly=True) as store:
        listed = bool(store.versions())
    assert has_frozen_versions(fixture) == listed
    assert digest(fixture) == before
    assert not backup_path(fixture, version).exists()


@pytest.mark.parametrize("version", RELEASED)
def test_fixture_migrates_forward_with_a_backup_and_keeps_everything(
    version: int, tmp_path: Path
) -> None:
    path = tmp_path / "user.tomw"
    shutil.copyfile(fixture_dir(version) / "full.tomw", path)
    original = path.read_bytes()
    assessment, targets, _ = _expected(version)
    with TomwStore.open(path, author="neu") as store:
        assert not store.readonly
        loaded = store.load()
        assert loaded.assessment_id  # a file without an identity gets one on its first write
        if version < 3:
            loaded = loaded.model_copy(update={"assessment_id": ""})
        assert loaded == assessment
        assert [r.target for r in store.changes()] == targets
        store.set_field("organisation.place", "Erfurt")  # the migrated file takes new edits
        frozen = store.freeze_version()
        assert store.version(frozen.number).assessment().organisation.place == "Erfurt"
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMA_VERSION
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    backup = backup_path(path, version)
    if version < schema.SCHEMA_VERSION:
        with TomwStore.open(backup, readonly=True) as old:
            assert old.load() == assessment
        assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == version
    else:
        assert not backup.exists()
    assert len(original) > 0
