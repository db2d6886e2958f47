"""The action plan (Maßnahmenplan) as an Excel workbook.

One sheet: a title line with the processor and the Stand, the header row (frozen, with an
autofilter, repeated on every printed page), then one row per :class:`PlanRow`. Severity and
status cells are coloured by conditional formats, so that a user who changes a status in Excel
sees the colour follow. Printed landscape, fitted to the page width.

Every text passes :func:`tomwizard.export.pdf_text.clean` (the rule the PDF uses: control
characters XML forbids are dropped) and is written as a string: a text that starts with
= + - @ stays text (data type string, quote prefix), never a formula.
"""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.formatting.rule import FormulaRule, Rule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from tomwizard.export.action_plan import (
    FOLLOW_UP,
    KIND,
    PlanRow,
    action_plan_rows,
    severity_label,
)
from tomwizard.export.atomic import replace_file
from tomwizard.export.pdf_text import clean, format_date
from tomwizard.export.wording import SEVERITY, STATUS
from tomwizard.i18n import N_, NC_, Msg, Wording, say
from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import LANGUAGES, Catalog, Language
from tomwizard.models.finding import Finding, Severity
from tomwizard.rules.blockers import stand_date

CELL_MAX = 32_767  # characters Excel keeps in one cell
LINE_HEIGHT = 15.0  # points per line of 11-point text
ROW_MAX = 409.0  # the tallest row Excel allows, in points
FORMULA_START = ("=", "+", "-", "@")
# (key, header, width in characters)
COLUMNS: tuple[tuple[str, Msg, int], ...] = (
    ("ref_id", NC_("plan", "Nr."), 20),
    ("kind", NC_("plan", "Art"), 14),
    ("section", NC_("plan", "Bereich"), 22),
    ("text", NC_("plan", "Maßnahme / Befund"), 60),
    ("status", NC_("plan", "Status"), 18),
    ("severity", NC_("plan", "Schwere"), 11),
    ("reference", NC_("plan", "Referenz"), 24),
    ("owner", NC_("plan", "Verantwortlich"), 18),
    ("due", NC_("plan", "Termin"), 12),
    ("note", NC_("plan", "Notiz / Empfehlung"), 40),
)
_WORDS = Wording({"title": N_("Maßnahmenplan"), "stand": N_("Stand: {date}")})
TITLE: dict[Language, str] = {lang: _WORDS[lang]["title"] for lang in LANGUAGES}
STAND: dict[Language, str] = {lang: _WORDS[lang]["stand"] for lang in LANGUAGES}
SHEET = TITLE
# a date cell shown as the documents write dates (tomwizard.i18n.format_date)
DATE_FORMAT: dict[Language, str] = {"de": "DD.MM.YYYY", "en": "D MMMM YYYY"}
HEADER_ROW = 3  # title, Stand, header
SEVERITY_FILL: dict[Severity, str] = {  # light tints of the gap report's colours
    Severity.KRITISCH: "F4C7C3",
    Severity.HOCH: "FAD7B5",
    Severity.MITTEL: "F6E9B2",
    Severity.HINWEIS: "D3E2F1",
}
STATUS_FILL: dict[Status, str] = {
    Status.NICHT_UMGESETZT: "F4C7C3",
    Status.TEILWEISE: "FAD7B5",
    Status.GEPLANT: "F6E9B2",
}
FOLLOW_UP_FILL = "E3D7F0"


def action_plan_xlsx(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language = "de",
    findings: list[Finding] | None = None,
) -> bytes:
    """The action plan of ``assessment`` as the bytes of an .xlsx file."""
    rows = action_plan_rows(assessment, catalog, lang, findings)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEET[lang]
    _title(sheet, assessment, lang)
    _header(sheet, lang)
    for index, row in enumerate(rows, start=HEADER_ROW + 1):
        _row(sheet, index, row, lang)
    last = HEADER_ROW + max(len(rows), 1)
    _colours(sheet, last, lang)
    _print_setup(sheet, last, lang)
    book.properties.title = TITLE[lang]
    book.properties.creator = "tomwizard"
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def put_text(cell: Cell, text: str) -> None:
    """``text`` as a string cell: cleaned, cut at Excel's limit, never a formula."""
    value = clean(text)
    if len(value) > CELL_MAX:
        value = value[: CELL_MAX - 1] + "…"
    cell.value = value
    cell.data_type = "s"
    if value.startswith(FORMULA_START):
        cell.quotePrefix = True


def _title(sheet: Worksheet, assessment: Assessment, lang: Language) -> None:
    org = assessment.organisation
    name = org.processor.name.strip()
    put_text(_cell(sheet, 1, 1), f"{TITLE[lang]} – {name}" if name else TITLE[lang])
    _cell(sheet, 1, 1).font = Font(bold=True, size=14)
    stand = STAND[lang].format(date=format_date(stand_date(assessment), lang))
    put_text(_cell(sheet, 2, 1), stand)
    _cell(sheet, 2, 1).font = Font(italic=True, color="555555")


def _header(sheet: Worksheet, lang: Language) -> None:
    bold = Font(bold=True, color="FFFFFF")
    fill = PatternFill("solid", fgColor="3F4F5F")
    for column, (_key, header, width) in enumerate(COLUMNS, start=1):
        cell = _cell(sheet, HEADER_ROW, column)
        put_text(cell, say(lang, header))
        cell.font = bold
        cell.fill = fill
        cell.alignment = Alignment(wrap_text=True, vertical="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = _cell(sheet, HEADER_ROW + 1, 1)


def _row(sheet: Worksheet, index: int, row: PlanRow, lang: Language) -> None:
    wrap = Alignment(wrap_text=True, vertical="top")
    values: dict[str, str] = {
        "ref_id": row.ref_id,
        "kind": KIND[row.kind][lang],
        "section": row.section,
        "text": row.text,
        "status": row.status,
        "severity": severity_label(row.severity, lang),
        "reference": row.reference,
        "owner": row.owner,
        "note": row.note,
    }
    lines = 1
    for column, (key, _header, width) in enumerate(COLUMNS, start=1):
        cell = _cell(sheet, index, column)
        if key == "due":
            if row.due is not None:
                cell.value = row.due
                cell.number_format = DATE_FORMAT[lang]
        else:
            put_text(cell, values[key])
            lines = max(lines, _lines(str(cell.value or ""), width))
        cell.alignment = wrap
    # neither openpyxl nor every reader sizes a row to its wrapped text: an estimate
    sheet.row_dimensions[index].height = min(ROW_MAX, LINE_HEIGHT * lines)


def _lines(text: str, width: int) -> int:
    """About how many lines ``text`` takes in a column ``width`` characters wide, wrapped."""
    per_line = max(1, int(width * 1.1))  # text is narrower than the digit the width counts
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _colours(sheet: Worksheet, last: int, lang: Language) -> None:
    """Conditional fills: the severity cell by its label, the status cell by its status."""
    first = HEADER_ROW + 1
    sev_col = get_column_letter(_column("severity"))
    status_col = get_column_letter(_column("status"))
    for severity, colour in SEVERITY_FILL.items():
        label = SEVERITY[severity][lang]
        sheet.conditional_formatting.add(
            f"{sev_col}{first}:{sev_col}{last}",
            _rule(f'${sev_col}{first}="{label}"', colour),
        )
    for status, colour in STATUS_FILL.items():
        label = STATUS[status][lang]  # "teilweise umgesetzt; Rückfrage offen" begins with it
        formula = f'LEFT(${status_col}{first},{len(label)})="{label}"'
        sheet.conditional_formatting.add(
            f"{status_col}{first}:{status_col}{last}",
            _rule(formula, colour, stop=True),
        )
    formula = f'ISNUMBER(SEARCH("{FOLLOW_UP[lang]}",${status_col}{first}))'
    sheet.conditional_formatting.add(
        f"{status_col}{first}:{status_col}{last}",
        _rule(formula, FOLLOW_UP_FILL),
    )


def _print_setup(sheet: Worksheet, last: int, lang: Language) -> None:
    end = get_column_letter(len(COLUMNS))
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{end}{last}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0  # as many pages as it takes
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    footer, header = sheet.oddFooter, sheet.oddHeader
    assert footer is not None and header is not None
    footer.center.text = "&P / &N"
    header.left.text = TITLE[lang]
    sheet.print_options.gridLines = True


def _cell(sheet: Worksheet, row: int, column: int) -> Cell:
    cell = sheet.cell(row, column)
    assert isinstance(cell, Cell)  # nothing is merged
    return cell


def _rule(formula: str, colour: str, stop: bool = False) -> Rule:
    fill = PatternFill("solid", start_color=colour, end_color=colour, bgColor=colour)
    rule: Rule = FormulaRule(  # type: ignore[no-untyped-call]
        formula=[formula], fill=fill, stopIfTrue=stop
    )
    return rule


def _column(key: str) -> int:
    return next(i for i, (k, *_r) in enumerate(COLUMNS, start=1) if k == key)


def write_action_plan_xlsx(
    assessment: Assessment,
    catalog: Catalog,
    out: Path,
    lang: Language = "de",
    findings: list[Finding] | None = None,
) -> None:
    """Write the action plan of ``assessment`` as an .xlsx file to ``out``."""
    replace_file(out, action_plan_xlsx(assessment, catalog, lang, findings))
