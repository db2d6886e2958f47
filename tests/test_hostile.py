"""Hostile files on the command line: each kind gets its own one-line message, exit 2, and the
file stays byte-identical with nothing written beside it."""

from __future__ import annotations

import os
import re
import sqlite3
from pathlib import Path

import pytest

from tests.builders import digest, full_assessment, sqlite_file
from tomwizard.cli.main import main
from tomwizard.store import TomwStore, errors, schema


def hostile_files(folder: Path) -> dict[str, tuple[Path, type[errors.StoreError], str]]:
    """name → (path, error class, words of its message)."""
    good = folder / "good.tomw"
    with TomwStore.create(good, full_assessment()) as store:
        store.freeze_version()
    data = good.read_bytes()
    files: dict[str, bytes] = {
        "text": b"Das ist keine Datenbank.\n",
        "empty": b"",
        "truncated_header": data[:60],
        "truncated": data[:1500],
        "flipped": bytes(b ^ 0xFF if i >= 4096 and i % 97 == 0 else b for i, b in enumerate(data)),
    }
    for name, content in files.items():
        (folder / f"{name}.tomw").write_bytes(content)
    sqlite_file(folder / "foreign.tomw", 0, 0)
    sqlite_file(folder / "newer.tomw", schema.APPLICATION_ID, schema.SCHEMA_VERSION + 1)
    (folder / "folder.tomw").mkdir()
    good.unlink()
    return {
        "text": (folder / "text.tomw", errors.NotTomwizardError, "keine tomwizard-Datei"),
        "empty": (folder / "empty.tomw", errors.NotTomwizardError, "leer (0 Byte)"),
        "truncated_header": (folder / "truncated_header.tomw", errors.DamagedError, "abgeschn"),
        "truncated": (folder / "truncated.tomw", errors.DamagedError, "beschädigt"),
        "flipped": (folder / "flipped.tomw", errors.DamagedError, "beschädigt"),
        "foreign": (folder / "foreign.tomw", errors.NotTomwizardError, "SQLite-Datenbank, aber"),
        "newer": (folder / "newer.tomw", errors.NewerVersionError, "neueren tomwizard-Version"),
        "folder": (folder / "folder.tomw", errors.NotAFileError, "Ordner"),
        "missing": (folder / "missing.tomw", errors.FileMissingError, "nicht gefunden"),
    }


def _listing(folder: Path) -> dict[str, str | None]:
    return {p.name: digest(p) if p.is_file() else None for p in folder.iterdir()}


@pytest.mark.parametrize(
    "command",
    [
        ["diff", "{file}"],
        ["versions", "{file}"],
        ["versions", "{file}", "--freeze"],
        ["export", "{file}", "-o", "{out}"],
        ["import", "{file}", "-o", "{out}"],
    ],
)
def test_hostile_files_on_the_cli_exit_2_with_one_line_and_stay_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: list[str]
) -> None:
    files = hostile_files(tmp_path)
    before = _listing(tmp_path)
    messages = {}
    for name, (path, _, words) in files.items():
        out = tmp_path / "out.json"
        argv = [part.format(file=path, out=out) for part in command]
        assert main(argv) == 2, name
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("tomwizard: "), (name, err)
        if command[0] != "import":  # import reads JSON; its messages are about JSON
            assert words in err, (name, err)
        messages[name] = err
    assert _listing(tmp_path) == before  # same bytes, no -wal/-shm/.lock/.bak/output
    if command[0] != "import":
        assert len(set(messages.values())) == len(messages)  # each kind its own message


@pytest.mark.parametrize("readonly", [False, True])
def test_each_kind_raises_its_own_error_class(tmp_path: Path, readonly: bool) -> None:
    for path, expected, words in hostile_files(tmp_path).values():
        with pytest.raises(expected, match=re.escape(words)):
            TomwStore.open(path, readonly=readonly).load()
        with pytest.raises(expected, match=re.escape(words)):
            TomwStore.read(path)  # the export's read: the same checks, the same errors
    assert not [p for p in tmp_path.iterdir() if p.suffix in (".lock", ".bak")]


def test_an_unreadable_file_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.tomw"
    TomwStore.create(path, full_assessment()).close()
    before = digest(path)
    real_open = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Keine Berechtigung", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(errors.UnreadableError, match="kann nicht gelesen werden"):
        TomwStore.open(path)
    monkeypatch.undo()
    assert digest(path) == before


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads mode 000 files")
def test_an_unreadable_file_on_disk_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "secret.tomw"
    TomwStore.create(path, full_assessment()).close()
    path.chmod(0)
    try:
        assert main(["diff", str(path)]) == 2
        assert "kann nicht gelesen werden" in capsys.readouterr().err
    finally:
        path.chmod(0o600)


def test_a_damaged_row_is_a_damaged_file_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "rows.tomw"
    TomwStore.create(path, full_assessment()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE answers SET data = '[1, 2' WHERE measure_id = 'org.dsb'")
    conn.execute("UPDATE fields SET value = X'FF00FE' WHERE path = 'organisation.place'")
    conn.commit()
    conn.close()
    before = digest(path)
    for readonly in (True, False):
        with pytest.raises(errors.DamagedError, match="Inhalt der Datei ist ungültig"):
            TomwStore.open(path, readonly=readonly)
    with pytest.raises(errors.DamagedError, match="Inhalt der Datei ist ungültig"):
        TomwStore.read(path)
    assert digest(path) == before
