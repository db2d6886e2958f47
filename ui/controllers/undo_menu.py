"""The Edit menu's „Rückgängig“ and „Wiederholen“: they follow the open document's history.

The history is the core's (``OpenAssessment``), not a QUndoStack: the actions call the
document's ``undo``/``redo`` and show what they would undo or redo now. The texts keep the
translation context ``MainController``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Slot
from PySide6.QtGui import QAction

from ui.controllers.document import DocumentController
from ui.main_window import MainWindow


class UndoMenuController(QObject):
    def __init__(
        self, window: MainWindow, document: DocumentController, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.document = document
        window.add_undo_actions(QAction(self), QAction(self))
        window.undo_action.triggered.connect(document.undo)
        window.redo_action.triggered.connect(document.redo)
        document.history_changed.connect(self._on_document_history_changed)
        self._on_document_history_changed()

    @Slot()
    def _on_document_history_changed(self) -> None:
        translate = QCoreApplication.translate
        undo, redo, doc = self.window.undo_action, self.window.redo_action, self.document
        undo.setEnabled(doc.can_undo())
        redo.setEnabled(doc.can_redo())
        undo_text = translate("MainController", "&Rückgängig")
        redo_text = translate("MainController", "&Wiederholen")
        undo.setText(" ".join(filter(None, (undo_text, doc.undo_label()))))
        redo.setText(" ".join(filter(None, (redo_text, doc.redo_label()))))
