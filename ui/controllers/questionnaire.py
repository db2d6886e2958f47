"""Datei › „Fragebogen für den Kunden …“: write the XLSX questionnaire for the open file.

The dialog asks for language, which measures and where; the workbook is built in memory by
:mod:`tomwizard.questionnaire.write` and written beside the target, then moved into place. The
action is disabled while no file is open.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QDialog

from tomwizard.models.catalog import Language
from tomwizard.store.errors import write_reason
from ui import dialogs
from ui.controllers.base import DocumentAction


class QuestionnaireController(DocumentAction):
    written = Signal(object)  # Path of the questionnaire
    error_occurred = Signal(str, str)  # title, message

    def default_target(self) -> Path:
        """Beside the open file, named in the interface's language."""
        from ui.pages.questionnaire_dialog import target_name

        path = self.document.path or Path("bewertung.tomw")
        return path.with_name(target_name(path.stem, self.lang))

    def write(self, target: Path, lang: Language, only_open: bool, with_entfaellt: bool) -> bool:
        """Write the questionnaire; False (and a reported error) when it cannot be written."""
        from tomwizard.questionnaire.write import write_questionnaire
        from ui.pages.form_fields import flush_all

        flush_all()  # what was just typed is part of the questionnaire
        title = self.tr("Fragebogen nicht geschrieben")
        assessment = self.document.assessment
        if assessment is None:
            return False
        if (assessment.catalog_id, assessment.catalog_version) != (
            self.catalog.id,
            self.catalog.version,
        ):
            message = self.tr(
                "Die Datei verwendet eine andere Katalogversion ({version}); bitte zuerst "
                "aktualisieren."
            )
            self.error_occurred.emit(title, message.format(version=assessment.catalog_version))
            return False
        content = write_questionnaire(assessment, self.catalog, lang, only_open, with_entfaellt)
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            tmp.write_bytes(content)
            os.replace(tmp, target)
        except OSError as exc:
            self.error_occurred.emit(title, f"{target}: {write_reason(exc)}")
            return False
        finally:
            with contextlib.suppress(OSError):
                tmp.unlink()
        self.written.emit(target)
        return True

    @Slot()
    def _on_action_triggered(self) -> None:
        from ui.pages.questionnaire_dialog import QuestionnaireDialog

        dialog = QuestionnaireDialog(self.default_target(), self.lang, self.parent_widget)
        from ui.help_viewer import add_help_key

        add_help_key(dialog, self.lang, "fragebogen")
        while True:  # „Abbrechen“ on replacing a file leads back to the dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            choices = dialog.choices()
            target, asked = choices.path, dialog.path_row.confirmed
            if not target.is_file() or (asked and Path(asked) == target):
                break
            if dialogs.confirm_replace(self.parent_widget, [target]):
                break
        lang: Language = "en" if choices.lang == "en" else "de"
        if self.write(choices.path, lang, choices.only_open, choices.with_entfaellt):
            saved = self.tr("Der Fragebogen wurde gespeichert:")
            title = self.tr("Fragebogen gespeichert")
            dialogs.show_exported(self.parent_widget, [choices.path], saved, title)
