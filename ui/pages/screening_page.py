"""The Rahmenbedingungen page: plain questions about the business, each ja / nein / unbekannt.

A view only: the controller passes the questions (:class:`QuestionSpec`) and shows the stored
answers with ``show_answer``; a choice is reported as ``answer_chosen(question_id, value)``.
Each question is one row of three radio buttons; while a row has the keyboard focus, J / N / U
(or 1 / 2 / 3) answer it and the focus moves on to the next question. Radio buttons take no
value from the mouse wheel, so the page scrolls over them as over text (``wheel_guard``).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.pages.contrast import keep_checks_visible

VALUES = ("ja", "nein", "unbekannt")
_KEYS = {
    Qt.Key.Key_J: "ja",
    Qt.Key.Key_Y: "ja",
    Qt.Key.Key_1: "ja",
    Qt.Key.Key_N: "nein",
    Qt.Key.Key_2: "nein",
    Qt.Key.Key_U: "unbekannt",
    Qt.Key.Key_3: "unbekannt",
}


@dataclass(frozen=True)
class QuestionSpec:
    id: str
    text: str
    help: str  # may be empty
    effects: str  # what the answers do, e.g. "Nein: 7 Maßnahmen entfallen"


class QuestionRow(QFrame):
    """One question with its three answers; J/N/U or 1/2/3 answer it from the keyboard."""

    chosen = Signal(str, str)  # question id, value
    done = Signal()  # answered from the keyboard: go on to the next question

    def __init__(self, spec: QuestionSpec, number: int, labels: dict[str, str]) -> None:
        super().__init__()
        self.spec = spec
        self.setObjectName("screeningQuestion")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # the question that J/N/U answer is framed in the highlight colour
        self.setStyleSheet(
            "QFrame#screeningQuestion { border: 1px solid palette(mid); border-radius: 3px; }"
            "QFrame#screeningQuestion:focus { border: 2px solid palette(highlight); }"
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(spec.text)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        question = QLabel(f"{number}. {spec.text}")
        question.setWordWrap(True)
        bold = QFont(question.font())
        bold.setBold(True)
        question.setFont(bold)
        layout.addWidget(question)
        for text, muted in ((spec.help, False), (spec.effects, True)):
            if text:
                note = QLabel(text)
                note.setWordWrap(True)
                if muted:  # what the answers do: quieter than the question, still legible
                    note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
                layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.setSpacing(18)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for value in VALUES:
            button = QRadioButton(labels[value])
            button.setAccessibleName(f"{spec.text}: {labels[value]}")
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.group.addButton(button)
            self.buttons[value] = button
            buttons.addWidget(button)
            button.clicked.connect(lambda _=False, v=value: self.chosen.emit(self.spec.id, v))
        buttons.addStretch(1)
        layout.addLayout(buttons)
        keep_checks_visible(*self.buttons.values())

    def show_answer(self, value: str | None) -> None:
        """Show the stored answer (None: not answered yet, no button checked)."""
        self.group.setExclusive(False)
        for key, button in self.buttons.items():
            button.setChecked(key == value)
        self.group.setExclusive(True)

    def answer(self) -> str | None:
        return next((k for k, b in self.buttons.items() if b.isChecked()), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        value = _KEYS.get(Qt.Key(event.key()))
        if value is not None and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.buttons[value].setFocus()
            self.chosen.emit(self.spec.id, value)
            self.done.emit()
            return
        super().keyPressEvent(event)


class ScreeningPage(QWidget):
    answer_chosen = Signal(str, str)  # question id, ja|nein|unbekannt

    def __init__(
        self, title: str, intro: str, questions: list[QuestionSpec], labels: dict[str, str]
    ) -> None:
        super().__init__()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAccessibleName(title)
        layout.addWidget(heading)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.rows: dict[str, QuestionRow] = {}
        order: list[QuestionRow] = []
        for number, spec in enumerate(questions, start=1):
            row = QuestionRow(spec, number, labels)
            row.chosen.connect(self.answer_chosen)
            self.rows[spec.id] = row
            order.append(row)
            layout.addWidget(row)
        for row, following in itertools.pairwise(order):
            row.done.connect(lambda nxt=following: self._focus(nxt))
        layout.addStretch(1)
        self.scroll_area.setWidget(body)

    def _focus(self, row: QuestionRow) -> None:
        row.setFocus(Qt.FocusReason.TabFocusReason)
        self.scroll_area.ensureWidgetVisible(row)

    def show_answer(self, question_id: str, value: str | None) -> None:
        row = self.rows.get(question_id)
        if row is not None:
            row.show_answer(value)

    def set_editable(self, editable: bool) -> None:
        for row in self.rows.values():
            for button in row.buttons.values():
                button.setEnabled(editable)
