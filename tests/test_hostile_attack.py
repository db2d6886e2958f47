"""What a hostile tester found (helper I): each case once failed with a traceback or lost
data; now it gives one line on stderr, exit 2, and leaves the user's file as it was."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from pydantic import BaseModel

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.content import cache as content_cache
from tomwizard.content.cache import load_cached
from tomwizard.content.catalog import default_catalog, default_catalog_dir, load_catalog
from tomwizard.content.yamlsource import ContentError, load_yaml
from tomwizard.editing import OpenAssessment, SetField, StoreError, load_assessment
from tomwizard.paths import FORMS_ENV, data_dir
from tomwizard.store import TomwStore

CATALOG = default_catalog()


def _frozen_file(folder: Path) -> Path:
    path = folder / "a.tomw"
    with TomwStore.create(path, full_assessment()) as store:
        store.freeze_version()
    return path


@pytest.mark.parametrize("value", ["²", "9" * 5000, "1²", "٣x"])
def test_changes_since_with_digits_int_refuses_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    source = _frozen_file(tmp_path)
    before = digest(source)
    code = main(["export", str(source), "-o", str(tmp_path / "a.pdf"), "--changes-since", value])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("tomwizard: ") and err.count("\n") == 1
    assert "Traceback" not in err and len(err) < 400
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw"]


def _open_demo(folder: Path) -> tuple[OpenAssessment, Path]:
    path = folder / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    return OpenAssessment.open(path, CATALOG), path


@pytest.mark.parametrize("how", ["deleted", "replaced", "moved"])
def test_a_file_deleted_or_replaced_underneath_refuses_the_write(tmp_path: Path, how: str) -> None:
    """Writing on would go to a file that is no longer at its name: every later edit (and the
    whole file, once it is closed) would be lost without a word."""
    doc, path = _open_demo(tmp_path)
    name = "organisation.processor.name"
    doc.apply([SetField(name, "Vorher GmbH")], label="a")
    if how == "deleted":
        path.unlink()
    elif how == "moved":
        path.rename(tmp_path / "b.tomw")
    else:
        other = tmp_path / "other.tomw"
        TomwStore.create(other, full_assessment()).close()
        other.replace(path)
    on_disk = digest(path) if path.exists() else None
    before = doc.assessment.model_copy(deep=True)
    with pytest.raises(StoreError, match="außerhalb von tomwizard"):
        doc.apply([SetField(name, "Nachher GmbH")], label="b")
    with pytest.raises(StoreError, match="außerhalb von tomwizard"):
        doc.undo()
    assert doc.assessment == before  # memory, history and the file at the name: unchanged
    assert doc.history.can_undo() and not doc.history.can_redo()
    doc.close()
    assert (digest(path) if path.exists() else None) == on_disk


def test_a_file_copied_over_in_place_is_still_written(tmp_path: Path) -> None:
    """The same file at the same name (e.g. touched, or its mode changed) is no reason to stop."""
    doc, path = _open_demo(tmp_path)
    path.touch()
    doc.apply([SetField("organisation.processor.name", "Noch da GmbH")], label="a")
    doc.close()
    assert load_assessment(path).organisation.processor.name == "Noch da GmbH"


# -- content folders (TOMWIZARD_FORMS_DIR): YAML that is a trap -----------------------------


def _laughs(levels: int) -> str:
    """The "billion laughs": each level lists the one before nine times (9**levels values)."""
    lines = ['l0: &l0 ["ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha", "ha"]']
    for i in range(1, levels):
        lines.append(f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param(_laughs(8), "anchors", id="billion-laughs"),
        pytest.param("views: &a [*a]\n", "refers to itself", id="recursive-alias"),
        pytest.param("views: &a {b: [*a]}\n", "refers to itself", id="recursive-alias-deep"),
        pytest.param("x: " + "[" * 995 + "]" * 995 + "\n", None, id="nested-995"),
    ],
)
def test_yaml_traps_are_content_errors_not_hangs_or_recursion_errors(
    tmp_path: Path, text: str, words: str | None
) -> None:
    path = tmp_path / "views.yaml"
    path.write_text(text, encoding="utf-8")
    if words is None:  # deep but finite: read (the model then says what is wrong with it)
        load_yaml(path)
        return
    with pytest.raises(ContentError, match=words) as caught:
        load_yaml(path)
    assert all(line.startswith(str(path)) for line in caught.value.lines)


def test_yaml_anchors_in_moderation_still_read_with_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "rules.yaml"
    path.write_text("a: &x [1, 2]\nb:\n  c: *x\n  d: [*x, *x]\n", encoding="utf-8")
    data, lines = load_yaml(path)
    assert data == {"a": [1, 2], "b": {"c": [1, 2], "d": [[1, 2], [1, 2]]}}
    assert lines[("b", "c")] == 3 and lines[("b", "d")] == 4 and lines[("a", 1)] == 1


# -- the content cache (TOMWIZARD_CACHE_DIR) ------------------------------------------------


class _Small(BaseModel):
    name: str


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_cache_entry_that_is_no_file_is_passed_over_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A named pipe at an entry's name blocked every start for ever (a link to /dev/zero, the
    same check, read until the memory ran out)."""
    folder, source = tmp_path / "cache", tmp_path / "small.yaml"
    source.write_text("name: x\n", encoding="utf-8")
    monkeypatch.setenv(content_cache.ENV_DIR, str(folder))
    load_cached("small", [source], _Small, lambda: _Small(name="x"))
    (entry,) = folder.glob("small-*.pickle")
    entry.unlink()
    os.mkfifo(entry)
    result: list[_Small] = []
    worker = threading.Thread(
        target=lambda: result.append(
            load_cached("small", [source], _Small, lambda: _Small(name="fresh"))
        ),
        daemon=True,
    )
    worker.start()
    worker.join(timeout=10)
    if worker.is_alive():  # let the blocked reader go before failing
        with contextlib.suppress(OSError):
            os.close(os.open(entry, os.O_WRONLY | os.O_NONBLOCK))
    assert result == [_Small(name="fresh")]


def _run_briefly(action: Any) -> list[BaseException | None]:
    """Run ``action`` in a thread; [] if it is still running after ten seconds."""
    outcome: list[BaseException | None] = []

    def run() -> None:
        try:
            action()
            outcome.append(None)
        except BaseException as exc:  # handed to the test
            outcome.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    return outcome


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_in_a_content_folder_is_a_content_error_not_a_hang(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pipe as a catalog section (or rule, preset, mapping file) blocked every command."""
    monkeypatch.setenv(content_cache.ENV_DIR, str(tmp_path / "cache"))
    folder = tmp_path / "catalog"
    shutil.copytree(default_catalog_dir(), folder)
    section = sorted((folder / "sections").glob("*.yaml"))[2]
    section.unlink()
    os.mkfifo(section)
    try:
        outcome = _run_briefly(lambda: load_catalog(folder))
    finally:
        with contextlib.suppress(OSError):  # let a blocked reader go
            os.close(os.open(section, os.O_WRONLY | os.O_NONBLOCK))
    assert len(outcome) == 1 and isinstance(outcome[0], ContentError)
    assert str(section) in str(outcome[0]) and "regular file" in str(outcome[0])


@pytest.mark.parametrize(
    ("name", "text"),
    [("views.yaml", "views: []\n"), ("synonyms.yaml", "- [")],
)
def test_catalog_validate_checks_every_file_of_a_forms_folder(
    tmp_path: Path, name: str, text: str
) -> None:
    """`catalog validate` said "ok" for a forms folder whose views or synonyms were broken;
    the first export (or the search) then failed."""
    forms = tmp_path / "forms"
    shutil.copytree(data_dir("forms"), forms)
    (forms / name).write_text(text, encoding="utf-8")
    env = {**os.environ, FORMS_ENV: str(forms), content_cache.ENV_DIR: ""}
    done = subprocess.run(
        [sys.executable, "-m", "tomwizard", "catalog", "validate"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stdout
    assert name in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("readonly", [True, False])
def test_a_file_whose_version_was_lowered_is_damaged_and_stays_alone(
    tmp_path: Path, readonly: bool
) -> None:
    """Found by the fuzzer: a bit flip in the header's user_version (2 instead of 3) made the
    migration add a column the file already has — a raw sqlite3 traceback (read-only) or a
    backup copy left beside the refused file (writable)."""
    import sqlite3

    from tests.builders import full_assessment
    from tomwizard.store.errors import StoreError
    from tomwizard.store.schema import SCHEMA_VERSION

    path = tmp_path / "m.tomw"
    TomwStore.create(path, full_assessment()).close()
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError):
        TomwStore.open(path, readonly=readonly).close()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.tomw"]
