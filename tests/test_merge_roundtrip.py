"""The customer round trip a consultant relies on (issue 15, item 4): identity, catalog
upgrade, remembered and per-conflict decisions, deletions, whole answers, honest counts."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from tests.builders import copy_as, digest, stored, version_info
from tests.merge_support import MFA, merge_files
from tests.questionnaire_support import run_cli
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.history.merge import apply_merge, compute_merge
from tomwizard.models.assessment import Answer, Status, Subprocessor
from tomwizard.store import TomwStore

CURRENT = default_catalog().version  # the catalog this program ships


def test_every_file_gets_an_identity_that_survives_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    mine = stored(files.ours).assessment_id
    assert len(mine) == 36 and mine == stored(files.theirs).assessment_id
    assert json.loads(files.theirs_json.read_text("utf-8"))["assessment"]["assessment_id"] == mine
    other = tmp_path / "anderer.tomw"
    TomwStore.create(other, demo_assessment(default_catalog())).close()
    assert stored(other).assessment_id not in ("", mine)


def test_another_organisations_file_is_refused_unless_allowed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path, conflict=False)
    other = copy_as(files.theirs, tmp_path / "fremd.tomw", assessment_id="")  # a new identity
    before = digest(files.ours)
    code, _, err = run_cli(capsys, "merge", files.ours, other)
    assert code == 2 and "anderen Beurteilung" in err and "--allow-other" in err
    assert len(err.strip().splitlines()) == 1 and digest(files.ours) == before
    code, _, _ = run_cli(capsys, "merge", files.ours, other, "--allow-other", "--take", "ours")
    assert code == 0
    assert stored(files.ours).assessment_id != stored(other).assessment_id  # ours is kept


def test_an_older_catalog_is_upgraded_and_merged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path, conflict=False)
    customer = copy_as(files.theirs, tmp_path / "alt.tomw", "Kunde", catalog_version="2026.1")
    code, out, err = run_cli(capsys, "merge", files.ours, customer, "--take", "theirs")
    assert (code, err) == (0, ""), out
    assert f"Katalog 2026.1 → {CURRENT}:" in out
    merged = stored(files.ours)
    assert merged.catalog_version == CURRENT
    assert merged.answer(MFA).status == Status.UMGESETZT


def test_upgrade_command_backs_up_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "alt.tomw"
    demo = demo_assessment(default_catalog())
    TomwStore.create(path, demo.model_copy(update={"catalog_version": "2026.1"})).close()
    original = path.read_bytes()
    code, out, _ = run_cli(capsys, "upgrade", path, "--dry-run")
    assert code == 0 and "nichts geschrieben" in out and path.read_bytes() == original
    code, out, _ = run_cli(capsys, "upgrade", path)
    assert code == 0 and f"Katalog 2026.1 → {CURRENT}:" in out
    backup = path.with_name("alt.tomw.catalog2026.1.bak")
    assert backup.read_bytes() == original
    assert stored(path).catalog_version == CURRENT
    code, out, _ = run_cli(capsys, "upgrade", path)
    assert code == 0 and "nichts zu tun" in out


def test_decisions_are_remembered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = merge_files(tmp_path)
    code, _, _ = run_cli(
        capsys, "merge", files.ours, files.theirs, "--decide", f"measure:{MFA}=ours"
    )
    assert code == 0
    code, out, _ = run_cli(capsys, "merge", files.ours, files.theirs)
    assert code == 0, out  # not asked again
    assert "[eigene Fassung] (wie beim letzten Mal)" in out
    assert stored(files.ours).answer(MFA).status == Status.TEILWEISE
    # the customer changes the answer again: a new value is a new question
    with TomwStore.open(files.theirs, author="Kunde") as store:
        store.set_answer(MFA, Answer(status=Status.NICHT_UMGESETZT))
    code, out, _ = run_cli(capsys, "merge", files.ours, files.theirs)
    assert code == 1 and "[offen]" in out


def test_per_conflict_decisions_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    other = "organisation.controller.name"
    with TomwStore.open(files.ours, author="Berater") as store:
        store.set_field(other, "Berater-Schreibweise GmbH")
    decisions = tmp_path / "entscheidungen.json"
    decisions.write_text(json.dumps({f"organisation:{other}": "ours"}), encoding="utf-8")
    before = digest(files.ours)
    code, out, _ = run_cli(capsys, "merge", files.ours, files.theirs, "--decisions", decisions)
    assert code == 1 and digest(files.ours) == before  # one of two still open
    code, _, err = run_cli(capsys, "merge", files.ours, files.theirs, "--decide", "gibt.es=ours")
    assert code == 2 and "gibt.es" in err and digest(files.ours) == before
    code, _, err = run_cli(capsys, "merge", files.ours, files.theirs, "--decide", "x=beide")
    assert code == 2 and "ours" in err
    code, out, _ = run_cli(
        capsys,
        "merge",
        files.ours,
        files.theirs,
        "--decisions",
        decisions,
        "--decide",
        f"measure:{MFA}=theirs",
    )
    assert code == 0, out
    assert "1× Fassung des Kunden, 1× eigene" in out
    merged = stored(files.ours)
    assert merged.answer(MFA).status == Status.UMGESETZT
    assert merged.organisation.controller.name == "Berater-Schreibweise GmbH"


def test_without_a_shared_version_a_deleted_subprocessor_is_a_conflict() -> None:
    ours = demo_assessment(default_catalog())
    kept = Subprocessor(id="56c69cab9bbf", name="Rechenzentrum Nord GmbH")
    ours = ours.model_copy(update={"subprocessors": [*ours.subprocessors, kept]})
    theirs = ours.model_copy(update={"subprocessors": ours.subprocessors[:-1]})
    result = compute_merge(ours, theirs)  # no base
    conflict = next(c for c in result.conflicts if c.conflict_id == "subprocessor:56c69cab9bbf")
    assert "Rechenzentrum Nord GmbH" in conflict.line("de")
    assert conflict.side("theirs", "de") == "entfernt"
    decisions = {c.conflict_id: "ours" for c in result.conflicts}
    assert kept in apply_merge(ours, result, decisions).subprocessors  # type: ignore[arg-type]
    decisions["subprocessor:56c69cab9bbf"] = "theirs"
    assert kept not in apply_merge(ours, result, decisions).subprocessors  # type: ignore[arg-type]


def test_a_decision_takes_the_whole_answer() -> None:
    base = demo_assessment(default_catalog())
    planned = Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 5, 1), note="Angebot")
    base = base.model_copy(update={"answers": {**base.answers, MFA: planned}})
    ours = base.model_copy(
        update={
            "answers": {
                **base.answers,
                MFA: planned.model_copy(update={"status": Status.TEILWEISE}),
            }
        }
    )
    cleared = Answer(status=Status.UMGESETZT, note="Angebot")
    theirs = base.model_copy(update={"answers": {**base.answers, MFA: cleared}})
    result = compute_merge(ours, theirs, base)
    assert [c.conflict_id for c in result.conflicts] == [f"measure:{MFA}"]
    assert result.auto_applied == []  # their cleared date is part of the conflict
    line = result.conflicts[0].line("de")
    assert "Status: teilweise umgesetzt" in line and "geplant bis: (leer)" in line
    assert apply_merge(ours, result, {}, default="ours").answer(MFA) == ours.answer(MFA)
    assert apply_merge(ours, result, {}, default="theirs").answer(MFA) == cleared


def test_the_changes_appendix_spends_one_row_per_measure() -> None:
    from reportlab.platypus import Table

    from tomwizard.export.annex_changes import changes_part
    from tomwizard.export.pdf_document import Document
    from tomwizard.export.wording import ANNEX
    from tomwizard.history.diff import answer_entries, field_entry
    from tomwizard.history.versions import AnnexChanges
    from tomwizard.models.catalog import Text

    catalog = default_catalog()
    before = Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 1, 1), note="a")
    after = Answer(status=Status.UMGESETZT, note="b", evidence="Richtlinie")
    entries = answer_entries(MFA, before, after, catalog)
    assert len(entries) == 4  # status, date, note, evidence
    entries.append(field_entry("organisation.place", "Köln", "Bonn"))
    changes = AnnexChanges(
        since=version_info(), title=Text(de="Änderungen", en="Changes"), entries=entries
    )
    story = changes_part(Document("de", ANNEX["de"]), changes)
    tables = [f for f in story if isinstance(f, Table)]
    rows = sum(len(t._cellvalues) - 1 for t in tables)  # without the header row
    assert rows == 2  # the measure once, the field once


def test_a_new_sub_processor_is_shown_by_name_never_by_its_id() -> None:
    from tomwizard.history.diff import subprocessor_entries

    named = subprocessor_entries(None, Subprocessor(id="56c69cab9bbf", name="Druck GmbH"))
    assert named[0].line("de") == "Unterauftragsverarbeiter: Druck GmbH – neu"
    unnamed = subprocessor_entries(None, Subprocessor(id="56c69cab9bbf"))
    assert "56c69cab9bbf" not in unnamed[0].line("de")
    assert unnamed[0].line("de").startswith("Unterauftragsverarbeiter (noch ohne Namen)")


def test_the_identity_is_no_change_in_a_diff() -> None:
    from tomwizard.history.diff import diff_assessments

    old = demo_assessment(default_catalog())  # e.g. a version frozen before identities: ""
    new = old.model_copy(update={"assessment_id": "0c6f1e9a-3b7d-4f7e-9a51-2f0d6b1c8e47"})
    assert diff_assessments(old, new) == []


def test_a_pipe_as_decisions_file_is_refused_without_reading_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = merge_files(tmp_path)
    before = digest(files.ours)
    pipe = tmp_path / "entscheidungen.json"
    os.mkfifo(pipe)  # reading it would block for ever
    code, out, err = run_cli(capsys, "merge", files.ours, files.theirs, "--decisions", pipe)
    assert code == 2 and out == ""
    assert "keine gewöhnliche Datei" in err and len(err.splitlines()) == 1
    assert digest(files.ours) == before
