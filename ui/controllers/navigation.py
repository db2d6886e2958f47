"""Which page is shown and which steps can be reached (Back/Next, step list, shortcuts)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot

from ui.main_window import MainWindow

START_PAGE = 0


class NavigationController(QObject):
    """Without an open file only the start page is reachable; with one, every page is."""

    page_changed = Signal(int)

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.window = window
        self._document_open = False
        window.page_requested.connect(self._on_window_page_requested)
        window.next_requested.connect(self._on_window_next_requested)
        window.back_requested.connect(self._on_window_back_requested)

    @property
    def current(self) -> int:
        return self.window.current_page()

    def can_reach(self, index: int) -> bool:
        if not 0 <= index < self.window.page_count():
            return False
        return index == START_PAGE or self._document_open

    def go_to(self, index: int, force: bool = False) -> bool:
        """Show page ``index`` if it can be reached (``force``: always, for the smoke run)."""
        if not (force or self.can_reach(index)):
            self.window.show_page(self.current, focus=False)  # undo a click on a blocked step
            return False
        self.window.show_page(index)
        self._update_buttons()
        self.page_changed.emit(index)
        return True

    def set_document_open(self, is_open: bool) -> None:
        self._document_open = is_open
        for index in range(self.window.page_count()):
            self.window.set_step_enabled(index, self.can_reach(index))
        if not self.can_reach(self.current):
            self.go_to(START_PAGE)
        self._update_buttons()

    def _update_buttons(self) -> None:
        here = self.current
        self.window.set_navigation(self.can_reach(here - 1), self.can_reach(here + 1))

    @Slot(int)
    def _on_window_page_requested(self, index: int) -> None:
        self.go_to(index)

    @Slot()
    def _on_window_next_requested(self) -> None:
        self.go_to(self.current + 1)

    @Slot()
    def _on_window_back_requested(self) -> None:
        self.go_to(self.current - 1)
