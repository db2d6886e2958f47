"""Draft or final: the demo is a draft with every blocker listed; resolving the blockers through
the store API makes `export --final` succeed and "ENTWURF" disappear."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_cli import run
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Assessment, Status
from tomwizard.rules.blockers import Blocker, BlockerKind, blockers, one_per_subject
from tomwizard.store import TomwStore


def _pages(pdf: bytes | Path) -> list[str]:
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages]


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    assert run("demo", "-o", tmp_path).returncode == 0
    return tmp_path / "demo.tomw"


def _resolve(store: TomwStore, blocker: Blocker, stand: dt.date) -> None:
    """Resolve one blocker through the API, whatever it is (generic: contradictions from rules
    are resolved by withdrawing the statement or removing the sub-processor they name)."""
    assessment = store.load()
    for target in blocker.finding.targets:
        kind, _, ident = target.partition(":")
        if kind == "measure":
            answer = assessment.answer(ident)
            if blocker.kind == BlockerKind.UNBEANTWORTET:
                answer = answer.model_copy(update={"status": Status.UMGESETZT})
            elif blocker.kind == BlockerKind.RUECKFRAGE:
                answer = answer.model_copy(update={"follow_up": False})
            elif blocker.kind in (BlockerKind.TERMIN, BlockerKind.OHNE_TERMIN):
                answer = answer.model_copy(update={"planned_date": stand + dt.timedelta(90)})
            elif blocker.kind == BlockerKind.VERTRAGSPFLICHT:  # the duty is met (it cannot
                # be „entfällt“: DSB review 4, N2)
                answer = answer.model_copy(update={"status": Status.UMGESETZT, "follow_up": False})
            else:
                answer = answer.model_copy(
                    update={"status": Status.NICHT_UMGESETZT, "follow_up": False}
                )
            store.set_answer(ident, answer)
            return
        if kind == "custom":
            store.delete_custom_measure(ident)
            return
        if kind == "subprocessor":
            store.delete_subprocessor(ident)
            return
    raise AssertionError(f"no way to resolve {blocker.line()}")


def test_demo_is_a_draft_listing_every_blocker(demo_file: Path, tmp_path: Path) -> None:
    catalog = default_catalog()
    with TomwStore.open(demo_file, readonly=True) as store:
        found = blockers(store.load(), catalog)
    kinds = {b.kind for b in found}
    assert {BlockerKind.UNBEANTWORTET, BlockerKind.RUECKFRAGE, BlockerKind.TERMIN} <= kinds

    draft = tmp_path / "draft.pdf"
    result = run("export", demo_file, "-o", draft)
    assert result.returncode == 0
    assert len(result.stderr.strip().splitlines()) == 1 and "ENTWURF" in result.stderr
    pages = _pages(draft)
    assert all("ENTWURF" in page for page in pages)
    assert "Entwurf – nicht zur Unterschrift" in " ".join(pages[0].split())

    final = tmp_path / "final.pdf"
    result = run("export", demo_file, "-o", final, "--final")
    assert result.returncode == 1 and not final.exists()
    lines = result.stderr.strip().splitlines()
    shown = one_per_subject(found)  # review 2, finding 18: one line per subject
    assert len(shown) < len(found)
    assert len(lines) == 1 + len(shown)  # a count line, then one line per blocker
    for blocker in shown:
        assert blocker.line() in lines
    assert any("zugang.mfa" in line and line.startswith("[Termin]") for line in lines)
    check = run("check", demo_file, "--final")
    assert check.returncode == 1


def test_resolving_every_blocker_through_the_api_makes_the_annex_final(
    demo_file: Path, tmp_path: Path
) -> None:
    catalog = default_catalog()
    for _ in range(6):  # resolving one contradiction may reveal another
        with TomwStore.open(demo_file) as store:
            assessment: Assessment = store.load()
            found = blockers(assessment, catalog)
            if not found:
                break
            stand = assessment.organisation.stand or dt.date.today()
            for blocker in found:
                _resolve(store, blocker, stand)
    with TomwStore.open(demo_file, readonly=True) as store:
        assert blockers(store.load(), catalog) == []

    final = tmp_path / "final.pdf"
    result = run("export", demo_file, "-o", final, "--final", "--parts", "all")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not any("ENTWURF" in page for page in _pages(final))
    check = run("check", demo_file, "--final", "--format", "json")
    assert "Keine Endfassung" not in check.stderr
    assert not any(f["blocks_final"] for f in json.loads(check.stdout))


def test_check_json_carries_kind_and_blocks_final(demo_file: Path) -> None:
    result = run("check", demo_file, "--format", "json")
    findings = json.loads(result.stdout)
    assert findings and all({"kind", "blocks_final"} <= set(f) for f in findings)
    open_ones = [f for f in findings if f["kind"] == "offen"]
    assert open_ones and all(f["blocks_final"] for f in open_ones)
    gaps = [f for f in findings if f["kind"] == "luecke"]
    assert all(f["blocks_final"] == (f["severity"] == "kritisch") for f in gaps)


def test_a_critical_gap_blocks_export_and_check_alike(demo_file: Path, tmp_path: Path) -> None:
    """Review 2, finding 3: a third-country sub-processor without a transfer basis (kritisch)
    kept `check --final` at exit 1 without a word while `export --final` wrote a final."""
    from tomwizard.models.assessment import Subprocessor

    with TomwStore.open(demo_file) as store:
        store.put_subprocessor(
            Subprocessor(id="far", name="Far Away Inc.", country_seat="US", service="Versand")
        )
        ids = [b.finding.rule_id for b in blockers(store.load(), default_catalog())]
    assert "drittland.ohne_grundlage" in ids
    export = run("export", demo_file, "-o", tmp_path / "f.pdf", "--final")
    check = run("check", demo_file, "--final")
    assert export.returncode == check.returncode == 1
    line, approval = [x for x in check.stderr.splitlines() if "Far Away Inc." in x]
    # one line for the sub-processor with every reason (review 2, finding 18) but the missing
    # approval date, which is counted apart and so listed apart (DSB review 7, N8)
    assert line.startswith("[Widerspruch] Unterauftragsverarbeiter") and line in export.stderr
    assert "eine Übermittlungsgrundlage ist nicht angegeben" in line
    assert "genehmigt" not in line
    assert approval.startswith("[Genehmigung] Unterauftragsverarbeiter – „Far Away Inc.“: ")
    assert approval in export.stderr


def test_bad_input_stays_exit_2_with_final(tmp_path: Path) -> None:
    bad = tmp_path / "x.tomw"
    bad.write_text("kein SQLite")
    assert run("export", bad, "-o", tmp_path / "a.pdf", "--final").returncode == 2
    assert run("check", bad, "--final").returncode == 2


def test_demo_assessment_has_an_overdue_plan_before_its_stand() -> None:
    catalog = default_catalog()
    found = blockers(demo_assessment(catalog), catalog)
    assert any(b.kind == BlockerKind.TERMIN for b in found)
