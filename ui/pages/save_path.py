"""A target file in a dialog: the path as text and „Durchsuchen …“, which asks where to save."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class SavePathField(QWidget):
    """``kind()`` gives the file dialog's filter and the suffix a chosen name must end with
    ("" for any); both may follow other choices of the dialog (PDF or Word)."""

    def __init__(
        self, path: str, title: str, kind: Callable[[], tuple[str, str]], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._title, self._kind = title, kind
        # the file the file dialog chose and asked about replacing („“ if none): asking again
        # before writing it would be a second question about the same file
        self.confirmed = ""
        self.edit = QLineEdit(path)
        self.setFocusProxy(self.edit)  # the row's label (a mnemonic) focuses the path
        browse = QPushButton(self.tr("Durchsuchen …"))
        browse.clicked.connect(self._on_browse_clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(browse)

    @Slot()
    def _on_browse_clicked(self) -> None:
        wanted, suffix = self._kind()
        name, _ = QFileDialog.getSaveFileName(self, self._title, self.edit.text(), wanted)
        if name:
            complete = name.lower().endswith(suffix)
            self.edit.setText(name if complete else name + suffix)
            self.confirmed = name if complete else ""  # asked about „name“, not „name.pdf“
