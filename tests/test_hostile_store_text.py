"""A ``.tomw`` whose rows hold a lone UTF-16 surrogate as a JSON escape (``"\\ud800"``; tomwizard
never writes one, sqlite3 cannot store the character itself) is a damaged file: it used to open
and then crash ``merge`` with a pydantic traceback (helper q2's attack)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.store import TomwStore, errors
from tomwizard.store.records import loads

LONE = st.integers(0xD800, 0xDFFF).map(lambda n: f"\\u{n:04x}")


def _with_name(folder: Path, escaped: str) -> Path:
    path = folder / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    conn = sqlite3.connect(path)
    conn.execute(
        "UPDATE fields SET value = ? WHERE path = 'organisation.processor.name'",
        (f'"Muster{escaped}GmbH"',),
    )
    conn.commit()
    conn.close()
    return path


def test_merging_such_a_file_is_one_line_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ours = tmp_path / "ours.tomw"
    TomwStore.create(ours, full_assessment()).close()
    theirs = _with_name(tmp_path, "\\ud800")
    before = digest(ours), digest(theirs)
    assert main(["merge", str(ours), str(theirs), "--dry-run", "--allow-other"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Inhalt der Datei ist ungültig" in err
    assert (digest(ours), digest(theirs)) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw", "ours.tomw"]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(lone=LONE, before=st.text(max_size=5), readonly=st.booleans())
def test_any_lone_surrogate_makes_it_a_damaged_file(
    tmp_path_factory: pytest.TempPathFactory, lone: str, before: str, readonly: bool
) -> None:
    escaped = json.dumps(before)[1:-1] + lone
    path = _with_name(tmp_path_factory.mktemp("s"), escaped)
    with pytest.raises(errors.DamagedError):
        TomwStore.open(path, readonly=readonly).close()


@given(st.recursive(st.text(), lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner)))
def test_rows_of_any_valid_text_read_back_as_written(value: object) -> None:
    """Paired surrogates (an emoji escaped by another program) and every other text are fine,
    escaped (``ensure_ascii``) or not."""
    for text in (json.dumps(value), json.dumps(value, ensure_ascii=False)):
        assert loads(text) == value


def test_an_exchange_file_with_a_huge_text_is_refused_before_anything_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A 10 MB name imported fine and then kept the PDF export busy for hours."""
    from tomwizard.exchange import MAX_TEXT, export_json

    assessment = full_assessment()
    assessment.organisation.processor.name = "A" * (MAX_TEXT + 1)
    source = tmp_path / "big.json"
    source.write_text(export_json(assessment), encoding="utf-8")
    for lang, words in (("de", "Ein Text ist zu lang"), ("en", "A text is too long")):
        out = tmp_path / "a.tomw"
        assert main(["--lang", lang, "import", str(source), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and words in err and len(err) < 400
        assert sorted(p.name for p in tmp_path.iterdir()) == ["big.json"]


@pytest.mark.parametrize("field", ["catalog_id", "catalog_version"])
def test_a_stored_catalog_name_of_a_megabyte_is_a_damaged_file(tmp_path: Path, field: str) -> None:
    """It was repeated in full in the "run upgrade first" message (100 000 characters)."""
    path = tmp_path / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE fields SET value = ? WHERE path = ?", (json.dumps("x" * 100_000), field))
    conn.commit()
    conn.close()
    with pytest.raises(errors.StoreError) as caught:
        TomwStore.open(path, readonly=True).close()
    assert len(str(caught.value)) < 400


def test_a_stored_text_too_long_for_the_annex_is_refused_by_the_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A `.tomw` changed by another tool may hold a text of 150 000 characters: the file still
    opens (the user keeps their data), the export says which text is too long instead of laying
    it out for minutes; nothing is written, the file is untouched."""
    from tomwizard.export.text_limits import MAX_TEXT

    path = tmp_path / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    conn = sqlite3.connect(path)
    long_name = json.dumps("A" * (MAX_TEXT + 50_000))
    conn.execute(
        "UPDATE fields SET value = ? WHERE path = 'organisation.processor.name'", (long_name,)
    )
    conn.commit()
    conn.close()
    before = digest(path)
    with TomwStore.open(path, readonly=True) as store:  # it opens
        assert len(store.load().organisation.processor.name) > MAX_TEXT
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"anlage.{fmt}"
        assert main(["--lang", "de", "export", str(path), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "organisation.processor.name" in err, err[:300]
        assert "zu lang" in err and not out.exists()
    # the exchange format carries the text as it is (a way to move it into another tool)
    assert main(["export", str(path), "-o", str(tmp_path / "a.json")]) == 0
    assert digest(path) == before
