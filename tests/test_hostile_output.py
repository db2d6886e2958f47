"""Output that cannot be written (a full disk, a folder that is not there, a file where the
demo wants a folder): one line naming the file the user gave, the reason in the user's
language, exit 2, the input unchanged and nothing left beside it (helper q2's attacks)."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore
from tomwizard.store.errors import write_reason


@pytest.fixture
def tomw(tmp_path: Path) -> Path:
    path = tmp_path / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    return path


def _disk_full_for(monkeypatch: pytest.MonkeyPatch, suffix: str) -> None:
    """``os.replace`` onto a ``suffix`` file fails as on a full disk (the temporary file was
    written; moving it into place is the last step)."""
    real = os.replace

    def replace(src: str | Path, dst: str | Path) -> None:
        if str(dst).endswith(suffix):
            raise OSError(errno.ENOSPC, "No space left on device", str(src))
        real(src, dst)

    monkeypatch.setattr(os, "replace", replace)


@pytest.mark.parametrize(
    ("lang", "reason"),
    [("de", "kein Platz mehr auf dem Datenträger"), ("en", "no space left on the disk")],
)
@pytest.mark.parametrize("fmt", ["pdf", "json"])
def test_a_full_disk_names_the_output_and_leaves_nothing(
    tomw: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    reason: str,
    fmt: str,
) -> None:
    before = digest(tomw)
    out = tomw.with_name(f"out.{fmt}")
    _disk_full_for(monkeypatch, f".{fmt}")
    assert main(["--lang", lang, "export", str(tomw), "-o", str(out), "--format", fmt]) == 2
    err = capsys.readouterr().err
    assert err == f"tomwizard: {out}: " + (
        f"Die Datei kann nicht geschrieben werden ({reason}).\n"
        if lang == "de"
        else f"The file cannot be written ({reason}).\n"
    )
    assert digest(tomw) == before
    assert [p.name for p in tomw.parent.iterdir()] == ["a.tomw"]


def test_a_folder_that_is_not_there_is_named_without_the_temporary_file(
    tomw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tomw.with_name("nope") / "a.pdf"
    assert main(["export", str(tomw), "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert ".tmp" not in err and str(out) in err and "den Ordner gibt es nicht" in err
    assert [p.name for p in tomw.parent.iterdir()] == ["a.tomw"]


def test_the_questionnaire_says_why_in_german(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = tmp_path / "a.tomw"
    TomwStore.create(tomw, demo_assessment(default_catalog())).close()
    _disk_full_for(monkeypatch, ".xlsx")
    out = tomw.with_name("q.xlsx")
    assert main(["questionnaire", str(tomw), "-o", str(out)]) == 2
    assert "(kein Platz mehr auf dem Datenträger)" in capsys.readouterr().err
    assert [p.name for p in tomw.parent.iterdir()] == ["a.tomw"]


def test_demo_into_a_file_is_refused_and_the_file_kept(
    tomw: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = digest(tomw)
    assert main(["demo", "-o", str(tomw)]) == 2
    err = capsys.readouterr().err
    assert "Das ist kein Ordner" in err and err.count("\n") == 1
    assert digest(tomw) == before


def test_demo_on_a_full_disk_leaves_neither_half_nor_the_folder_it_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _disk_full_for(monkeypatch, ".pdf")
    assert main(["demo", "-o", str(tmp_path / "new" / "demo")]) == 2
    assert "kein Platz mehr" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_sqlite_running_out_of_room_is_a_full_disk_in_the_users_words() -> None:
    """``import`` and ``demo`` on a full disk said "(database or disk is full)"."""
    conn = sqlite3.connect(":memory:")
    conn.execute("PRAGMA max_page_count = 2")
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("CREATE TABLE t (x TEXT)")
        conn.execute("INSERT INTO t VALUES (?)", ("x" * 100_000,))
    conn.close()
    assert write_reason(caught.value) == "kein Platz mehr auf dem Datenträger"
    assert write_reason(OSError(errno.ENOSPC, "No space left on device")) == (
        "kein Platz mehr auf dem Datenträger"
    )
    assert write_reason(OSError(errno.EIO, "Input/output error")) == "Input/output error"


def test_saving_an_edit_on_a_full_disk_says_so_and_keeps_the_file(tmp_path: Path) -> None:
    """SQLite rolls back by itself when the disk is full; the second ROLLBACK failed and its
    "cannot rollback - no transaction is active" hid the reason."""
    from tomwizard.editing import OpenAssessment, SetField, StoreError, load_assessment

    path = tmp_path / "a.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    before = load_assessment(path)
    document = OpenAssessment.open(path, default_catalog())
    pages = document.store._conn.execute("PRAGMA page_count").fetchone()[0]
    document.store._conn.execute(f"PRAGMA max_page_count = {pages}")  # the disk is full
    name = "organisation.processor.name"
    with pytest.raises(StoreError, match=r"Speichern fehlgeschlagen \(kein Platz mehr"):
        document.apply([SetField(name, "x" * 20_000 + " GmbH")], label="a")
    assert document.assessment == before  # nothing half-applied in memory or in the file
    document.close()
    assert load_assessment(path) == before
    assert [p.name for p in tmp_path.iterdir()] == ["a.tomw"]
