"""The editor of the processor's certificates: a table (certificate, scope, issuer, valid until)
with buttons to add and remove rows. Emits ``edited(list of dicts, False)`` after every
committed cell; a date it cannot read is not sent (the cell shows what is stored again)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.pages import layouts
from ui.pages.date_text import format_date, parse_date

KEYS = ("name", "scope", "issuer", "valid_until")
ROWS_SHOWN = 3


class CertificatesField(QWidget):
    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(KEYS), self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Zertifikat"),
                self.tr("Geltungsbereich"),
                self.tr("Ausgestellt von"),
                self.tr("Gültig bis"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        row_height = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(header.sizeHint().height() + row_height * ROWS_SHOWN + 4)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self.add_button = QPushButton(self.tr("Zertifikat hinzufügen"))
        self.remove_button = QPushButton(self.tr("Zertifikat entfernen"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        buttons = layouts.row(layouts.STRETCH, self.add_button, self.remove_button)
        layouts.column(self, self.table, buttons, flush=True)
        self.setFocusProxy(self.table)
        self._stored: list[dict[str, Any]] = []

    def value(self) -> list[dict[str, Any]]:
        """The rows as certificates; raises ValueError for a date it cannot read."""
        out = []
        for row in range(self.table.rowCount()):
            cells = {k: self._cell(row, col) for col, k in enumerate(KEYS)}
            date = parse_date(cells["valid_until"]) if cells["valid_until"] else None
            out.append({**cells, "valid_until": date.isoformat() if date else None})
        return out

    def set_value(self, value: Any) -> None:
        self._stored = [v if isinstance(v, dict) else v.model_dump() for v in value or []]
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._stored))
            for row, cert in enumerate(self._stored):
                for col, key in enumerate(KEYS):
                    text = cert.get(key) or ""
                    if key == "valid_until" and text:
                        text = format_date(_iso(text))
                    self.table.setItem(row, col, QTableWidgetItem(str(text)))

    def _cell(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item is not None else ""

    def _send(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self.set_value(self._stored)  # an unreadable date: show what is stored
            return
        self._stored = value
        self.edited.emit(value, False)
        self.finished.emit()

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        self._send()

    @Slot()
    def _on_add_button_clicked(self) -> None:
        with QSignalBlocker(self.table):
            row = self.table.rowCount()
            self.table.setRowCount(row + 1)
            for col in range(len(KEYS)):
                self.table.setItem(row, col, QTableWidgetItem(""))
        self._send()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        first = self.table.item(self.table.rowCount() - 1, 0)
        if first is not None:
            self.table.editItem(first)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        self.table.removeRow(row)
        self._send()


def _iso(value: str | dt.date) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
