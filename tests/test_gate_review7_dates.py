"""DSB review 7, M2: a sub-processor's contract, approval (or end of the objection period) and
DPF check dated after the annex's Stand block the final version. The annex states what holds at
its Stand; a contract concluded after it did not exist then, and the page that prints „Vertrag
nach Art. 28 Abs. 4 DSGVO vom …“ also promises a contract with every sub-processor."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.rules_fixtures import TODAY, clean_assessment
from tests.test_cli import run
from tomwizard.content.catalog import default_catalog
from tomwizard.editing.assessment import OpenAssessment
from tomwizard.models.assessment import Assessment, SubApproval, TransferBasis
from tomwizard.rules.blockers import BlockerKind, blockers

LATER = TODAY + dt.timedelta(days=54)  # 15.01.2027, the reviewer's contract date
STAND = "22.11.2026"


def _file(folder: Path, a: Assessment) -> Path:
    path = folder / "a.tomw"
    OpenAssessment.create(path, default_catalog(), a).close()
    return path


def _late(**changes: object) -> Assessment:
    a = clean_assessment()
    a.subprocessors[0] = a.subprocessors[0].model_copy(update=changes)
    return a


def test_a_contract_after_the_stand_blocks_the_final(tmp_path: Path) -> None:
    path = _file(tmp_path, _late(sub_avv_date=LATER))
    checked = run("check", path)
    said = (
        "Für „Rechenzentrum Nord GmbH“ liegt das Datum des Vertrags nach Art. 28 Abs. 4 DSGVO "
        f"(15.01.2027) nach dem Stand der Anlage ({STAND})"
    )
    assert said in checked.stdout and "[hoch] widerspruch." in checked.stdout
    assert run("check", path, "--final").returncode == 1
    out = tmp_path / "final.pdf"
    refused = run("export", path, "-o", out, "--final")
    assert refused.returncode == 1 and not out.exists()
    assert "1 Widerspruch" in refused.stderr and said in refused.stderr
    english = run("--lang", "en", "check", path)
    assert (
        "The date of the Art. 28(4) GDPR contract with “Rechenzentrum Nord GmbH” "
        "(15 January 2027) is after the annex's as-of date (22 November 2026)"
    ) in english.stdout


def test_the_same_day_as_the_stand_is_final(tmp_path: Path) -> None:
    path = _file(tmp_path, _late(sub_avv_date=TODAY, approved_date=TODAY))
    out = tmp_path / "final.pdf"
    assert run("export", path, "-o", out, "--final").returncode == 0 and out.exists()


def test_approval_objection_period_and_dpf_check_after_the_stand_are_contradictions() -> None:
    allgemein = _late(approved_date=LATER)
    allgemein.organisation.sub_approval = SubApproval.ALLGEMEIN
    us = {"transfer_basis": TransferBasis.DPF, "country_seat": "US", "dpf_checked": LATER}
    name = "Für „Rechenzentrum Nord GmbH“ liegt"
    cases = {
        f"{name} das Datum der Genehmigung (15.01.2027)": _late(approved_date=LATER),
        f"{name} das Ende der Einspruchsfrist (15.01.2027)": allgemein,
        f"{name} das Datum der Prüfung der Zertifizierung nach dem EU-US Data Privacy "
        "Framework (15.01.2027)": _late(**us),
    }
    for said, a in cases.items():
        found = blockers(a, default_catalog())
        lines = [b.line() for b in found if b.kind is BlockerKind.WIDERSPRUCH]
        assert any(said in line and f"dem Stand der Anlage ({STAND})" in line for line in lines)
