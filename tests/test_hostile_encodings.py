"""Hostile input found in the s4 session: JSON in other encodings, json's English reasons,
a file another program has locked, country fields that hold no code, and names with terminal
escape sequences in what the command line prints."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.builders import digest
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.exchange import ExchangeError, decode_json, export_json, import_document, parse_json
from tomwizard.i18n import set_message_language
from tomwizard.inputs import one_line
from tomwizard.models.assessment import TransferBasis
from tomwizard.store import TomwStore
from tomwizard.store.errors import LockedError

GOOD = export_json(demo_assessment(default_catalog()))

JSON_DOCS = st.dictionaries(
    st.text(max_size=8),
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    max_size=4,
)
ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32"]


@settings(max_examples=100, deadline=None)
@given(doc=JSON_DOCS, encoding=st.sampled_from(ENCODINGS))
def test_a_json_file_in_any_unicode_encoding_reads_as_its_text(
    doc: dict[str, Any], encoding: str
) -> None:
    text = json.dumps(doc, ensure_ascii=False)
    assert decode_json(text.encode(encoding)) == text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-32", "utf-8-sig"])
def test_the_import_reads_what_windows_editors_save(
    tmp_path: Path, encoding: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "kunde.json"
    source.write_bytes(GOOD.encode(encoding))
    assert main(["import", str(source), "-o", str(tmp_path / "k.tomw")]) == 0


def test_latin_1_and_empty_files_are_refused_in_german(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    latin = tmp_path / "latin.json"
    latin.write_bytes(GOOD.encode("latin-1", errors="replace"))
    empty = tmp_path / "leer.json"
    empty.write_bytes(b" \n")
    assert main(["import", str(latin), "-o", str(tmp_path / "a.tomw")]) == 2
    assert "kein UTF-8-Text (Byte" in capsys.readouterr().err
    assert main(["import", str(empty), "-o", str(tmp_path / "b.tomw")]) == 2
    assert "Die Datei ist leer (kein JSON)." in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["latin.json", "leer.json"]


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet='{}[]:,"\\ abtrue0123.-eE\n\x01', max_size=30))
def test_jsons_own_english_reasons_never_reach_the_user(text: str) -> None:
    for lang in ("de", "en"):
        set_message_language(lang)  # type: ignore[arg-type]
        try:
            parse_json(text)
        except ExchangeError as exc:
            cause = exc.__cause__
            if isinstance(cause, json.JSONDecodeError):
                assert cause.msg not in str(exc)
                german = ("Ungültiges JSON", "Die Datei ist leer")
                english = ("Invalid JSON", "The file is empty")
                assert str(exc).startswith(german if lang == "de" else english)
        finally:
            set_message_language("de")


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ('{"a": 1', "hier fehlt ein Komma"),
        ('{"a" 1}', "hier fehlt ein Doppelpunkt"),
        ("{'a': 1}", "hier wird ein Name in doppelten Anführungszeichen erwartet"),
        ('{"a": "x', "ein Text endet nicht"),
        ('{"a": 1} x', "nach dem Ende des JSON folgt noch etwas"),
    ],
)
def test_a_syntax_error_says_what_is_wrong_in_german(text: str, reason: str) -> None:
    with pytest.raises(ExchangeError, match=reason):
        parse_json(text)


def test_a_file_locked_by_another_program_is_not_called_damaged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kunde.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    before = digest(path)
    with closing(sqlite3.connect(path, isolation_level=None)) as other:
        other.execute("BEGIN EXCLUSIVE")  # a database tool or a sync client holds the file
        with pytest.raises(LockedError):
            TomwStore.open(path)
        assert main(["versions", str(path), "--freeze"]) == 2
        err = capsys.readouterr().err
        assert "Ein anderes Programm hat die Datei gerade gesperrt" in err
        assert "beschädigt" not in err
        assert main(["check", str(path)]) in (0, 1)  # reading still works
        other.execute("ROLLBACK")
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kunde.tomw"]


@pytest.mark.parametrize("code", ["ZZZ", "ÄÖ", "U S", "Deutschland", "D"])
def test_a_country_field_must_hold_a_code(code: str) -> None:
    data = json.loads(GOOD)
    data["assessment"]["subprocessors"][1]["countries_processing"] = ["DE", code]
    with pytest.raises(ExchangeError, match="ist kein Ländercode") as caught:
        import_document(json.dumps(data))
    assert "assessment.subprocessors.1.countries_processing.1" in str(caught.value)
    data["assessment"]["subprocessors"][1]["countries_processing"] = ["de", "XK", ""]
    import_document(json.dumps(data))  # any two letters: the country list is not complete


def test_names_cannot_send_escape_sequences_to_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assessment = demo_assessment(default_catalog())
    sub = assessment.subprocessors[0].model_copy(
        update={"name": "Evil\r\x1b[2J\x1b]0;pwned\x07\u202eCorp", "country_seat": "US"}
    )
    sub = sub.model_copy(update={"transfer_basis": TransferBasis.NONE})
    assessment.subprocessors[0] = sub
    path = tmp_path / "kunde.tomw"
    TomwStore.create(path, assessment).close()
    main(["check", str(path)])
    main(["export", str(path), "-o", str(tmp_path / "a.pdf"), "--final"])
    captured = capsys.readouterr()
    printed = captured.out + captured.err
    assert "Evil" in printed
    assert not any(c in printed for c in "\x1b\r\x07\u202e")
    assert "Evil\\r\\x1b[2J" in printed


def test_one_line_keeps_the_spaces_of_german_typography() -> None:
    assert one_line("Art.\u00a032 DSGVO, 5\u202f%") == "Art.\u00a032 DSGVO, 5\u202f%"
    assert one_line("a\nb\u2028c") == "a\\nb\\u2028c"


@pytest.mark.parametrize(
    ("version", "words"),
    [("9999.1", "neuer als die dieses Programms"), ("2020.1", "„tomwizard upgrade ")],
)
def test_an_import_from_another_catalog_version_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], version: str, words: str
) -> None:
    data = json.loads(GOOD)
    data["assessment"]["catalog_version"] = version
    source = tmp_path / "kunde.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "k.tomw")]) == 0
    assert words in capsys.readouterr().err
    source.write_text(GOOD, encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "same.tomw")]) == 0
    assert capsys.readouterr().err == ""


def test_a_version_label_is_one_line_and_bounded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kunde.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    assert main(["versions", str(path), "--freeze", "--label", "x" * 100_000]) == 2
    assert "höchstens 200 Zeichen" in capsys.readouterr().err
    assert main(["versions", str(path)]) == 0
    assert "Noch keine festgeschriebene Version." in capsys.readouterr().out
    assert main(["versions", str(path), "--freeze", "--label", "2.1\n(nach\tAudit)"]) == 0
    with TomwStore.open(path, readonly=True) as store:
        assert [v.label for v in store.versions()] == ["2.1 (nach Audit)"]


def test_a_value_a_union_refuses_is_one_error_not_two() -> None:
    data = json.loads(GOOD)
    answer = next(iter(data["assessment"]["answers"].values()))
    answer["params"] = {"frist": 1.5}  # int | str: pydantic reports both members
    with pytest.raises(ExchangeError) as caught:
        import_document(json.dumps(data))
    message = str(caught.value)
    assert message.endswith(".params.frist“: hier wird eine ganze Zahl erwartet"), message


@pytest.mark.parametrize(
    ("custom", "words"),
    [
        ({"id": "org.dsb", "section_id": "org"}, "gehört einer Maßnahme des Katalogs"),
        ({"id": "c1", "section_id": "nope"}, "einen Abschnitt „nope“ hat der Katalog nicht"),
        (
            {"id": "c1", "section_id": "org", "linked_measure": "no.such", "link_kind": "replaces"},
            "eine Maßnahme „no.such“ hat der Katalog nicht",
        ),
    ],
)
def test_a_custom_measure_the_annex_would_lose_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], custom: dict[str, str], words: str
) -> None:
    data = json.loads(GOOD)
    data["assessment"]["custom_measures"] = [{**custom, "text": "Eigene Maßnahme"}]
    source = tmp_path / "kunde.json"
    source.write_text(json.dumps(data), encoding="utf-8")
    assert main(["import", str(source), "-o", str(tmp_path / "k.tomw")]) == 2
    assert words in capsys.readouterr().err
    assert not (tmp_path / "k.tomw").exists()
