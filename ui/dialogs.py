"""Modal dialogs (views): asking for a file, reporting an error.

Kept in one place so that tests can patch them and so that ``smoke`` can run without a modal
dialog ever blocking.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

SUFFIX = ".tomw"


def _filter() -> str:
    return QCoreApplication.translate("dialogs", "tomwizard-Bewertung (*.tomw);;Alle Dateien (*)")


def ask_new_path(parent: QWidget | None) -> Path | None:
    """Ask where a new assessment goes; the ``.tomw`` suffix is added when missing."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("dialogs", "Neue Bewertung anlegen"),
        f"bewertung{SUFFIX}",
        _filter(),
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("dialogs", "Bewertung öffnen"), "", _filter()
    )
    return Path(name) if name else None


def ask_merge_path(parent: QWidget | None) -> Path | None:
    """The file the customer sent back: a ``.tomw``, a JSON exchange file or a questionnaire."""
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("dialogs", "Datei des Kunden zusammenführen"),
        "",
        QCoreApplication.translate(
            "dialogs",
            "Bewertung, Austauschdatei oder Fragebogen (*.tomw *.json *.xlsx);;"
            "tomwizard-Bewertung (*.tomw);;JSON-Austauschdatei (*.json);;"
            "Fragebogen (*.xlsx);;Alle Dateien (*)",
        ),
    )
    return Path(name) if name else None


def ask_author_name(parent: QWidget | None, current: str, os_user: str) -> str | None:
    """The name for the change log; "" means the OS user, None that the user cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("dialogs", "Bearbeitername"),
        QCoreApplication.translate(
            "dialogs",
            "Dieser Name steht im Änderungsprotokoll bei jeder Änderung, die Sie machen.\n"
            "Leer lassen für den Benutzernamen des Systems ({user}):",
        ).format(user=os_user),
        text=current,
    )
    return text.strip() if ok else None


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)


def confirm(parent: QWidget | None, title: str, message: str) -> bool:
    """Ask a yes/no question; „Nein“ is the default."""
    answer = QMessageBox.warning(
        parent,
        title,
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def open_document(path: Path) -> bool:
    """Open an exported file with the system's viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
