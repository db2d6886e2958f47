"""The draft/final gate after the third DSB review: a duty of the AVV (Art. 28 Abs. 3) that is
not (fully) met blocks the final version (B4); page 1 counts missing approval dates by that
name (r2 #27, B8); a blocker line names the field that is actually empty and never a raw field
id (B7, r2 #20)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.rules_fixtures import clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Answer, Assessment, Party, Status
from tomwizard.rules.blockers import BlockerKind, blockers, counts
from tomwizard.store import TomwStore
from tomwizard.store.fields import field_paths

DUTY = "technikgestaltung.anfragen_weiterleitung"


def _partly(a: Assessment, measure_id: str) -> None:
    a.answers[measure_id] = Answer(
        status=Status.TEILWEISE,
        planned_date=dt.date.today() + dt.timedelta(days=60),
        remaining="Umsetzung in den übrigen Arbeitsbereichen",
    )


def test_clean_assessment_has_no_blocker() -> None:
    assert blockers(clean_assessment(), default_catalog()) == []


def test_a_duty_of_the_avv_partly_met_blocks_the_final() -> None:
    a = clean_assessment()
    _partly(a, DUTY)
    (found,) = blockers(a, default_catalog())
    assert found.kind is BlockerKind.VERTRAGSPFLICHT and found.finding.blocks_final
    line = found.line("de")
    assert line.startswith("[Pflicht aus dem AVV]")
    assert "vor der Endfassung umsetzen oder den Vertrag anpassen" in line
    assert "implement it before the final version or amend the contract" in found.line("en")
    assert counts([found], "de") == "1 nicht erfüllte Pflicht aus dem AVV"
    assert counts([found], "en") == "1 unmet duty under the DPA"


def test_near_miss_a_measure_that_is_no_duty_of_the_avv_does_not_block() -> None:
    a = clean_assessment()
    _partly(a, "zugang.passwort")
    assert blockers(a, default_catalog()) == []


def test_missing_approval_dates_are_counted_by_that_name() -> None:
    a = clean_assessment()
    a.subprocessors[0] = a.subprocessors[0].model_copy(update={"approved_date": None})
    found = blockers(a, default_catalog())
    assert [b.kind for b in found] == [BlockerKind.GENEHMIGUNG]
    assert counts(found, "de") == "1 fehlendes Genehmigungsdatum"
    assert counts(found, "en") == "1 missing authorisation date"
    assert "offene Punkte" not in counts(found, "de")


def _check_lines(path: Path, lang: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    from tomwizard.cli.main import main
    from tomwizard.i18n import set_message_language

    try:
        main(["--lang", lang, "check", str(path), "--final"])
    finally:  # the command line language is global in this process
        set_message_language("de")
    out = capsys.readouterr()
    return (out.out + out.err).splitlines()


FIELD_ID = re.compile(r"\b(?:processing|organisation|screening|protection_need)\.[a-z_.]+")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_check_line_shows_a_field_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    catalog = default_catalog()
    blank = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    path = tmp_path / "leer.tomw"
    TomwStore.create(path, blank).close()
    lines = _check_lines(path, lang, capsys)
    assert len(lines) > 10
    shown = [line for line in lines if FIELD_ID.search(line.split(": ", 1)[-1])]
    assert not shown, shown
    paths = [p for p in field_paths() if "." in p]
    assert not [line for line in lines for p in paths if p in line]


def test_a_blocker_names_the_field_that_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = clean_assessment()
    a.organisation.controller = Party()  # the processor is complete
    a.processing.duration = ""
    a.processing.purposes = []
    found = {b.finding.rule_id: b.line("de") for b in blockers(a, default_catalog())}
    parties = found["parteien.unvollstaendig"]
    assert parties.startswith("[offen] Angaben – Name des Verantwortlichen: ")
    assert parties.endswith(
        "Noch nicht eingetragen: Name des Verantwortlichen und Anschrift des Verantwortlichen."
    )
    assert "Auftragsverarbeiters" not in parties
    described = found["beschreibung.unvollstaendig"]
    assert described.startswith("[offen] Angaben – Dauer: ")
    assert described.endswith("noch nicht eingetragen: Dauer und Zweck der Verarbeitung.")
    assert "Gegenstand" not in described and "betroffene" not in described
    a.processing.criminal_data = None
    found = {b.finding.rule_id: b.line("de") for b in blockers(a, default_catalog())}
    assert found["beschreibung.art10_offen"].startswith(
        "[offen] Angaben – Strafrechtliche Daten (Art. 10 DSGVO): "
    )
