"""The in-program help: the user guide in a QTextBrowser, offline.

``make guide`` builds ``resources/guide/<lang>/index.html`` (tools/build_guide.py) from
docs/guide; the wheel and the bundle ship it. Hilfe › Handbuch (F1) opens the guide at the part
for the page on screen (``ui.app`` connects it and loads this module on the first F1, not at
start-up): each page kind has a topic, an anchor in the guide. F1 in the export,
history, merge and questionnaire dialogs opens the part about that dialog (:func:`add_help_key`).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from tomwizard.models.catalog import Language
from tomwizard.paths import resource_path
from ui.controllers.page_numbers import (
    FIRST_SECTION_PAGE,
    ORGANISATION_PAGE,
    PROCESSING_PAGE,
    SCREENING_PAGE,
)

if TYPE_CHECKING:
    from ui.controllers.main import MainController


def guide_dir() -> Path:
    """Where the built guide is (``resources/guide``; it may not have been built)."""
    return resource_path("guide")


def topic_for_page(controller: MainController, index: int) -> str:
    """The guide's anchor for page ``index`` of the wizard."""
    if index == ORGANISATION_PAGE:
        return "organisation"
    if index == PROCESSING_PAGE:
        return "verarbeitung"
    if index == SCREENING_PAGE:
        return "rahmenbedingungen"
    if index == controller.subprocessor_index:
        return "unterauftragsverarbeiter"
    if index == controller.summary_index:
        return "zusammenfassung"
    if FIRST_SECTION_PAGE <= index < controller.subprocessor_index:
        return "interview" if controller.interview.active else "massnahmen"
    return "start"


class HelpViewer(QDialog):
    """A window beside the wizard with the guide; ``show_topic`` scrolls to a part."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("tomwizard – Hilfe"))
        self.setModal(False)
        self.resize(760, 680)
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenLinks(True)
        self.browser.setOpenExternalLinks(False)  # offline: no link leaves the program
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)

    def show_topic(self, lang: Language, topic: str) -> None:
        page = guide_dir() / lang / "index.html"
        if page.is_file():
            url = QUrl.fromLocalFile(str(page))
            url.setFragment(topic)
            self.browser.setSource(url)
            self.browser.scrollToAnchor(topic)
        else:
            self.browser.setHtml(
                "<p>"
                + self.tr(
                    "Das Handbuch ist in dieser Installation nicht enthalten. "
                    "In einer Arbeitskopie erzeugt „make guide“ es."
                )
                + "</p>"
            )
        self.show()
        self.raise_()
        self.activateWindow()

    def topic(self) -> str:
        return self.browser.source().fragment()


def add_help_key(dialog: QWidget, lang: Language, topic: str) -> None:
    """F1 in ``dialog`` opens the guide at ``topic``. The guide's window belongs to the dialog, so
    it stays usable while the dialog is modal and closes with it."""
    viewer: list[HelpViewer] = []

    @Slot()
    def _on_help_key_activated() -> None:
        if not viewer:
            viewer.append(HelpViewer(dialog))
        viewer[0].show_topic(lang, topic)

    key = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), dialog)
    key.setObjectName("helpKey")
    key.activated.connect(_on_help_key_activated)
