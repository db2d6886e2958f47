"""The application controller: builds the window from the catalog and wires views to the store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Slot

from tomwizard.catalog import default_catalog
from tomwizard.models.assessment import Answer, Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store import StoreError
from ui import dialogs
from ui.controllers.document import DocumentController
from ui.controllers.navigation import START_PAGE, NavigationController
from ui.controllers.section import LANG, SectionController
from ui.main_window import MainWindow
from ui.pages.section_page import SectionPage
from ui.pages.start_page import StartPage

ErrorReporter = Callable[[str, str], None]  # title, message


class MainController(QObject):
    """Owns the window, the open document and one controller per page."""

    def __init__(
        self,
        catalog: Catalog | None = None,
        report_error: ErrorReporter | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog or default_catalog()
        self.window = MainWindow()
        self._report_error = report_error or self._show_error_dialog
        self.document = DocumentController(self.catalog, self)

        self.start_page = StartPage()
        self.window.add_page(self.tr("Start"), self.start_page)
        self.sections: list[SectionController] = []
        total = len(self.catalog.sections)
        for number, section in enumerate(self.catalog.sections, start=1):
            page = SectionPage()
            title = section.title.get(LANG)
            self.window.add_page(f"{number}. {title}", page)
            heading = self.tr("Abschnitt {number} von {total}: {title}").format(
                number=number, total=total, title=title
            )
            controller = SectionController(section, page, self.document, heading, self)
            controller.error_occurred.connect(self._on_section_error_occurred)
            self.sections.append(controller)

        self.navigation = NavigationController(self.window, self)
        self.navigation.set_document_open(False)
        self.navigation.go_to(START_PAGE)
        self.window.show_save_state(self.tr("Keine Datei geöffnet"))

        self.start_page.new_requested.connect(self._on_start_page_new_requested)
        self.start_page.open_requested.connect(self._on_start_page_open_requested)
        self.document.document_opened.connect(self._on_document_document_opened)
        self.document.document_closed.connect(self._on_document_document_closed)
        self.document.answer_changed.connect(self._on_document_answer_changed)
        self.window.closed.connect(self._on_window_closed)

    # -- files -----------------------------------------------------------------------------

    def open_file(self, path: Path, readonly: bool = False) -> bool:
        """Open ``path``; a file that cannot be opened is reported and left untouched."""
        try:
            self.document.open(path, readonly=readonly)
        except StoreError as exc:
            self._report_error(self.tr("Datei kann nicht geöffnet werden"), str(exc))
            return False
        return True

    def new_file(self, path: Path) -> bool:
        try:
            self.document.create(path)
        except StoreError as exc:
            self._report_error(self.tr("Bewertung kann nicht angelegt werden"), str(exc))
            return False
        return True

    def section_page(self, index: int) -> SectionPage:
        """The page of the catalog's ``index``-th section (0-based)."""
        return self.sections[index].page

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_start_page_new_requested(self) -> None:
        path = dialogs.ask_new_path(self.window)
        if path is not None:
            self.new_file(path)

    @Slot()
    def _on_start_page_open_requested(self) -> None:
        path = dialogs.ask_open_path(self.window)
        if path is not None:
            self.open_file(path)

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment) -> None:
        name = self.document.path.name if self.document.path is not None else None
        if name is not None and self.document.readonly:
            name = self.tr("{name} (nur lesen)").format(name=name)
        self.window.set_document_name(name)
        self.start_page.set_document_name(name)
        if self.document.readonly:
            self.window.show_save_state(self.tr("Nur zum Lesen geöffnet – nichts wird gespeichert"))
        else:
            self.window.show_save_state(self.tr("Geöffnet – jede Änderung wird sofort gespeichert"))
        self.navigation.set_document_open(True)
        if self.navigation.current == START_PAGE and self.sections:
            self.navigation.go_to(START_PAGE + 1)

    @Slot()
    def _on_document_document_closed(self) -> None:
        self.window.set_document_name(None)
        self.start_page.set_document_name(None)
        self.window.show_save_state(self.tr("Keine Datei geöffnet"))
        self.navigation.set_document_open(False)

    @Slot(str, object)
    def _on_document_answer_changed(self, measure_id: str, answer: Answer) -> None:
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.window.show_save_state(self.tr("Gespeichert ({time})").format(time=now))

    @Slot(str, str)
    def _on_section_error_occurred(self, title: str, message: str) -> None:
        self._report_error(title, message)

    @Slot()
    def _on_window_closed(self) -> None:
        self.document.close()

    def _show_error_dialog(self, title: str, message: str) -> None:
        dialogs.show_error(self.window, title, message)
