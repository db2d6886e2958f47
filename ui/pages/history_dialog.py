"""The „Verlauf“ dialog (view): the change log with filters, the frozen versions and a diff.

The view shows rows it is given and announces what the user asked for; reading the file,
freezing and comparing are the controller's work (``ui/controllers/history.py``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QDate, QLocale, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.pages.contrast import keep_checks_visible

FILTER_DELAY_MS = 250  # typing in the text filter re-reads the log after a short pause


@dataclass(frozen=True)
class ChangeFilter:
    section: str | None
    text: str
    since: dt.date | None
    until: dt.date | None  # inclusive


@dataclass(frozen=True)
class ChangeRow:
    when: str
    author: str
    what: str
    change: str  # "old → new"
    target: str = ""  # the change log's target, e.g. "answer:zugang.mfa" (the filter matches it)


@dataclass(frozen=True)
class VersionRow:
    number: int
    label: str
    when: str
    author: str
    catalog: str


class HistoryDialog(QDialog):
    filters_changed = Signal()
    freeze_requested = Signal()
    compare_requested = Signal()

    def __init__(self, sections: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verlauf"))
        self.resize(980, 620)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._log_tab(sections), self.tr("&Änderungsprotokoll"))
        self.tabs.addTab(self._versions_tab(), self.tr("&Versionen"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    # -- building --------------------------------------------------------------------------

    def _log_tab(self, sections: list[tuple[str, str]]) -> QWidget:
        self.section_filter = QComboBox()
        self.section_filter.setAccessibleName(self.tr("Abschnitt"))
        # not as wide as the longest section title: the text filter beside it needs the room
        self.section_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.section_filter.setMinimumContentsLength(24)
        self.section_filter.addItem(self.tr("Alle Abschnitte"), None)
        for section_id, title in sections:
            self.section_filter.addItem(title, section_id)
        self.text_filter = QLineEdit()
        self.text_filter.setPlaceholderText(self.tr("Maßnahme oder Feld enthält …"))
        self.text_filter.setAccessibleName(self.tr("Textfilter"))
        self.text_filter.setClearButtonEnabled(True)
        self.range_box = QCheckBox(self.tr("&Zeitraum:"))
        keep_checks_visible(self.range_box)
        today = QDate.currentDate()
        self.since_edit = self._date_edit(today.addMonths(-1), self.tr("von"))
        self.until_edit = self._date_edit(today, self.tr("bis"))
        self._set_range_enabled(False)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(FILTER_DELAY_MS)
        self._timer.timeout.connect(self.filters_changed)
        self.section_filter.currentIndexChanged.connect(self._on_filter_edited)
        self.text_filter.textChanged.connect(self._on_text_filter_text_changed)
        self.range_box.toggled.connect(self._on_range_box_toggled)
        self.since_edit.dateChanged.connect(self._on_filter_edited)
        self.until_edit.dateChanged.connect(self._on_filter_edited)

        filters = QHBoxLayout()
        filters.addWidget(self.section_filter)
        filters.addWidget(self.text_filter, 1)
        filters.addWidget(self.range_box)
        filters.addWidget(self.since_edit)
        filters.addWidget(QLabel("–"))
        filters.addWidget(self.until_edit)
        self.change_table = self._table(
            [self.tr("Zeit"), self.tr("Autor"), self.tr("Was"), self.tr("Alt → Neu")], (2, 3)
        )
        self.change_count = QLabel()
        # The wrapped rows fit the column widths: measure them again when those change.
        self._row_timer = QTimer(self)
        self._row_timer.setSingleShot(True)
        self._row_timer.timeout.connect(self.change_table.resizeRowsToContents)
        self.change_table.horizontalHeader().sectionResized.connect(
            self._on_change_header_section_resized
        )
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.change_table, 1)
        layout.addWidget(self.change_count)
        return tab

    def _versions_tab(self) -> QWidget:
        self.version_table = self._table(
            [
                self.tr("Nr."),
                self.tr("Bezeichnung"),
                self.tr("Festgeschrieben"),
                self.tr("Von"),
                self.tr("Katalog"),
            ],
            (1,),
        )
        self.version_table.setMaximumHeight(170)
        self.freeze_button = QPushButton(self.tr("Version &festschreiben …"))
        self.freeze_button.clicked.connect(self.freeze_requested)
        self.from_choice = QComboBox()
        self.from_choice.setAccessibleName(self.tr("Vergleichen von"))
        self.to_choice = QComboBox()
        self.to_choice.setAccessibleName(self.tr("Vergleichen mit"))
        for choice in (self.from_choice, self.to_choice):  # filled after the first show
            choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.compare_button = QPushButton(self.tr("&Vergleichen"))
        self.compare_button.clicked.connect(self.compare_requested)
        compare = QHBoxLayout()
        compare.addWidget(QLabel(self.tr("Änderungen von")))
        compare.addWidget(self.from_choice)
        compare.addWidget(QLabel(self.tr("zu")))
        compare.addWidget(self.to_choice)
        compare.addWidget(self.compare_button)
        compare.addStretch(1)
        compare.addWidget(self.freeze_button)
        self.diff_title = QLabel()
        self.diff_title.setObjectName("diffTitle")
        self.diff_title.setWordWrap(True)
        font = self.diff_title.font()
        font.setBold(True)
        self.diff_title.setFont(font)
        self.diff_list = QListWidget()
        self.diff_list.setWordWrap(True)
        self.diff_list.setAlternatingRowColors(True)
        self.diff_list.setAccessibleName(self.tr("Änderungen"))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.version_table)
        layout.addLayout(compare)
        layout.addWidget(self.diff_title)
        layout.addWidget(self.diff_list, 1)
        return tab

    @staticmethod
    def _date_edit(date: QDate, name: str) -> QDateEdit:
        edit = QDateEdit(date)
        edit.setCalendarPopup(True)
        # as the date fields of the pages: German dates, else ISO (not dd.MM. in English)
        german = QLocale().language() == QLocale.Language.German
        edit.setDisplayFormat("dd.MM.yyyy" if german else "yyyy-MM-dd")
        edit.setAccessibleName(name)
        return edit

    @staticmethod
    def _table(headers: list[str], stretch: tuple[int, ...]) -> QTableWidget:
        """A read-only table; the ``stretch`` columns share the width, the others fit."""
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(True)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.Stretch if column in stretch else None
            header.setSectionResizeMode(column, mode or QHeaderView.ResizeMode.ResizeToContents)
        return table

    # -- filling ---------------------------------------------------------------------------

    def change_filter(self) -> ChangeFilter:
        ranged = self.range_box.isChecked()
        section = self.section_filter.currentData()
        return ChangeFilter(
            section=str(section) if section else None,
            text=self.text_filter.text().strip(),
            since=self.since_edit.date().toPython() if ranged else None,  # type: ignore[arg-type]
            until=self.until_edit.date().toPython() if ranged else None,  # type: ignore[arg-type]
        )

    def set_changes(self, rows: list[ChangeRow], shown: int, total: int) -> None:
        """The rows of ``shown`` of the file's ``total`` change-log entries (one entry, e.g. a
        status with its date, can make several rows)."""
        table = self.change_table
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            for column, text in enumerate((row.when, row.author, row.what, row.change)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(number, column, item)
        table.resizeRowsToContents()
        self.change_count.setText(
            self.tr("{shown} von {total} Änderungen").format(shown=shown, total=total)
        )

    def set_versions(self, rows: list[VersionRow], current_label: str) -> None:
        table = self.version_table
        table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            texts = (str(row.number), row.label, row.when, row.author, row.catalog)
            for column, text in enumerate(texts):
                table.setItem(number, column, QTableWidgetItem(text))
        self.from_choice.clear()
        self.to_choice.clear()
        for row in rows:
            shown = self.tr("Version {n}").format(n=row.number)
            self.from_choice.addItem(shown, row.number)
            self.to_choice.addItem(shown, row.number)
        self.to_choice.addItem(current_label, None)
        self.from_choice.setCurrentIndex(len(rows) - 1)
        self.to_choice.setCurrentIndex(len(rows))
        self.compare_button.setEnabled(bool(rows))

    def compare_choice(self) -> tuple[int | None, int | None]:
        """(from version, to version or None for the current state)."""
        start, end = self.from_choice.currentData(), self.to_choice.currentData()
        return (int(start) if start is not None else None, int(end) if end is not None else None)

    def set_diff(self, title: str, lines: list[str]) -> None:
        self.diff_title.setText(title)
        self.diff_list.clear()
        self.diff_list.addItems([f"{n}. {line}" for n, line in enumerate(lines, start=1)])

    def set_freeze_allowed(self, allowed: bool, reason: str = "") -> None:
        self.freeze_button.setEnabled(allowed)
        self.freeze_button.setToolTip(reason)

    def ask_label(self, suggestion: str) -> str | None:
        """The optional label of a new version; None when the user cancelled."""
        text, ok = QInputDialog.getText(
            self,
            self.tr("Version festschreiben"),
            self.tr(
                "Der jetzige Stand wird als neue Version festgeschrieben.\n"
                "Bezeichnung (optional, z. B. die Version der Anlage):"
            ),
            text=suggestion,
        )
        return text.strip() if ok else None

    # -- slots -----------------------------------------------------------------------------

    def _set_range_enabled(self, enabled: bool) -> None:
        self.since_edit.setEnabled(enabled)
        self.until_edit.setEnabled(enabled)

    @Slot(bool)
    def _on_range_box_toggled(self, checked: bool) -> None:
        self._set_range_enabled(checked)
        self.filters_changed.emit()

    @Slot(int, int, int)
    def _on_change_header_section_resized(self, _column: int, _old: int, _new: int) -> None:
        self._row_timer.start()

    @Slot()
    def _on_filter_edited(self) -> None:
        self.filters_changed.emit()

    @Slot(str)
    def _on_text_filter_text_changed(self, _text: str) -> None:
        self._timer.start()
