"""Offer the catalog upgrade when a file made with an older catalog version is opened.

Before the file is opened, ``offer(path, document)`` asks whether to bring it to this program's
catalog (:func:`tomwizard.history.upgrade_file.upgrade_and_open`: a backup copy first, then the
file is opened and upgraded in one logged batch) and shows what the id register mapped. The
upgrade is the first step of the open document's undo history: Bearbeiten › Rückgängig brings
the answers back as they were. Declining opens the file as it is.

A file made with a newer catalog than this program knows opens read-only (``"readonly"``):
nothing written here could lose what the newer version stored. :meth:`UpgradeController.
newer_catalog_note` says so in the window's banner, with what the user can do.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from tomwizard.editing import StoreError, same_file
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store.opening import catalog_of
from ui.controllers.document import DocumentController, step_label

Ask = Callable[[str, str], bool]  # (title, question) → yes?
Tell = Callable[[str, str], None]  # (title, message)
# "open": open the file as usual; "readonly": open it read-only (a newer catalog);
# "upgraded": upgraded and already open; "failed": reported
Offered = Literal["open", "readonly", "upgraded", "failed"]


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

    def offer(self, path: Path, document: DocumentController) -> Offered:
        """Upgrade ``path`` if the user wants, opened in ``document`` as one undo step."""
        if document.path is not None and same_file(document.path, path):
            return "open"  # already open: it was offered when it was opened
        named = catalog_of(path)  # the usual case, a current file, loads no upgrade machinery
        if named is None or named[0] != self.catalog.id or named[1] == self.catalog.version:
            return "open"  # as needs_upgrade and newer_catalog say; unreadable: opening tells
        from tomwizard.history.upgrade_file import needs_upgrade, newer_catalog, upgrade_and_open

        try:
            newer = newer_catalog(path, self.catalog)
            older = needs_upgrade(path, self.catalog) if newer is None else None
        except StoreError:
            return "open"  # opening reports what is wrong with the file
        if newer is not None:  # read-only, the banner says why (newer_catalog_note)
            return "readonly"
        if older is None:
            return "open"
        question = self.tr(
            "Diese Datei verwendet Katalogversion {old}, dieses Programm {new}. Jetzt auf "
            "{new} aktualisieren? Vorher wird eine Sicherungskopie angelegt."
        ).format(old=older, new=self.catalog.version)
        if not self._ask(self.tr("Katalog aktualisieren"), question):
            return "open"
        try:
            done, opened = upgrade_and_open(
                path, self.catalog, author=document.author, label=step_label("upgrade")
            )
        except StoreError as exc:
            self._tell(self.tr("Aktualisierung fehlgeschlagen"), str(exc))
            return "failed"
        if opened is None:
            return "open"  # nothing to do after all
        document.adopt(opened)
        undo = self.tr("Bearbeiten › Rückgängig nimmt die Aktualisierung zurück.")
        text = "\n".join([*done.lines, "", self.tr("Sicherungskopie: {path}"), undo])
        self._tell(self.tr("Katalog aktualisiert"), text.format(path=done.backup))
        return "upgraded"

    def newer_catalog_note(self, assessment: Assessment) -> str | None:
        """Why ``assessment`` is open read-only and what to do, when it was made with a newer
        catalog than this program knows (for the banner); else None."""
        if assessment.catalog_id != self.catalog.id:
            return None
        if assessment.catalog_version == self.catalog.version:
            return None  # the usual case: the mappings are not loaded
        from tomwizard.content.mappings import (
            NewerCatalogError,
            UpgradeError,
            chain,
            shipped_mappings,
        )

        try:
            chain(assessment.catalog_version, self.catalog.version, shipped_mappings())
        except NewerCatalogError:
            pass
        except UpgradeError:
            return None
        else:
            return None
        return self.tr(
            "Nur zum Lesen geöffnet: Diese Datei wurde mit einer neueren tomwizard-Version "
            "erstellt (Katalogversion {file}, dieses Programm kennt bis {known}). Damit nichts "
            "verloren geht, was die neuere Version darin gespeichert hat, werden hier keine "
            "Änderungen gespeichert. Sie können die Angaben ansehen; eine hier exportierte "
            "Anlage enthält nur die Maßnahmen, die dieses Programm kennt. Zum Bearbeiten bitte "
            "tomwizard aktualisieren (oder die Datei mit der neueren Version bearbeiten)."
        ).format(file=assessment.catalog_version, known=self.catalog.version)

    def _ask_box(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self.parent_widget, title, question)
        return answer == QMessageBox.StandardButton.Yes

    def _tell_box(self, title: str, message: str) -> None:
        QMessageBox.information(self.parent_widget, title, message)
