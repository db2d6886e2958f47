"""The main window (view): step list, page stack, Back/Next, status bar, keyboard shortcuts.

It owns no state beyond its widgets. Navigation requests go out as signals; the navigation
controller decides what is allowed and calls ``show_page``/``set_navigation``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

APP_NAME = "tomwizard"

NEXT_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Alt+Right")
BACK_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter", "Alt+Left")


class MainWindow(QMainWindow):
    page_requested = Signal(int)  # the user picked a step in the list
    next_requested = Signal()
    back_requested = Signal()
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setMinimumWidth(220)
        self.steps.setSpacing(2)
        self.steps.setAccessibleName(self.tr("Schritte"))

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")

        self.back_button = QPushButton(self.tr("Zurück"))
        self.back_button.setObjectName("backButton")
        self.back_button.setToolTip(
            self.tr("Vorige Seite (Strg+Umschalt+Eingabe, Alt+Pfeil links)")
        )
        self.next_button = QPushButton(self.tr("Weiter"))
        self.next_button.setObjectName("nextButton")
        self.next_button.setToolTip(self.tr("Nächste Seite (Strg+Eingabe, Alt+Pfeil rechts)"))
        self.next_button.setDefault(False)
        self.next_button.setAutoDefault(False)
        self.back_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.stack, stretch=1)
        right_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 820])
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(8, 8, 8, 4)
        central_layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.file_label = QLabel()
        self.file_label.setObjectName("fileName")
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.file_label)

        for keys in NEXT_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.next_requested)
        for keys in BACK_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self.back_requested)

        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)

    # -- pages -----------------------------------------------------------------------------

    def add_page(self, title: str, page: QWidget) -> int:
        """Append a page and its entry in the step list; return its index."""
        index = self.stack.addWidget(page)
        item = QListWidgetItem(title)
        item.setToolTip(title)
        self.steps.addItem(item)
        return index

    def page(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def page_count(self) -> int:
        return self.stack.count()

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int, focus: bool = True) -> None:
        """Show a page and mark its step (without re-emitting ``page_requested``)."""
        self._syncing = True
        try:
            self.stack.setCurrentIndex(index)
            self.steps.setCurrentRow(index)
        finally:
            self._syncing = False
        page = self.stack.currentWidget()
        if focus and page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_navigation(self, can_back: bool, can_next: bool) -> None:
        self.back_button.setEnabled(can_back)
        self.next_button.setEnabled(can_next)

    def set_step_enabled(self, index: int, enabled: bool) -> None:
        item = self.steps.item(index)
        flags = item.flags()
        if enabled:
            flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        else:
            flags &= ~(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setFlags(flags)

    # -- document state --------------------------------------------------------------------

    def set_document_name(self, name: str | None) -> None:
        self.setWindowTitle(f"{APP_NAME} – {name}" if name else APP_NAME)
        self.file_label.setText(name or "")

    def show_save_state(self, text: str) -> None:
        self.save_label.setText(text)

    # -- events ----------------------------------------------------------------------------

    @Slot(int)
    def _on_steps_current_row_changed(self, row: int) -> None:
        if not self._syncing and row >= 0:
            self.page_requested.emit(row)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)
