"""The country pickers of the forms: one country (a choice by name), or several (a list with
„Hinzufügen“/„Entfernen“)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QPushButton, QWidget

from ui.pages import layouts
from ui.pages.form_fields import ChoiceField


class CountryField(ChoiceField):
    """The country picker: every country by name, marked EU/EWR or with adequacy decision."""

    waits_for_typing = True  # „Deut“ is one change, not „Dänemark“ and then „Deutschland“

    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__([("", self.tr("– kein Land –")), *countries], parent)
        self.setMaxVisibleItems(15)


ROWS_SHOWN = 4


class CountryListField(QWidget):
    """Several countries: a list, a picker and „Hinzufügen“/„Entfernen“."""

    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, countries: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._names = dict(countries)
        self.list = QListWidget(self)
        # at most ROWS_SHOWN whole rows (no glimpse of the next one; the list scrolls by rows)
        self.list.addItem("Äg")
        row = self.list.sizeHintForRow(0)
        self.list.clear()
        self.list.setMaximumHeight(row * ROWS_SHOWN + 2 * self.list.frameWidth())
        self.picker = CountryField(countries, self)
        self.add_button = QPushButton(self.tr("Hinzufügen"), self)
        self.remove_button = QPushButton(self.tr("Entfernen"), self)
        self.picker.edited.connect(lambda *_: None)
        picking = layouts.row((self.picker, 1), self.add_button, self.remove_button, flush=True)
        layouts.column(self, self.list, picking, flush=True)
        self.setFocusProxy(self.picker)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    def value(self) -> Any:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def set_value(self, value: Any) -> None:
        if list(value or []) == self.value():
            return
        self.list.clear()
        for code in value or []:
            item = QListWidgetItem(self._names.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.list.addItem(item)

    @Slot()
    def _on_add_button_clicked(self) -> None:
        code = self.picker.value()
        if code and code not in self.value():
            self.set_value([*self.value(), code])
            self.edited.emit(self.value(), False)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            codes = self.value()
            del codes[row]
            self.set_value(codes)
            self.edited.emit(self.value(), False)
