"""Frozen versions in an exchange file that a hand or another tool made (hostile tester round
2, helper x6): a version number at SQLite's bound, a time that is no time. The import refuses
them with the place named, and a ``.tomw`` that holds them gives a message, never a
traceback, when a version is frozen or listed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import full_assessment
from tomwizard.cli.main import main
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.store import StoreError, TomwStore


def _document(tmp_path: Path) -> dict[str, object]:
    path = tmp_path / "a.tomw"
    with TomwStore.create(path, full_assessment()) as store:
        store.freeze_version()
        text = export_json(store.load(), store.changes(), store.frozen_versions())
    path.unlink()
    data: dict[str, object] = json.loads(text)
    return data


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    number=st.one_of(st.integers(1, 2**63 - 1), st.sampled_from([1_000_000, 2**63 - 1])),
    frozen_at=st.one_of(
        st.sampled_from(["2026-03-31T12:00:00+00:00", "not a date", "", "2026-13-01", "9999"]),
        st.text(max_size=30),
    ),
)
def test_imported_versions_either_are_refused_or_work_afterwards(
    tmp_path_factory: pytest.TempPathFactory, number: int, frozen_at: str
) -> None:
    folder = tmp_path_factory.mktemp("versions")
    data = _document(folder)
    versions = data["versions"]
    assert isinstance(versions, list)
    versions[0].update(number=number, frozen_at=frozen_at)
    try:
        document = import_document(json.dumps(data))
    except ExchangeError as exc:
        assert "versions.0." in str(exc) and "\n" not in str(exc)
        return
    path = folder / "b.tomw"
    with TomwStore.create(path, document.assessment, versions=document.versions) as store:
        assert [v.number for v in store.versions()] == [number]
        assert store.freeze_version().number == number + 1
        [v.when for v in store.versions()]  # every time reads


def _frozen_then(folder: Path, sql: str, value: object) -> Path:
    """A file with one frozen version, then changed behind tomwizard's back by ``sql``."""
    path = folder / "a.tomw"
    with TomwStore.create(path, full_assessment()) as store:
        store.freeze_version()
    conn = sqlite3.connect(path)
    conn.execute(sql, (value,))
    conn.commit()
    conn.close()
    return path


def test_freezing_after_the_largest_number_sqlite_holds_is_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _frozen_then(tmp_path, "UPDATE versions SET number = ?", 2**63 - 1)
    with TomwStore.open(path) as store, pytest.raises(StoreError, match="ungültig"):
        store.freeze_version()
    assert main(["versions", str(path), "--freeze"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_a_frozen_time_that_is_no_time_makes_the_file_invalid_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _frozen_then(tmp_path, "UPDATE versions SET frozen_at = ?", "irgendwann")
    assert main(["versions", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Der Inhalt der Datei ist ungültig." in err and err.count("\n") == 1
