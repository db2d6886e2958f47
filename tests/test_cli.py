"""The command-line contract: exit codes, one-line errors, input files never modified."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import digest, full_assessment
from tomwizard.exchange import export_json
from tomwizard.store import TomwStore


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tomwizard", *map(str, args)],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    )


def _bad_inputs(tmp_path: Path) -> dict[str, Path]:
    text = tmp_path / "notes.tomw"
    text.write_text("Kein SQLite.\n")
    empty = tmp_path / "empty.tomw"
    empty.write_bytes(b"")
    foreign = tmp_path / "foreign.tomw"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE kunden (name TEXT)")
    conn.commit()
    conn.close()
    return {"text": text, "empty": empty, "foreign": foreign}


def _assert_clean_failure(result: subprocess.CompletedProcess[str]) -> None:
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stderr.startswith("tomwizard: ")


@pytest.mark.parametrize("command", ["export", "check"])
def test_bad_tomw_inputs_exit_2_with_one_line_and_stay_identical(
    tmp_path: Path, command: str
) -> None:
    for path in _bad_inputs(tmp_path).values():
        before = digest(path)
        extra = ["-o", str(tmp_path / "out.pdf")] if command == "export" else []
        _assert_clean_failure(run(command, path, *extra))
        assert digest(path) == before
    assert not (tmp_path / "out.pdf").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "empty.tomw",
        "foreign.tomw",
        "notes.tomw",
    ]


@pytest.mark.parametrize(
    "content",
    [b"{broken", b"", b"\xff\xfe\x00 binary", b'{"format": "tomwizard-exchange"}', b"[1, 2]"],
)
def test_import_of_broken_json_exits_2_and_writes_nothing(tmp_path: Path, content: bytes) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(content)
    _assert_clean_failure(run("import", source, "-o", tmp_path / "out.tomw"))
    assert source.read_bytes() == content
    assert not (tmp_path / "out.tomw").exists()


def test_import_refuses_to_overwrite_an_existing_file(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_text(export_json(full_assessment()), encoding="utf-8")
    target = tmp_path / "existing.tomw"
    target.write_text("wichtig")
    _assert_clean_failure(run("import", source, "-o", target))
    assert target.read_text() == "wichtig"


def test_json_round_trip_through_the_command_line(tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    first.write_text(export_json(full_assessment()), encoding="utf-8")
    assert run("import", first, "-o", tmp_path / "a.tomw").returncode == 0
    assert run("export", tmp_path / "a.tomw", "-o", tmp_path / "second.json").returncode == 0
    assert (tmp_path / "second.json").read_text("utf-8") == first.read_text("utf-8")


def test_missing_file_and_unknown_format(tmp_path: Path) -> None:
    _assert_clean_failure(run("check", tmp_path / "nope.tomw"))
    TomwStore.create(tmp_path / "a.tomw", full_assessment()).close()
    _assert_clean_failure(run("export", tmp_path / "a.tomw", "-o", tmp_path / "a.odt"))


def test_demo_check_and_export(tmp_path: Path) -> None:
    result = run("demo", "-o", tmp_path / "d")
    assert result.returncode == 0, result.stderr
    tomw, pdf = tmp_path / "d" / "demo.tomw", tmp_path / "d" / "demo.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    # the demo has a US subprocessor without transfer basis: a kritisch finding
    check = run("check", tomw, "--format", "json")
    assert check.returncode == 1
    findings = json.loads(check.stdout)
    assert {"rule_id", "severity", "text", "targets", "references"} <= set(findings[0])
    severities = [f["severity"] for f in findings]
    assert "kritisch" in severities and "hinweis" in severities
    assert severities == sorted(severities, key=["kritisch", "hoch", "mittel", "hinweis"].index)
    # a second demo run does not overwrite without --force
    _assert_clean_failure(run("demo", "-o", tmp_path / "d"))
    assert run("demo", "-o", tmp_path / "d", "--force").returncode == 0


def test_fail_on_threshold(tmp_path: Path) -> None:
    assert run("demo", "-o", tmp_path).returncode == 0
    tomw = tmp_path / "demo.tomw"
    check = run("check", tomw)
    assert check.returncode == 1
    assert "[kritisch]" in check.stdout
    with TomwStore.open(tomw) as store:
        assessment = store.load()
        for sub in assessment.subprocessors:  # the only kritisch finding of the demo
            store.delete_subprocessor(sub.id)
    relaxed = run("check", tomw, "--fail-on", "kritisch")
    strict = run("check", tomw, "--fail-on", "hinweis")
    assert relaxed.returncode == 0, relaxed.stdout
    assert strict.returncode == 1


def test_catalog_validate_reports_file_line_and_field(tmp_path: Path) -> None:
    ok = run("catalog", "validate")
    assert ok.returncode == 0 and ok.stdout.startswith("ok:")
    index = tmp_path / "catalog.yaml"
    index.write_text(
        "id: t\nversion: '1'\nlanguages: [de, en]\ntitle: {de: T, en: T}\nsections: [s.yaml]\n"
    )
    (tmp_path / "s.yaml").write_text(
        "id: s\ntitle: {de: S, en: S}\nsubsections:\n  - id: s.a\n    title: {de: A, en: A}\n"
        "    measures:\n      - id: s.m\n        text: {de: X, en: X}\n"
        "        help: {de: H, en: H}\n        level: hoch\n        refs: {art32: ['32.1.b']}\n"
    )
    bad = run("catalog", "validate", tmp_path)
    assert bad.returncode == 2
    assert f"{tmp_path / 's.yaml'}:10: subsections.0.measures.0.level:" in bad.stderr


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("tomwizard ")
