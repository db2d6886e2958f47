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

from tomwizard.i18n import _, message_language, ngettext
from tomwizard.input_errors import ExchangeError
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
        where = _("Blatt „{sheet}“, Zeile {row}, Spalte {column}: {text}")
        return one_line(
            where.format(sheet=self.sheet, row=self.row, column=self.column, text=self.text)
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
        head = ngettext(
            "Der Fragebogen enthält {n} ungültige Angabe; nichts wurde übernommen. Bitte "
            "korrigieren (oder mit --skip-invalid nur die gültigen Zeilen übernehmen):",
            "Der Fragebogen enthält {n} ungültige Angaben; nichts wurde übernommen. Bitte "
            "korrigieren (oder mit --skip-invalid nur die gültigen Zeilen übernehmen):",
            count,
        ).format(n=count)
        lines = [f"  {p.line()}" for p in self.problems[:limit]]
        if count > limit:
            lines.append("  " + _("… und {n} weitere.").format(n=count - limit))
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
        unreadable = _("Die Datei ist keine lesbare XLSX-Arbeitsmappe ({reason}).")
        raise QuestionnaireError(unreadable.format(reason=type(exc).__name__)) from exc
    try:
        return _read(workbook)
    except QuestionnaireError:
        raise
    except Exception as exc:  # a damaged part found while reading rows
        damaged = _("Die Arbeitsmappe ist beschädigt und kann nicht gelesen werden ({reason}).")
        raise QuestionnaireError(damaged.format(reason=type(exc).__name__)) from exc
    finally:
        workbook.close()


def _bounded_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            too_large = _("Die Datei ist mit {size} MB zu groß für einen Fragebogen.")
            raise QuestionnaireError(too_large.format(size=size // (1024 * 1024)))
        data = path.read_bytes()
    except OSError as exc:
        unreadable = _("Die Datei kann nicht gelesen werden ({reason}).")
        raise QuestionnaireError(unreadable.format(reason=exc.strerror or exc)) from exc
    if data.startswith(_OLE_MAGIC):
        raise QuestionnaireError(
            _(
                "Die Arbeitsmappe ist mit einem Kennwort verschlüsselt oder im alten .xls-Format "
                "gespeichert. Bitte ohne Kennwort als .xlsx speichern und erneut einlesen."
            )
        )
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise QuestionnaireError(_("Die Datei ist keine XLSX-Arbeitsmappe.")) from exc
    names = {info.filename for info in infos}
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        raise QuestionnaireError(_("Die Datei ist keine XLSX-Arbeitsmappe."))
    too_big = len(infos) > MAX_PARTS or sum(i.file_size for i in infos) > MAX_TOTAL_BYTES
    if too_big or any(i.file_size > MAX_PART_BYTES for i in infos):
        unpacked = _(
            "Die Arbeitsmappe ist entpackt zu groß für einen Fragebogen (mehr als {size} MB in "
            "einem Teil); sie wird nicht gelesen."
        )
        raise QuestionnaireError(unpacked.format(size=MAX_PART_BYTES // (1024 * 1024)))
    return data


def _read(workbook: Any) -> Questionnaire:
    if layout.META_SHEET not in workbook.sheetnames:
        raise QuestionnaireError(
            _("Das ist kein tomwizard-Fragebogen (das verborgene Blatt „_tomwizard“ fehlt).")
        )
    meta, sheets, written = _read_meta(workbook[layout.META_SHEET])
    if meta.get("format") != layout.FORMAT or meta.get("format_version") != "1":
        raise QuestionnaireError(_("Das ist kein tomwizard-Fragebogen (unbekanntes Format)."))
    result = Questionnaire(
        assessment_id=meta.get("assessment_id", ""),
        catalog_id=meta.get("catalog_id", ""),
        catalog_version=meta.get("catalog_version", ""),
        written=written,
    )
    missing = [name for name, _section in sheets if name not in workbook.sheetnames]
    if missing:
        shown = ", ".join(_("„{name}“").format(name=name) for name in missing)
        gone = _(
            "Im Fragebogen fehlen Blätter: {names} (gelöscht oder umbenannt). Bitte die Blätter "
            "unter ihrem ursprünglichen Namen zurückgeben."
        )
        raise QuestionnaireError(gone.format(names=shown))
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
            raise QuestionnaireError(_("Das verborgene Blatt „_tomwizard“ ist zu lang."))
        values = [_text_of(cell) for cell in row[:6]] + [""] * 6
        kind = values[0]
        if kind == "sheet":
            sheets.append((values[1], values[2]))
        elif kind == "answer":
            try:
                date = dt.date.fromisoformat(values[3]) if values[3] else None
                written[values[1]] = RowAnswer(Status(values[2]), date, values[4], values[5])
            except ValueError as exc:
                damaged = _("Das verborgene Blatt „_tomwizard“ ist beschädigt (Zeile {row}).")
                raise QuestionnaireError(damaged.format(row=number)) from exc
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
            too_long = _(
                "Blatt „{sheet}“ hat mehr als {rows} Zeilen; das ist kein ausgefüllter "
                "Fragebogen mehr. Bitte die angefügten Zeilen löschen."
            )
            raise QuestionnaireError(too_long.format(sheet=name, rows=MAX_ROWS))
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
    lang = message_language()
    missing = [layout.COLUMNS[k][lang] for k in layout.COLUMNS if k not in found and k != "measure"]
    if missing:
        shown = ", ".join(_("„{name}“").format(name=m) for m in missing)
        no_columns = _(
            "Blatt „{sheet}“: In Zeile {row} fehlen die Spalten {names} "
            "(Überschrift geändert oder Spalte gelöscht)."
        )
        raise QuestionnaireError(no_columns.format(sheet=name, row=layout.HEADER_ROW, names=shown))
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
        header = layout.COLUMNS[key][message_language()]
        problems.append(CellProblem(name, number, f"{letter} ({header})", text))

    cells = {key: _cell(row, index) for key, index in columns.items()}
    raw = {key: getattr(cell, "value", None) for key, cell in cells.items()}
    if all(raw.get(key) in (None, "") for key in ("id", *layout.ANSWER_COLUMNS)):
        return  # an empty row
    for key, cell in cells.items():
        kind = getattr(cell, "data_type", None)
        if kind == "f":
            problem(key, _("enthält eine Formel; bitte nur Werte eintragen."))
        elif kind == "e":
            problem(key, _("enthält den Fehlerwert {value}.").format(value=str(raw.get(key))[:20]))
    if problems:
        result.problems += problems
        return
    measure_id = _text_of(cells["id"]).strip()
    if not measure_id:
        problem("id", _("Zeile ohne Kennung (hinzugefügt?); bitte löschen."))
    elif measure_id not in result.written:
        problem("id", _("unbekannte Kennung „{id}“.").format(id=measure_id[:40]))
    elif measure_id in seen:
        problem("id", _("Kennung „{id}“ kommt doppelt vor.").format(id=measure_id))
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
        problem(
            _("„{value}“ ist kein Status; bitte einen Eintrag aus der Liste wählen.").format(
                value=value
            )
        )
        return None
    status = layout.parse_status(value)
    if status is None:
        names = ", ".join(layout.status_names(message_language()))
        problem(
            _("„{value}“ ist kein Status (möglich: {names}).").format(value=value[:40], names=names)
        )
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
    problem(_("„{value}“ ist kein Datum (TT.MM.JJJJ).").format(value=str(value)[:40]))
    return None


def _free_text(value: Any, problem: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (bool, dt.date | dt.time | dt.timedelta)):
        problem(_("„{value}“ ist kein Text; bitte als Text eintragen.").format(value=value))
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if not isinstance(value, str | int | float):
        problem(_("unlesbarer Wert."))
        return ""
    text = layout.clean_text(str(value))
    if len(text) > MAX_TEXT:
        problem(_("zu lang (mehr als {n} Zeichen).").format(n=MAX_TEXT))
    return text
