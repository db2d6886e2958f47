"""Offer the catalog upgrade when a file made with an older catalog version is opened.

Before the file is opened, ``offer(path)`` asks whether to bring it to this program's catalog
(:func:`tomwizard.history.upgrade_file.upgrade_file`: a backup copy first, then one logged
transaction) and shows what the id register mapped. Declining opens the file as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from tomwizard.editing import StoreError
from tomwizard.models.catalog import Catalog

Ask = Callable[[str, str], bool]  # (title, question) → yes?
Tell = Callable[[str, str], None]  # (title, message)


class UpgradeController(QObject):
    def __init__(
        self,
        parent_widget: QWidget,
        catalog: Catalog,
        ask: Ask | None = None,
        tell: Tell | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.parent_widget = parent_widget
        self.catalog = catalog
        self._ask = ask or self._ask_box
        self._tell = tell or self._tell_box

    def offer(self, path: Path) -> bool:
        """Upgrade ``path`` if the user wants; False only when an upgrade failed."""
        from tomwizard.history.upgrade_file import needs_upgrade, upgrade_file

        try:
            older = needs_upgrade(path, self.catalog)
        except StoreError:
            return True  # opening reports what is wrong with the file
        if older is None:
            return True
        question = self.tr(
            "Diese Datei verwendet Katalogversion {old}, dieses Programm {new}. Jetzt auf "
            "{new} aktualisieren? Vorher wird eine Sicherungskopie angelegt."
        ).format(old=older, new=self.catalog.version)
        if not self._ask(self.tr("Katalog aktualisieren"), question):
            return True
        try:
            done = upgrade_file(path, self.catalog)
        except StoreError as exc:
            self._tell(self.tr("Aktualisierung fehlgeschlagen"), str(exc))
            return False
        text = "\n".join([*done.lines, "", self.tr("Sicherungskopie: {path}")])
        self._tell(self.tr("Katalog aktualisiert"), text.format(path=done.backup))
        return True

    def _ask_box(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _tell_box(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent_widget, title, message)
