"""„Bearbeitername …“: the name written into the change log (default: the OS user).

Remembered in the settings and applied to every file opened or created afterwards, and at
once to the file that is open. The interactive program asks for it once, before the first
file is changed (prefilled with the account's full name), so that the change log never gets a
system account such as "root" without the user having seen it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tomwizard.editing import default_author
from ui import dialogs, settings
from ui.controllers.base import DocumentBound
from ui.controllers.document import DocumentController


class AuthorController(DocumentBound):
    author_changed = Signal(str)  # the name now used for the change log
    error_occurred = Signal(str, str)  # title, message

    def __init__(
        self,
        action: QAction,
        parent_widget: QWidget,
        document: DocumentController,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, parent=parent)
        self.action = action
        self.parent_widget = parent_widget
        try:
            document.set_author(settings.author_name() or None)
        except ValueError:  # a name edited by hand in the settings file: the OS user again
            settings.set_author_name("")
        self._show_name()
        action.triggered.connect(self._on_action_triggered)

    def ask_once(self) -> None:
        """Ask for the name if it was never asked (and none was set); remember the asking."""
        if settings.author_asked() or settings.author_name():
            return
        settings.set_author_asked()
        prefill = account_full_name()
        name = dialogs.ask_author_name(self.parent_widget, prefill, default_author())
        if name is not None:
            self.set_name(name)

    @property
    def name(self) -> str:
        """The name the change log gets now."""
        return self.document.author or default_author()

    def set_name(self, name: str) -> bool:
        """Use ``name`` ("" or the OS user's name: the OS user); False when it is not valid."""
        wanted = name.strip()
        try:
            self.document.set_author(wanted if wanted and wanted != default_author() else None)
        except ValueError:
            self.error_occurred.emit(
                self.tr("Bearbeitername ungültig"),
                self.tr("Der Name für das Änderungsprotokoll muss 1 bis 200 Zeichen haben."),
            )
            return False
        settings.set_author_name(self.document.author or "")
        self._show_name()
        self.author_changed.emit(self.name)
        return True

    def _show_name(self) -> None:
        tip = self.tr("Im Änderungsprotokoll steht: {name}").format(name=self.name)
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)

    @Slot()
    def _on_action_triggered(self) -> None:
        name = dialogs.ask_author_name(self.parent_widget, self.name, default_author())
        if name is not None:
            self.set_name(name)


def account_full_name() -> str:
    """The full name of the account (first field of the GECOS entry), "" if there is none."""
    try:
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos
    except (ImportError, KeyError, AttributeError):  # Windows, or no user database
        return ""
    full = gecos.split(",")[0].strip()
    return "" if full == default_author() else full  # "root" is no one's full name
