"""Row heights for wrapped item text in a tree (long German measure texts wrap, never cut)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
)

from ui.pages.contrast import is_dark, with_visible_checks

TEXT_COLUMN = 0


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text: QTreeView asks for a size hint without a width.

    The hint is computed for the width the text really gets in its column (column width minus,
    in the first column, indentation and check box), so long texts wrap instead of being cut
    off. ``columns``: the columns whose texts wrap (default: the first).
    """

    def __init__(self, tree: QTreeWidget, columns: tuple[int, ...] = (TEXT_COLUMN,)) -> None:
        super().__init__(tree)
        self._tree = tree
        self._columns = columns
        self._sizes: dict[tuple[str, int], QSize] = {}  # (text, cell width) → size

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        if is_dark(option.palette):  # the measures' check boxes stay visible
            option.palette = with_visible_checks(option.palette)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        column = index.column()
        if column not in self._columns or not self._tree.wordWrap():
            return super().sizeHint(option, index)
        depth = 0
        if column == TEXT_COLUMN:
            parent = index.parent()
            while parent.isValid():
                depth += 1
                parent = parent.parent()
            if self._tree.rootIsDecorated():
                depth += 1
        cell = self._tree.header().sectionSize(column) - depth * self._tree.indentation()
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
