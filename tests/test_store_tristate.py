"""Art. 10 data are yes, no or not answered (schema 4). A file of schema 3 stored the default
``false`` for every new assessment, so an untouched ``false`` opens as "not answered"; a value
someone set (true, or a false in the change log) keeps its value."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.rules_fixtures import clean_assessment
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore
from tomwizard.store.schema import backup_path


def _schema3_file(path: Path, value: bool, logged: bool) -> None:
    """A file as schema 3 wrote it: the field row holds a JSON bool."""
    assessment = clean_assessment()
    assessment.processing.criminal_data = value
    TomwStore.create(path, assessment).close()
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("DROP INDEX answers_status")  # schema 4 added it
        conn.execute("DELETE FROM changelog WHERE target = 'field:processing.criminal_data'")
        if logged:
            conn.execute(
                "INSERT INTO changelog (at, author, target, old, new) VALUES "
                "('2026-01-01T00:00:00Z', 'x', 'field:processing.criminal_data', 'true', 'false')"
            )
    conn.execute("PRAGMA user_version = 3")
    conn.close()


@pytest.mark.parametrize(
    ("value", "logged", "expected"),
    [(False, False, None), (False, True, False), (True, False, True), (True, True, True)],
)
@pytest.mark.parametrize("readonly", [True, False])
def test_schema3_default_false_opens_as_unanswered(
    tmp_path: Path, value: bool, logged: bool, expected: bool | None, readonly: bool
) -> None:
    path = tmp_path / "alt.tomw"
    _schema3_file(path, value, logged)
    with TomwStore.open(path, readonly=readonly) as store:
        assert store.load().processing.criminal_data is expected
    if not readonly:  # migrated on disk, the old file kept as a backup
        assert backup_path(path, 3).exists()
        with TomwStore.open(path, readonly=True) as store:
            assert store.load().processing.criminal_data is expected


def test_new_files_keep_unanswered_yes_and_no_apart(tmp_path: Path) -> None:
    for value in (None, True, False):
        path = tmp_path / f"{value}.tomw"
        assessment: Assessment = clean_assessment()
        assessment.processing.criminal_data = value
        TomwStore.create(path, assessment).close()
        with TomwStore.open(path) as store:
            assert store.load().processing.criminal_data is value
            store.set_field("processing.criminal_data", None)
            assert store.load().processing.criminal_data is None


def test_the_change_log_calls_none_not_answered() -> None:
    from tomwizard.history.diff_labels import show_value

    assert show_value(None, "criminal_data").de == "nicht beantwortet"
    assert show_value(False, "criminal_data").de == "nein"
    assert show_value(None, "note").de == "(leer)"
