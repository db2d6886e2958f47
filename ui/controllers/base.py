"""What the controllers share: the open document they work on, and a menu action on it.

``DocumentBound`` holds the document controller, its catalog and the display language;
``PageController`` adds the page it controls, ``SectionPart`` the catalog section it shows.
``DocumentAction`` adds a menu action that works on the open file (a dialog over the window):
it is wired to ``_on_action_triggered`` and enabled while a file is open; a subclass changes
when by overriding ``_update_action``.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tomwizard.models.catalog import Catalog, Language, Section
from ui.controllers.document import DocumentController

PageT = TypeVar("PageT", bound=QWidget)


class DocumentBound(QObject):
    """A controller that works on the open document, in one display language."""

    def __init__(
        self, document: DocumentController, lang: Language = "de", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.lang: Language = lang

    @property
    def catalog(self) -> Catalog:
        """The catalog the document was opened with (the program's)."""
        return self.document.catalog


class PageController(DocumentBound, Generic[PageT]):
    """The controller of one page (its view): ``_set_up`` wires the page's and the document's
    signals once the page, the document and the language are in place."""

    def __init__(
        self,
        page: PageT,
        document: DocumentController,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, lang, parent)
        self.page = page
        self._set_up()

    def _set_up(self) -> None:
        raise NotImplementedError


class SectionPart(PageController[PageT]):
    """The controller of a view of one catalog section (its measure list or its interview)."""

    def __init__(
        self,
        section: Section,
        page: PageT,
        document: DocumentController,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        self.section = section  # before the base: ``_set_up`` reads it
        super().__init__(page, document, lang, parent)


class DocumentAction(DocumentBound):
    """A menu action that works on the open file; disabled while no file is open."""

    def __init__(
        self,
        action: QAction,
        parent_widget: QWidget,
        document: DocumentController,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(document, lang, parent)
        self.action = action
        self.parent_widget = parent_widget  # dialogs are shown over it
        action.triggered.connect(self._on_action_triggered)
        document.document_opened.connect(self._on_document_document_opened)
        document.document_closed.connect(self._on_document_document_closed)
        self._update_action()
        self._set_up()

    def _set_up(self) -> None:
        """Anything more to wire once action, window, document and language are in place."""

    def _update_action(self) -> None:
        self.action.setEnabled(self.document.is_open)

    @Slot()
    def _on_action_triggered(self) -> None:
        raise NotImplementedError

    @Slot(object)
    def _on_document_document_opened(self, _assessment: object) -> None:
        self._update_action()

    @Slot()
    def _on_document_document_closed(self) -> None:
        self._update_action()
