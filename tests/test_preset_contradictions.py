"""A contradiction that rests on a preset's pre-answer not yet confirmed (Rückfrage) is an open
point to confirm, not a Widerspruch, until the answer is confirmed (review 2, finding 21:
„Datenschutzbeauftragter benannt“ against an empty DSB right after creating a preset)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import Preset, assessment_from_preset, get_preset
from tomwizard.editing.assessment import OpenAssessment
from tomwizard.models.finding import FindingKind
from tomwizard.rules import Evaluator, evaluate


def _preset_with_dsb() -> Preset:
    """A preset that pre-answers „Datenschutzbeauftragter benannt“ (none of ours does any more:
    a preset cannot name the DSB) while the file names none."""
    preset = get_preset("arztpraxis")
    return preset.model_copy(update={"implemented": [*preset.implemented, "org.dsb"]})


def _dsb(findings: list) -> list:  # type: ignore[type-arg]
    return [f for f in findings if f.rule_id == "dsb.widerspruch"]


def test_unconfirmed_pre_answer_is_open_and_confirmed_it_is_a_contradiction() -> None:
    catalog = default_catalog()
    a = assessment_from_preset(_preset_with_dsb(), catalog, "de")
    assert a.answer("org.dsb").follow_up
    (finding,) = _dsb(evaluate(a, catalog))
    assert finding.kind is FindingKind.OFFEN and finding.blocks_final
    assert "noch nicht bestätigten Vorbelegung (Rückfrage)" in finding.text.de
    assert "not yet confirmed" in finding.text.en
    evaluator = Evaluator(catalog)
    evaluator.full(a)
    a.answers["org.dsb"] = a.answer("org.dsb").model_copy(update={"follow_up": False})
    (confirmed,) = _dsb(evaluator.changed(a, "measure:org.dsb"))
    assert confirmed.kind is FindingKind.WIDERSPRUCH
    assert "Vorbelegung" not in confirmed.text.de
    assert _dsb(evaluate(a, catalog)) == [confirmed]


def test_check_final_right_after_the_preset_shows_no_contradiction_about_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main
    from tomwizard.i18n import set_message_language

    catalog = default_catalog()
    path = tmp_path / "arzt.tomw"
    OpenAssessment.create(
        path, catalog, assessment_from_preset(_preset_with_dsb(), catalog, "de")
    ).close()
    try:
        main(["--lang", "de", "check", str(path), "--final"])
    finally:  # the command line language is global in this process
        set_message_language("de")
    lines = capsys.readouterr().err.splitlines()
    dsb = [line for line in lines if "kein Datenschutzbeauftragter eingetragen" in line]
    # one line for the measure: its open Rückfrage, with the contradiction it causes as reason
    assert len(dsb) == 1 and dsb[0].startswith("[Rückfrage]")
    assert not [line for line in lines if line.startswith("[Widerspruch]") and "org.dsb" in line]
