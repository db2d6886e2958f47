"""``tomwizard letterhead``: show, set as one step, and refuse bad input with one line, exit 2,
the file byte-identical."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

from tests.letterhead_support import SVG_LOGO, bad_logos, png
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, load_assessment


@pytest.fixture
def tomw(tmp_path: Path) -> Path:
    path = tmp_path / "a.tomw"
    OpenAssessment.create(path, default_catalog()).close()
    return path


GERMAN_WORDS = re.compile(r"[äöüß]|\b(ist|nicht|kein|keine|Datei|enthält|fehlt|wird)\b")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_set_and_show(tomw: Path, capsys: pytest.CaptureFixture[str]) -> None:
    logo = tomw.with_name("logo.svg")
    logo.write_bytes(SVG_LOGO)
    args = ["letterhead", str(tomw), "--logo", str(logo), "--sender", "Muster GmbH"]
    args += ["--footer", "Zeile eins", "--footer", "Zeile zwei", "--color", "#1F4E79"]
    assert main(args) == 0
    letterhead = load_assessment(tomw).organisation.letterhead
    assert letterhead.logo is not None and letterhead.logo.data == SVG_LOGO
    assert (letterhead.sender, letterhead.footer, letterhead.accent) == (
        "Muster GmbH",
        ["Zeile eins", "Zeile zwei"],
        "#1F4E79",
    )
    capsys.readouterr()
    assert main(["letterhead", str(tomw)]) == 0
    shown = capsys.readouterr().out
    assert "Logo: SVG" in shown and "Fußzeile 2: Zeile zwei" in shown
    assert main(["letterhead", str(tomw), "--no-logo", "--color", ""]) == 0
    letterhead = load_assessment(tomw).organisation.letterhead
    assert letterhead.logo is None and letterhead.accent == "" and letterhead.sender


@pytest.mark.parametrize(
    "extra",
    [
        ["--logo", "BAD"],
        ["--logo", "MISSING"],
        ["--color", "123456"],
        ["--sender", "x" * 500],
        ["--footer", "a", "--footer", "b", "--footer", "c", "--footer", "d"],
    ],
)
def test_bad_input_is_one_line_exit_2_and_the_file_unchanged(
    tomw: Path, capsys: pytest.CaptureFixture[str], extra: list[str]
) -> None:
    good = tomw.with_name("good.png")
    good.write_bytes(png())
    assert main(["letterhead", str(tomw), "--logo", str(good)]) == 0
    before = digest(tomw)
    bad = tomw.with_name("bad.png")
    bad.write_bytes(bad_logos()["SVG with external entity"])
    extra = [{"BAD": str(bad), "MISSING": str(tomw.with_name("nope.png"))}.get(a, a) for a in extra]
    capsys.readouterr()
    assert main(["letterhead", str(tomw), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("tomwizard: ") and err.count("\n") == 1
    assert digest(tomw) == before
    assert sorted(p.name for p in tomw.parent.iterdir()) == ["a.tomw", "bad.png", "good.png"]


@pytest.mark.parametrize("name", sorted(bad_logos()))
def test_a_refused_logo_is_explained_in_the_users_language(
    tomw: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """The reason comes from the catalog: English under ``--lang en``, German by default,
    the detail in parentheses included ("end missing", not "Ende fehlt")."""
    logo = tomw.with_name("logo.bin")
    logo.write_bytes(bad_logos()[name])
    before = digest(tomw)
    assert main(["--lang", "en", "letterhead", str(tomw), "--logo", str(logo)]) == 2
    english = capsys.readouterr().err
    assert main(["letterhead", str(tomw), "--logo", str(logo)]) == 2
    german = capsys.readouterr().err
    assert "logo" in english and not GERMAN_WORDS.search(english.replace(str(logo), "")), english
    assert "Logo" in german and GERMAN_WORDS.search(german), german
    assert digest(tomw) == before
