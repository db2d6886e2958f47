"""Interview mode: one measure at a time, as a question with big answer buttons.

The view shows what the controller gives it (``InterviewState``) and reports what the user
chose; single keys answer (J, T, G, N, E, R; in English also Y, P, L, A, F), ←/→ and Bild
auf/ab move between questions. "Geplant" and "Entfällt" open a line below the buttons for the
date or the reason: Enter takes it, Esc goes back to the buttons.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.pages.help_panel import HelpPanel

# The answers in button order: (answer id, German key). "rueckfrage" is the follow-up flag.
ANSWERS = ("ja", "teilweise", "geplant", "nein", "entfaellt", "rueckfrage")
GERMAN_KEYS = {"ja": "J", "teilweise": "T", "geplant": "G", "nein": "N", "entfaellt": "E"}
GERMAN_KEYS["rueckfrage"] = "R"
BACK_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp)
SKIP_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown)


@dataclass(frozen=True)
class InterviewState:
    """What the view shows for the current question (texts already rendered)."""

    question: str
    statement: str  # the measure's text as it stands in the annex
    help_html: str
    position: str  # "Frage 3 von 18"
    progress_text: str  # "12 von 18 beantwortet"
    answered: int
    total: int
    chosen: str = ""  # the answer id the stored answer corresponds to ("" when open)
    follow_up: bool = False
    current_text: str = ""  # "Bisher: geplant (31.12.2026)"
    parent_question: str = ""  # for a sub-measure: the question it belongs to
    can_back: bool = True
    can_skip: bool = True
    editable: bool = True
    hint: str = ""  # instead of the key hint, e.g. when every question is answered


class InterviewView(QWidget):
    """Question, help, answer buttons, the inline date/reason line and the section's progress."""

    answer_chosen = Signal(str)  # an id of ANSWERS
    detail_entered = Signal(str)  # the text of the date or reason line (Enter)
    detail_cancelled = Signal()
    back_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewView")
        self._keys = self._answer_keys()
        self._editable = True

        self.progress_label = QLabel()
        self.progress_label.setObjectName("interviewProgress")
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("interviewProgressBar")
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setMaximumHeight(self.fontMetrics().height())
        self.position_label = QLabel()
        self.position_label.setObjectName("interviewPosition")
        progress_row = QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress_bar, 1)
        progress_row.addWidget(self.position_label)

        self.parent_label = _label("interviewParent", QFont(self.font()))
        self.parent_label.setProperty("secondary", True)
        question_font = QFont(self.font())
        question_font.setPointSizeF(question_font.pointSizeF() * 1.7)
        question_font.setBold(True)
        self.question_label = _label("interviewQuestion", question_font)
        self.question_label.setAccessibleName(self.tr("Frage"))
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.95)
        self.statement_label = _label("interviewStatement", small)
        self.current_label = _label("interviewCurrent", QFont(self.font()))

        self.help_scroll = HelpPanel("interviewHelp", self.tr("Erläuterung"))
        self.help_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.help_label = self.help_scroll.label

        self.buttons: dict[str, QPushButton] = {}
        button_font = QFont(self.font())
        button_font.setPointSizeF(button_font.pointSizeF() * 1.2)
        button_row = QGridLayout()
        button_row.setHorizontalSpacing(8)
        self._labels = self._answer_labels()
        for column, answer in enumerate(ANSWERS):
            button = QPushButton(self._button_text(answer, False))
            button.setObjectName(f"answer_{answer}")
            button.setCheckable(True)
            button.setFont(button_font)
            button.setMinimumHeight(int(button.fontMetrics().height() * 2.4))
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(self.tr("Taste {key}").format(key=self._keys[answer]))
            button.clicked.connect(lambda _c=False, a=answer: self._on_button_clicked(a))
            button.installEventFilter(self)
            button_row.addWidget(button, 0, column)
            self.buttons[answer] = button

        self.detail_label = QLabel()
        self.detail_edit = QLineEdit()
        self.detail_edit.setObjectName("interviewDetail")
        self.detail_label.setBuddy(self.detail_edit)
        self.detail_ok = QPushButton(self.tr("Übernehmen (Eingabe)"))
        self.detail_cancel = QPushButton(self.tr("Abbrechen (Esc)"))
        self.detail_error = QLabel()
        self.detail_error.setObjectName("interviewDetailError")
        self.detail_error.setProperty("warning", True)
        self.detail_frame = QFrame()
        self.detail_frame.setObjectName("interviewDetailFrame")
        detail_layout = QGridLayout(self.detail_frame)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.detail_label, 0, 0)
        detail_layout.addWidget(self.detail_edit, 0, 1)
        detail_layout.addWidget(self.detail_ok, 0, 2)
        detail_layout.addWidget(self.detail_cancel, 0, 3)
        detail_layout.addWidget(self.detail_error, 1, 1, 1, 3)
        detail_layout.setColumnStretch(1, 1)
        self.detail_frame.hide()
        self.detail_edit.installEventFilter(self)

        self.back_button = QPushButton(self.tr("← Vorige Frage"))
        self.back_button.setObjectName("interviewBack")
        self.skip_button = QPushButton(self.tr("Überspringen →"))
        self.skip_button.setObjectName("interviewSkip")
        for button in (self.back_button, self.skip_button):
            button.installEventFilter(self)
        self._keys_hint = self.tr("←/→ oder Bild auf/ab: vorige/nächste Frage · Strg+Z: rückgängig")
        self.hint_label = QLabel(self._keys_hint)
        self.hint_label.setObjectName("interviewHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav_row = QHBoxLayout()
        nav_row.addWidget(self.back_button)
        nav_row.addWidget(self.hint_label, 1)
        nav_row.addWidget(self.skip_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(progress_row)
        layout.addSpacing(6)
        layout.addWidget(self.parent_label)
        layout.addWidget(self.question_label)
        layout.addWidget(self.statement_label)
        layout.addWidget(self.current_label)
        layout.addWidget(self.help_scroll, 1)
        layout.addLayout(button_row)
        layout.addWidget(self.detail_frame)
        layout.addLayout(nav_row)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.installEventFilter(self)

        self.detail_edit.returnPressed.connect(self._on_detail_ok_clicked)
        self.detail_ok.clicked.connect(self._on_detail_ok_clicked)
        self.detail_cancel.clicked.connect(self.detail_cancelled)
        self.back_button.clicked.connect(self.back_requested)
        self.skip_button.clicked.connect(self.skip_requested)

    # -- texts -----------------------------------------------------------------------------

    def _answer_labels(self) -> dict[str, str]:
        return {
            "ja": self.tr("Ja"),
            "teilweise": self.tr("Teilweise"),
            "geplant": self.tr("Geplant"),
            "nein": self.tr("Nein"),
            "entfaellt": self.tr("Entfällt"),
            "rueckfrage": self.tr("Rückfrage"),
        }

    def _answer_keys(self) -> dict[str, str]:
        """The key shown on each button (translated); German keys if a translation clashes."""
        keys = {
            # the single key that answers "Ja" (one capital letter)
            "ja": self.tr("J"),
            "teilweise": self.tr("T"),
            "geplant": self.tr("G"),
            "nein": self.tr("N"),
            "entfaellt": self.tr("E"),
            "rueckfrage": self.tr("R"),
        }
        letters = [key.upper() for key in keys.values()]
        valid = all(len(k) == 1 and k.isalpha() for k in letters)
        return keys if valid and len(set(letters)) == len(letters) else dict(GERMAN_KEYS)

    def _mark(self, answer: str, chosen: bool) -> None:
        """Check ``answer``'s button, with ✓ and bold, so that it stands out in any palette."""
        button = self.buttons[answer]
        button.setChecked(chosen)
        button.setText(self._button_text(answer, chosen))
        font = button.font()
        font.setBold(chosen)
        button.setFont(font)

    def _button_text(self, answer: str, chosen: bool) -> str:
        """ "Ja  (J)", with a check mark when it is the stored answer."""
        mark = "✓ " if chosen else ""
        return f"{mark}{self._labels[answer]}  ({self._keys[answer]})"

    def key_for(self, answer: str) -> str:
        return self._keys[answer]

    # -- filling ---------------------------------------------------------------------------

    def show_state(self, state: InterviewState) -> None:
        self.progress_label.setText(state.progress_text)
        self.progress_bar.setRange(0, max(state.total, 1))
        self.progress_bar.setValue(state.answered)
        self.position_label.setText(state.position)
        self.parent_label.setText(state.parent_question)
        self.parent_label.setVisible(bool(state.parent_question))
        self.question_label.setText(state.question)
        self.statement_label.setText(state.statement)
        self.current_label.setText(state.current_text)
        self.current_label.setVisible(bool(state.current_text))
        self.help_scroll.show_text(state.help_html)
        for answer, button in self.buttons.items():
            self._mark(
                answer, state.follow_up if answer == "rueckfrage" else answer == state.chosen
            )
            button.setEnabled(state.editable)
        self._editable = state.editable
        self.back_button.setEnabled(state.can_back)
        self.skip_button.setEnabled(state.can_skip)
        self.hint_label.setText(state.hint or self._keys_hint)

    def ask_detail(self, answer: str, label: str, text: str, placeholder: str) -> None:
        """Open the inline line for a date or a reason, filled with ``text``; ``answer``'s
        button shows as pressed meanwhile."""
        for each in self.buttons:
            if each != "rueckfrage":
                self._mark(each, each == answer)
        self.detail_label.setText(label)
        self.detail_edit.setText(text)
        self.detail_edit.setPlaceholderText(placeholder)
        self.detail_error.clear()
        self.detail_error.hide()
        self.detail_frame.show()
        self.detail_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.detail_edit.selectAll()

    def show_detail_error(self, message: str) -> None:
        self.detail_error.setText(message)
        self.detail_error.show()
        self.detail_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def close_detail(self) -> None:
        had_focus = self.detail_frame.isAncestorOf(self.focusWidget())
        self.detail_frame.hide()
        if had_focus or not self.isAncestorOf(self.focusWidget()):
            self.focus_answer()

    def detail_open(self) -> bool:
        return not self.detail_frame.isHidden()

    def focus_answer(self) -> None:
        """Keyboard focus on the chosen answer's button (else "Ja"), so that it is visible."""
        chosen = next((a for a, b in self.buttons.items() if b.isChecked()), "ja")
        target = self.buttons[chosen] if self._editable else self.skip_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- reacting --------------------------------------------------------------------------

    def focusInEvent(self, event: QFocusEvent) -> None:
        """The page hands its focus here: pass it on to a button, where it can be seen."""
        super().focusInEvent(event)
        if self.detail_open():
            self.detail_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.focus_answer()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if watched is self.detail_edit:
                if event.key() == Qt.Key.Key_Escape:
                    self.detail_cancelled.emit()
                    return True
                return super().eventFilter(watched, event)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        )
        if not plain:
            return False
        key = Qt.Key(event.key())
        if key in BACK_KEYS:
            self.back_requested.emit()
            return True
        if key in SKIP_KEYS:
            self.skip_requested.emit()
            return True
        if key == Qt.Key.Key_Escape and self.detail_open():
            self.detail_cancelled.emit()
            return True
        answer = self.answer_for_key(event.text())
        if answer and self._editable:
            self.answer_chosen.emit(answer)
            return True
        return False

    def answer_for_key(self, text: str) -> str:
        """The answer a typed letter stands for: the shown keys, and the German ones always."""
        letter = text.strip().upper()
        if len(letter) != 1:
            return ""
        for table in (self._keys, GERMAN_KEYS):
            for answer, key in table.items():
                if key.upper() == letter:
                    return answer
        return ""

    def _on_button_clicked(self, answer: str) -> None:
        # the controller decides the checked state (show_state); a click only reports
        button = self.buttons[answer]
        button.setChecked(not button.isChecked())
        self.answer_chosen.emit(answer)

    @Slot()
    def _on_detail_ok_clicked(self) -> None:
        self.detail_entered.emit(self.detail_edit.text())


def _label(name: str, font: QFont) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setFont(font)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
