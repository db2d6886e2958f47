"""One wizard page per catalog section: the measure tree, the editor and help of the current one.

The page is a view: it shows the rows it is given and reports what the user did (ticked a box,
pressed a status key, asked for a custom measure); the controller decides what that means for
the answers and calls ``update_row`` with the committed state.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFont, QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.pages import layouts
from ui.pages.contrast import keep_arrows_visible
from ui.pages.help_panel import HelpPanel
from ui.pages.measure_editor import MeasureEditor
from ui.pages.measure_rows import GroupRow, MeasureRow
from ui.pages.wrapping import WrappingDelegate

ID_ROLE = Qt.ItemDataRole.UserRole
HELP_ROLE = Qt.ItemDataRole.UserRole + 1
FOLD_ROLE = Qt.ItemDataRole.UserRole + 2  # a folded group: click or Enter opens it
TEXT_COLUMN = 0
STATUS_COLUMN = 1
STATUS_KEYS = {
    Qt.Key.Key_0: "offen",
    Qt.Key.Key_1: "umgesetzt",
    Qt.Key.Key_2: "teilweise",
    Qt.Key.Key_3: "geplant",
    Qt.Key.Key_4: "nicht_umgesetzt",
    Qt.Key.Key_5: "entfaellt",
}


class SectionPage(QWidget):
    """Title, intro, the measure tree, the editor and the help panel of one catalog section."""

    measure_toggled = Signal(str, bool)  # measure id, ticked
    current_changed = Signal(str)  # measure id ("" for a heading)
    status_key_pressed = Signal(str, str)  # measure id, status
    follow_up_key_pressed = Signal(str)  # measure id
    add_custom_requested = Signal()
    confirm_section_requested = Signal()  # clear every Rückfrage of the section
    remove_custom_requested = Signal(str)  # "custom:<id>"

    def __init__(self, statuses: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._shown: dict[str, Qt.CheckState] = {}  # the state last set by the controller
        self._updating = False
        self._in_item_signal = False  # Qt is still inside the changed item's setData
        self._editable = True
        self._alternate: QWidget | None = None  # shown instead of the list (interview mode)

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

        self.add_button = QPushButton(self.tr("Eigene Maßnahme hin&zufügen"))
        self.add_button.setObjectName("addCustom")
        self.add_button.setToolTip(self.tr("Eine Maßnahme unter „Sonstige“ ergänzen"))
        self.remove_button = QPushButton(self.tr("Eigene Maßnahme ent&fernen"))
        self.remove_button.setObjectName("removeCustom")
        self.remove_button.setEnabled(False)
        self.confirm_button = QPushButton(self.tr("Abschnitt bestätigen"))
        self.confirm_button.setObjectName("confirmSection")
        self.confirm_button.setToolTip(
            self.tr(
                "Alle Rückfragen dieses Abschnitts zurücknehmen, etwa nachdem die Antworten "
                "einer Vorlage geprüft sind (einzeln: Taste R). Rückgängig mit Strg+Z."
            )
        )

        self.tree = QTreeWidget()
        keep_arrows_visible(self.tree)
        self.tree.setObjectName("measureTree")
        self.tree.setAccessibleName(self.tr("Maßnahmen"))
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
        self._fit_status_column([self.tr("Status"), "teilweise umgesetzt"])
        self.tree.installEventFilter(self)

        self.editor = MeasureEditor(statuses)
        help_panel = HelpPanel("measureHelp", self.tr("Erläuterung"), selectable=True)
        help_panel.setObjectName("helpPanel")
        self.help_label = help_panel.label

        details = QWidget()
        details.setLayout(layouts.row((self.editor, 3), (help_panel, 2), flush=True))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        buttons = (self.confirm_button, layouts.STRETCH, self.add_button, self.remove_button)
        layouts.column(
            self, self.title_label, self.intro_label, (self.splitter, 1), layouts.row(*buttons)
        )
        self.setFocusProxy(self.tree)

        # Wrapped rows change height with the column width: lay the rows out again.
        header.sectionResized.connect(self._on_header_section_resized)
        self.tree.itemChanged.connect(self._on_tree_item_changed)
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.tree.itemClicked.connect(self._on_tree_item_clicked)
        self.add_button.clicked.connect(self.add_custom_requested)
        self.confirm_button.clicked.connect(self.confirm_section_requested)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)

    # -- filling ---------------------------------------------------------------------------

    def set_header(self, title: str, intro: str) -> None:
        self.title_label.setText(title)
        self.intro_label.setText(intro)
        self.intro_label.setVisible(bool(intro))

    def set_rows(self, groups: list[GroupRow]) -> None:
        """Replace the tree's content; the current measure stays current (else the first).

        Called while a ticked box is still being reported (the tick moved a measure out of a
        folded line), the rebuild waits one event-loop turn: clearing the tree then would
        delete the very item Qt is still changing."""
        if self._in_item_signal:
            QTimer.singleShot(0, lambda: self.set_rows(groups))
            return
        current = self.current_id()
        self._updating = True
        try:
            self.tree.clear()
            self._items.clear()
            self._shown.clear()
            bold = QFont(self.tree.font())
            bold.setBold(True)
            italic = QFont(self.tree.font())
            italic.setItalic(True)
            group_items = []
            for group in groups:  # built detached, inserted at once: one layout, not one per row
                group_item = QTreeWidgetItem([group.title, ""])
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                group_item.setFont(TEXT_COLUMN, italic if group.folded else bold)
                group_item.setData(TEXT_COLUMN, FOLD_ROLE, group.folded)
                group_item.setToolTip(TEXT_COLUMN, group.tooltip)
                for row in group.measures:
                    self._add_measure(group_item, row)
                group_items.append(group_item)
            self.tree.addTopLevelItems(group_items)
            self.tree.expandAll()
            for group_item in group_items:
                if group_item.data(TEXT_COLUMN, FOLD_ROLE):
                    group_item.setExpanded(False)
            self._fit_status_column([r.status_text for g in groups for r in _walk(g.measures)])
        finally:
            self._updating = False
        item = self._items.get(current) or next(iter(self._items.values()), None)
        if item is not None:
            self.tree.setCurrentItem(item)
        else:
            self.current_changed.emit("")

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

    def set_help(self, html: str) -> None:
        self.help_label.setText(html)

    def set_editable(self, editable: bool) -> None:
        """A read-only file: the boxes show the answers but cannot be ticked."""
        self.add_button.setEnabled(editable)
        self.confirm_button.setEnabled(editable)
        self.editor.setEnabled(editable)
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
        return [mid for mid in self._items if not mid.startswith("custom:")]

    def current_id(self) -> str:
        item = self.tree.currentItem()
        value = item.data(TEXT_COLUMN, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else ""

    def select(self, measure_id: str) -> bool:
        """Make a measure current and visible (search, jump to a finding)."""
        item = self._items.get(measure_id)
        if item is None:
            return False
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def show_alternate(self, widget: QWidget | None) -> None:
        """Show ``widget`` (the interview) in place of the list, the editor and the buttons;
        None shows them again."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        if self._alternate is not None:
            self._alternate.hide()
            layout.removeWidget(self._alternate)
        self._alternate = widget
        if widget is not None:
            layout.insertWidget(layout.indexOf(self.splitter), widget, 1)
            widget.show()
        for each in (self.splitter, self.add_button, self.remove_button):
            each.setVisible(widget is None)
        self.setFocusProxy(widget or self.tree)

    def alternate(self) -> QWidget | None:
        return self._alternate

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
        padding = 4 * self.tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 40
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
        item.setData(TEXT_COLUMN, HELP_ROLE, row.help)
        item.setCheckState(TEXT_COLUMN, row.check_state)
        item.setText(STATUS_COLUMN, row.status_text)
        item.setIcon(STATUS_COLUMN, row.badge if row.badge is not None else QIcon())
        item.setToolTip(STATUS_COLUMN, row.badge_text)
        item.setToolTip(TEXT_COLUMN, row.badge_text)

    # -- reacting --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            measure_id = self.current_id()
            item = self.tree.currentItem()
            opening = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space)
            if plain and item is not None and item.parent() is None and event.key() in opening:
                item.setExpanded(not item.isExpanded())  # a heading: open or close it
                return True
            if plain and measure_id and self._editable:
                key = Qt.Key(event.key())
                if key in STATUS_KEYS:
                    self.status_key_pressed.emit(measure_id, STATUS_KEYS[key])
                    return True
                if key == Qt.Key.Key_R:
                    self.follow_up_key_pressed.emit(measure_id)
                    return True
                if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.editor.focus_status()
                    return True
        return super().eventFilter(watched, event)

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
            self._in_item_signal = True
            try:
                self.measure_toggled.emit(measure_id, state == Qt.CheckState.Checked)
            finally:
                self._in_item_signal = False

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_tree_current_item_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        measure_id = self.current_id()
        self.remove_button.setEnabled(measure_id.startswith("custom:") and self._editable)
        self.current_changed.emit(measure_id)

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_clicked(self, item: QTreeWidgetItem, column: int) -> None:
        if item.data(TEXT_COLUMN, FOLD_ROLE):
            item.setExpanded(not item.isExpanded())

    @Slot()
    def _on_remove_button_clicked(self) -> None:
        measure_id = self.current_id()
        if measure_id.startswith("custom:"):
            self.remove_custom_requested.emit(measure_id)


def _walk(rows: tuple[MeasureRow, ...]) -> list[MeasureRow]:
    """Rows and their sub-rows, depth first."""
    return [each for row in rows for each in (row, *_walk(row.children))]
