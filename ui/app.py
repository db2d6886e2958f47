"""Entry points used by the command line: ``run_gui`` and ``smoke`` (design card §5)."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QTimer, Slot
from PySide6.QtWidgets import QApplication

from tomwizard.cli.launch import imports_without_collection
from tomwizard.models.catalog import Language
from ui import i18n, settings
from ui.controllers.main import ErrorReporter, MainController

if TYPE_CHECKING:
    from ui.help_viewer import HelpViewer

# Set by benchmarks/bench_startup.py: quit right after the first event-loop turn after show.
EXIT_AFTER_SHOW = "TOMWIZARD_EXIT_AFTER_SHOW"
_windows: list[MainController] = []  # keeps the window of a language switch alive


def application() -> QApplication:
    """The process's QApplication (created on first use)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("tomwizard")
    QCoreApplication.setOrganizationName("tomwizard")
    app = QApplication(sys.argv[:1])
    from ui.icons import icon

    app.setWindowIcon(icon("app"))
    return app


def build(
    path: Path | None,
    report_error: ErrorReporter | None = None,
    readonly: bool = False,
    lang: Language | None = None,
) -> MainController:
    """The main window with ``path`` opened (if given), in ``lang`` (default: as last chosen)."""
    lang = lang or cast(Language, settings.language())
    i18n.install(lang)
    controller = MainController(report_error=report_error, lang=lang)
    attach_help(controller)
    controller.language_requested.connect(
        lambda code: switch_language(controller, cast(Language, code))
    )
    if path is not None:
        controller.open_file(path, readonly=readonly)
    return controller


def attach_help(controller: MainController) -> None:
    """Hilfe › Handbuch (F1) of ``controller``'s window opens the guide at the current page. The
    viewer's module (a QTextBrowser dialog) loads on the first F1, not at start-up."""
    viewer: list[HelpViewer] = []

    @Slot()
    def _on_help_action_triggered() -> None:
        from ui.help_viewer import HelpViewer, topic_for_page

        if not viewer:
            viewer.append(HelpViewer(controller.window))
        topic = topic_for_page(controller, controller.window.current_page())
        viewer[0].show_topic(controller.lang, topic)

    controller.window.help_action.triggered.connect(_on_help_action_triggered)


def switch_language(controller: MainController, lang: Language) -> MainController:
    """Rebuild the window in ``lang`` with the same file and page (Qt has no live re-labelling
    of texts built from the catalog, so the window is built anew)."""
    path, readonly = controller.document.path, controller.document.readonly
    page = controller.navigation.current
    geometry = controller.window.saveGeometry()
    controller.window.close()
    again = build(path, controller._report_error, readonly, lang)
    again.ask_author = controller.ask_author
    again.window.restoreGeometry(geometry)
    again.window.show()
    again.navigation.go_to(page)
    _windows[:] = [again]
    return again


def start(
    path: Path | None, report_error: ErrorReporter | None = None, lang: Language | None = None
) -> MainController:
    """The shown main window, then ``path`` (if given) opened through the input gate.

    The window is shown first, so that a file that cannot be opened (``tomwizard kaputt.tomw``,
    a double-click) is reported in the error dialog over the start page instead of ending the
    program with a line on stderr that a double-click never shows. ``lang`` (``tomwizard
    --lang en``) is this run's language; the saved choice (Ansicht › Sprache) stays as it is.
    """
    controller = build(None, report_error, lang=lang)
    controller.window.show()
    if path is not None:
        controller.open_file(path)
    return controller


def run_gui(path: Path | None, lang: Language | None = None) -> int:
    """Start the interface (with the file, if given; in ``lang``, default: as last chosen) and
    return the exit code."""
    app = application()
    # The window, the catalog and rules from the content cache, the open file and its findings
    # live as long as the program: the cycle collector would only scan them again and again
    # while they are made (about 5 ms), as it would the imports (tomwizard/cli/launch.py).
    with imports_without_collection():
        controller = start(path, lang=lang)
    if os.environ.get(EXIT_AFTER_SHOW):  # benchmarks: quit after one event-loop turn
        QTimer.singleShot(0, app.quit)
        return app.exec()
    controller.ask_author = True
    if controller.document.is_open and not controller.document.readonly:
        QTimer.singleShot(0, controller.author.ask_once)  # over the shown window
    return app.exec()


def smoke(path: Path | None) -> int:
    """Build the window, show every page once, close; 0 on success (for CI and packaging)."""
    if sys.platform.startswith("linux") and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    errors: list[str] = []
    # Read-only: a smoke run (CI, packaging) never changes the user's file.
    controller = build(path, lambda title, message: errors.append(message), readonly=True)
    refused = path is not None and not controller.document.is_open
    window = controller.window
    window.show()
    app.processEvents()
    for index in range(window.page_count()):
        controller.navigation.go_to(index, force=True)
        app.processEvents()
        if window.current_page() != index:
            errors.append(f"Seite {index} konnte nicht gezeigt werden.")
    window.close()
    app.processEvents()
    for message in errors:
        print(message, file=sys.stderr)
    if refused:
        return 2  # the file could not be opened: bad input, as on the rest of the command line
    return 1 if errors else 0


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
