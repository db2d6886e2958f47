"""The first sheet of the questionnaire: what it is, how to answer, what the statuses mean."""

from __future__ import annotations

from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.worksheet.worksheet import Worksheet

from tomwizard.i18n import N_, NC_, Labels, Wording
from tomwizard.models.assessment import STATUS_LABELS, Assessment, Status
from tomwizard.models.catalog import Language
from tomwizard.questionnaire import layout

_MEANING: Labels[Status] = Labels(
    {
        Status.OFFEN: N_("noch nicht beantwortet"),
        Status.UMGESETZT: N_("die Maßnahme ist vollständig umgesetzt"),
        Status.TEILWEISE: N_("zum Teil umgesetzt – bitte in „Anmerkung“ sagen, was fehlt"),
        Status.GEPLANT: N_("vorgesehen – bitte „Geplant bis“ ausfüllen"),
        Status.NICHT_UMGESETZT: NC_("questionnaire", "nicht umgesetzt"),
        Status.ENTFAELLT: N_("trifft bei Ihnen nicht zu – bitte in „Anmerkung“ begründen"),
    }
)

_TEXT = Wording(
    {
        "sheet": N_("Anleitung"),
        "title": N_("Fragebogen zu den technischen und organisatorischen Maßnahmen"),
        "for": NC_("questionnaire", "Für"),
        "filled_by": N_("Ausgefüllt von"),
        "how": N_(
            "Bitte beantworten Sie auf jedem Blatt jede Zeile: wählen Sie in der Spalte "
            "„Status“ einen Eintrag aus der Liste, tragen Sie bei „geplant“ das Datum ein und "
            "ergänzen Sie bei Bedarf eine Anmerkung und einen Nachweis (z. B. Dokument, "
            "Richtlinie, Protokoll). Nur die gelb hinterlegten Felder sind änderbar. Bitte "
            "keine Blätter, Zeilen oder Spalten hinzufügen, löschen oder umbenennen und die "
            "Datei unter einem beliebigen Namen als .xlsx zurücksenden."
        ),
        "statuses": N_("Die Status und ihre Bedeutung:"),
        "sheets": N_("Blätter:"),
    }
)


def write_instructions(
    sheet: Worksheet, assessment: Assessment, lang: Language, sheet_names: list[str]
) -> None:
    text = _TEXT[lang]
    sheet.title = text["sheet"]
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 90
    wrap = Alignment(wrap_text=True, vertical="top")
    layout.put_text(sheet["A1"], text["title"])
    sheet["A1"].font = Font(bold=True, size=14)
    layout.put_text(sheet["A3"], text["for"])
    processor = assessment.organisation.processor.name or "—"
    layout.put_text(sheet["B3"], processor)
    layout.put_text(sheet["A4"], text["filled_by"])
    filled_by = sheet[layout.FILLED_BY_CELL]
    filled_by.protection = Protection(locked=False)
    filled_by.fill = PatternFill("solid", fgColor="FFF8E1")
    layout.put_text(sheet["B6"], text["how"])
    sheet["B6"].alignment = wrap
    sheet.row_dimensions[6].height = 105
    layout.put_text(sheet["A8"], text["statuses"])
    sheet["A8"].font = Font(bold=True)
    row = 9
    for status in Status:
        layout.put_text(sheet.cell(row, 1), STATUS_LABELS[status][lang])
        layout.put_text(sheet.cell(row, 2), _MEANING[status][lang])
        row += 1
    row += 1
    layout.put_text(sheet.cell(row, 1), text["sheets"])
    sheet.cell(row, 1).font = Font(bold=True)
    for name in sheet_names:
        layout.put_text(sheet.cell(row, 2), name)
        row += 1
    sheet.protection.sheet = True
    layout.fit_to_page_width(sheet)
