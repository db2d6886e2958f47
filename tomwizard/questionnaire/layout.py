"""What writer and reader of the questionnaire agree on: sheets, columns, status names, cells.

Answer sheets have a title row, a header row and one row per measure. Columns are found by
their header (German or English), so a reader does not depend on their order. A very hidden
sheet ``_tomwizard`` carries the format marker, the assessment's identity and catalog, the
sheet → section list and the answers as they were written (the merge base).
"""

from __future__ import annotations

import re
from typing import Final

from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet

from tomwizard.i18n import NC_, Labels
from tomwizard.models.assessment import STATUS_LABELS, Status
from tomwizard.models.catalog import Language

FORMAT: Final = "tomwizard-fragebogen"
FORMAT_VERSION: Final = 1
META_SHEET: Final = "_tomwizard"
TITLE_ROW, HEADER_ROW, FIRST_ROW = 1, 2, 3
FILLED_BY_CELL: Final = "B4"  # on the instructions sheet: who filled the questionnaire in
CUSTOM_PREFIX: Final = "eigene:"  # hidden id of a row for one of the user's own measures

# column key → header per language; the order is the order written
COLUMNS: Final[Labels[str]] = Labels(
    {
        "id": NC_("questionnaire", "Kennung"),
        "measure": NC_("questionnaire", "Maßnahme"),
        "status": NC_("questionnaire", "Status"),
        "date": NC_("questionnaire", "Geplant bis"),
        "note": NC_("questionnaire", "Anmerkung"),
        "evidence": NC_("questionnaire", "Nachweis"),
    }
)
ANSWER_COLUMNS: Final = ("status", "date", "note", "evidence")
WIDTHS: Final = {"id": 14, "measure": 70, "status": 22, "date": 14, "note": 40, "evidence": 30}

_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_FORMULA_START = ("=", "+", "-", "@")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def status_names(lang: Language) -> list[str]:
    """The status names offered in the drop-down, in the chosen language."""
    return [STATUS_LABELS[status][lang] for status in Status]


def _norm(text: str) -> str:
    return " ".join(text.replace("_", " ").split()).casefold()


_STATUS_BY_NAME: Final = {
    _norm(name): status
    for status in Status
    for name in (status.value, STATUS_LABELS[status]["de"], STATUS_LABELS[status]["en"])
} | {"teilweise": Status.TEILWEISE, "entfaellt": Status.ENTFAELLT}


def parse_status(text: str) -> Status | None:
    """A status name as typed by hand, in either language and any case; None if unknown."""
    return _STATUS_BY_NAME.get(_norm(text))


def header_key(text: str) -> str | None:
    """The column key of a header text (German or English, any case)."""
    wanted = _norm(text)
    for key, names in COLUMNS.items():
        if wanted in (_norm(names["de"]), _norm(names["en"])):
            return key
    return None


def sheet_name(number: int, title: str) -> str:
    """A valid, unique sheet name: ``"03 Zutrittskontrolle"``, at most 31 characters."""
    name = f"{number:02d} {_SHEET_FORBIDDEN.sub(' ', title)}".strip()
    return name if len(name) <= 31 else name[:30].rstrip() + "…"


def clean_text(value: str) -> str:
    """Text without the control characters XLSX cannot hold (tabs and newlines stay)."""
    return _ILLEGAL.sub("", value)


def put_text(cell: Cell | MergedCell, value: str) -> None:
    """Write ``value`` as text that can never become a formula.

    openpyxl turns a string beginning with ``=`` into a formula; the cell is forced back to a
    string, and text beginning with ``= + - @`` gets Excel's quote prefix so that editing the
    cell in Excel or LibreOffice keeps it text as well.
    """
    if isinstance(cell, MergedCell):  # pragma: no cover - we merge no cells
        raise ValueError(f"{cell.coordinate} is part of a merged range")
    text = clean_text(value)
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_FORMULA_START):
        cell.quotePrefix = True


def fit_to_page_width(sheet: Worksheet, landscape: bool = False) -> None:
    """Printing: every column on one page width, as many pages down as needed."""
    props = sheet.sheet_properties.pageSetUpPr
    if props is None:
        props = PageSetupProperties()
        sheet.sheet_properties.pageSetUpPr = props
    props.fitToPage = True
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    if landscape:
        sheet.page_setup.orientation = "landscape"
