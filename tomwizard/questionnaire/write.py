"""Write the customer questionnaire (XLSX) for an assessment.

``write_questionnaire(assessment, catalog, lang="de", only_open=False)`` returns the workbook's
bytes; the caller writes them atomically. Only the answer cells (status, date, note, evidence)
and the "filled in by" cell are unlocked; sheets and the workbook structure are protected
without a password (protection against slips, not a secret).
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from tomwizard.i18n import tr
from tomwizard.models.assessment import STATUS_LABELS, Answer, Assessment, Status
from tomwizard.models.catalog import Catalog, Language, Measure, Section, render_text
from tomwizard.questionnaire import layout
from tomwizard.questionnaire.instructions import write_instructions

_UNLOCKED = Protection(locked=False)
_ANSWER_FILL = PatternFill("solid", fgColor="FFF8E1")
_HEADER_FONT = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
_DATE_FORMAT: dict[Language, str] = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}


def question_text(measure: Measure, lang: Language, answer: Answer) -> str:
    """What the customer is asked: the measure's interview question where the catalog has one
    (a future ``question`` field), else its statement with the parameter values."""
    question = getattr(measure, "question", None)
    if question is not None:
        return str(question.get(lang))
    return render_text(measure, lang, answer.params)


@dataclass(frozen=True)
class Asked:
    """One row of an answer sheet: the id written into the hidden column, the text, the answer."""

    row_id: str  # a catalog measure id, or CUSTOM_PREFIX + a custom measure's id
    text: str
    answer: Answer


def _wanted(answer: Answer, only_open: bool, with_entfaellt: bool) -> bool:
    if answer.status == Status.ENTFAELLT and not with_entfaellt:
        return False
    return not only_open or answer.status == Status.OFFEN


def rows_asked(
    section: Section,
    assessment: Assessment,
    lang: Language,
    only_open: bool = False,
    with_entfaellt: bool = False,
) -> list[Asked]:
    """The section's rows: its catalog measures, then the user's own measures of the section;
    not „entfällt“ (unless asked), only the open ones with ``only_open``."""
    found = []
    for measure in section.measures():
        answer = assessment.answer(measure.id)
        if _wanted(answer, only_open, with_entfaellt):
            found.append(Asked(measure.id, question_text(measure, lang, answer), answer))
    for custom in assessment.custom_measures:
        if custom.section_id == section.id and _wanted(custom.answer, only_open, with_entfaellt):
            found.append(Asked(layout.CUSTOM_PREFIX + custom.id, custom.text, custom.answer))
    return found


def write_questionnaire(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language = "de",
    only_open: bool = False,
    with_entfaellt: bool = False,
) -> bytes:
    """The questionnaire workbook as XLSX bytes."""
    workbook = Workbook()
    instructions = workbook.active
    assert instructions is not None
    meta = workbook.create_sheet(layout.META_SHEET)
    meta.sheet_state = "veryHidden"
    _meta_head(meta, assessment, lang)
    sheets: list[tuple[str, str]] = []
    for number, section in enumerate(catalog.sections, start=1):
        rows = rows_asked(section, assessment, lang, only_open, with_entfaellt)
        if not rows:
            continue
        name = layout.sheet_name(number, section.title.get(lang))
        sheet = workbook.create_sheet(name)
        _answer_sheet(sheet, section, rows, lang)
        sheets.append((name, section.id))
        for asked in rows:
            _meta_answer(meta, asked.row_id, asked.answer)
    write_instructions(instructions, assessment, lang, [name for name, _ in sheets])
    _meta_sheets(meta, sheets)
    workbook.move_sheet(meta, offset=len(workbook.sheetnames))
    workbook.security = WorkbookProtection(lockStructure=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _answer_sheet(
    sheet: Worksheet,
    section: Section,
    rows: list[Asked],
    lang: Language,
) -> None:
    keys = list(layout.COLUMNS)
    column = {key: index for index, key in enumerate(keys, start=1)}
    title = sheet.cell(layout.TITLE_ROW, column["measure"])
    layout.put_text(title, section.title.get(lang))
    title.font = Font(bold=True, size=13)
    for key, index in column.items():
        cell = sheet.cell(layout.HEADER_ROW, index)
        layout.put_text(cell, layout.COLUMNS[key][lang])
        cell.font = _HEADER_FONT
        sheet.column_dimensions[get_column_letter(index)].width = layout.WIDTHS[key]
    sheet.column_dimensions["A"].hidden = True
    statuses = layout.status_names(lang)
    choice = DataValidation(
        type="list",
        formula1='"' + ",".join(statuses) + '"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Status",
        error=tr(lang, "Bitte einen Status aus der Liste wählen."),
    )
    dates = DataValidation(
        type="date",
        operator="greaterThan",
        formula1="1",
        allow_blank=True,
        showErrorMessage=True,
        error=tr(lang, "Bitte ein Datum eingeben (TT.MM.JJJJ)."),
    )
    sheet.add_data_validation(choice)
    sheet.add_data_validation(dates)
    for row, asked in enumerate(rows, start=layout.FIRST_ROW):
        answer = asked.answer
        layout.put_text(sheet.cell(row, column["id"]), asked.row_id)
        text = sheet.cell(row, column["measure"])
        layout.put_text(text, asked.text)
        text.alignment = _WRAP
        status = sheet.cell(row, column["status"])
        layout.put_text(status, STATUS_LABELS[answer.status][lang])
        date = sheet.cell(row, column["date"])
        if answer.planned_date is not None:
            date.value = answer.planned_date
        date.number_format = _DATE_FORMAT[lang]
        layout.put_text(sheet.cell(row, column["note"]), answer.note)
        layout.put_text(sheet.cell(row, column["evidence"]), answer.evidence)
        for key in layout.ANSWER_COLUMNS:
            cell = sheet.cell(row, column[key])
            cell.protection = _UNLOCKED
            cell.fill = _ANSWER_FILL
            cell.alignment = _WRAP
        choice.add(status)
        dates.add(date)
        sheet.row_dimensions[row].height = _row_height(
            (text.value, layout.WIDTHS["measure"]),
            (answer.note, layout.WIDTHS["note"]),
            (answer.evidence, layout.WIDTHS["evidence"]),
        )
    sheet.freeze_panes = sheet.cell(layout.FIRST_ROW, column["status"]).coordinate
    layout.fit_to_page_width(sheet, landscape=True)
    sheet.print_title_rows = f"{layout.HEADER_ROW}:{layout.HEADER_ROW}"
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # widths and heights may be changed
    sheet.protection.formatRows = False
    sheet.protection.autoFilter = False


def _row_height(*texts: tuple[object, int]) -> float:
    """Points for a row whose wrapped texts fit: spreadsheet programs do not grow rows of a
    generated file by themselves (LibreOffice draws them over each other)."""
    lines = 1
    for text, width in texts:
        chars = max(10, int(width * 1.1))
        count = sum(max(1, -(-len(part) // chars)) for part in str(text or "").split("\n"))
        lines = max(lines, count)
    return 15.0 * lines + 3


def _meta_head(meta: Worksheet, assessment: Assessment, lang: Language) -> None:
    rows = [
        ("format", layout.FORMAT),
        ("format_version", str(layout.FORMAT_VERSION)),
        ("assessment_id", assessment.assessment_id),
        ("catalog_id", assessment.catalog_id),
        ("catalog_version", assessment.catalog_version),
        ("lang", lang),
        ("written", dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
    ]
    for key, value in rows:
        meta.append([key, value])
        for cell in meta[meta.max_row]:
            layout.put_text(cell, str(cell.value))


def _meta_answer(meta: Worksheet, measure_id: str, answer: Answer) -> None:
    date = answer.planned_date.isoformat() if answer.planned_date else ""
    values = ["answer", measure_id, answer.status.value, date, answer.note, answer.evidence]
    row = meta.max_row + 1
    for index, value in enumerate(values, start=1):
        layout.put_text(meta.cell(row, index), value)


def _meta_sheets(meta: Worksheet, sheets: list[tuple[str, str]]) -> None:
    for name, section_id in sheets:
        row = meta.max_row + 1
        layout.put_text(meta.cell(row, 1), "sheet")
        layout.put_text(meta.cell(row, 2), name)
        layout.put_text(meta.cell(row, 3), section_id)
    meta.protection.sheet = True
