"""The start page: a welcome, „Neue Bewertung“ and „Datei öffnen …“."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class StartPage(QWidget):
    """View only: the buttons report what the user asked for; the controller asks for a file."""

    new_requested = Signal()
    open_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Willkommen bei tomwizard"))
        title.setObjectName("startTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)

        welcome = QLabel(
            self.tr(
                "tomwizard führt Sie Abschnitt für Abschnitt durch den Katalog der technischen "
                "und organisatorischen Maßnahmen (Art. 32 DSGVO). Jede Antwort wird sofort in "
                "der Bewertungsdatei (.tomw) gespeichert – ein Speichern-Knopf ist nicht nötig.\n\n"
                "Legen Sie eine neue Bewertung an oder öffnen Sie eine vorhandene Datei."
            )
        )
        welcome.setObjectName("startWelcome")
        welcome.setWordWrap(True)
        welcome.setTextFormat(Qt.TextFormat.PlainText)

        self.new_button = QPushButton(self.tr("&Neue Bewertung …"))
        self.new_button.setObjectName("newButton")
        self.open_button = QPushButton(self.tr("Datei ö&ffnen …"))
        self.open_button.setObjectName("openButton")
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)

        self.document_label = QLabel()
        self.document_label.setObjectName("startDocument")
        self.document_label.setWordWrap(True)
        self.document_label.setTextFormat(Qt.TextFormat.PlainText)

        keys = QLabel(
            self.tr(
                "Tastatur: Strg+Eingabe oder Alt+Pfeil rechts – nächste Seite, "
                "Strg+Umschalt+Eingabe oder Alt+Pfeil links – vorige Seite, "
                "Leertaste – Maßnahme an- oder abhaken."
            )
        )
        keys.setObjectName("startKeys")
        keys.setWordWrap(True)
        keys.setTextFormat(Qt.TextFormat.PlainText)
        keys.setEnabled(False)  # rendered in the muted text colour

        layout = QVBoxLayout(self)
        layout.setSpacing(16)
        layout.addWidget(title)
        layout.addWidget(welcome)
        layout.addLayout(buttons)
        layout.addWidget(self.document_label)
        layout.addStretch(1)
        layout.addWidget(keys)
        self.set_document_name(None)

        self.setFocusProxy(self.new_button)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)

    def set_document_name(self, name: str | None) -> None:
        """Say which file is open (None: no file)."""
        if name is None:
            self.document_label.setText(self.tr("Noch keine Datei geöffnet."))
        else:
            self.document_label.setText(
                self.tr("Geöffnet: {name} – mit „Weiter“ geht es zum ersten Abschnitt.").format(
                    name=name
                )
            )
