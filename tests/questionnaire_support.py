"""A consultant's file, its questionnaire, and helpers to fill it in as a customer would."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import CustomMeasure
from tomwizard.store import TomwStore


def run_cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([*map(str, args)])
    out, err = capsys.readouterr()
    return code, out, err


def consultant_file(folder: Path) -> Path:
    """The demo with one own measure of the consultant's (in „Zutrittskontrolle“)."""
    path = folder / "berater.tomw"
    assessment = demo_assessment(default_catalog())
    own = CustomMeasure(
        id="custom-alarm",
        section_id="zutritt",
        text="Einbruchmeldeanlage mit Aufschaltung auf einen Wachdienst",
    )
    assessment.custom_measures = [own]
    TomwStore.create(path, assessment, author="Berater").close()
    return path


def write_questionnaire_file(capsys: pytest.CaptureFixture[str], tomw: Path, *options: str) -> Path:
    out = tomw.with_name("fragebogen.xlsx")
    code, _, err = run_cli(capsys, "questionnaire", tomw, "-o", out, *options)
    assert (code, err) == (0, "")
    return out


def answer_sheets(workbook: Workbook) -> list[Worksheet]:
    return [ws for ws in workbook.worksheets if ws.title[:2].isdigit()]


def find_row(workbook: Workbook, measure_id: str) -> tuple[Worksheet, int]:
    for sheet in answer_sheets(workbook):
        for row in range(3, sheet.max_row + 1):
            if sheet.cell(row, 1).value == measure_id:
                return sheet, row
    raise AssertionError(f"{measure_id} not in the questionnaire")


def fill(path: Path, edit: Callable[[Workbook], None], out: Path | None = None) -> Path:
    """Open the questionnaire as a customer's spreadsheet program would, change it, save."""
    workbook = load_workbook(path)
    edit(workbook)
    target = out or path.with_name("ausgefuellt.xlsx")
    workbook.save(target)
    return target
