"""The letterhead ("Briefkopf") of the open file: the group on the Organisation page and its
dialog. The logo is read through the input gate (:func:`tomwizard.inputs.read_logo`); a bad
image is named in the dialog and changes nothing. OK commits the whole letterhead as one undo
step (:func:`tomwizard.editing.set_letterhead`); Cancel leaves the file as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from tomwizard.editing import set_letterhead
from tomwizard.inputs import INPUT_ERRORS, read_logo
from tomwizard.logo_image import SVG, LogoError
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Language
from tomwizard.models.letterhead import Letterhead, Logo
from ui.controllers.document import DocumentController
from ui.pages.form_page import FormPage
from ui.pages.letterhead_dialog import PREVIEW_WIDTH, LetterheadBox, LetterheadDialog


def logo_description(logo: Logo | None) -> str:
    if logo is None:
        return QCoreApplication.translate("LetterheadController", "kein Logo")
    kind = "SVG" if logo.media_type == SVG else "PNG"
    return (
        QCoreApplication.translate("LetterheadController", "%1-Logo, %2 KB")
        .replace("%1", kind)
        .replace("%2", str(-(-len(logo.data) // 1024)))
    )


def summary(letterhead: Letterhead) -> str:
    if letterhead.empty:
        return QCoreApplication.translate(
            "LetterheadController",
            "Kein Briefkopf: Anlage und Bericht erscheinen ohne Logo und Fußzeilen.",
        )
    parts = [logo_description(letterhead.logo)]
    if letterhead.sender.strip():
        parts.append(letterhead.sender.strip())
    lines = len(letterhead.lines)
    if lines:
        parts.append(
            QCoreApplication.translate("LetterheadController", "%1 Fußzeile(n)").replace(
                "%1", str(lines)
            )
        )
    if letterhead.accent:
        parts.append(letterhead.accent.upper())
    return " · ".join(parts)


class LetterheadController(QObject):
    """Adds the Briefkopf group to the Organisation page and runs its dialog."""

    def __init__(
        self,
        page: FormPage,
        document: DocumentController,
        lang: Language = "de",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.lang = lang  # the interface's language: which text of a refused logo to show
        self.box = LetterheadBox()
        page.body_layout.insertWidget(page.body_layout.count() - 1, self.box)  # before stretch
        self.dialog: LetterheadDialog | None = None
        self._logo: Logo | None = None
        self.box.edit_requested.connect(self._on_box_edit_requested)
        document.document_opened.connect(self._on_document_document_opened)
        document.field_changed.connect(self._on_document_field_changed)
        self._on_document_document_opened(document.assessment if document.is_open else None)

    def letterhead(self) -> Letterhead:
        value = self.document.field("organisation.letterhead.logo")
        if not self.document.is_open:
            return Letterhead()
        return Letterhead(
            logo=value,
            sender=self.document.field("organisation.letterhead.sender"),
            footer=self.document.field("organisation.letterhead.footer"),
            accent=self.document.field("organisation.letterhead.accent"),
        )

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment | None) -> None:
        self.box.show_summary(summary(self.letterhead()))
        self.box.edit_button.setEnabled(assessment is not None and not self.document.readonly)

    @Slot(str, object)
    def _on_document_field_changed(self, path: str, value: Any) -> None:
        if path.startswith("organisation.letterhead."):
            self.box.show_summary(summary(self.letterhead()))

    # -- the dialog -------------------------------------------------------------------------

    @Slot()
    def _on_box_edit_requested(self) -> None:
        dialog = self.open_dialog(self.box.window())
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.commit()
        self.dialog = None

    def open_dialog(self, parent: QWidget | None = None) -> LetterheadDialog:
        """The dialog filled with the file's letterhead (not yet shown)."""
        current = self.letterhead()
        dialog = LetterheadDialog(parent)
        self.dialog = dialog
        self._logo = current.logo
        dialog.show_texts(current.sender, current.footer, current.accent)
        dialog.logo_requested.connect(self._on_dialog_logo_requested)
        dialog.logo_removed.connect(self._on_dialog_logo_removed)
        dialog.edited.connect(self._on_dialog_edited)
        self._refresh()
        return dialog

    def edited_letterhead(self) -> Letterhead:
        assert self.dialog is not None
        sender, footer, accent = self.dialog.texts()
        lines = [line.strip() for line in footer]
        while lines and not lines[-1]:
            lines.pop()
        return Letterhead(logo=self._logo, sender=sender.strip(), footer=lines, accent=accent)

    def commit(self) -> bool:
        """Write the dialog's letterhead as one undo step (nothing when nothing changed)."""
        return self.document.apply(
            set_letterhead(self.edited_letterhead()),
            QCoreApplication.translate("LetterheadController", "Briefkopf ändern"),
        )

    def choose_logo(self, path: Path) -> bool:
        """Take the logo in ``path`` into the dialog; False (and the reason shown) if refused."""
        assert self.dialog is not None
        try:
            logo = read_logo(path)
        except INPUT_ERRORS as exc:
            english = self.lang == "en" and isinstance(exc, LogoError)
            message = exc.en if isinstance(exc, LogoError) and english else str(exc)
            self.dialog.show_error(message.replace(str(path), path.name))  # the name is enough
            return False
        from ui.pages.letterhead_preview import svg_png_fallback  # reportlab, QtSvg: on use

        self._logo = svg_png_fallback(logo)  # a PNG of an SVG logo for Word
        self.dialog.show_error("")
        self._refresh()
        return True

    @Slot()
    def _on_dialog_logo_requested(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.dialog,
            QCoreApplication.translate("LetterheadController", "Logo wählen"),
            "",
            QCoreApplication.translate("LetterheadController", "Bilder (*.png *.svg)"),
        )
        if name:
            self.choose_logo(Path(name))

    @Slot()
    def _on_dialog_logo_removed(self) -> None:
        self._logo = None
        if self.dialog is not None:
            self.dialog.show_error("")
        self._refresh()

    @Slot()
    def _on_dialog_edited(self) -> None:
        self._refresh()

    def _refresh(self) -> None:
        if self.dialog is None:
            return
        letterhead = self.edited_letterhead()
        self.dialog.show_logo(logo_description(self._logo), self._logo is not None)
        header, footer = self.page_texts()
        from ui.pages.letterhead_preview import preview_pixmap  # reportlab, QtSvg: on use

        self.dialog.show_preview(preview_pixmap(letterhead, PREVIEW_WIDTH, header, footer))

    def page_texts(self) -> tuple[str, str]:
        """The annex's header and footer line as the export writes them for the open file
        (its number, its Stand and version, dates as in the output), in the interface's
        language."""
        assessment = self.document.assessment
        if assessment is None:
            return "", ""
        from tomwizard.export.document.annex import annex_meta
        from tomwizard.export.document.words import Words
        from tomwizard.export.wording import ANNEX

        words = Words(self.lang, ANNEX[self.lang], assessment.organisation.role_names)
        meta = annex_meta(words, assessment, draft=False)
        return meta.header_left, meta.footer_left
