"""Editors for one form field each (text, list, yes/no, number, date, choice; the country
pickers are in ``country_fields``).

Every editor emits ``edited(value, merge)`` when the user changed it: at once for boxes and
combos, shortly after typing pauses (``merge``: the steps of one typing session become one undo
step) and when the field loses focus. ``set_value`` shows a committed value without emitting.
``flush_all`` sends what is still waiting (the window is closing).
"""

from __future__ import annotations

import datetime as dt
import math
import weakref
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QSignalBlocker, QTimer, Signal, Slot
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.pages.contrast import keep_checks_visible
from ui.pages.date_text import format_date, parse_date

DEBOUNCE_MS = 400
PADDING = 4  # pixels around the text of a text box (Qt's default document margin)
_pending: weakref.WeakSet[_Debounced] = weakref.WeakSet()


def flush_all() -> None:
    """Emit every edit still waiting for its typing pause."""
    for field in list(_pending):
        field.flush()


def flush_in(widget: QWidget) -> None:
    """Emit what is waiting in the editors inside ``widget`` (its subject is about to change)."""
    for field in list(_pending):
        if isinstance(field, QWidget) and (field is widget or widget.isAncestorOf(field)):
            field.flush()


def _iso_dates() -> bool:
    """Dates in ISO form unless the interface is German (the default locale, ``ui.i18n``)."""
    return QLocale().language() != QLocale.Language.German


class _Debounced:
    """Mixin: a timer that emits after typing pauses; focus loss emits at once."""

    edited: Any
    finished: Any

    def _setup_debounce(self, owner: QWidget) -> None:
        self._timer = QTimer(owner)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._showing = False

    def _typed(self) -> None:
        if not self._showing:
            _pending.add(self)
            self._timer.start()

    def flush(self) -> None:
        if self in _pending:
            _pending.discard(self)
            self._timer.stop()
            self._emit()

    def _finish(self) -> None:
        self.flush()
        self.finished.emit()

    def _emit(self) -> None:
        raise NotImplementedError


class TextField(QLineEdit, _Debounced):
    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._setup_debounce(self)
        self.textEdited.connect(self._typed)
        self.editingFinished.connect(self._finish)

    def value(self) -> Any:
        return self.text()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.text():
            self.setText(text)
            if not self.hasFocus():  # a long text shows its beginning, not its end
                self.setCursorPosition(0)

    def _emit(self) -> None:
        self.edited.emit(self.value(), True)


class DateField(TextField):
    """A date typed as TT.MM.JJJJ (English interface: YYYY-MM-DD; both are understood); an
    empty field is no date; a wrong one is marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("TT.MM.JJJJ"))
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00.00.00000") + 24)

    def value(self) -> Any:
        return parse_date(self.text()) if self.text().strip() else None

    def set_value(self, value: Any) -> None:
        if isinstance(value, str) and value:
            value = dt.date.fromisoformat(value)
        super().set_value(format_date(value, _iso_dates()))
        self._mark(True)

    def _emit(self) -> None:
        try:
            value = self.value()
        except ValueError:
            self._mark(False)
            return
        self._mark(True)
        self.edited.emit(value, True)

    def _mark(self, valid: bool) -> None:
        self.setProperty("invalid", not valid)
        self.setToolTip("" if valid else self.tr("Bitte ein Datum wie 31.12.2026 eingeben."))
        font = self.font()
        font.setStrikeOut(not valid)
        self.setFont(font)


def _line_height(font: QFont) -> int:
    """The height of one line of plain text in ``font``, as a text box lays it out."""
    document = QTextDocument()
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    layout = QPlainTextDocumentLayout(document)
    document.setDocumentLayout(layout)
    document.setPlainText("Äg")
    return math.ceil(layout.blockBoundingRect(document.firstBlock()).height())


class MultilineField(QPlainTextEdit, _Debounced):
    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, lines: int = 3) -> None:
        super().__init__(parent)
        self._setup_debounce(self)
        self.setTabChangesFocus(True)
        self._lines = lines
        # The text area shows whole lines only, scrolled or not: the document's own margin is
        # above the first line only (scrolled down, the next line showed a few pixels below
        # the last whole one), so the padding is around the text area instead, in its colour.
        self.document().setDocumentMargin(0)
        self.setViewportMargins(PADDING, PADDING, PADDING, PADDING)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setAutoFillBackground(True)
        self._fit_height()
        self.textChanged.connect(self._typed)

    def _fit_height(self) -> None:
        """``lines`` whole lines of the current font, plus padding and frame. One pixel more:
        Qt counts a last line that ends exactly at the bottom as cut off (and shows a scroll
        bar); ``paintEvent`` keeps that pixel clear of the next line."""
        self._text_height = _line_height(self.font()) * self._lines
        self.setFixedHeight(self._text_height + 1 + 2 * (PADDING + self.frameWidth()))

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        area = self.viewport().rect()
        area.setTop(self._text_height)
        if area.height() > 0:
            painter = QPainter(self.viewport())
            painter.fillRect(area, self.palette().color(QPalette.ColorRole.Base))
            painter.end()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit_height()  # another font size, or a style with another frame

    def value(self) -> Any:
        return self.toPlainText()

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if text != self.toPlainText():
            self._showing = True
            try:
                self.setPlainText(text)
            finally:
                self._showing = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._finish()
        super().focusOutEvent(event)

    def event(self, event: QEvent) -> bool:
        """Draw a focus frame like a line edit's: Fusion draws none around a text box."""
        handled = super().event(event)
        if event.type() == QEvent.Type.Paint and self.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 1))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()
        return handled

    def _emit(self) -> None:
        self.edited.emit(self.value(), True)


class ListField(QWidget):
    """One entry per line; the suggestions of the form can be inserted from a list."""

    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, suggestions: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = MultilineField(self, lines=4)
        self.lines.setPlaceholderText(self.tr("Ein Eintrag je Zeile"))
        self.lines.edited.connect(lambda _text, merge: self.edited.emit(self.value(), merge))
        self.lines.finished.connect(self.finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lines)
        self.suggestions = QComboBox(self)
        self.suggestions.setVisible(bool(suggestions))
        self.suggestions.addItem(self.tr("Vorschlag übernehmen …"))
        self.suggestions.addItems(suggestions)
        self.suggestions.activated.connect(self._on_suggestions_activated)
        layout.addWidget(self.suggestions)
        self.setFocusProxy(self.lines)

    def value(self) -> Any:
        return [line.strip() for line in self.lines.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: Any) -> None:
        if list(value or []) != self.value():
            self.lines.set_value("\n".join(value or []))

    @Slot(int)
    def _on_suggestions_activated(self, index: int) -> None:
        if index <= 0:
            return
        entry = self.suggestions.itemText(index)
        self.suggestions.setCurrentIndex(0)
        current = self.value()
        if entry not in current:
            self.lines.set_value("\n".join([*current, entry]))
            self.edited.emit(self.value(), False)


class BoolField(QCheckBox):
    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        keep_checks_visible(self)
        self.clicked.connect(lambda checked: self.edited.emit(bool(checked), False))

    def value(self) -> Any:
        return self.isChecked()

    def set_value(self, value: Any) -> None:
        with QSignalBlocker(self):
            self.setChecked(bool(value))


class YesNoField(QComboBox):
    """Yes, no or not answered yet („— bitte wählen —“, stored as None): an unanswered
    question must not read as „nein“."""

    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(self.tr("— bitte wählen —"), None)
        self.addItem(self.tr("Ja"), True)
        self.addItem(self.tr("Nein"), False)
        self.activated.connect(lambda _index: self.edited.emit(self.value(), False))

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = {None: 0, True: 1, False: 2}.get(value if value is None else bool(value), 0)
        with QSignalBlocker(self):
            self.setCurrentIndex(index)


class IntField(QSpinBox, _Debounced):
    """A whole number or nothing (shown as „–“)."""

    edited = Signal(object, bool)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None, optional: bool = True) -> None:
        super().__init__(parent)
        self._setup_debounce(self)
        self._optional = optional
        self.setRange(-1 if optional else 0, 1_000_000)
        if optional:
            self.setSpecialValueText("–")
        self.valueChanged.connect(self._typed)
        self.editingFinished.connect(self._finish)

    def value(self) -> Any:
        number = super().value()
        return None if self._optional and number < 0 else number

    def set_value(self, value: Any) -> None:
        self._showing = True
        try:
            self.setValue(-1 if value is None else int(value))
        finally:
            self._showing = False

    def _emit(self) -> None:
        self.edited.emit(self.value(), True)


class ChoiceField(QComboBox, _Debounced):
    """A choice stored by its id, at once. With ``waits_for_typing`` (a long list: countries)
    keys in the closed box (type-ahead „Deut“ passes „Dänemark“, arrow keys) store it once
    they pause or the box loses focus: one typed word is one change (s6's walk-through). A
    short list (the status) stays immediate: the fields it shows must be there for Tab."""

    edited = Signal(object, bool)
    finished = Signal()
    waits_for_typing = False

    def __init__(
        self, choices: Sequence[tuple[str | None, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._setup_debounce(self)
        # Qt's type-ahead ends after the keyboard input interval: wait at least as long
        self._timer.setInterval(max(DEBOUNCE_MS, QApplication.keyboardInputInterval() + 100))
        self._keying = False
        for choice_id, label in choices:
            self.addItem(label, choice_id)
        self.activated.connect(self._on_self_activated)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._keying = True  # an activation now is a type-ahead or arrow step
        try:
            super().keyPressEvent(event)
        finally:
            self._keying = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)

    @Slot(int)
    def _on_self_activated(self, _index: int) -> None:
        self._typed()  # by keys: once they pause
        if not (self._keying and self.waits_for_typing):  # from the list: at once
            self.flush()

    def _emit(self) -> None:
        self.edited.emit(self.value(), False)

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        with QSignalBlocker(self):
            self.setCurrentIndex(max(index, 0))
