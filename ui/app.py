"""Entry points used by the command line: ``run_gui`` and ``smoke`` (design card §5)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from ui.controllers.main import ErrorReporter, MainController


def application() -> QApplication:
    """The process's QApplication (created on first use)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName("tomwizard")
    QCoreApplication.setOrganizationName("tomwizard")
    return QApplication(sys.argv[:1])


def build(
    path: Path | None, report_error: ErrorReporter | None = None, readonly: bool = False
) -> MainController:
    """The main window with ``path`` opened (if given)."""
    controller = MainController(report_error=report_error)
    if path is not None:
        controller.open_file(path, readonly=readonly)
    return controller


def run_gui(path: Path | None) -> int:
    """Start the interface (with the file, if given) and return the exit code."""
    app = application()
    controller = build(path)
    controller.window.show()
    return app.exec()


def smoke(path: Path | None) -> int:
    """Build the window, show every page once, close; 0 on success (for CI and packaging)."""
    if sys.platform.startswith("linux") and not _has_display():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    errors: list[str] = []
    # Read-only: a smoke run (CI, packaging) never changes the user's file.
    controller = build(path, lambda title, message: errors.append(message), readonly=True)
    window = controller.window
    window.show()
    app.processEvents()
    for index in range(window.page_count()):
        controller.navigation.go_to(index, force=True)
        app.processEvents()
    window.close()
    app.processEvents()
    for message in errors:
        print(message, file=sys.stderr)
    return 1 if errors else 0


def _has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
