"""The input gate (tomwizard/inputs.py): each hostile input the outside suite found, and its
neighbours, gives one line on stderr and exit 2, the input byte-identical, nothing beside it."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import digest, full_assessment
from tomwizard import inputs
from tomwizard.cli.main import main
from tomwizard.exchange import export_json
from tomwizard.store import TomwStore


def _listing(folder: Path) -> dict[str, str | None]:
    return {
        p.name: digest(p)
        if p.is_file() and not p.is_symlink()
        else os.readlink(p)
        if p.is_symlink()
        else None
        for p in folder.iterdir()
    }


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """good.tomw and good.json (its export) in an otherwise empty folder."""
    good = tmp_path / "good.tomw"
    with TomwStore.create(good, full_assessment()) as store:
        store.freeze_version()
        text = export_json(store.load(), store.changes(), store.frozen_versions())
    (tmp_path / "good.json").write_text(text, encoding="utf-8")
    return tmp_path


def _json(folder: Path, name: str, text: str | bytes) -> Path:
    path = folder / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8", errors="surrogatepass")
    else:
        path.write_bytes(text)
    return path


def _fails_cleanly(
    capsys: pytest.CaptureFixture[str], folder: Path, argv: list[str], words: str
) -> None:
    before = _listing(folder)
    assert main(argv) == 2
    _out, err = capsys.readouterr()
    assert err.count("\n") == 1 and err.startswith("tomwizard: "), err
    assert words in err, err
    assert _listing(folder) == before  # input byte-identical, nothing created beside it


def _in_both(folder: Path, source: Path) -> list[list[str]]:
    """import SOURCE and merge good.tomw SOURCE (plain and --dry-run)."""
    good = str(folder / "good.tomw")
    return [
        ["import", str(source), "-o", str(folder / "new.tomw")],
        ["merge", good, str(source)],
        ["merge", good, str(source), "--dry-run"],
    ]


def test_a_link_loop_is_one_line_in_every_command(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "a.tomw").symlink_to(folder / "b.tomw")
    (folder / "b.tomw").symlink_to(folder / "a.tomw")
    loop, good = str(folder / "a.tomw"), str(folder / "good.tomw")
    for argv in (
        ["merge", good, loop],
        ["merge", loop, good],
        ["check", loop],
        ["diff", loop],
        ["versions", loop, "--freeze"],
        ["export", loop, "-o", str(folder / "x.pdf")],
        ["import", loop, "-o", str(folder / "x.tomw")],
    ):
        _fails_cleanly(capsys, folder, argv, "Verknüpfungsschleife")


def test_deeply_nested_json_is_refused(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    deep = _json(folder, "deep.json", "[" * 100_000 + "]" * 100_000)
    data = json.loads((folder / "good.json").read_text(encoding="utf-8"))
    node = data["assessment"]["organisation"]
    node["extra"] = json.loads("[" * 200 + "]" * 200)
    inner = _json(folder, "inner.json", json.dumps(data))
    for source in (deep, inner):
        for argv in _in_both(folder, source):
            _fails_cleanly(capsys, folder, argv, "zu tief verschachtelt")


def test_a_lone_surrogate_is_refused_and_leaves_nothing_behind(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (folder / "good.json").read_text(encoding="utf-8")
    assert '"place": "' in text
    source = _json(folder, "s.json", text.replace('"place": "', '"place": "\\ud800', 1))
    for argv in _in_both(folder, source):
        _fails_cleanly(capsys, folder, argv, "U+D800")


def test_unknown_measure_ids_are_named_and_counted(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = json.loads((folder / "good.json").read_text(encoding="utf-8"))
    data["assessment"]["answers"]["ausgedacht.eins"] = {"status": "umgesetzt"}
    data["assessment"]["answers"]["ausgedacht.zwei"] = {"status": "geplant"}
    source = _json(folder, "u.json", json.dumps(data))
    for argv in _in_both(folder, source):
        _fails_cleanly(capsys, folder, argv, "2 unbekannten Maßnahmen (erste: „ausgedacht.eins“)")


def test_ids_of_earlier_catalog_versions_pass_the_gate(folder: Path) -> None:
    register = inputs.forms_path("catalog", "id-register.txt").read_text(encoding="utf-8")
    retired = [
        line for line in register.splitlines() if line and line[0] != "#"
    ]  # every id ever issued
    data = json.loads((folder / "good.json").read_text(encoding="utf-8"))
    answers = {i: {"status": "umgesetzt"} for i in retired}
    data["assessment"]["answers"] = answers
    source = _json(folder, "r.json", json.dumps(data))
    assert set(inputs.read_exchange(source).assessment.answers) == set(answers)


@pytest.mark.parametrize(
    ("name", "content", "words"),
    [
        ("dup.json", '{"format": "tomwizard-exchange", "format": "x"}', "doppelt"),
        ("nan.json", '{"format": "tomwizard-exchange", "format_version": NaN}', "NaN"),
        ("digits.json", '{"format": "tomwizard-exchange", "x": ' + "9" * 5000 + "}", "Ziffern"),
        ("latin1.json", b'{"format": "tomwizard-exchange", "x": "Stra\xdfe"}', "kein UTF-8"),
        ("nul.json", b'{"format": "tomwizard-exchange", "x": "\x00"}', "Ungültiges JSON"),
        ("list.json", "[1, 2, 3]", "keine tomwizard-Austauschdatei"),
        ("wrongtype.json", None, "assessment.answers"),
    ],
)
def test_hostile_json_content(
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: str | bytes | None,
    words: str,
) -> None:
    if content is None:  # the right document with one value of the wrong type
        data = json.loads((folder / "good.json").read_text(encoding="utf-8"))
        data["assessment"]["answers"] = ["umgesetzt"]
        content = json.dumps(data)
    source = _json(folder, name, content)
    for argv in _in_both(folder, source):
        _fails_cleanly(capsys, folder, argv, words)


def test_a_file_too_big_is_refused_before_it_is_read(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(inputs, "MAX_JSON_BYTES", 1000)
    for argv in _in_both(folder, folder / "good.json"):
        _fails_cleanly(capsys, folder, argv, "zu groß")


def test_paths_that_are_not_files(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (folder / "dir.json").mkdir()
    (folder / "dangling.json").symlink_to(folder / "nowhere.json")
    os.mkfifo(folder / "fifo.json")  # reading it would block for ever
    for name, words in (
        ("dir.json", "Ordner"),
        ("dangling.json", "zeigt auf eine Datei, die es nicht gibt"),
        ("fifo.json", "keine gewöhnliche Datei"),
    ):
        for argv in _in_both(folder, folder / name):
            _fails_cleanly(capsys, folder, argv, words)
    os.mkfifo(folder / "fifo.tomw")
    for argv in (["check", "{p}"], ["diff", "{p}"], ["export", "{p}", "-o", "{o}"]):
        line = [a.format(p=folder / "fifo.tomw", o=folder / "o.pdf") for a in argv]
        _fails_cleanly(capsys, folder, line, "keine gewöhnliche Datei")


def test_a_nul_byte_or_a_line_break_in_a_name_stays_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _fails_cleanly(capsys, folder, ["check", str(folder / "a\x00b.tomw")], "Nullzeichen")
    _fails_cleanly(capsys, folder, ["check", str(folder / "a\nb.tomw")], "a\\nb.tomw")
    _fails_cleanly(
        capsys, folder, ["merge", str(folder / "good.tomw"), "x\x00.json"], "Nullzeichen"
    )
    good, json_file = str(folder / "good.tomw"), str(folder / "good.json")
    for argv in (  # output names: refused before anything is written (the annex, say)
        ["export", good, "-o", str(folder / "a.pdf"), "--gap-report", str(folder / "\x00.pdf")],
        ["export", good, "-o", str(folder / "a\x00.json")],
        ["import", json_file, "-o", str(folder / "a\x00.tomw")],
        ["demo", "-o", str(folder / "a\x00")],
    ):
        _fails_cleanly(capsys, folder, argv, "Nullzeichen")


def test_a_usage_error_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["export", "x.tomw", "--lang"])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("tomwizard: ")


def test_export_never_replaces_a_link_or_a_device(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "link.json").symlink_to(folder / "good.json")
    good = str(folder / "good.tomw")
    _fails_cleanly(capsys, folder, ["export", good, "-o", str(folder / "link.json")], "nicht")
    assert main(["export", good, "-o", "/dev/null", "--format", "json"]) == 2
    assert Path("/dev/null").is_char_device()


def test_a_closed_pipe_ends_quietly_in_process(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    class ClosedPipe(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError(32, "Broken pipe")

        def fileno(self) -> int:
            raise io.UnsupportedOperation("no fd")

    monkeypatch.setattr(sys, "stdout", ClosedPipe())
    assert main(["check", str(folder / "good.tomw")]) == 141
    monkeypatch.undo()
    assert capsys.readouterr().err == ""


def test_a_closed_pipe_ends_quietly_in_a_real_process(folder: Path) -> None:
    """`tomwizard check FILE | head -0`: no "Broken pipe", not exit 2."""
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader is gone before the first line is written
    try:
        done = subprocess.run(
            [sys.executable, "-m", "tomwizard", "check", str(folder / "good.tomw")],
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 141
    assert done.stderr == ""


def test_a_broken_catalog_is_one_line_outside_the_validator(
    folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tomwizard.content.yamlsource import ContentError

    def broken() -> None:
        raise ContentError(["katalog.yaml:3: id: Field required", "katalog.yaml:9: title: …"])

    monkeypatch.setattr("tomwizard.cli.documents.default_catalog", broken)
    _fails_cleanly(
        capsys, folder, ["check", str(folder / "good.tomw")], "katalog.yaml:3: id: Field required"
    )


def test_a_customer_tomw_with_unknown_ids_is_not_merged(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.models.assessment import Answer, Status

    assessment = full_assessment()
    assessment.answers["ausgedacht.drei"] = Answer(status=Status.UMGESETZT)
    TomwStore.create(folder / "kunde.tomw", assessment).close()
    good, customer = str(folder / "good.tomw"), str(folder / "kunde.tomw")
    for argv in (["merge", good, customer], ["merge", good, customer, "--take", "theirs"]):
        _fails_cleanly(
            capsys, folder, argv, "einer unbekannten Maßnahme (erste: „ausgedacht.drei“)"
        )


@pytest.mark.parametrize("where", ["changelog", "custom_measures", "subprocessors", "versions"])
def test_duplicate_ids_in_lists_are_refused_before_anything_is_written(
    folder: Path, capsys: pytest.CaptureFixture[str], where: str
) -> None:
    """Found by make fuzz: two change-log rows with one id failed half-way into a new file."""
    data = json.loads((folder / "good.json").read_text(encoding="utf-8"))
    items = data[where] if where in ("changelog", "versions") else data["assessment"][where]
    items.append(dict(items[0]))
    source = _json(folder, "dup.json", json.dumps(data))
    for argv in _in_both(folder, source):
        _fails_cleanly(capsys, folder, argv, "kommt doppelt vor")


def test_real_processes_give_the_same_one_line(folder: Path) -> None:
    """A few cases as a user runs them: a pipe (would block), a loop, deep JSON."""
    os.mkfifo(folder / "fifo.tomw")
    (folder / "loop.json").symlink_to(folder / "loop.json")
    _json(folder, "deep.json", "[" * 100_000 + "]" * 100_000)
    before = _listing(folder)
    for argv in (
        ["check", str(folder / "fifo.tomw")],
        ["merge", str(folder / "good.tomw"), str(folder / "loop.json")],
        ["import", str(folder / "deep.json"), "-o", str(folder / "neu.tomw")],
    ):
        done = subprocess.run(
            [sys.executable, "-m", "tomwizard", *argv],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 2, (argv, done.stderr)
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("tomwizard: ")
    assert _listing(folder) == before
