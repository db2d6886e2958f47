"""The start page: a welcome, „Neue Bewertung“ (blank or from a preset), open, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    """View only: the buttons report what the user asked for; the controller asks for a file."""

    new_requested = Signal(str)  # preset id ("" for a blank assessment)
    open_requested = Signal()
    recent_activated = Signal(object)  # Path

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
        self.preset_choice = QComboBox()
        self.preset_choice.setObjectName("presetChoice")
        self.preset_choice.setAccessibleName(self.tr("Vorlage"))
        self.preset_choice.addItem(self.tr("leer beginnen"), "")
        preset_label = QLabel(self.tr("&Vorlage:"))
        preset_label.setBuddy(self.preset_choice)
        buttons = QHBoxLayout()
        buttons.addWidget(preset_label)
        buttons.addWidget(self.preset_choice, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        self.preset_info = QLabel()
        self.preset_info.setWordWrap(True)
        self.preset_info.setTextFormat(Qt.TextFormat.PlainText)
        self.preset_info.setEnabled(False)
        self.preset_info.hide()  # shown with a preset's description (no empty gap without one)
        # the preset's notice (what it pre-answers, that each pre-answer must be confirmed) in
        # the normal text colour: it is read here, before the file is made from the preset
        self.preset_notice = QLabel()
        self.preset_notice.setObjectName("presetNotice")
        self.preset_notice.setWordWrap(True)
        self.preset_notice.setTextFormat(Qt.TextFormat.PlainText)
        self.preset_notice.hide()
        preset_text = QVBoxLayout()
        preset_text.setSpacing(4)
        preset_text.addWidget(self.preset_info)
        preset_text.addWidget(self.preset_notice)

        recent_label = QLabel(self.tr("&Zuletzt geöffnet:"))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.setAccessibleName(self.tr("Zuletzt geöffnete Dateien"))
        self.recent.setWordWrap(True)
        recent_label.setBuddy(self.recent)

        self.document_label = QLabel()
        self.document_label.setObjectName("startDocument")
        self.document_label.setWordWrap(True)
        self.document_label.setTextFormat(Qt.TextFormat.PlainText)

        keys = QLabel(
            self.tr(
                "Tastatur: Strg+Eingabe oder Alt+Pfeil rechts – nächste Seite, "
                "Strg+Umschalt+Eingabe oder Alt+Pfeil links – vorige Seite, "
                "Leertaste – Maßnahme an- oder abhaken, 1–5 und 0 – Status, R – Rückfrage, "
                "Eingabe – Details, Strg+F – suchen, Strg+Z / Strg+Umschalt+Z – rückgängig / "
                "wiederholen."
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
        layout.addLayout(preset_text)
        layout.addWidget(self.document_label)
        layout.addWidget(recent_label)
        layout.addWidget(self.recent, 1)
        layout.addWidget(keys)
        self.set_document_name(None)

        self.setFocusProxy(self.new_button)
        self.new_button.clicked.connect(self._on_new_button_clicked)
        self.open_button.clicked.connect(self.open_requested)
        self.recent.itemActivated.connect(self._on_recent_item_activated)
        self.preset_choice.currentIndexChanged.connect(self._on_preset_choice_changed)
        self._preset_notes: dict[str, tuple[str, str]] = {}

    def set_presets(self, presets: list[tuple[str, str, str, str]]) -> None:
        """(id, title, description, notice) of every preset."""
        for preset_id, title, description, notice in presets:
            self.preset_choice.addItem(title, preset_id)
            self._preset_notes[preset_id] = (description, notice)

    def set_recent(self, entries: list[tuple[Path, str, str]]) -> None:
        """(path, first line, second line) of every recent file."""
        self.recent.clear()
        for path, name, detail in entries:
            item = QListWidgetItem(f"{name}\n{detail}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(str(path))
            self.recent.addItem(item)

    @Slot()
    def _on_new_button_clicked(self) -> None:
        self.new_requested.emit(str(self.preset_choice.currentData() or ""))

    @Slot(int)
    def _on_preset_choice_changed(self, index: int) -> None:
        description, notice = self._preset_notes.get(
            str(self.preset_choice.currentData()), ("", "")
        )
        for label, text in ((self.preset_info, description), (self.preset_notice, notice)):
            label.setText(text)
            label.setVisible(bool(text))

    @Slot(QListWidgetItem)
    def _on_recent_item_activated(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if isinstance(path, Path):
            self.recent_activated.emit(path)

    def set_document_name(self, name: str | None) -> None:
        """Say which file is open (None: no file)."""
        if name is None:
            self.document_label.setText(self.tr("Noch keine Datei geöffnet."))
        else:
            self.document_label.setText(
                self.tr("Geöffnet: {name} – mit „Weiter“ geht es zur nächsten Seite.").format(
                    name=name
                )
            )
