"""Read a questionnaire the customer filled in; check every answer cell before anything is used.

``read_questionnaire(path)`` returns the answers and, in ``problems``, every cell that cannot be
taken over (by sheet, row and column). Structural faults (not an XLSX file, encrypted, too big,
a sheet or column missing, not our questionnaire) raise QuestionnaireError at once. What is read
is bounded: file size, number and unpacked size of the parts, rows and columns per sheet.
"""

from __future__ import annotations

import datetime as dt
import io
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from tomwizard.exchange import ExchangeError
from tomwizard.inputs import one_line
from tomwizard.models.assessment import Status
from tomwizard.questionnaire import layout

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_PART_BYTES = 32 * 1024 * 1024  # unpacked, per part of the zip (sharedStrings etc.)
MAX_TOTAL_BYTES = 96 * 1024 * 1024
MAX_PARTS = 400
MAX_ROWS = 1000  # per sheet; the catalog has far fewer measures per section
MAX_COLUMNS = 40
MAX_TEXT = 32767  # what one Excel cell holds
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class QuestionnaireError(ExchangeError):
    """The workbook cannot be taken over; the message is German and may have several lines.
    ``skippable``: only some cells are invalid; the rest can be merged (``--skip-invalid``)."""

    several_lines = True  # the command line prints each line (each already one line)

    def __init__(self, message: str, skippable: bool = False) -> None:
        super().__init__(message)
        self.skippable = skippable


@dataclass(frozen=True)
class CellProblem:
    sheet: str
    row: int
    column: str  # letter and header, e.g. "C (Status)"
    text: str

    def line(self) -> str:
        """One line, whatever the cell holds (a line break in a value is shown escaped)."""
        return one_line(
            f"Blatt „{self.sheet}“, Zeile {self.row}, Spalte {self.column}: {self.text}"
        )


@dataclass(frozen=True)
class RowAnswer:
    status: Status
    planned_date: dt.date | None
    note: str
    evidence: str


@dataclass
class Questionnaire:
    assessment_id: str
    catalog_id: str
    catalog_version: str
    filled_by: str = ""
    written: dict[str, RowAnswer] = field(default_factory=dict)  # as we wrote them (the base)
    answers: dict[str, RowAnswer] = field(default_factory=dict)  # valid rows as filled in
    problems: list[CellProblem] = field(default_factory=list)

    def problem_message(self, limit: int = 50) -> str:
        """One message listing every problem (the first ``limit`` of them)."""
        count = len(self.problems)
        head = (
            f"Der Fragebogen enthält {count} ungültige Angabe{'n' if count != 1 else ''}; "
            "nichts wurde übernommen. Bitte korrigieren (oder mit --skip-invalid nur die "
            "gültigen Zeilen übernehmen):"
        )
        lines = [f"  {p.line()}" for p in self.problems[:limit]]
        if count > limit:
            lines.append(f"  … und {count - limit} weitere.")
        return "\n".join([head, *lines])


def read_questionnaire(path: Path) -> Questionnaire:
    data = _bounded_bytes(path)
    with warnings.catch_warnings():  # openpyxl warns on stderr, e.g. about impossible dates;
        warnings.simplefilter("ignore")  # those cells are reported as problems instead
        return _load_and_read(data)


def _load_and_read(data: bytes) -> Questionnaire:
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    except Exception as exc:  # openpyxl raises many kinds on broken parts
        raise QuestionnaireError(
            f"Die Datei ist keine lesbare XLSX-Arbeitsmappe ({type(exc).__name__})."
        ) from exc
    try:
        return _read(workbook)
    except QuestionnaireError:
        raise
    except Exception as exc:  # a damaged part found while reading rows
        raise QuestionnaireError(
            f"Die Arbeitsmappe ist beschädigt und kann nicht gelesen werden ({type(exc).__name__})."
        ) from exc
    finally:
        workbook.close()


def _bounded_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise QuestionnaireError(
                f"Die Datei ist mit {size // (1024 * 1024)} MB zu groß für einen Fragebogen."
            )
        data = path.read_bytes()
    except OSError as exc:
        raise QuestionnaireError(
            f"Die Datei kann nicht gelesen werden ({exc.strerror or exc})."
        ) from exc
    if data.startswith(_OLE_MAGIC):
        raise QuestionnaireError(
            "Die Arbeitsmappe ist mit einem Kennwort verschlüsselt oder im alten .xls-Format "
            "gespeichert. Bitte ohne Kennwort als .xlsx speichern und erneut einlesen."
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise QuestionnaireError("Die Datei ist keine XLSX-Arbeitsmappe.") from exc
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise QuestionnaireError("Die Datei ist keine XLSX-Arbeitsmappe.")
    too_big = len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES
    if too_big or any(i.file_size > MAX_PART_BYTES for i in infos):
        raise QuestionnaireError(
            "Die Arbeitsmappe ist entpackt zu groß für einen Fragebogen (mehr als "
            f"{MAX_PART_BYTES // (1024 * 1024)} MB in einem Teil); sie wird nicht gelesen."
        )
    return data


def _read(workbook: Any) -> Questionnaire:
    if layout.META_SHEET not in workbook.sheetnames:
        raise QuestionnaireError(
            "Das ist kein tomwizard-Fragebogen (das verborgene Blatt „_tomwizard“ fehlt)."
        )
    meta, sheets, written = _read_meta(workbook[layout.META_SHEET])
    if meta.get("format") != layout.FORMAT or meta.get("format_version") != "1":
        raise QuestionnaireError("Das ist kein tomwizard-Fragebogen (unbekanntes Format).")
    result = Questionnaire(
        assessment_id=meta.get("assessment_id", ""),
        catalog_id=meta.get("catalog_id", ""),
        catalog_version=meta.get("catalog_version", ""),
        written=written,
    )
    missing = [name for name, _ in sheets if name not in workbook.sheetnames]
    if missing:
        shown = ", ".join(f"„{name}“" for name in missing)
        raise QuestionnaireError(
            f"Im Fragebogen fehlen Blätter: {shown} (gelöscht oder umbenannt). Bitte die "
            "Blätter unter ihrem ursprünglichen Namen zurückgeben."
        )
    first = workbook.sheetnames[0]
    if first != layout.META_SHEET:
        result.filled_by = _filled_by(workbook[first])
    seen: set[str] = set()
    for name, _section in sheets:
        _read_sheet(workbook[name], name, result, seen)
    return result


def _rows(sheet: Any, limit: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    yield from enumerate(
        sheet.iter_rows(min_row=1, max_row=limit + 1, max_col=MAX_COLUMNS), start=1
    )


def _text_of(cell: Any) -> str:
    value = getattr(cell, "value", None)
    return "" if value is None else str(value)


def _read_meta(
    sheet: Any,
) -> tuple[dict[str, str], list[tuple[str, str]], dict[str, RowAnswer]]:
    meta: dict[str, str] = {}
    sheets: list[tuple[str, str]] = []
    written: dict[str, RowAnswer] = {}
    for number, row in _rows(sheet, 20 * MAX_ROWS):
        if number > 20 * MAX_ROWS:
            raise QuestionnaireError("Das verborgene Blatt „_tomwizard“ ist zu lang.")
        values = [_text_of(cell) for cell in row[:6]] + [""] * 6
        kind = values[0]
        if kind == "sheet":
            sheets.append((values[1], values[2]))
        elif kind == "answer":
            try:
                date = dt.date.fromisoformat(values[3]) if values[3] else None
                written[values[1]] = RowAnswer(Status(values[2]), date, values[4], values[5])
            except ValueError as exc:
                raise QuestionnaireError(
                    f"Das verborgene Blatt „_tomwizard“ ist beschädigt (Zeile {number})."
                ) from exc
        elif kind:
            meta[kind] = values[1]
    return meta, sheets, written


def _filled_by(sheet: Any) -> str:
    column = ord(layout.FILLED_BY_CELL[0]) - ord("A") + 1
    row = int(layout.FILLED_BY_CELL[1:])
    for cells in sheet.iter_rows(min_row=row, max_row=row, max_col=column):
        value = getattr(cells[column - 1], "value", None) if len(cells) >= column else None
        if isinstance(value, str) and getattr(cells[column - 1], "data_type", "s") != "f":
            return " ".join(layout.clean_text(value).split())[:200]
    return ""


def _read_sheet(sheet: Any, name: str, result: Questionnaire, seen: set[str]) -> None:
    columns: dict[str, int] = {}
    for number, row in _rows(sheet, MAX_ROWS + layout.HEADER_ROW):
        if number > MAX_ROWS + layout.HEADER_ROW:
            raise QuestionnaireError(
                f"Blatt „{name}“ hat mehr als {MAX_ROWS} Zeilen; das ist kein ausgefüllter "
                "Fragebogen mehr. Bitte die angefügten Zeilen löschen."
            )
        if number < layout.HEADER_ROW:
            continue
        if number == layout.HEADER_ROW:
            columns = _header(row, name)
            continue
        _read_row(row, number, name, columns, result, seen)


def _header(row: tuple[Any, ...], name: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, cell in enumerate(row):
        key = layout.header_key(_text_of(cell))
        if key is not None and key not in found:
            found[key] = index
    missing = [layout.COLUMNS[k]["de"] for k in layout.COLUMNS if k not in found and k != "measure"]
    if missing:
        shown = ", ".join(f"„{m}“" for m in missing)
        raise QuestionnaireError(
            f"Blatt „{name}“: In Zeile {layout.HEADER_ROW} fehlen die Spalten {shown} "
            "(Überschrift geändert oder Spalte gelöscht)."
        )
    return found


def _cell(row: tuple[Any, ...], index: int) -> Any:
    return row[index] if index < len(row) else None


def _read_row(
    row: tuple[Any, ...],
    number: int,
    name: str,
    columns: dict[str, int],
    result: Questionnaire,
    seen: set[str],
) -> None:
    problems: list[CellProblem] = []

    def problem(key: str, text: str) -> None:
        letter = get_column_letter(columns[key] + 1)
        header = layout.COLUMNS[key]["de"]
        problems.append(CellProblem(name, number, f"{letter} ({header})", text))

    cells = {key: _cell(row, index) for key, index in columns.items()}
    raw = {key: getattr(cell, "value", None) for key, cell in cells.items()}
    if all(raw.get(key) in (None, "") for key in ("id", *layout.ANSWER_COLUMNS)):
        return  # an empty row
    for key, cell in cells.items():
        kind = getattr(cell, "data_type", None)
        if kind == "f":
            problem(key, "enthält eine Formel; bitte nur Werte eintragen.")
        elif kind == "e":
            problem(key, f"enthält den Fehlerwert {str(raw.get(key))[:20]}.")
    if problems:
        result.problems += problems
        return
    measure_id = _text_of(cells["id"]).strip()
    if not measure_id:
        problem("id", "Zeile ohne Kennung (hinzugefügt?); bitte löschen.")
    elif measure_id not in result.written:
        problem("id", f"unbekannte Kennung „{measure_id[:40]}“.")
    elif measure_id in seen:
        problem("id", f"Kennung „{measure_id}“ kommt doppelt vor.")
    status = _status(raw.get("status"), lambda text: problem("status", text))
    date = _date(raw.get("date"), lambda text: problem("date", text))
    note = _free_text(raw.get("note"), lambda text: problem("note", text))
    evidence = _free_text(raw.get("evidence"), lambda text: problem("evidence", text))
    if problems:
        result.problems += problems
        return
    seen.add(measure_id)
    assert status is not None
    result.answers[measure_id] = RowAnswer(status, date, note, evidence)


def _status(value: Any, problem: Any) -> Status | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return Status.OFFEN
    if not isinstance(value, str):
        problem(f"„{value}“ ist kein Status; bitte einen Eintrag aus der Liste wählen.")
        return None
    status = layout.parse_status(value)
    if status is None:
        names = ", ".join(layout.status_names("de"))
        problem(f"„{value[:40]}“ ist kein Status (möglich: {names}).")
    return status


def _date(value: Any, problem: Any) -> dt.date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
            try:
                return dt.datetime.strptime(text, pattern).date()
            except ValueError:
                continue
    problem(f"„{str(value)[:40]}“ ist kein Datum (TT.MM.JJJJ).")
    return None


def _free_text(value: Any, problem: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bool, dt.date | dt.time | dt.timedelta)):
        problem(f"„{value}“ ist kein Text; bitte als Text eintragen.")
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, str | int | float):
        problem("unlesbarer Wert.")
        return ""
    text = layout.clean_text(str(value))
    if len(text) > MAX_TEXT:
        problem(f"zu lang (mehr als {MAX_TEXT} Zeichen).")
    return text
