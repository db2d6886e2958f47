"""Options of the customer questionnaire: language, which measures, where to save."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ui.pages.save_path import SavePathField

# the file's name after the assessment's, in the questionnaire's language
SUFFIXES = {"de": "-fragebogen.xlsx", "en": "-questionnaire.xlsx"}


def target_name(stem: str, lang: str) -> str:
    return stem + SUFFIXES["en" if lang == "en" else "de"]


@dataclass(frozen=True)
class QuestionnaireChoices:
    path: Path
    lang: str  # "de" or "en"
    only_open: bool
    with_entfaellt: bool


class QuestionnaireDialog(QDialog):
    """Asks for the questionnaire's options; ``choices()`` after ``exec()`` returned Accepted."""

    def __init__(self, target: Path, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Fragebogen für den Kunden"))
        intro = QLabel(
            self.tr(
                "Der Kunde beantwortet die Maßnahmen in Excel oder LibreOffice, ohne "
                "tomwizard. Die ausgefüllte Datei übernehmen Sie mit Datei › Zusammenführen."
            )
        )
        intro.setWordWrap(True)
        self.language = QComboBox()
        self.language.addItem("Deutsch", "de")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "de" else 1)
        self.language.currentIndexChanged.connect(self._on_language_current_index_changed)
        self.only_open = QCheckBox(self.tr("Nur offene Maßnahmen abfragen"))
        self.with_entfaellt = QCheckBox(self.tr("Auch entfallende Maßnahmen abfragen"))
        wanted = self.tr("Excel-Arbeitsmappe (*.xlsx)")
        path_row = SavePathField(
            str(target), self.tr("Fragebogen speichern"), lambda: (wanted, ""), self
        )
        self.path_row = path_row
        self.path_edit = path_row.edit
        form = QFormLayout()
        form.addRow(self.tr("Sprache:"), self.language)
        form.addRow("", self.only_open)
        form.addRow("", self.with_entfaellt)
        form.addRow(self.tr("Datei:"), path_row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @Slot()
    def _on_language_current_index_changed(self) -> None:
        """A proposed name follows the language: „…-fragebogen.xlsx“ ↔ „…-questionnaire.xlsx“."""
        text = self.path_edit.text().strip()
        for suffix in SUFFIXES.values():
            if text.endswith(suffix):
                lang = str(self.language.currentData())
                self.path_edit.setText(target_name(text.removesuffix(suffix), lang))
                return

    def choices(self) -> QuestionnaireChoices:
        path = Path(self.path_edit.text().strip() or "fragebogen.xlsx")
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        return QuestionnaireChoices(
            path,
            str(self.language.currentData()),
            self.only_open.isChecked(),
            self.with_entfaellt.isChecked(),
        )
