"""One wizard page per catalog section: a tree of checkable measures, the help of the current one.

The page is a view: it shows the rows it is given and reports what the user ticked through
``measure_toggled``; what a tick means for the answer is decided by the controller, which then
calls ``update_row`` with the committed state.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

ID_ROLE = Qt.ItemDataRole.UserRole
HELP_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_COLUMN = 0
STATUS_COLUMN = 1


@dataclass(frozen=True)
class MeasureRow:
    """What the tree shows for one measure (texts already rendered)."""

    measure_id: str
    text: str
    help: str
    check_state: Qt.CheckState
    status_text: str = ""
    children: tuple[MeasureRow, ...] = ()


@dataclass(frozen=True)
class GroupRow:
    """A subsection: a non-checkable heading row above its measures."""

    group_id: str
    title: str
    measures: tuple[MeasureRow, ...]


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks for a size hint without a width.

    The hint is computed for the width the text really gets in the first column (column width
    minus indentation and check box), so long measure texts wrap instead of being cut off.
    """

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree
        self._sizes: dict[tuple[str, int], QSize] = {}  # (text, cell width) → size

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if index.column() != TEXT_COLUMN or not self._tree.wordWrap():
            return super().sizeHint(option, index)
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        if self._tree.rootIsDecorated():
            depth += 1
        cell = self._tree.header().sectionSize(TEXT_COLUMN) - depth * self._tree.indentation()
        text = index.data(Qt.ItemDataRole.DisplayRole)
        key = (text if isinstance(text, str) else "", cell)
        size = self._sizes.get(key)
        if size is None:
            if len(self._sizes) > 10_000:  # many widths seen while resizing
                self._sizes.clear()
            size = self._sizes[key] = self._wrapped_size(option, index, cell)
        return size

    def _wrapped_size(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex, cell: int
    ) -> QSize:
        sized = QStyleOptionViewItem(option)
        self.initStyleOption(sized, index)
        sized.rect = QRect(0, 0, max(cell, 60), 1 << 20)
        style = self._tree.style()
        # The rectangle the style will draw the text into, minus its text margins.
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, sized, self._tree)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._tree) + 1
        width = max(text_rect.width() - 2 * margin, 20)
        bounds = QRect(0, 0, width, 1 << 20)
        wrapped = sized.fontMetrics.boundingRect(bounds, Qt.TextFlag.TextWordWrap, sized.text)
        base = super().sizeHint(option, index)
        return QSize(base.width(), max(base.height(), wrapped.height() + 2))


class SectionPage(QWidget):
    """Title, intro, the measure tree and the help panel of one catalog section."""

    measure_toggled = Signal(str, bool)  # measure id, ticked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._shown: dict[str, Qt.CheckState] = {}  # the state last set by the controller
        self._updating = False
        self._editable = True

        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        title_font = QFont(self.title_label.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.4)
        title_font.setBold(True)
        self.title_label.setFont(title_font)

        self.intro_label = QLabel()
        self.intro_label.setObjectName("sectionIntro")
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)

        self.tree = QTreeWidget()
        self.tree.setObjectName("measureTree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Maßnahme"), self.tr("Status")])
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAlternatingRowColors(True)
        self.tree.setExpandsOnDoubleClick(False)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TEXT_COLUMN, QHeaderView.ResizeMode.Stretch)
        # Not ResizeToContents: that re-measures every wrapped row whenever a width is asked.
        header.setSectionResizeMode(STATUS_COLUMN, QHeaderView.ResizeMode.Fixed)
        self._fit_status_column([self.tr("Status")])

        self.help_title = QLabel(self.tr("Erläuterung"))
        help_font = QFont(self.help_title.font())
        help_font.setBold(True)
        self.help_title.setFont(help_font)
        self.help_label = QLabel()
        self.help_label.setObjectName("measureHelp")
        self.help_label.setWordWrap(True)
        self.help_label.setTextFormat(Qt.TextFormat.PlainText)
        self.help_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.help_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        help_frame = QFrame()
        help_frame.setObjectName("helpPanel")
        help_frame.setFrameShape(QFrame.Shape.StyledPanel)
        help_layout = QVBoxLayout(help_frame)
        help_layout.addWidget(self.help_title)
        help_layout.addWidget(self.help_label)
        help_layout.addStretch(1)
        # Room for four lines of help, so the tree does not jump as the focus moves.
        help_frame.setMinimumHeight(self.help_label.fontMetrics().lineSpacing() * 4 + 40)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.tree, stretch=1)
        layout.addWidget(help_frame)
        self.setFocusProxy(self.tree)

        # Wrapped rows change height with the column width: lay the rows out again.
        header.sectionResized.connect(self._on_header_section_resized)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)

    # -- filling ---------------------------------------------------------------------------

    def set_header(self, title: str, intro: str) -> None:
        self.title_label.setText(title)
        self.intro_label.setText(intro)
        self.intro_label.setVisible(bool(intro))

    def set_rows(self, groups: list[GroupRow]) -> None:
        """Replace the tree's content; the first measure becomes the current row."""
        self._updating = True
        try:
            self.tree.clear()
            self._items.clear()
            self._shown.clear()
            bold = QFont(self.tree.font())
            bold.setBold(True)
            group_items = []
            for group in groups:  # built detached, inserted at once: one layout, not one per row
                group_item = QTreeWidgetItem([group.title, ""])
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                group_item.setFont(TEXT_COLUMN, bold)
                for row in group.measures:
                    self._add_measure(group_item, row)
                group_items.append(group_item)
            self.tree.addTopLevelItems(group_items)
            self.tree.expandAll()
            self._fit_status_column([r.status_text for g in groups for r in _walk(g.measures)])
        finally:
            self._updating = False
        first = next(iter(self._items.values()), None)
        if first is not None:
            self.tree.setCurrentItem(first)
        else:
            self._show_help(None)

    def update_row(self, row: MeasureRow) -> None:
        """Show a measure's (committed) state; children are left as they are."""
        item = self._items.get(row.measure_id)
        if item is None:
            return
        self._updating = True
        try:
            self._fill(item, row)
            self._shown[row.measure_id] = row.check_state
            self._fit_status_column([row.status_text])
        finally:
            self._updating = False
        if item is self.tree.currentItem():
            self._show_help(item)

    def set_editable(self, editable: bool) -> None:
        """A read-only file: the boxes show the answers but cannot be ticked."""
        if editable == self._editable:
            return
        self._editable = editable
        self._updating = True
        try:
            for item in self._items.values():
                item.setFlags(self._measure_flags())
        finally:
            self._updating = False

    def item_for(self, measure_id: str) -> QTreeWidgetItem | None:
        return self._items.get(measure_id)

    def measure_ids(self) -> list[str]:
        return list(self._items)

    def _add_measure(self, parent: QTreeWidgetItem, row: MeasureRow) -> None:
        item = QTreeWidgetItem(parent)
        item.setFlags(self._measure_flags())
        item.setData(TEXT_COLUMN, ID_ROLE, row.measure_id)
        self._fill(item, row)
        self._items[row.measure_id] = item
        self._shown[row.measure_id] = row.check_state
        for child in row.children:
            self._add_measure(item, child)

    def _fit_status_column(self, texts: list[str]) -> None:
        """Widen (never narrow) the status column to the widest text shown."""
        metrics = self.tree.fontMetrics()
        padding = 4 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 16
        widest = max((metrics.horizontalAdvance(text) for text in texts if text), default=0)
        header = self.tree.header()
        if widest + padding > header.sectionSize(STATUS_COLUMN):
            header.resizeSection(STATUS_COLUMN, widest + padding)

    def _measure_flags(self) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if self._editable else flags

    @staticmethod
    def _fill(item: QTreeWidgetItem, row: MeasureRow) -> None:
        item.setText(TEXT_COLUMN, row.text)
        item.setToolTip(TEXT_COLUMN, row.help)
        item.setData(TEXT_COLUMN, HELP_ROLE, row.help)
        item.setCheckState(TEXT_COLUMN, row.check_state)
        item.setText(STATUS_COLUMN, row.status_text)

    # -- reacting --------------------------------------------------------------------------

    @Slot(int, int, int)
    def _on_header_section_resized(self, index: int, old_size: int, new_size: int) -> None:
        if index == TEXT_COLUMN and old_size != new_size:
            self.tree.doItemsLayout()

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != TEXT_COLUMN:
            return
        measure_id = item.data(TEXT_COLUMN, ID_ROLE)
        if not isinstance(measure_id, str):
            return
        state = item.checkState(TEXT_COLUMN)
        # itemChanged fires for any change of the item (flags, text): only a new box counts.
        if state != self._shown.get(measure_id):
            self._shown[measure_id] = state
            self.measure_toggled.emit(measure_id, state == Qt.CheckState.Checked)

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        self._show_help(current)

    def _show_help(self, item: QTreeWidgetItem | None) -> None:
        help_text = item.data(TEXT_COLUMN, HELP_ROLE) if item is not None else None
        if isinstance(help_text, str):
            self.help_label.setText(help_text)
        else:
            self.help_label.setText(
                self.tr("Wählen Sie eine Maßnahme, um ihre Erläuterung zu sehen.")
            )


def _walk(rows: tuple[MeasureRow, ...]) -> list[MeasureRow]:
    """Rows and their sub-rows, depth first."""
    return [each for row in rows for each in (row, *_walk(row.children))]
