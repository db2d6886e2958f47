"""The explanation of a measure beside the list or the interview: rich text that scrolls."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget


class HelpPanel(QScrollArea):
    """A framed panel with one rich-text label (``label``) at the top; a long text scrolls
    instead of being cut off."""

    def __init__(self, object_name: str, accessible_name: str, selectable: bool = False) -> None:
        super().__init__()
        self.label = QLabel()
        self.label.setObjectName(object_name)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        if selectable:
            self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(accessible_name)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addWidget(self.label)
        body_layout.addStretch(1)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setWidget(body)

    def show_text(self, html: str) -> None:
        """Show ``html`` from its top."""
        self.label.setText(html)
        self.verticalScrollBar().setValue(0)
