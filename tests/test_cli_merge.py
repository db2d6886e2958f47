"""``tomwizard merge``: automatic changes, conflicts, --take, --dry-run, bad input."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from tests.builders import copy_as, digest, stored
from tests.merge_support import CUSTOMER_NAME, MFA, MergeFiles, merge_files
from tests.test_cli import _assert_clean_failure, run
from tomwizard.cli.main import main
from tomwizard.models.assessment import Status
from tomwizard.store import TomwStore


def merge(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main(["merge", *map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def changes(path: Path) -> list[tuple[str, str, str]]:
    """(author, target, new) of every change-log row, oldest first."""
    with TomwStore.open(path, readonly=True) as store:
        return [(r.author, r.target, str(r.new)) for r in store.changes()]


def leftovers(files: MergeFiles) -> list[str]:
    """Anything beside the files (journal, lock, temporary copies)."""
    names = {files.ours.name, files.theirs.name, files.theirs_json.name}
    return sorted(p.name for p in files.ours.parent.iterdir() if p.name not in names)


@pytest.mark.parametrize("source", ["tomw", "json"])
def test_without_conflicts_the_customer_changes_are_taken_over(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str
) -> None:
    files = merge_files(tmp_path, conflict=False)
    other = files.theirs if source == "tomw" else files.theirs_json
    before = len(changes(files.ours))
    code, out, err = merge(capsys, files.ours, other, "--author", "Frau Berater")
    assert (code, err) == (0, "")
    assert "Gemeinsame Basis: Version 1 „an Kunden“" in out
    assert "Automatisch übernommen (4):" in out
    assert f"Verantwortlicher: Name: Gärtnerei Ostermann GmbH & Co. KG → {CUSTOMER_NAME}" in out
    assert "Konflikt (" not in out and "Konflikte (" not in out
    assert out.rstrip().endswith(
        "Zusammengeführt: 4 automatisch übernommen, keine Konflikte. Jede Änderung steht im "
        "Änderungsprotokoll."
    )
    merged = stored(files.ours)
    assert merged.answer(MFA).status == Status.UMGESETZT
    assert merged.answer(files.open_measure).note == "seit 2024"
    assert merged.organisation.controller.name == CUSTOMER_NAME
    rows = changes(files.ours)[before:]
    assert {target for _, target, _ in rows} == {
        f"answer:{MFA}",
        f"answer:{files.open_measure}",
        "field:organisation.controller.name",
    }
    # the customer's own author and time of each row are kept, and the file is named
    with TomwStore.open(files.theirs, readonly=True) as store:
        theirs_log = {r.target: (r.at, r.author) for r in store.changes()}
    with TomwStore.open(files.ours, readonly=True) as store:
        merged_rows = store.changes()[before:]
    for record in merged_rows:
        assert (record.at, record.author) == theirs_log[record.target]
        assert record.author == "Kunde" and record.source == other.name
    assert leftovers(files) == []
    # merging the same file again: nothing to do
    code, out, _ = merge(capsys, files.ours, other)
    assert code == 0 and "Nichts zu ändern." in out.splitlines()[-1]


def test_conflicts_are_listed_and_nothing_is_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    ours, theirs = digest(files.ours), digest(files.theirs)
    code, out, err = merge(capsys, files.ours, files.theirs)
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert "Konflikte (1), eigene → des Kunden:" in lines
    conflict = lines[lines.index("Konflikte (1), eigene → des Kunden:") + 1]
    assert "Mehr-Faktor-Authentisierung" in conflict
    assert conflict.endswith("– Status: teilweise umgesetzt → umgesetzt  [offen]")
    assert lines[lines.index(conflict) + 1].strip() == f"ID: measure:{MFA}"
    assert "Automatisch übernommen (3):" in lines
    assert lines[-1].startswith("1 Konflikt nicht entschieden – nichts geändert.")
    assert (digest(files.ours), digest(files.theirs)) == (ours, theirs)
    assert leftovers(files) == []
    # --dry-run does not decide anything either
    code, _, _ = merge(capsys, files.ours, files.theirs, "--dry-run")
    assert code == 1 and digest(files.ours) == ours


@pytest.mark.parametrize(
    ("take", "status"), [("theirs", Status.UMGESETZT), ("ours", Status.TEILWEISE)]
)
def test_take_decides_every_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], take: str, status: Status
) -> None:
    files = merge_files(tmp_path)
    before = len(changes(files.ours))
    code, out, err = merge(capsys, files.ours, files.theirs_json, "--take", take)
    assert (code, err) == (0, "")
    decided = "Fassung des Kunden" if take == "theirs" else "eigene Fassung"
    assert f"→ umgesetzt  [{decided}]" in out
    merged = stored(files.ours)
    assert merged.answer(MFA).status == status
    assert merged.answer(files.open_measure).status == Status.UMGESETZT  # automatic either way
    assert merged.organisation.controller.name == CUSTOMER_NAME
    rows = changes(files.ours)[before:]
    targets = [target for _, target, _ in rows]
    assert f"answer:{files.open_measure}" in targets
    assert "field:organisation.controller.name" in targets
    assert (f"answer:{MFA}" in targets) == (take == "theirs")
    theirs_count = 1 if take == "theirs" else 0
    assert (
        f"Zusammengeführt: 3 automatisch übernommen, 1 Konflikt entschieden – "
        f"{theirs_count}× Fassung des Kunden, {1 - theirs_count}× eigene." in out
    )


def test_dry_run_shows_the_merge_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    before = digest(files.ours)
    code, out, _ = merge(capsys, files.ours, files.theirs, "--take", "theirs", "--dry-run")
    assert code == 0
    assert "Probelauf (--dry-run): nichts geschrieben." in out.splitlines()[-1]
    assert digest(files.ours) == before
    assert leftovers(files) == []


def test_json_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = merge_files(tmp_path)
    code, out, _ = merge(capsys, files.ours, files.theirs, "--format", "json")
    assert code == 1
    document = json.loads(out)
    assert document["status"] == "conflicts" and document["changed_rows"] == 0
    assert document["base_version"]["label"] == "an Kunden"
    assert [c["id"] for c in document["conflicts"]] == [f"measure:{MFA}"]
    conflict = document["conflicts"][0]
    assert (conflict["ours"]["de"], conflict["theirs"]["en"]) == (
        "teilweise umgesetzt",
        "implemented",
    )
    assert conflict["decision"] is None
    assert len(document["auto_applied"]) == 3
    code, out, _ = merge(capsys, files.ours, files.theirs, "--format", "json", "--take", "ours")
    assert code == 0 and json.loads(out)["status"] == "merged"


def _bad_inputs(files: MergeFiles) -> dict[str, list[str | Path]]:
    folder = files.ours.parent
    (folder / "kaputt.json").write_text("{kaputt", encoding="utf-8")
    (folder / "fremd.json").write_text('{"format": "etwas anderes"}', encoding="utf-8")
    (folder / "notiz.tomw").write_text("Kein SQLite.\n", encoding="utf-8")
    foreign = folder / "fremd.tomw"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.close()
    damaged = folder / "kaputt.tomw"
    data = bytearray(files.theirs.read_bytes())
    data[4096:8192] = b"\xff" * 4096  # a page of the customer's file overwritten
    damaged.write_bytes(bytes(data))
    return {
        "missing other": [files.ours, folder / "fehlt.json"],
        "missing file": [folder / "fehlt.tomw", files.theirs],
        "invalid json": [files.ours, folder / "kaputt.json"],
        "foreign json": [files.ours, folder / "fremd.json"],
        "text as tomw": [files.ours, folder / "notiz.tomw"],
        "foreign sqlite": [files.ours, foreign],
        "damaged other": [files.ours, damaged],
        "foreign target": [foreign, files.theirs],
        "same file": [files.ours, files.ours],
        "same file, other spelling": [files.ours, folder / "." / files.ours.name],
        "bad author": [files.ours, files.theirs, "--take", "theirs", "--author", "x" * 201],
    }


def test_bad_input_exits_2_with_one_line_and_both_files_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    cases = _bad_inputs(files)
    present = [p for p in tmp_path.iterdir()]
    before = {p: digest(p) for p in present}
    for name, args in cases.items():
        code, out, err = merge(capsys, *args, "--take", "theirs")
        assert code == 2, name
        assert out == "", name
        assert len(err.strip().splitlines()) == 1 and err.startswith("tomwizard: "), (name, err)
        assert "Traceback" not in err
    assert {p: digest(p) for p in present} == before
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in present)


def test_a_file_open_elsewhere_or_write_protected_is_refused_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    files = merge_files(tmp_path)
    wal = files.ours.with_name(f"{files.ours.name}-wal")
    with TomwStore.open(files.ours):  # the wizard has it open
        held = digest(files.ours), wal.exists() and digest(wal), digest(files.theirs)
        result = run("merge", files.ours, files.theirs, "--take", "theirs")
        _assert_clean_failure(result)
        assert "bereits" in result.stderr and "geöffnet" in result.stderr
        assert (digest(files.ours), wal.exists() and digest(wal), digest(files.theirs)) == held
    before = digest(files.ours), digest(files.theirs)
    # write protection (simulated: root could write to a 0444 file anyway)
    real_access = os.access

    def access(path: object, mode: int, **kwargs: object) -> bool:
        if mode == os.W_OK and Path(str(path)) == files.ours:
            return False
        return real_access(path, mode, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)
    code, _, err = merge(capsys, files.ours, files.theirs, "--take", "theirs")
    assert code == 2 and "schreibgeschützt" in err and len(err.splitlines()) == 1
    assert (digest(files.ours), digest(files.theirs)) == before


def test_different_catalog_versions_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path, conflict=False)
    other = copy_as(files.theirs, tmp_path / "alt.tomw", catalog_version="2025.1")
    before = digest(files.ours)
    code, _, err = merge(capsys, files.ours, other)
    assert code == 2 and "Katalogversion 2025.1" in err and "tomwizard upgrade" in err
    assert digest(files.ours) == before


def test_merge_through_the_real_command(tmp_path: Path) -> None:
    files = merge_files(tmp_path)
    result = run("merge", files.ours, files.theirs_json, "--take", "theirs")
    assert result.returncode == 0, result.stderr
    assert stored(files.ours).answer(MFA).status == Status.UMGESETZT
    assert run("merge", files.ours, files.theirs_json).returncode == 0  # nothing left to do
