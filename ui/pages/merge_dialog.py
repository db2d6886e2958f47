"""The „Zusammenführen“ dialog (view): what the customer's file brings, and a choice per conflict.

The view shows the rows it is given and announces the user's choices; reading the files,
merging and writing are the controller's work (``ui/controllers/merge.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.pages import layouts

OURS, THEIRS = "ours", "theirs"
VALUE_WIDTH = 250  # pixels, the start width of the two value columns
ROW_PADDING = 10  # pixels between the rows' texts
_IDS = {OURS: 0, THEIRS: 1}


@dataclass(frozen=True)
class ConflictRow:
    conflict_id: str
    what: str
    ours: str  # our value
    theirs: str  # the customer's value


class MergeDialog(QDialog):
    decisions_changed = Signal()
    merge_requested = Signal()

    def __init__(
        self,
        title: str,
        base_text: str,
        auto_lines: list[str],
        conflicts: list[ConflictRow],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Zusammenführen"))
        self.setModal(True)
        self.resize(1040, 660)
        self._groups: dict[str, QButtonGroup] = {}
        self._fit_rows = QTimer(self)  # wrapped texts take their column's width once laid out
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)

        heading = _bold(QLabel(title))
        heading.setObjectName("mergeTitle")
        base = QLabel(base_text)
        base.setObjectName("mergeBase")
        base.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(base)
        layout.addSpacing(6)
        parts = QSplitter(Qt.Orientation.Vertical)
        parts.setChildrenCollapsible(False)
        parts.addWidget(self._conflict_part(conflicts))
        parts.addWidget(self._auto_part(auto_lines))
        parts.setStretchFactor(0, 3 if conflicts else 0)
        parts.setStretchFactor(1, 1 if auto_lines else 0)
        layout.addWidget(parts, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(
            self.tr("&Zusammenführen"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge_requested)
        self.buttons.rejected.connect(self.reject)
        self.status = QLabel()
        self.status.setObjectName("mergeStatus")
        layout.addLayout(layouts.row((self.status, 1), self.buttons))

    # -- building --------------------------------------------------------------------------

    def _conflict_part(self, conflicts: list[ConflictRow]) -> QWidget:
        part = QWidget()
        layout = layouts.column(part, flush=True)
        if not conflicts:
            layout.addWidget(_bold(QLabel(self.tr("Keine Konflikte."))))
            self.conflict_table = QTableWidget()
            self.conflict_table.hide()
            return part
        layout.addWidget(
            _bold(
                QLabel(
                    self.tr(
                        "Konflikte: {count} – beide Seiten haben dasselbe verschieden geändert"
                    ).format(count=len(conflicts))
                )
            )
        )
        table = QTableWidget(len(conflicts), 4)
        table.setHorizontalHeaderLabels(
            [
                self.tr("Was"),
                self.tr("Meine Fassung"),
                self.tr("Fassung des Kunden"),
                self.tr("Entscheidung"),
            ]
        )
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices
        table.setWordWrap(True)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):  # the values: a fair share, the user may widen them
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, VALUE_WIDTH)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_header_section_resized)
        for number, row in enumerate(conflicts):
            for column, text in enumerate((row.what, row.ours, row.theirs)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(number, column, item)
            table.setCellWidget(number, 3, self._choice(row))
        table.resizeRowsToContents()
        self.conflict_table = table
        self._fit_rows.timeout.connect(self._on_fit_rows_timeout)
        self.all_ours_button = QPushButton(self.tr("Alle: &meine Fassung"))
        self.all_theirs_button = QPushButton(self.tr("Alle: Fassung des &Kunden"))
        self.all_ours_button.clicked.connect(self._on_all_ours_button_clicked)
        self.all_theirs_button.clicked.connect(self._on_all_theirs_button_clicked)
        layout.addWidget(table, 1)
        layout.addLayout(layouts.row(self.all_ours_button, self.all_theirs_button, layouts.STRETCH))
        return part

    def _choice(self, row: ConflictRow) -> QWidget:
        cell = QWidget()
        layout = QVBoxLayout(cell)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(0)
        layout.setAlignment(Qt.AlignmentFlag.AlignVCenter)
        group = QButtonGroup(cell)
        group.setExclusive(True)
        for choice, text in (
            (OURS, self.tr("Meine Fassung behalten")),
            (THEIRS, self.tr("Fassung des Kunden übernehmen")),
        ):
            button = QRadioButton(text)
            button.setAccessibleDescription(row.what)
            group.addButton(button, _IDS[choice])
            layout.addWidget(button)
        group.idToggled.connect(self._on_group_id_toggled)
        self._groups[row.conflict_id] = group
        return cell

    def _auto_part(self, lines: list[str]) -> QWidget:
        part = QWidget()
        layout = layouts.column(part, flush=True)
        if not lines:
            layout.addWidget(_bold(QLabel(self.tr("Nichts automatisch zu übernehmen."))))
            return part
        text = self.tr("Automatisch übernommen: {count} – nur beim Kunden geändert")
        layout.addWidget(_bold(QLabel(text.format(count=len(lines)))))
        self.auto_list = QListWidget()
        self.auto_list.setWordWrap(True)
        self.auto_list.setAlternatingRowColors(True)
        self.auto_list.setAccessibleName(self.tr("Automatisch übernommen"))
        self.auto_list.addItems([f"{n}. {line}" for n, line in enumerate(lines, start=1)])
        layout.addWidget(self.auto_list, 1)
        return part

    # -- state -----------------------------------------------------------------------------

    def decisions(self) -> dict[str, str]:
        """Conflict id → "ours" or "theirs", for every conflict decided so far."""
        found = {}
        for conflict_id, group in self._groups.items():
            checked = group.checkedId()
            if checked >= 0:
                found[conflict_id] = OURS if checked == _IDS[OURS] else THEIRS
        return found

    def choose(self, conflict_id: str, choice: str) -> None:
        self._groups[conflict_id].button(_IDS[choice]).setChecked(True)

    def choose_all(self, choice: str) -> None:
        for conflict_id in self._groups:
            self.choose(conflict_id, choice)

    def set_status(self, text: str, merge_allowed: bool) -> None:
        self.status.setText(text)
        self.merge_button.setEnabled(merge_allowed)

    # -- slots -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows.start()

    @Slot()
    def _on_fit_rows_timeout(self) -> None:
        table = self.conflict_table
        table.resizeRowsToContents()
        for row in range(table.rowCount()):
            table.setRowHeight(row, table.rowHeight(row) + ROW_PADDING)

    @Slot(int, int, int)
    def _on_header_section_resized(self, _index: int, _old: int, _new: int) -> None:
        self._fit_rows.start()

    @Slot(int, bool)
    def _on_group_id_toggled(self, _id: int, checked: bool) -> None:
        if checked:
            self.decisions_changed.emit()

    @Slot()
    def _on_all_ours_button_clicked(self) -> None:
        self.choose_all(OURS)

    @Slot()
    def _on_all_theirs_button_clicked(self) -> None:
        self.choose_all(THEIRS)


def _bold(label: QLabel) -> QLabel:
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label
