"""The command line speaks the user's language: ``--lang`` before the command, else the locale
(LANGUAGE, LC_ALL, LC_MESSAGES, LANG), German by default. Exit codes and JSON stay the same.
Dates and plural forms come from Babel and the catalogs in both languages."""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import full_assessment
from tomwizard import i18n
from tomwizard.cli.guard import mistyped_command
from tomwizard.cli.main import main
from tomwizard.rules.render import as_text
from tomwizard.store import TomwStore

BASE_ENV = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"}


def run(*args: str | Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tomwizard", *map(str, args)],
        capture_output=True,
        text=True,
        env={**BASE_ENV, **env},
    )


@pytest.fixture(scope="module")
def tomw(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("lang") / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    return path


GERMAN_ERROR = "Unbekanntes Ausgabeformat „.txt“"
ENGLISH_ERROR = "Unknown output format “.txt”"


@pytest.mark.parametrize(
    ("before", "env", "english"),
    [
        ((), {}, False),  # the default: German
        ((), {"LANG": "de_DE.UTF-8"}, False),
        (("--lang", "en"), {}, True),
        (("--lang=en",), {}, True),
        ((), {"LANG": "en_US.UTF-8"}, True),
        ((), {"LANGUAGE": "fr:en", "LANG": "de_DE.UTF-8"}, True),
        ((), {"LC_ALL": "C", "LANG": "en_US.UTF-8"}, False),  # LC_ALL decides before LANG
        (("--lang", "de"), {"LANG": "en_GB.UTF-8"}, False),  # the option before the locale
    ],
)
def test_messages_follow_the_option_then_the_locale(
    tomw: Path, tmp_path: Path, before: tuple[str, ...], env: dict[str, str], english: bool
) -> None:
    result = run(*before, "export", tomw, "-o", tmp_path / "x.txt", **env)
    assert result.returncode == 2  # the exit code does not depend on the language
    assert (ENGLISH_ERROR if english else GERMAN_ERROR) in result.stderr
    assert (GERMAN_ERROR if english else ENGLISH_ERROR) not in result.stderr


def test_the_input_gate_speaks_the_language_too(tmp_path: Path) -> None:
    empty = tmp_path / "leer.tomw"
    empty.write_bytes(b"")
    for args, german, english in (
        (("check", tmp_path / "fehlt.tomw"), "Datei nicht gefunden.", "File not found."),
        (("check", empty), "Die Datei ist leer (0 Byte)", "The file is empty (0 bytes)"),
        (("check", tmp_path), "Das ist ein Ordner, keine tomwizard-Datei.", "This is a folder"),
    ):
        de, en = run(*args), run("--lang", "en", *args)
        assert (de.returncode, en.returncode) == (2, 2)
        assert german in de.stderr and english in en.stderr, (de.stderr, en.stderr)
    assert empty.read_bytes() == b""


def test_help_in_both_languages() -> None:
    german = run("export", "--help").stdout
    english = run("--lang", "en", "export", "--help").stdout
    assert "nur eine Endfassung schreiben" in german and "DATEI.tomw" in german
    assert "write a final version only" in english and "FILE.tomw" in english
    assert "Endfassung" not in english
    top = run("--help", LANG="en_US.UTF-8").stdout
    assert "--lang de|en" in top and "language of messages and help" in top


def test_argparse_words_in_german_too() -> None:
    """argparse's own words (usage line, headings, -h, usage errors) follow the language."""
    top, sub = run("--help").stdout, run("export", "--help").stdout
    for text in (top, sub):
        assert "Aufruf: tomwizard" in text and "Optionen:" in text
        assert "diese Hilfe zeigen und beenden" in text
        for english in ("usage:", "options:", "positional arguments", "show this help"):
            assert english not in text
    assert "Argumente:" in sub and "die Versionsnummer zeigen und beenden" in top
    english = run("--lang", "en", "export", "--help").stdout
    assert "usage: tomwizard export" in english and "options:" in english
    assert "show this help message and exit" in english and "Aufruf" not in english


@pytest.mark.parametrize(
    ("args", "german", "english"),
    [
        (("export",), "Folgende Argumente fehlen: DATEI.tomw", "arguments are required: FILE"),
        (  # German quotation marks, the choices unquoted (review 6, N6)
            ("check", "a", "--format", "x"),
            "Argument --format: ungültige Auswahl: „x“ (möglich: text, json)",
            "Argument --format: invalid choice: “x” (choose from text, json)",
        ),
        (("check", "a", "--bad"), "Unbekannte Argumente: --bad", "Unrecognized arguments: --bad"),
        (("export", "a", "-o"), "Argument -o/--output: erwartet einen Wert", "expected one"),
        (("exprot", "a.tomw"), "Befehl „exprot“; gemeint ist wohl „export“", "“export”"),
    ],
)
def test_usage_errors_in_the_users_language(
    args: tuple[str, ...], german: str, english: str
) -> None:
    de, en = run(*args), run("--lang", "en", *args)
    assert (de.returncode, en.returncode) == (2, 2)
    assert de.stderr.count("\n") == en.stderr.count("\n") == 1  # one line, no usage block
    assert german in de.stderr and "error" not in de.stderr, de.stderr
    assert english in en.stderr, en.stderr


def test_a_mistyped_command_is_named_but_a_file_is_a_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """„exprot“ is almost a command; the same word as an existing file (or any .tomw name) is
    what `tomwizard FILE` opens in the GUI, so it is left alone (review 6, N7)."""
    commands = ("export", "check")
    assert mistyped_command("exprot", commands) is not None
    assert mistyped_command("chek", commands) is not None
    assert mistyped_command("exprot.tomw", commands) is None
    assert mistyped_command("abrechnung", commands) is None  # nothing close: the GUI says more
    monkeypatch.chdir(tmp_path)
    (tmp_path / "exprot").write_bytes(b"")
    assert mistyped_command("exprot", commands) is None


def test_argparse_speaks_english_again_after_a_run(capsys: pytest.CaptureFixture[str]) -> None:
    """The German words are lent to argparse for tomwizard's parser only: a program that calls
    tomwizard's main() keeps argparse's English for its own parsers."""
    with pytest.raises(SystemExit):
        main(["--lang", "de", "export"])
    assert "Folgende Argumente fehlen" in capsys.readouterr().err
    other = argparse.ArgumentParser(prog="other")
    assert other.format_help().startswith("usage: other")


def test_check_text_in_the_users_language_and_json_unchanged(tomw: Path) -> None:
    german, english = run("check", tomw), run("--lang", "en", "check", tomw)
    assert german.returncode == english.returncode
    assert german.stdout != english.stdout
    json_de = run("check", tomw, "--format", "json")
    json_en = run("--lang", "en", "check", tomw, "--format", "json")
    assert json_de.stdout == json_en.stdout and json_de.returncode == json_en.returncode


def test_document_language_follows_the_option_before_the_command(
    tomw: Path, tmp_path: Path
) -> None:
    def pdf_text(path: Path) -> str:
        out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True)
        return " ".join(out.stdout.split())

    run("export", tomw, "-o", tmp_path / "de.pdf")
    run("--lang", "en", "export", tomw, "-o", tmp_path / "en.pdf")
    run("--lang", "en", "export", tomw, "-o", tmp_path / "de2.pdf", "--lang", "de")
    assert "Technische und organisatorische" in pdf_text(tmp_path / "de.pdf")
    assert "Technical and Organisational" in pdf_text(tmp_path / "en.pdf")
    assert "Technische und organisatorische" in pdf_text(tmp_path / "de2.pdf")


def test_dates_by_babel_the_same_everywhere() -> None:
    day = dt.date(2027, 3, 31)
    assert i18n.format_date(day, "de") == "31.03.2027"
    assert i18n.format_date(day, "en") == "31 March 2027"
    assert i18n.format_date(dt.date(2027, 1, 5), "en") == "5 January 2027"
    # a rule's placeholder: the finding carries the date as the documents write it
    assert as_text(day).model_dump() == {"de": "31.03.2027", "en": "31 March 2027"}
    assert i18n.format_number(1234.5, "de", 1) == "1.234,5"
    assert i18n.format_number(1234.5, "en", 1) == "1,234.5"


def test_plural_forms_in_both_languages() -> None:
    from tomwizard.rules.blockers import KIND_WORDS, BlockerKind

    singular, plural = KIND_WORDS[BlockerKind.WIDERSPRUCH]
    shown = {
        (lang, n): i18n.trn(lang, singular, plural, n).format(n=n)
        for lang in ("de", "en")
        for n in (0, 1, 2)
    }
    assert shown == {
        ("de", 0): "0 Widersprüche",
        ("de", 1): "1 Widerspruch",
        ("de", 2): "2 Widersprüche",
        ("en", 0): "0 contradictions",
        ("en", 1): "1 contradiction",
        ("en", 2): "2 contradictions",
    }


def test_language_from_environment() -> None:
    find = i18n.language_from_environment
    assert find({}) == "de"
    assert find({"LANG": "en_GB.UTF-8"}) == "en"
    assert find({"LANG": "fr_FR.UTF-8"}) == "de"
    assert find({"LANGUAGE": "fr", "LC_MESSAGES": "en_US"}) == "en"
    assert find({"LC_MESSAGES": "de_AT", "LANG": "en_US"}) == "de"
