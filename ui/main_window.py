"""The main window (view): step list, page stack, Back/Next, status bar, keyboard shortcuts.

It owns no state beyond its widgets. Navigation requests go out as signals; the navigation
controller decides what is allowed and calls ``show_page``/``set_navigation``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.pages.wheel_guard import install_wheel_guard
from ui.tab_order import page_last_tab_stop
from ui.window_keys import WindowKeys

APP_NAME = "tomwizard"

NEXT_KEYS = ("Ctrl+Return", "Ctrl+Enter", "Alt+Right")
BACK_KEYS = ("Ctrl+Shift+Return", "Ctrl+Shift+Enter", "Alt+Left")
STEP_ICON = 20  # px, the badges in the step list


class MainWindow(QMainWindow):
    page_requested = Signal(int)  # the user picked a step in the list
    next_requested = Signal()
    back_requested = Signal()
    closed = Signal()
    file_dropped = Signal(object)  # Path of a dropped .tomw
    page_about_to_show = Signal(int)  # build a lazy page now

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Controls without focus ignore the mouse wheel: an event filter on each top-level
        # window (wheel_guard), installed on the first turn of the event loop, when this window
        # is shown and before any wheel event can arrive; dialogs are guarded as they get focus.
        # The timer is bound to this window: it never fires for a window already destroyed.
        QTimer.singleShot(0, self, lambda: install_wheel_guard(self))
        self._syncing = False
        self.setWindowTitle(APP_NAME)
        self.resize(1100, 720)
        self.setAcceptDrops(True)

        self.steps = QListWidget()
        self.steps.setObjectName("stepList")
        self.steps.setWordWrap(True)
        self.steps.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.steps.setMinimumWidth(220)
        self.steps.setSpacing(2)
        # One icon size for every row (severity badges and the blank of badge-less rows), so
        # the texts of all steps start at the same place.
        self.steps.setIconSize(QSize(STEP_ICON, STEP_ICON))
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

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(self.tr("Maßnahmen durchsuchen (Strg+F)"))
        self.search.setAccessibleName(self.tr("Suche"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(
            self.tr("Suchbegriff eingeben, mit Pfeiltasten wählen, Eingabe springt zur Maßnahme")
        )

        # A banner (read-only file and why): palette roles, so a dark palette works too.
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # (it names people and files)
        self.banner.setAutoFillBackground(True)
        self.banner.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.banner.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setMargin(6)
        self.banner.hide()

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.banner)
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
        central_layout.addWidget(self.search)
        central_layout.addWidget(splitter)
        self.setCentralWidget(central)

        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        self.file_label = QLabel()
        self.file_label.setObjectName("fileName")
        self.statusBar().addWidget(self.save_label, 1)
        self.statusBar().addPermanentWidget(self.file_label)

        for keys in NEXT_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_next_keys_activated)
        for keys in BACK_KEYS:
            QShortcut(QKeySequence(keys), self).activated.connect(self._on_back_keys_activated)

        self._build_menus()
        # Strg+E and Strg+F also from a text field
        WindowKeys(self, [self.export_action.shortcut(), self.find_action.shortcut()])
        self.back_button.clicked.connect(self.back_requested)
        self.next_button.clicked.connect(self.next_requested)
        self.steps.currentRowChanged.connect(self._on_steps_current_row_changed)

    def _build_menus(self) -> None:
        from ui.icons import icon

        def action(text: str, keys: QKeySequence.StandardKey | str | None = None) -> QAction:
            made = QAction(text, self)
            if keys is not None:
                made.setShortcut(QKeySequence(keys))
            return made

        self.new_action = action(self.tr("&Neue Bewertung …"), QKeySequence.StandardKey.New)
        self.new_action.setIcon(icon("new"))
        self.open_action = action(self.tr("&Öffnen …"), QKeySequence.StandardKey.Open)
        self.open_action.setIcon(icon("open"))
        self.export_action = action(self.tr("&Exportieren …"), "Ctrl+E")
        self.export_action.setIcon(icon("export"))
        self.merge_action = action(self.tr("&Zusammenführen …"))
        self.questionnaire_action = action(self.tr("&Fragebogen für den Kunden …"))
        self.author_action = action(self.tr("Bearbeiter&name …"))
        self.close_action = action(self.tr("&Schließen"), QKeySequence.StandardKey.Close)
        self.quit_action = action(self.tr("&Beenden"), QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.find_action = action(self.tr("&Suchen …"), QKeySequence.StandardKey.Find)
        self.find_action.setIcon(icon("search"))
        self.find_action.triggered.connect(self.focus_search)
        file_menu = self.menuBar().addMenu(self.tr("&Datei"))
        for each in (self.new_action, self.open_action, self.export_action):
            file_menu.addAction(each)
        file_menu.addAction(self.questionnaire_action)
        file_menu.addAction(self.merge_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        self.edit_menu = self.menuBar().addMenu(self.tr("&Bearbeiten"))
        self.edit_menu.addAction(self.find_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.author_action)
        view_menu = self.menuBar().addMenu(self.tr("&Ansicht"))
        self.interview_action = action(self.tr("&Interviewmodus"), "Ctrl+I")
        self.interview_action.setCheckable(True)
        self.interview_action.setToolTip(self.tr("Eine Frage nach der anderen beantworten"))
        view_menu.addAction(self.interview_action)
        self.history_action = action(self.tr("&Verlauf und Versionen …"))
        view_menu.addAction(self.history_action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Sprache"))
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for lang, label in (("de", "Deutsch"), ("en", "English")):
            made = QAction(label, self)
            made.setCheckable(True)
            made.setData(lang)
            group.addAction(made)
            language_menu.addAction(made)
            self.language_actions[lang] = made
        # F1: the guide at the part for the current page (ui/app.py connects it)
        self.help_action = action(self.tr("&Handbuch"), QKeySequence.StandardKey.HelpContents)
        self.menuBar().addMenu(self.tr("&Hilfe")).addAction(self.help_action)

    def add_undo_actions(self, undo: QAction, redo: QAction) -> None:
        from ui.icons import icon

        undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        undo.setIcon(icon("undo"))
        redo.setIcon(icon("redo"))
        first = self.edit_menu.actions()[0]
        self.edit_menu.insertAction(first, undo)
        self.edit_menu.insertAction(first, redo)
        self.edit_menu.insertSeparator(first)
        self.undo_action, self.redo_action = undo, redo

    # -- pages -----------------------------------------------------------------------------

    def add_page(
        self, title: str, page: QWidget | None = None, last_field: QWidget | None = None
    ) -> int:
        """Append a page (None: a placeholder, built on first visit) and its step.

        ``last_field``: the page's last field in Tab order, when the page knows it (the start
        page): walking the focus chain would hand Python Qt's private widgets (scroll bar
        containers), for which PySide makes every widget class it has (~10 ms at start-up).
        """
        index = self.stack.addWidget(page if page is not None else QWidget())
        if last_field is not None:
            self._tab_to_buttons(last_field)
        elif page is not None:
            self._buttons_after(page)
        item = QListWidgetItem(title)
        item.setToolTip(title)
        from ui.icons import blank

        item.setIcon(blank())
        self.steps.addItem(item)
        return index

    def set_page(self, index: int, page: QWidget) -> None:
        """Replace the placeholder at ``index`` with the real page."""
        old = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if old is not None:
            self.stack.removeWidget(old)
            old.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._buttons_after(page)

    def _buttons_after(self, page: QWidget) -> None:
        """Tab order: the page's last field → „Zurück“ → „Weiter“ (a page built later joins
        the window's focus chain at its end, after the buttons: Tab from its last field went
        round to the search field; s6's walk-through)."""
        last = page_last_tab_stop(page)
        if last is not None:  # else nothing to tab to (a placeholder)
            self._tab_to_buttons(last)

    def _tab_to_buttons(self, last: QWidget) -> None:
        QWidget.setTabOrder(last, self.back_button)
        QWidget.setTabOrder(self.back_button, self.next_button)

    def set_step(self, index: int, text: str, tooltip: str, icon: QIcon) -> None:
        item = self.steps.item(index)
        if item.text() != text:
            item.setText(text)
        item.setToolTip(tooltip)
        item.setIcon(icon)

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    @Slot()
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def page(self, index: int) -> QWidget | None:
        return self.stack.widget(index)

    def page_count(self) -> int:
        return self.stack.count()

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def show_page(self, index: int, focus: bool = True) -> None:
        """Show a page and mark its step (without re-emitting ``page_requested``)."""
        self.page_about_to_show.emit(index)
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

    @Slot()
    def _on_next_keys_activated(self) -> None:
        self.next_requested.emit()
        self.show_keyboard_focus()

    @Slot()
    def _on_back_keys_activated(self) -> None:
        self.back_requested.emit()
        self.show_keyboard_focus()

    def show_keyboard_focus(self) -> None:
        """The user works with the keyboard: draw the focus frame on the new page's first field.

        Qt draws it only after a Tab (and forgets it when a page sets the focus itself), so a
        page reached with Ctrl+Enter would show no focus at all: call after the page is shown.
        """
        self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        focus = self.focusWidget()
        if focus is not None:
            focus.update()

    @Slot(int)
    def _on_steps_current_row_changed(self, row: int) -> None:
        if not self._syncing and row >= 0:
            self.page_requested.emit(row)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_file(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = _dropped_file(event)
        if path is not None:
            event.acceptProposedAction()
            self.file_dropped.emit(path)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.closed.emit()
        super().closeEvent(event)


def _dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    """The one local ``.tomw`` file being dropped, if that is what is dropped."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    if len(urls) != 1 or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() == ".tomw" else None
