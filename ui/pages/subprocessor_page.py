"""Unterauftragsverarbeiter: a table of the subprocessors, the form of the selected one (view)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from ui.pages import layouts
from ui.pages.form_page import FormPage, GroupSpec

ID_ROLE = Qt.ItemDataRole.UserRole
NAME, COUNTRIES, BASIS, CHECK = range(4)  # the table's columns
MIN_COLUMN = 120  # pixels a squeezed column keeps
MIN_CHECK = 110  # „Prüfung“: its icon and „in Ordnung“


@dataclass(frozen=True)
class SubprocessorRow:
    sub_id: str
    name: str
    country: str
    basis: str
    check: str  # what is wrong with the row ("" when fine)
    badge: QIcon | None = None


class SubprocessorPage(QWidget):
    add_requested = Signal()
    remove_requested = Signal(str)
    current_changed = Signal(str)  # subprocessor id ("" for none)
    field_edited = Signal(str, object, bool)  # field id, value, merge
    field_finished = Signal(str)

    def __init__(
        self,
        title: str,
        group: GroupSpec,
        countries: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("subprocessorTable")
        self.table.setAccessibleName(self.tr("Unterauftragsverarbeiter"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Länder"), self.tr("Grundlage"), self.tr("Prüfung")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column in (NAME, COUNTRIES, BASIS):  # sized by _fit_columns, the name first
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Stretch)
        self.table.viewport().installEventFilter(self)  # its width is what the columns share

        self.add_button = QPushButton(self.tr("Hin&zufügen"))
        self.add_button.setObjectName("addSubprocessor")
        self.remove_button = QPushButton(self.tr("&Entfernen"))
        self.remove_button.setObjectName("removeSubprocessor")
        buttons = layouts.row(self.add_button, self.remove_button, layouts.STRETCH)
        top = QWidget()
        layouts.column(top, (self.table, 1), buttons, flush=True)

        # The group's own title would repeat the page title right above it: the box goes
        # without one, under „Angaben zum ausgewählten Eintrag“ as a bold sub-heading.
        self.form = FormPage(
            self.tr("Angaben zum ausgewählten Eintrag"), [replace(group, title="")], countries
        )
        sub_heading = self.font()
        sub_heading.setBold(True)
        self.form.title_label.setFont(sub_heading)
        self.check_label = QLabel()
        self.check_label.setObjectName("subprocessorCheck")
        self.check_label.setWordWrap(True)
        self.check_label.setTextFormat(Qt.TextFormat.RichText)
        # the findings scroll with the form: a long text never squeezes the form into a strip
        self.form.body_layout.insertWidget(0, self.check_label)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(top)
        splitter.addWidget(self.form)
        splitter.setSizes([200, 420])
        layouts.column(self, heading, (splitter, 1))
        self.setFocusProxy(self.table)
        self.set_rows([])

        self.add_button.clicked.connect(self.add_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)
        self.form.field_edited.connect(self.field_edited)
        self.form.field_finished.connect(self.field_finished)

    def set_rows(self, rows: list[SubprocessorRow]) -> None:
        current = self.current_id()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(len(rows))
            for index, row in enumerate(rows):
                cells = [row.name or self.tr("(ohne Namen)"), row.country, row.basis, row.check]
                for column, text in enumerate(cells):
                    item = QTableWidgetItem(text)
                    item.setData(ID_ROLE, row.sub_id)
                    item.setToolTip(text)
                    self.table.setItem(index, column, item)
                badge = self.table.item(index, 3)
                if row.badge is not None and badge is not None:
                    badge.setIcon(row.badge)
            ids = [r.sub_id for r in rows]
            target = ids.index(current) if current in ids else (0 if ids else -1)
            self.table.setCurrentCell(target, 0)
        finally:
            self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(rows) and self.add_button.isEnabled())
        self.form.setEnabled(bool(rows) and self.add_button.isEnabled())
        self._fit_columns()
        self.current_changed.emit(self.current_id())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The name whole if the table has room for it (s6: „Rechenzentrum Ilmenau-…“ beside a
        whole „EU/EWR (keine Drittlandübermittlung)“), then the Grundlage; „Prüfung“ takes the
        rest (at least ``MIN_CHECK``: its icon and „in Ordnung“). What does not fit ends in „…“
        and shows whole in its tooltip."""
        header = self.table.horizontalHeader()

        def wanted(column: int) -> int:
            return max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))

        room = self.table.viewport().width() - MIN_CHECK
        countries = min(wanted(COUNTRIES), max(MIN_COLUMN, room // 4))
        room -= countries
        name = min(wanted(NAME), max(MIN_COLUMN, room - min(wanted(BASIS), MIN_COLUMN)))
        basis = min(wanted(BASIS), max(MIN_COLUMN, room - name))
        for column, width in ((NAME, name), (COUNTRIES, countries), (BASIS, basis)):
            header.resizeSection(column, width)

    def current_id(self) -> str:
        item = self.table.item(self.table.currentRow(), 0)
        value = item.data(ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else ""

    def select(self, sub_id: str) -> bool:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == sub_id:
                self.table.setCurrentCell(row, 0)
                return True
        return False

    def set_check(self, html: str) -> None:
        self.check_label.setText(html)
        self.check_label.setVisible(bool(html))

    def set_editable(self, editable: bool) -> None:
        self.add_button.setEnabled(editable)
        self.remove_button.setEnabled(editable and self.table.rowCount() > 0)
        self.form.setEnabled(editable and self.table.rowCount() > 0)

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        if self.current_id():
            self.remove_requested.emit(self.current_id())

    @Slot(int, int, int, int)
    def _on_table_current_cell_changed(self, row: int, column: int, old: int, old_c: int) -> None:
        if row != old:
            self.current_changed.emit(self.current_id())
