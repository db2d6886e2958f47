"""The export dialog (view): annex options, gap report, where to write (reads no files itself)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.pages.contrast import keep_checks_visible
from ui.pages.save_path import SavePathField


@dataclass(frozen=True)
class ExportChoices:
    annex_number: str
    style: str
    view: str
    lang: str
    parts: tuple[str, ...]
    list_entfaellt: bool
    gap_report: bool
    path: str
    append_changes: bool = False  # appendix „Änderungen gegenüber Version N“
    action_plan: bool = False  # the Maßnahmenplan as .xlsx beside the annex
    format: str = "pdf"  # the annex (and the gap report): "pdf" or "docx" (Word)


# the annex's formats: the suffix of its file and the filter of the file dialog
SUFFIXES = {"pdf": ".pdf", "docx": ".docx"}


class ExportDialog(QDialog):
    def __init__(
        self,
        initial: ExportChoices,
        styles: list[tuple[str, str]],
        views: list[tuple[str, str]],
        parts: list[tuple[str, str]],
        warning: str = "",
        parent: QWidget | None = None,
        changes_unavailable: str = "",
        version: str = "",
    ) -> None:
        """``version``: whether the annex will be a draft or final, and why (shown as is)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Anlage exportieren"))
        # wide enough for a path of ~60 characters in the file field
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 90)
        self.annex_number = QLineEdit(initial.annex_number)
        self.annex_number.setAccessibleName(self.tr("Nummer der Anlage"))
        self.style_choice = self._combo(styles, initial.style)
        self.view_choice = self._combo(views, initial.view)
        self.lang_choice = self._combo([("de", "Deutsch"), ("en", "English")], initial.lang)
        self.format_choice = self._combo(
            [("pdf", self.tr("PDF (zum Unterschreiben)")), ("docx", self.tr("Word (.docx)"))],
            initial.format,
        )
        self.format_choice.setObjectName("exportFormat")
        self.format_choice.setToolTip(
            self.tr(
                "Word: dieselbe Anlage zum Weiterbearbeiten, mit Überschriften, Listen, "
                "Tabellen und Seitenzahlen; der Lückenbericht wird dann auch als Word-Datei "
                "erstellt."
            )
        )
        self.format_choice.currentIndexChanged.connect(self._on_format_choice_changed)
        self.part_boxes: dict[str, QCheckBox] = {}
        parts_box = QVBoxLayout()
        for part_id, label in parts:
            box = QCheckBox(label)
            box.setChecked(part_id in initial.parts)
            self.part_boxes[part_id] = box
            parts_box.addWidget(box)
        self.entfaellt = QCheckBox(self.tr("Entfallende Maßnahmen mit Begründung aufführen"))
        self.entfaellt.setChecked(initial.list_entfaellt)
        parts_box.addWidget(self.entfaellt)
        self.append_changes = QCheckBox(
            self.tr("Änderungen gegenüber der letzten Version anhängen")
        )
        self.append_changes.setChecked(initial.append_changes and not changes_unavailable)
        self.append_changes.setEnabled(not changes_unavailable)
        self.append_changes.setToolTip(changes_unavailable)
        parts_box.addWidget(self.append_changes)
        self.gap_report = QCheckBox(self.tr("Internen Lückenbericht dazu erstellen"))
        self.gap_report.setChecked(initial.gap_report)
        self.action_plan = QCheckBox(self.tr("Maßnahmenplan (Excel) dazu erstellen"))
        self.action_plan.setObjectName("exportActionPlan")
        self.action_plan.setToolTip(
            self.tr(
                "Offene, teilweise umgesetzte und geplante Maßnahmen, offene Rückfragen und "
                "alle Befunde mit Verantwortlichen und Terminen als .xlsx-Tabelle"
            )
        )
        self.action_plan.setChecked(initial.action_plan)
        keep_checks_visible(
            *self.part_boxes.values(),
            self.entfaellt,
            self.append_changes,
            self.gap_report,
            self.action_plan,
        )
        path_row = SavePathField(initial.path, self.tr("Anlage speichern unter"), self._kind, self)
        self.path_row = path_row
        self.path = path_row.edit
        self.path.setAccessibleName(self.tr("Zieldatei"))

        form = QFormLayout()
        form.addRow(self.tr("&Nummer der Anlage:"), self.annex_number)
        form.addRow(self.tr("&Darstellung:"), self.style_choice)
        form.addRow(self.tr("&Gliederung:"), self.view_choice)
        form.addRow(self.tr("&Sprache:"), self.lang_choice)
        form.addRow(self.tr("&Format:"), self.format_choice)
        form.addRow(self.tr("Teile:"), parts_box)
        form.addRow("", self.gap_report)
        form.addRow("", self.action_plan)
        path_label = QLabel(self.tr("&Zieldatei:"))  # a row of a layout gets no buddy itself
        path_label.setBuddy(self.path)
        form.addRow(path_label, path_row)
        self.version_label = QLabel(version)
        self.version_label.setObjectName("exportVersion")
        self.version_label.setWordWrap(True)
        if version:
            form.addRow(self.tr("Fassung:"), self.version_label)
        self.warning_label = QLabel(warning)
        self.warning_label.setObjectName("exportWarning")
        self.warning_label.setWordWrap(True)
        bold = self.warning_label.font()
        bold.setBold(True)
        self.warning_label.setFont(bold)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Exportieren"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.warning_label)
        layout.addWidget(buttons)
        self.warning_label.setVisible(bool(warning))  # not before: no parent, its own window

    @staticmethod
    def _combo(items: list[tuple[str, str]], current: str) -> QComboBox:
        combo = QComboBox()
        for value, label in items:
            combo.addItem(label, value)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        return combo

    def choices(self) -> ExportChoices:
        return ExportChoices(
            annex_number=self.annex_number.text().strip(),
            style=str(self.style_choice.currentData()),
            view=str(self.view_choice.currentData()),
            lang=str(self.lang_choice.currentData()),
            parts=tuple(p for p, box in self.part_boxes.items() if box.isChecked()),
            list_entfaellt=self.entfaellt.isChecked(),
            gap_report=self.gap_report.isChecked(),
            path=self.path.text().strip(),
            append_changes=self.append_changes.isChecked(),
            action_plan=self.action_plan.isChecked(),
            format=self.format(),
        )

    def format(self) -> str:
        return str(self.format_choice.currentData())

    @Slot()
    def _on_format_choice_changed(self) -> None:
        """The file name follows the format: „…-anlage-3.pdf“ becomes „…-anlage-3.docx“."""
        path = self.path.text().strip()
        if not path:
            return
        stem, dot, suffix = path.rpartition(".")
        if dot and "." + suffix.lower() in SUFFIXES.values() and "/" not in suffix:
            path = stem
        self.path.setText(path + SUFFIXES[self.format()])

    def _kind(self) -> tuple[str, str]:
        """The file dialog's filter and the suffix of the chosen format."""
        suffix = SUFFIXES[self.format()]
        return (self.tr("PDF (*.pdf)") if suffix == ".pdf" else self.tr("Word (*.docx)")), suffix
