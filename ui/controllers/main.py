"""The application controller: builds the window from the catalog and wires views to the store.

Pages: Start, Organisation, Verarbeitung, Rahmenbedingungen, one per catalog section,
Unterauftragsverarbeiter, Zusammenfassung. Only the start page is built at once; every other
page is built the first time it is shown (start-up stays fast with a large catalog).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from tomwizard.content.catalog import default_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.editing import StoreError
from tomwizard.inputs import INPUT_ERRORS, one_line
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding
from ui import dialogs, settings
from ui.controllers import jump
from ui.controllers import page_factory as build
from ui.controllers.author import AuthorController
from ui.controllers.base import PageController
from ui.controllers.document import DocumentController
from ui.controllers.export import ExportController
from ui.controllers.forms import (
    FormController,
    country_choices,
)
from ui.controllers.history import HistoryController
from ui.controllers.interview import InterviewMode
from ui.controllers.merge import MergeController
from ui.controllers.navigation import START_PAGE, NavigationController
from ui.controllers.page_numbers import (
    FIRST_SECTION_PAGE,
    ORGANISATION_PAGE,
    PROCESSING_PAGE,
    SCREENING_PAGE,
)
from ui.controllers.questionnaire import QuestionnaireController
from ui.controllers.recent import show_start_lists
from ui.controllers.search import SearchController
from ui.controllers.steps import StepsController
from ui.controllers.undo_menu import UndoMenuController
from ui.controllers.upgrade import UpgradeController
from ui.main_window import MainWindow
from ui.pages import form_fields
from ui.pages.start_page import StartPage

if TYPE_CHECKING:  # the modules of pages built on first visit are imported then
    from ui.controllers.screening import ScreeningController
    from ui.controllers.section import SectionController
    from ui.controllers.subprocessors import SubprocessorController
    from ui.controllers.summary import SummaryController
    from ui.pages.section_page import SectionPage

ErrorReporter = Callable[[str, str], None]  # title, message
STATUS_MESSAGE_MS = 15000  # a message in the status bar, then the save state again


class MainController(QObject):
    """Owns the window, the open document and one controller per page."""

    language_requested = Signal(str)

    def __init__(
        self,
        catalog: Catalog | None = None,
        report_error: ErrorReporter | None = None,
        parent: QObject | None = None,
        lang: Language = "de",
    ) -> None:
        super().__init__(parent)
        self.catalog = catalog or default_catalog()
        self.lang: Language = lang
        self.window = MainWindow()
        self._report_error = report_error or self._show_error_dialog
        self.document = DocumentController(self.catalog, self)
        self.exporter = ExportController(self.document, self.catalog, self)
        self.history = HistoryController(
            self.window.history_action, self.window, self.document, lang, self
        )
        self.merger = MergeController(
            self.window.merge_action, self.window, self.document, lang, self
        )
        self.author = AuthorController(self.window.author_action, self.window, self.document, self)
        self.questionnaire = QuestionnaireController(
            self.window.questionnaire_action, self.window, self.document, lang, self
        )
        self.upgrades = UpgradeController(self.window, self.catalog, parent=self)
        self.undo_menu = UndoMenuController(self.window, self.document, self)

        self.start_page = StartPage()
        self._presets_shown = False
        self.ask_author = False  # the interactive program asks for the editor's name once
        self.window.add_page(self.tr("Start"), self.start_page, self.start_page.recent)
        self.window.add_page(self.tr("Organisation"))
        self.window.add_page(self.tr("Verarbeitung und Schutzbedarf"))
        self.window.add_page(self.tr("Rahmenbedingungen"))
        self.sections: list[SectionController | None] = []
        for number, section in enumerate(self.catalog.sections, start=1):
            self.window.add_page(f"{number}. {section.title.get(lang)}")
            self.sections.append(None)
        self.subprocessor_index = self.window.add_page(self.tr("Unterauftragsverarbeiter"))
        self.summary_index = self.window.add_page(self.tr("Zusammenfassung"))
        self.steps = StepsController(
            self.window,
            self.document,
            FIRST_SECTION_PAGE,
            self.subprocessor_index,
            lang,
            self,
        )
        self.steps.screening_page = SCREENING_PAGE
        self.organisation: FormController | None = None
        self.processing: FormController | None = None
        self.screening: ScreeningController | None = None
        self.subprocessors: SubprocessorController | None = None
        self.summary: SummaryController | None = None

        self.search = SearchController(self.window.search, self.catalog, lang, self, self.document)
        self.navigation = NavigationController(self.window, self)
        self.window.page_about_to_show.connect(self._on_window_page_about_to_show)
        self.interview = InterviewMode(
            self.window.interview_action,
            lambda: [(c.section, c.page) if c else None for c in self.sections],
            lambda: self.navigation.current - FIRST_SECTION_PAGE,
            self.document,
            lang,
            self,
        )
        self.interview.first_section_requested.connect(
            lambda: self.navigation.go_to(FIRST_SECTION_PAGE)
        )
        self.navigation.set_document_open(False)
        self.navigation.go_to(START_PAGE)
        self.window.show_save_state(self.tr("Keine Datei geöffnet"))
        self.window.language_actions[lang].setChecked(True)
        self._restore_window()

        self.start_page.new_requested.connect(self._on_start_page_new_requested)
        self.start_page.open_requested.connect(self._on_start_page_open_requested)
        self.start_page.recent_activated.connect(self._on_start_page_recent_activated)
        self.window.new_action.triggered.connect(lambda: self._on_start_page_new_requested(""))
        self.window.open_action.triggered.connect(self._on_start_page_open_requested)
        self.window.export_action.triggered.connect(self._on_export_requested)
        self.window.close_action.triggered.connect(self.document.close)
        self.window.file_dropped.connect(self._on_window_file_dropped)
        for lang_id, action in self.window.language_actions.items():
            action.triggered.connect(lambda _c=False, code=lang_id: self._on_language_chosen(code))
        self.search.measure_chosen.connect(self._on_search_measure_chosen)
        self.document.document_opened.connect(self._on_document_document_opened)
        self.document.document_closed.connect(self._on_document_document_closed)
        self.document.committed.connect(self._on_document_committed)
        self.document.findings_changed.connect(self._on_document_findings_changed)
        self.document.error_occurred.connect(self._on_error_occurred)
        self.exporter.error_occurred.connect(self._on_error_occurred)
        self.history.error_occurred.connect(self._on_error_occurred)
        self.merger.error_occurred.connect(self._on_error_occurred)
        self.merger.summarised.connect(self._on_merger_summarised)
        self.questionnaire.error_occurred.connect(self._on_error_occurred)
        self.author.error_occurred.connect(self._on_error_occurred)
        self.window.closed.connect(self._on_window_closed)
        QTimer.singleShot(0, self._show_recent)

    # -- files -----------------------------------------------------------------------------

    def open_file(self, path: Path, readonly: bool = False) -> bool:
        """Open ``path``; a file that cannot be opened is reported and left untouched."""
        offered = "open" if readonly else self.upgrades.offer(path, self.document)
        if offered == "failed":  # older without a mapping, or the upgrade failed: reported
            return False
        try:
            if offered in ("open", "readonly"):  # readonly: a newer catalog (the banner says)
                readonly_here = readonly or offered == "readonly"
                self.document.open(path, readonly=readonly_here)  # TomwStore.open: the gate
        except INPUT_ERRORS as exc:
            self._report_error(self.tr("Datei kann nicht geöffnet werden"), one_line(str(exc)))
            return False
        if not readonly:
            settings.add_recent_file(path)
            if self.ask_author and not self.document.readonly:
                self.author.ask_once()
        return True

    def new_file(self, path: Path, preset_id: str = "") -> bool:
        if self.ask_author:
            self.author.ask_once()  # before the first change-log entry is written
        from tomwizard.content.presets import assessment_from_preset  # not needed at start-up

        try:
            start = (
                assessment_from_preset(preset_id, self.catalog, self.lang) if preset_id else None
            )
            self.document.create(path, start)
        except (StoreError, ContentError, KeyError) as exc:
            self._report_error(self.tr("Bewertung kann nicht angelegt werden"), str(exc))
            return False
        settings.add_recent_file(path)
        return True

    # -- pages -----------------------------------------------------------------------------

    def section_index(self, section_id: str) -> int:
        return next(i for i, s in enumerate(self.catalog.sections) if s.id == section_id)

    def section_page(self, index: int) -> SectionPage:
        """The page of the catalog's ``index``-th section (0-based), built if need be."""
        self._build_page(FIRST_SECTION_PAGE + index)
        controller = self.sections[index]
        assert controller is not None
        return controller.page

    def page_widget(self, index: int) -> QWidget:
        self._build_page(index)
        widget = self.window.page(index)
        assert widget is not None
        return widget

    def _build_page(self, index: int) -> None:
        """Build the page at ``index`` with its controller, the first time it is shown."""
        section, document, lang = index - FIRST_SECTION_PAGE, self.document, self.lang
        built: SectionController | PageController[Any] | None = None
        if 0 <= section < len(self.sections):
            if self.sections[section] is None:
                built = self.sections[section] = build.section(
                    self.catalog, section, document, lang, self
                )
        elif index == ORGANISATION_PAGE and self.organisation is None:
            built = self.organisation = build.form(
                "organisation", document, lang, self._countries(), self
            )
            from ui.controllers.letterhead import LetterheadController

            self.letterhead = LetterheadController(
                self.organisation.page, self.document, self.lang, self
            )
        elif index == PROCESSING_PAGE and self.processing is None:
            built = self.processing = build.form(
                "processing", document, lang, self._countries(), self
            )
        elif index == SCREENING_PAGE and self.screening is None:
            built = self.screening = build.screening(document, lang, self)
        elif index == self.subprocessor_index and self.subprocessors is None:
            built = self.subprocessors = build.subprocessors(document, lang, self)
        elif index == self.summary_index and self.summary is None:
            built = self.summary = build.summary(document, lang, self)
            self.summary.jump_requested.connect(self.jump_to)
            self.summary.page_requested.connect(self.navigation.go_to)
            self.summary.export_requested.connect(self._on_export_requested)
        if built is not None:
            self.window.set_page(index, built.page)

    def _countries(self) -> list[tuple[str, str]]:
        if not hasattr(self, "_country_list"):
            self._country_list = country_choices(self.lang)
        return self._country_list

    def jump_to(self, target: str) -> bool:
        """Show the place a finding or a search hit points at."""
        return jump.jump_to(self, target)

    # -- slots -----------------------------------------------------------------------------

    @Slot(int)
    def _on_window_page_about_to_show(self, index: int) -> None:
        self._build_page(index)
        self.interview.section_shown(index - FIRST_SECTION_PAGE)
        if index == self.summary_index and self.summary is not None:
            self.summary.refresh()
        if index == START_PAGE:
            QTimer.singleShot(0, self._show_recent)

    @Slot(str)
    def _on_start_page_new_requested(self, preset_id: str) -> None:
        folder = dialogs.start_folder(settings.recent_files())
        path = dialogs.ask_new_path(self.window, folder)
        if path is not None:
            self.new_file(path, preset_id)

    @Slot()
    def _on_start_page_open_requested(self) -> None:
        path = dialogs.ask_open_path(self.window)
        if path is not None:
            self.open_file(path)

    @Slot(object)
    def _on_start_page_recent_activated(self, path: Path) -> None:
        self.open_file(path)

    @Slot(object)
    def _on_window_file_dropped(self, path: Path) -> None:
        self.open_file(path)

    @Slot()
    def _on_export_requested(self) -> None:
        form_fields.flush_all()
        self.exporter.ask(self.window, self.lang)

    @Slot(str)
    def _on_search_measure_chosen(self, measure_id: str) -> None:
        if self.document.assessment is None:  # the start page: nothing to jump into yet
            message = self.tr("Die Suche springt zur Maßnahme, sobald eine Bewertung offen ist.")
            self.window.statusBar().showMessage(message, STATUS_MESSAGE_MS)
            return
        self.jump_to(f"measure:{measure_id}")

    @Slot(str)
    def _on_merger_summarised(self, text: str) -> None:
        """For a while: a message without a timeout hid „Gespeichert (…)“ for good."""
        self.window.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    @Slot(str)
    def _on_language_chosen(self, lang: str) -> None:
        settings.set_language(lang)
        if lang != self.lang:
            self.language_requested.emit(lang)

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
        self.window.show_banner(self._readonly_reason(assessment))
        self.navigation.set_document_open(True)
        self.steps.update()
        if self.navigation.current == START_PAGE:
            self.navigation.go_to(ORGANISATION_PAGE)

    def _readonly_reason(self, assessment: Assessment) -> str:
        """Why the open file is read-only, for the banner ("" when it is writable or the
        read-only opening was asked for and nothing else stands in the way)."""
        if not self.document.readonly:
            return ""
        reasons = [self.document.readonly_reason, self.upgrades.newer_catalog_note(assessment)]
        return "\n".join(reason for reason in reasons if reason)

    @Slot()
    def _on_document_document_closed(self) -> None:
        self.window.set_document_name(None)
        self.start_page.set_document_name(None)
        self.window.show_save_state(self.tr("Keine Datei geöffnet"))
        self.window.show_banner("")
        self.navigation.set_document_open(False)
        self.steps.update()

    @Slot()
    def _on_document_committed(self) -> None:
        now = dt.datetime.now().strftime("%H:%M:%S")
        self.window.show_save_state(self.tr("Gespeichert ({time})").format(time=now))

    @Slot(object)
    def _on_document_findings_changed(self, findings: list[Finding]) -> None:
        self.steps.update()
        if self.summary is not None and self.navigation.current == self.summary_index:
            self.summary.refresh()

    @Slot(str, str)
    def _on_error_occurred(self, title: str, message: str) -> None:
        self._report_error(title, message)

    @Slot()
    def _on_window_closed(self) -> None:
        form_fields.flush_all()  # what was typed last is saved before the file closes
        settings.save_window_state(self.window.saveGeometry(), self.window.saveState())
        self.document.close()

    def _restore_window(self) -> None:
        geometry, state = settings.window_state()
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state)

    @Slot()
    def _show_recent(self) -> None:
        """Presets and recent files: filled in once the window is up, when the start page shows."""
        if self.navigation.current == START_PAGE:
            show_start_lists(self.start_page, self.catalog, self.lang, not self._presets_shown)
            self._presets_shown = True

    def _show_error_dialog(self, title: str, message: str) -> None:
        dialogs.show_error(self.window, title, message)
