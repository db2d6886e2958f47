"""The customer questionnaire (XLSX): what the customer gets, and the round trip back."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from tests.builders import digest
from tests.questionnaire_support import (
    answer_sheets,
    consultant_file,
    fill,
    find_row,
    run_cli,
    write_questionnaire_file,
)
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Answer, Status
from tomwizard.store import TomwStore

# measures the demo leaves open, without parameters: the customer answers them
OPEN = [
    m.id
    for m in default_catalog().measures()
    if not m.params and m.id.startswith(("zutritt.", "zugang.", "betrieb."))
]


def _load(path: Path) -> TomwStore:
    return TomwStore.open(path, readonly=True)


def test_the_workbook_a_customer_gets(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tomw = consultant_file(tmp_path)
    xlsx = write_questionnaire_file(capsys, tomw)
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames[0] == "Anleitung"
    assert workbook["_tomwizard"].sheet_state == "veryHidden"
    with _load(tomw) as store:
        assessment = store.load()
    catalog = default_catalog()
    sheets = answer_sheets(workbook)
    applicable = [
        m.id for m in catalog.measures() if assessment.answer(m.id).status != Status.ENTFAELLT
    ]
    ids = [ws.cell(r, 1).value for ws in sheets for r in range(3, ws.max_row + 1)]
    # one row per applicable measure, in catalog order; the own measure after its section's
    assert [i for i in ids if not i.startswith("eigene:")] == applicable
    assert [i for i in ids if i.startswith("eigene:")] == ["eigene:custom-alarm"]
    last_zutritt = max(i for i, m in enumerate(ids) if m.startswith("zutritt."))
    assert ids[last_zutritt + 1] == "eigene:custom-alarm"
    sheet = sheets[0]
    assert [c.value for c in sheet[2]] == [
        "Kennung",
        "Maßnahme",
        "Status",
        "Geplant bis",
        "Anmerkung",
        "Nachweis",
    ]
    assert sheet.column_dimensions["A"].hidden
    assert sheet.protection.sheet and workbook.security is not None
    assert workbook.security.lockStructure
    locked = [sheet.cell(3, c).protection.locked for c in range(1, 7)]
    assert locked == [True, True, False, False, False, False]  # only answers are editable
    rule = sheet.data_validations.dataValidation[0]
    assert rule.formula1 == '"offen,umgesetzt,teilweise umgesetzt,geplant,nicht umgesetzt,entfällt"'
    first = catalog.measure_index()[ids[0]]
    # the interview question where the catalog has one (every shipped measure has)
    assert first.question is not None
    assert sheet.cell(3, 2).value == first.question.de
    assert sheet.cell(3, 3).value == "offen" or sheet.cell(3, 3).value in [
        "umgesetzt",
        "teilweise umgesetzt",
        "geplant",
        "nicht umgesetzt",
    ]


def test_english_and_only_open(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tomw = consultant_file(tmp_path)
    xlsx = write_questionnaire_file(capsys, tomw, "--lang", "en", "--only-open")
    workbook = load_workbook(xlsx)
    assert workbook.sheetnames[0] == "Instructions"
    statuses = {
        ws.cell(r, 3).value for ws in answer_sheets(workbook) for r in range(3, ws.max_row + 1)
    }
    assert statuses == {"open"}


def test_round_trip_with_hand_typed_status_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = consultant_file(tmp_path)
    with TomwStore.open(tomw, author="Berater") as store:
        for measure_id in OPEN[:6]:
            store.set_answer(measure_id, Answer())
    xlsx = write_questionnaire_file(capsys, tomw)
    typed = {
        OPEN[0]: ("Umgesetzt", Status.UMGESETZT),
        OPEN[1]: ("TEILWEISE", Status.TEILWEISE),
        OPEN[2]: ("nicht umgesetzt", Status.NICHT_UMGESETZT),
        OPEN[3]: ("  Geplant ", Status.GEPLANT),
        OPEN[4]: ("Teilweise Umgesetzt", Status.TEILWEISE),
    }

    def customer(workbook: Workbook) -> None:
        workbook["Anleitung"]["B4"] = "Frau Kundin"
        for measure_id, (text, _) in typed.items():
            sheet, row = find_row(workbook, measure_id)
            sheet.cell(row, 3).value = text
        sheet, row = find_row(workbook, OPEN[3])
        sheet.cell(row, 4).value = dt.datetime(2027, 3, 31)
        sheet.cell(row, 5).value = "=Budget kommt im Q1"  # typed as text by the customer
        sheet.cell(row, 5).data_type = "s"
        sheet, row = find_row(workbook, OPEN[4])
        sheet.cell(row, 4).value = "30.06.2027"
        sheet.cell(row, 6).value = 4711  # a number where text is expected: taken as text

    filled = fill(xlsx, customer)
    code, out, err = run_cli(capsys, "merge", tomw, filled)
    assert (code, err) == (0, ""), out
    assert "Basis: die Antworten, wie sie in den Fragebogen geschrieben wurden." in out
    assert "Zusammengeführt: 9 automatisch übernommen, keine Konflikte." in out
    with _load(tomw) as store:
        merged = store.load()
        rows = [r for r in store.changes() if r.source == filled.name]
    for measure_id, (_, status) in typed.items():
        assert merged.answer(measure_id).status == status
    assert merged.answer(OPEN[3]).planned_date == dt.date(2027, 3, 31)
    assert merged.answer(OPEN[3]).note == "=Budget kommt im Q1"
    assert merged.answer(OPEN[4]).planned_date == dt.date(2027, 6, 30)
    assert merged.answer(OPEN[4]).evidence == "4711"
    assert merged.answer(OPEN[5]).status == Status.OFFEN  # left alone
    assert {r.target for r in rows} == {f"answer:{m}" for m in typed}
    assert {r.author for r in rows} == {"Frau Kundin (Fragebogen)"}


def test_a_questionnaire_written_after_freezing_merges_against_what_it_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = consultant_file(tmp_path)
    with TomwStore.open(tomw, author="Berater") as store:
        store.set_answer(OPEN[0], Answer())
        store.freeze_version(label="an Kunden")  # version 1, then the questionnaire
    xlsx = write_questionnaire_file(capsys, tomw)
    before = digest(tomw)
    code, out, err = run_cli(capsys, "merge", tomw, xlsx)  # sent back unchanged
    assert (code, err) == (0, ""), out
    assert "keine gemeinsame" not in out.lower()
    assert (
        "Basis: die Antworten, wie sie in den Fragebogen geschrieben wurden. Der Kunde hat "
        "nichts geändert; es gibt nichts zu übernehmen." in out
    )
    assert "Nichts zu ändern. 0 automatisch übernommen, keine Konflikte." in out
    assert digest(tomw) == before

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, OPEN[0])
        sheet.cell(row, 3).value = "umgesetzt"

    code, out, err = run_cli(capsys, "merge", tomw, fill(xlsx, customer))
    assert (code, err) == (0, ""), out
    assert "nichts geändert" not in out and "keine gemeinsame" not in out.lower()
    assert "Zusammengeführt: 1 automatisch übernommen, keine Konflikte." in out
    with _load(tomw) as store:
        assert store.load().answer(OPEN[0]).status == Status.UMGESETZT


def test_a_change_on_both_sides_is_a_conflict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = consultant_file(tmp_path)
    xlsx = write_questionnaire_file(capsys, tomw)
    with TomwStore.open(tomw, author="Berater") as store:  # meanwhile, the consultant
        store.set_answer(OPEN[0], Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 1, 1)))

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, OPEN[0])
        sheet.cell(row, 3).value = "nicht umgesetzt"

    filled = fill(xlsx, customer)
    before = digest(tomw)
    code, out, _ = run_cli(capsys, "merge", tomw, filled)
    assert code == 1 and f"ID: measure:{OPEN[0]}" in out and digest(tomw) == before
    code, out, _ = run_cli(capsys, "merge", tomw, filled, "--decide", f"measure:{OPEN[0]}=theirs")
    assert code == 0
    with _load(tomw) as store:
        answer = store.load().answer(OPEN[0])
    assert answer.status == Status.NICHT_UMGESETZT
    assert answer.planned_date is None  # the whole answer, not our date


def test_own_measures_are_asked_and_merged_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = consultant_file(tmp_path)
    xlsx = write_questionnaire_file(capsys, tomw)

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, "eigene:custom-alarm")
        assert str(sheet.cell(row, 2).value).startswith("Einbruchmeldeanlage")
        sheet.cell(row, 3).value = "teilweise"
        sheet.cell(row, 5).value = "nur im Erdgeschoss"

    code, out, err = run_cli(capsys, "merge", tomw, fill(xlsx, customer))
    assert (code, err) == (0, ""), out
    with _load(tomw) as store:
        custom = store.load().custom_measures[0]
    assert custom.answer.status == Status.TEILWEISE
    assert custom.answer.note == "nur im Erdgeschoss"


def test_an_english_questionnaire_comes_back_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    tomw = consultant_file(tmp_path)
    xlsx = write_questionnaire_file(capsys, tomw, "--lang", "en")
    workbook = load_workbook(xlsx)
    assert [c.value for c in answer_sheets(workbook)[0][2]][2:] == [
        "Status",
        "Planned by",
        "Note",
        "Evidence",
    ]

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, OPEN[0])
        sheet.cell(row, 3).value = "PARTLY IMPLEMENTED"
        sheet.cell(row, 4).value = "2027-09-30"

    code, out, err = run_cli(capsys, "merge", tomw, fill(xlsx, customer))
    assert (code, err) == (0, ""), out
    with _load(tomw) as store:
        answer = store.load().answer(OPEN[0])
    assert answer.status == Status.TEILWEISE and answer.planned_date == dt.date(2027, 9, 30)
