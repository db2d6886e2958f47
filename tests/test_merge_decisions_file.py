"""`merge --decisions FILE.json`: the decisions file passes the input gate like every other
file: bounded in size (only so much is read), strict JSON; bad input is one line, exit 2,
the target file byte-identical and nothing left beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.builders import digest
from tests.merge_support import MFA, merge_files
from tests.questionnaire_support import run_cli
from tomwizard.cli.merge_decisions import MAX_DECISIONS_BYTES


def _refused(capsys: pytest.CaptureFixture[str], tmp_path: Path, content: bytes) -> tuple[str, str]:
    files = merge_files(tmp_path)
    decisions = tmp_path / "entscheidungen.json"
    decisions.write_bytes(content)
    before = digest(files.ours)
    names = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run_cli(capsys, "merge", files.ours, files.theirs, "--decisions", decisions)
    assert code == 2, out
    assert len(err.strip().splitlines()) == 1 and str(decisions) in err
    assert digest(files.ours) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    return out, err


def test_a_huge_decisions_file_is_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = f"measure:{MFA}"
    padding = " " * (MAX_DECISIONS_BYTES + 10)  # valid JSON, only too big
    _, err = _refused(capsys, tmp_path, f'{{"{key}": "ours"{padding}}}'.encode())
    assert "zu groß" in err and "1024 KiB" in err


def test_duplicate_keys_in_the_decisions_file_are_refused(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key = f"measure:{MFA}"
    _, err = _refused(capsys, tmp_path, f'{{"{key}": "ours", "{key}": "theirs"}}'.encode())
    assert "kein lesbares JSON" in err


def test_a_decisions_file_below_the_limit_still_decides(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    files = merge_files(tmp_path)
    decisions = tmp_path / "entscheidungen.json"
    decisions.write_text(json.dumps({f"measure:{MFA}": "ours"}), encoding="utf-8")
    code, out, _ = run_cli(capsys, "merge", files.ours, files.theirs, "--decisions", decisions)
    assert code == 0, out
