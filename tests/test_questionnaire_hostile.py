"""Hostile questionnaires: one clear message (exit 2) and the ``.tomw`` byte-identical.

Also: text written by us never becomes a formula, whatever the user typed into tomwizard.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook as NewWorkbook
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
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer
from tomwizard.questionnaire.layout import clean_text
from tomwizard.questionnaire.read import read_questionnaire
from tomwizard.questionnaire.write import write_questionnaire

MEASURE = "zutritt.verschluss"


@pytest.fixture
def files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    tomw = consultant_file(tmp_path)
    return tomw, write_questionnaire_file(capsys, tomw)


def _refused(capsys: pytest.CaptureFixture[str], tomw: Path, bad: Path, *expected: str) -> str:
    before = digest(tomw)
    names = sorted(p.name for p in tomw.parent.iterdir())
    code, out, err = run_cli(capsys, "merge", tomw, bad)
    assert code == 2, out
    assert err.startswith("tomwizard: ") and "Traceback" not in err
    for text in expected:
        assert text in err, err
    assert digest(tomw) == before
    assert sorted(p.name for p in tomw.parent.iterdir()) == names  # nothing left beside it
    return err


def test_invalid_cells_are_listed_together_by_sheet_row_and_column(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    tomw, xlsx = files

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, MEASURE)
        sheet.cell(row, 3).value = 42  # a number as status
        sheet.cell(row + 1, 3).value = "vielleicht"  # unknown status
        sheet.cell(row + 2, 4).value = "morgen"  # not a date
        sheet.cell(row + 3, 5).value = True  # a truth value as note
        sheet.cell(row + 4, 6).value = '=HYPERLINK("http://x")'  # a formula
        sheet.cell(row + 5, 1).value = "erfunden.massnahme"  # unknown id

    bad = fill(xlsx, customer)
    err = _refused(
        capsys,
        tomw,
        bad,
        "6 ungültige Angaben; nichts wurde übernommen",
        "Blatt „03 Zutrittskontrolle“, Zeile 3, Spalte C (Status): „42“ ist kein Status",
        "Zeile 4, Spalte C (Status): „vielleicht“ ist kein Status",
        "Zeile 5, Spalte D (Geplant bis): „morgen“ ist kein Datum",
        "Zeile 6, Spalte E (Anmerkung): „True“ ist kein Text",
        "Zeile 7, Spalte F (Nachweis): enthält eine Formel",
        "Zeile 8, Spalte A (Kennung): unbekannte Kennung „erfunden.massnahme“",
    )
    assert len(err.splitlines()) == 7  # one message: the head line and six problems
    # --skip-invalid merges the valid rest and lists what it left out
    code, out, _ = run_cli(capsys, "merge", tomw, bad, "--skip-invalid")
    assert code == 0 and "Ausgelassen (--skip-invalid, 6):" in out


def _delete_sheet(workbook: Workbook) -> None:
    del workbook[answer_sheets(workbook)[2].title]


def _rename_sheet(workbook: Workbook) -> None:
    answer_sheets(workbook)[2].title = "Zutritt"


def _delete_column(workbook: Workbook) -> None:
    answer_sheets(workbook)[0].delete_cols(3)


def _delete_meta(workbook: Workbook) -> None:
    del workbook["_tomwizard"]


def _many_rows(workbook: Workbook) -> None:
    sheet = answer_sheets(workbook)[0]
    for number in range(10_000):
        sheet.append([f"x{number}", "angehängt", "umgesetzt"])


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (_delete_sheet, "fehlen Blätter: „03 Zutrittskontrolle“ (gelöscht oder umbenannt)"),
        (_rename_sheet, "fehlen Blätter: „03 Zutrittskontrolle“"),
        (_delete_column, "fehlen die Spalten „Status“"),
        (_delete_meta, "kein tomwizard-Fragebogen"),
        (_many_rows, "hat mehr als 1000 Zeilen"),
    ],
)
def test_structural_damage_is_refused(
    files: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    edit: Callable[[Workbook], None],
    expected: str,
) -> None:
    tomw, xlsx = files
    _refused(capsys, tomw, fill(xlsx, edit), expected)


def test_moved_columns_are_found_by_their_header(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    tomw, xlsx = files

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, MEASURE)
        sheet.cell(row, 5).value = "Schlüsselbuch"
        sheet.move_range("E1:E200", cols=3)  # note moved behind evidence
        sheet.move_range("C1:C200", cols=6)  # status moved to the far right

    code, _, err = run_cli(capsys, "merge", tomw, fill(xlsx, customer))
    assert (code, err) == (0, "")
    from tomwizard.store import TomwStore

    with TomwStore.open(tomw, readonly=True) as store:
        assert store.load().answer(MEASURE).note == "Schlüsselbuch"


def _zip(parts: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"Name;Status\nA;umgesetzt\n", "keine XLSX-Arbeitsmappe"),
        (b"", "keine XLSX-Arbeitsmappe"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(4096), "mit einem Kennwort verschlüsselt"),
        (_zip({"hello.txt": b"hi"}), "keine XLSX-Arbeitsmappe"),
        (
            _zip(
                {
                    "[Content_Types].xml": b"<Types/>",
                    "xl/workbook.xml": b"<workbook/>",
                    "xl/sharedStrings.xml": b"<sst>" + b" " * (40 * 1024 * 1024) + b"</sst>",
                }
            ),
            "entpackt zu groß",
        ),
        (_zip({"[Content_Types].xml": b"<x", "xl/workbook.xml": b"<y"}), "keine lesbare XLSX"),
    ],
    ids=["csv", "empty", "encrypted", "other-zip", "huge-shared-strings", "broken-xml"],
)
def test_files_that_are_no_questionnaire(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str], content: bytes, expected: str
) -> None:
    tomw, xlsx = files
    xlsx.write_bytes(content)
    _refused(capsys, tomw, xlsx, expected)


def test_a_workbook_of_someone_else(
    files: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    tomw, xlsx = files
    other = NewWorkbook()
    other.active["A1"] = "Maßnahmen"  # type: ignore[index]
    other.save(xlsx)
    _refused(capsys, tomw, xlsx, "kein tomwizard-Fragebogen")


_STARTS = st.sampled_from(["=", "+", "-", "@", "=cmd|' /C calc'!A0", "=1+1", "@SUM(A1)"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=_STARTS, rest=st.text(max_size=30), field=st.sampled_from(["note", "evidence"]))
def test_our_text_never_becomes_a_formula(start: str, rest: str, field: str) -> None:
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    text = start + rest
    answer = Answer(**{field: text})  # type: ignore[arg-type]
    assessment = assessment.model_copy(
        update={
            "answers": {**assessment.answers, MEASURE: answer},
            "organisation": assessment.organisation.model_copy(
                update={
                    "processor": assessment.organisation.processor.model_copy(update={"name": text})
                }
            ),
        }
    )
    data = write_questionnaire(assessment, catalog)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)
    workbook = load_workbook(io.BytesIO(data))
    sheet, row = find_row(workbook, MEASURE)
    cell = sheet.cell(row, 5 if field == "note" else 6)
    assert cell.data_type == "s" and cell.value == (clean_text(text) or None)
    assert workbook["Anleitung"]["B3"].data_type == "s"


def test_reading_back_our_own_formula_like_text_is_no_problem(tmp_path: Path) -> None:
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    answer = Answer(note="=SUMME(A1:A3)", evidence="@Richtlinie", planned_date=dt.date(2027, 1, 2))
    assessment = assessment.model_copy(update={"answers": {**assessment.answers, MEASURE: answer}})
    path = tmp_path / "f.xlsx"
    path.write_bytes(write_questionnaire(assessment, catalog))
    read = read_questionnaire(path)
    assert read.problems == []
    assert read.answers[MEASURE].note == "=SUMME(A1:A3)"
    assert read.answers[MEASURE].evidence == "@Richtlinie"
    assert read.answers[MEASURE].planned_date == dt.date(2027, 1, 2)


_CELL_VALUES = st.one_of(
    st.none(),
    st.text(max_size=40),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.dates(min_value=dt.date(1900, 3, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["UMGESETZT", "Teilweise", "31.12.2027", "2027-01-31", "=1+1", "#NV"]),
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(values=st.lists(_CELL_VALUES, min_size=4, max_size=4))
def test_any_typed_cell_is_read_or_reported_never_a_crash(
    values: list[object], tmp_path_factory: pytest.TempPathFactory
) -> None:
    catalog = default_catalog()
    workbook = load_workbook(io.BytesIO(write_questionnaire(demo_assessment(catalog), catalog)))
    sheet, row = find_row(workbook, MEASURE)
    for column, value in zip(range(3, 7), values, strict=True):
        if isinstance(value, str):
            value = clean_text(value)
        sheet.cell(row, column).value = value
    path = tmp_path_factory.mktemp("q") / "f.xlsx"
    workbook.save(path)
    read = read_questionnaire(path)  # raises nothing but QuestionnaireError
    reported = [p for p in read.problems if p.row == row]
    assert (MEASURE in read.answers) != bool(reported)
