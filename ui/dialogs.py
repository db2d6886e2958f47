"""Modal dialogs (views): asking for a file, reporting an error.

Kept in one place so that tests can patch them and so that ``smoke`` can run without a modal
dialog ever blocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

SUFFIX = ".tomw"


def _tr(text: str) -> str:
    return QCoreApplication.translate("dialogs", text)


def _filter() -> str:
    return _tr("tomwizard-Bewertung (*.tomw);;Alle Dateien (*)")


def ask_new_path(parent: QWidget | None) -> Path | None:
    """Ask where a new assessment goes; the ``.tomw`` suffix is added when missing."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Neue Bewertung anlegen"), f"bewertung{SUFFIX}", _filter()
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, _tr("Bewertung öffnen"), "", _filter())
    return Path(name) if name else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)
