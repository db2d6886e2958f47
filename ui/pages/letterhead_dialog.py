"""The "Briefkopf" group on the Organisation page and the dialog that edits the letterhead.

Views only: the controller (:mod:`ui.controllers.letterhead`) reads the logo through the input
gate, keeps the letterhead being edited and commits it as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tomwizard.models.letterhead import MAX_FOOTER_LINE, MAX_FOOTER_LINES, MAX_SENDER

PREVIEW_WIDTH = 520


class LetterheadBox(QGroupBox):
    """A line that says what the letterhead holds, and the button that opens the dialog."""

    edit_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Briefkopf"), parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.edit_button = QPushButton(self.tr("Brief&kopf …"))
        self.edit_button.setToolTip(
            self.tr("Logo, Absenderzeile, Fußzeilen und Akzentfarbe für Anlage und Bericht")
        )
        self.edit_button.clicked.connect(self.edit_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.edit_button)

    def show_summary(self, text: str) -> None:
        self.summary.setText(text)


class LetterheadDialog(QDialog):
    """Logo, sender line, footer lines and accent colour, with a preview of the page."""

    logo_requested = Signal()  # "Logo wählen …"
    logo_removed = Signal()
    edited = Signal()  # a text or the colour changed (the preview follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Briefkopf"))
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setAccessibleName(self.tr("Vorschau des Briefkopfs"))
        self.logo_info = QLabel()
        self.choose_logo = QPushButton(self.tr("Logo &wählen …"))
        self.remove_logo = QPushButton(self.tr("Logo &entfernen"))
        self.error = QLabel()
        self.error.setObjectName("letterheadError")
        self.error.setWordWrap(True)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()
        self.sender_line = QLineEdit()
        self.sender_line.setMaxLength(MAX_SENDER)
        self.sender_line.setPlaceholderText(
            self.tr("z. B. Muster GmbH · Hafenstraße 12 · 20457 Hamburg")
        )
        self.footer = [QLineEdit() for _ in range(MAX_FOOTER_LINES)]
        hints = (
            self.tr("Anschrift"),
            self.tr("Registergericht, Geschäftsführung"),
            self.tr("Telefon, E-Mail, Web"),
        )
        for line, hint in zip(self.footer, hints, strict=False):
            line.setMaxLength(MAX_FOOTER_LINE)
            line.setPlaceholderText(hint)
        self.accent = QLineEdit()
        self.accent.setInputMask("\\#HHHHHH; ")
        self.accent.setMaximumWidth(110)
        self.pick_colour = QPushButton(self.tr("&Farbe wählen …"))
        self.clear_colour = QPushButton(self.tr("&Keine Farbe"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_info, 1)
        logo_row.addWidget(self.choose_logo)
        logo_row.addWidget(self.remove_logo)
        colour_row = QHBoxLayout()
        colour_row.addWidget(self.accent)
        colour_row.addWidget(self.pick_colour)
        colour_row.addWidget(self.clear_colour)
        colour_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Logo (PNG oder SVG):"), logo_row)
        form.addRow(self.error)
        sender_label = QLabel(self.tr("&Absenderzeile:"))
        sender_label.setBuddy(self.sender_line)
        form.addRow(sender_label, self.sender_line)
        for number, line in enumerate(self.footer, 1):
            label = QLabel(self.tr("Fußzeile &%1:").replace("%1", str(number)))
            label.setBuddy(line)
            form.addRow(label, line)
        colour_label = QLabel(self.tr("Akzentfa&rbe:"))
        colour_label.setBuddy(self.accent)
        form.addRow(colour_label, colour_row)
        intro = QLabel(
            self.tr(
                "Der Briefkopf erscheint auf jeder Seite der Anlage und des Lückenberichts "
                "(PDF und Word). Logo als PNG oder SVG, höchstens 1 MB."
            )
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

        self.choose_logo.clicked.connect(self.logo_requested)
        self.remove_logo.clicked.connect(self.logo_removed)
        self.pick_colour.clicked.connect(self._on_pick_colour_clicked)
        self.clear_colour.clicked.connect(self._on_clear_colour_clicked)
        for edit in (self.sender_line, *self.footer, self.accent):
            edit.textChanged.connect(self.edited)
        self.sender_line.setFocus()

    # -- what the controller reads and shows -----------------------------------------------

    def texts(self) -> tuple[str, list[str], str]:
        """Sender line, footer lines, accent ("#RRGGBB" or "" while incomplete or empty)."""
        accent = self.accent.text().strip()
        complete = len(accent) == 7 and QColor.isValidColorName(accent)
        return self.sender_line.text(), [e.text() for e in self.footer], accent if complete else ""

    def show_texts(self, sender: str, footer: list[str], accent: str) -> None:
        self.sender_line.setText(sender)
        for edit, line in zip(self.footer, [*footer, "", "", ""], strict=False):
            edit.setText(line)
        self.accent.setText(accent)

    def show_logo(self, description: str, has_logo: bool) -> None:
        self.logo_info.setText(description)
        self.remove_logo.setEnabled(has_logo)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.adjustSize()

    def show_preview(self, pixmap: QPixmap) -> None:
        self.preview.setPixmap(pixmap)

    def _on_pick_colour_clicked(self) -> None:
        start = QColor(self.texts()[2] or "#1f4e79")
        colour = QColorDialog.getColor(start, self, self.tr("Akzentfarbe"))
        if colour.isValid():
            self.accent.setText(colour.name())

    def _on_clear_colour_clicked(self) -> None:
        self.accent.clear()
