"""Option values of any length come back shortened in the one-line message (hostile tester
round 2, helper x6): a pasted 50,000-character value once filled the terminal."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.builders import digest
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.inputs import shortened
from tomwizard.store import TomwStore


@given(st.text(), st.integers(2, 200))
def test_a_shortened_value_keeps_its_start_and_the_bound(text: str, limit: int) -> None:
    shown = shortened(text, limit)
    assert len(shown) <= limit
    if len(text) <= limit:
        assert shown == text
    else:
        assert shown.endswith("…") and text.startswith(shown[:-1])


@pytest.mark.parametrize(
    "args",
    [
        ["letterhead", "{f}", "--color", "#" + "A" * 50_000],
        ["merge", "{f}", "{g}", "--decide", "x" * 50_000 + "=ours"],
        ["merge", "{f}", "{g}", "--decide", "a=" + "x" * 50_000],
    ],
)
def test_a_huge_option_value_gives_a_short_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str]
) -> None:
    path, other = tmp_path / "a.tomw", tmp_path / "b.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    shutil.copy(path, other)  # the same assessment: the merge reaches the decisions
    before = digest(path)
    assert main([a.format(f=path, g=other) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and len(err) < 400 and "…" in err
    assert digest(path) == before


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["versions", "{f}", "--freeze", "--label", "ab\udcffcd"], "--label"),
        (["letterhead", "{f}", "--sender", "X\udcff GmbH"], "--sender"),
        (["letterhead", "{f}", "--footer", "\udcfe"], "--footer"),
        (["merge", "{f}", "{g}", "--decide", "\udcff=ours"], "--decide"),
    ],
)
def test_a_text_option_that_is_no_utf8_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], option: str
) -> None:
    """Bytes that are no UTF-8 on the command line (a terminal set to Latin-1) arrive as lone
    surrogates: they once gave „Der Inhalt der Datei ist ungültig.“ or „zu lang“."""
    path, other = tmp_path / "a.tomw", tmp_path / "b.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    shutil.copy(path, other)
    before = digest(path)
    assert main([a.format(f=path, g=other) for a in args]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{option}: Der Text ist kein gültiges UTF-8 (Byte 0x" in err
    assert digest(path) == before


def test_a_file_name_with_any_bytes_is_still_a_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "a\udcff.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    assert main(["versions", str(path)]) == 0


@pytest.mark.parametrize("fmt", ["PDF", "Pdf", "pdf"])
def test_the_output_format_is_read_in_any_case_as_the_file_ending_is(
    demo_file: Path, tmp_path: Path, fmt: str
) -> None:
    """„--format PDF“ is what „-o anlage.PDF“ already was: a PDF, not an unknown format."""
    out = tmp_path / "anlage.bin"
    assert main(["export", str(demo_file), "-o", str(out), "--format", fmt]) == 0
    assert out.read_bytes().startswith(b"%PDF-")
