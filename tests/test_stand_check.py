"""Review 4, N13: a final may carry a Stand older than the answers it prints. ``check`` says
„Stand und Version anpassen?“ when the change log shows changes after the Stand (a hint, never
a blocker)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing import SetAnswer, SetField
from tomwizard.editing.assessment import OpenAssessment
from tomwizard.history.changelog import ChangeRecord
from tomwizard.history.stand_check import RULE_ID, last_change_after_stand, stand_finding
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.finding import Severity

TODAY = dt.date.today()
AGO = TODAY - dt.timedelta(days=30)


def _record(target: str, day: dt.date, number: int = 1) -> ChangeRecord:
    at = dt.datetime.combine(day, dt.time(12)).astimezone().isoformat(timespec="milliseconds")
    return ChangeRecord(id=number, at=at, author="dsb", target=target, new="x")


def _with_stand(stand: dt.date | None) -> Assessment:
    assessment = demo_assessment(default_catalog())
    assessment.organisation.stand = stand
    return assessment


def test_a_change_after_the_stand_asks_to_adjust_stand_and_version() -> None:
    later = AGO + dt.timedelta(days=3)
    changes = [_record("answer:zugang.mfa", AGO, 1), _record("custom:c1", later, 2)]
    assessment = _with_stand(AGO)
    assert last_change_after_stand(assessment, changes) == later
    finding = stand_finding(assessment, changes)
    assert finding is not None and finding.rule_id == RULE_ID
    assert finding.severity is Severity.HINWEIS and not finding.blocks_final
    stand_de = AGO.strftime("%d.%m.%Y")
    assert finding.text.de == (
        f"Stand und Version anpassen? Seit dem Stand ({stand_de}) wurden Angaben geändert "
        f"(zuletzt am {later.strftime('%d.%m.%Y')})."
    )
    assert finding.text.en.startswith("Update the as-of date and version?")


@pytest.mark.parametrize(
    "stand, changes",
    [
        (AGO, [_record("answer:zugang.mfa", AGO)]),  # on the Stand's day: fits
        (AGO, [_record("field:organisation.stand", TODAY)]),  # the Stand itself
        (AGO, [_record("field:organisation.version", TODAY)]),
        (AGO, [_record("version:3", TODAY)]),  # freezing a version changes nothing
        (None, [_record("answer:zugang.mfa", TODAY)]),  # no Stand: the open point says so
    ],
)
def test_near_misses_stay_quiet(stand: dt.date | None, changes: list[ChangeRecord]) -> None:
    assert stand_finding(_with_stand(stand), changes) is None


def _file(tmp_path: Path, stand: dt.date) -> Path:
    path = tmp_path / "stand.tomw"
    doc = OpenAssessment.create(path, default_catalog(), _with_stand(stand), author="dsb")
    answer = Answer(status=Status.NICHT_UMGESETZT, planned_date=TODAY + dt.timedelta(days=90))
    doc.apply([SetAnswer("zugang.mfa", answer)], "Antwort")
    doc.close()
    return path


def test_check_prints_the_hint_from_the_files_change_log(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _file(tmp_path, AGO)
    assert main(["--lang", "de", "check", str(path)]) in (0, 1)
    out = capsys.readouterr().out
    assert f"[hinweis] {RULE_ID}: Stand und Version anpassen? Seit dem Stand (" in out
    # the Stand set to today: the hint is gone (and setting it is no change of content)
    doc = OpenAssessment.open(path, default_catalog())
    doc.apply([SetField("organisation.stand", TODAY)], "Stand")
    doc.close()
    main(["--lang", "de", "check", str(path)])
    assert RULE_ID not in capsys.readouterr().out
