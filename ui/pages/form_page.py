"""A page of form fields in titled groups (Organisation, Verarbeitung): a view only.

The controller describes the fields (:class:`FieldSpec`); the page builds one editor per field
and reports ``field_edited(path, value, merge)``. ``show_value`` shows a committed value.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.pages import form_fields as ff
from ui.pages.certificate_field import CertificatesField
from ui.pages.country_fields import CountryField, CountryListField

LABEL_CHARS = 34  # the label column's width at most, in average characters
COMBO_CHARS = 14  # a drop-down list is at least this wide, in characters, and may shrink to it


@dataclass(frozen=True)
class FieldSpec:
    path: str  # e.g. "organisation.processor.name"
    kind: (
        str  # text, multiline, list, bool, yes_no, int, date, country(_list), choice, certificates
    )
    label: str
    help: str = ""
    # (id, label); the id None: the field is left unanswered (a choice the model may leave None)
    choices: list[tuple[str | None, str]] = field(default_factory=list)
    required: bool = False


@dataclass(frozen=True)
class GroupSpec:
    title: str
    intro: str
    fields: list[FieldSpec]


def make_editor(spec: FieldSpec, countries: list[tuple[str, str]]) -> QWidget:
    """The editor widget for one field kind."""
    kind = spec.kind
    editor: QWidget
    if kind == "multiline":
        editor = ff.MultilineField()
    elif kind == "list":
        editor = ff.ListField([label for _, label in spec.choices])
    elif kind == "bool":
        editor = ff.BoolField()  # its text stands in the label column (it wraps there)
    elif kind == "yes_no":
        editor = ff.YesNoField()
    elif kind == "int":
        editor = ff.IntField()
    elif kind == "date":
        editor = ff.DateField()
    elif kind == "country":
        editor = CountryField(countries)
    elif kind == "country_list":
        editor = CountryListField(countries)
    elif kind == "choice":
        editor = ff.ChoiceField(spec.choices)
    elif kind == "certificates":
        editor = CertificatesField()
    else:
        editor = ff.TextField()
    editor.setToolTip(spec.help)
    editor.setAccessibleName(spec.label)
    editor.setAccessibleDescription(spec.help)
    return editor


class FormPage(QWidget):
    field_edited = Signal(str, object, bool)  # path, value, merge with the previous edit
    field_finished = Signal(str)  # the user left the field

    def __init__(
        self,
        title: str,
        groups: list[GroupSpec],
        countries: list[tuple[str, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.editors: dict[str, Any] = {}
        self.labels: dict[str, QLabel] = {}  # the label column's label of each field
        self.title_label = QLabel(title)
        self.title_label.setObjectName("pageTitle")
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title_label.setFont(font)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        labels: list[QLabel] = []
        for group in groups:
            box = QGroupBox(group.title)
            form = QFormLayout(box)
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            if group.intro:
                intro = QLabel(group.intro)
                intro.setWordWrap(True)
                intro.setTextFormat(Qt.TextFormat.PlainText)
                form.addRow(intro)
            for spec in group.fields:
                editor = make_editor(spec, countries)
                self.editors[spec.path] = editor
                editor.edited.connect(  # type: ignore[attr-defined]
                    lambda value, merge, path=spec.path: self.field_edited.emit(path, value, merge)
                )
                editor.finished.connect(  # type: ignore[attr-defined]
                    lambda path=spec.path: self.field_finished.emit(path)
                )
                label = QLabel(spec.label + (" *" if spec.required else ""))
                label.setBuddy(editor)
                label.setToolTip(spec.help)
                labels.append(label)
                self.labels[spec.path] = label
                form.addRow(label, editor)
                if isinstance(editor, QCheckBox):  # a click on its text ticks it, as before
                    label.installEventFilter(_TogglesOnClick(editor, label))
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        self.body_layout = body_layout  # the subprocessor page puts its findings on top
        self._align_labels(labels)
        # Drop-down lists with long entries would otherwise be as wide as their longest entry
        # and push the form beyond the window's width (a horizontal scroll bar at 1024 px).
        for combo in body.findChildren(QComboBox):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(COMBO_CHARS)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        self.scroll_area = scroll

        self.required_note = QLabel(self.tr("Mit * markierte Felder sind Pflichtangaben."))
        self.required_note.setObjectName("requiredNote")
        self.required_note.setEnabled(False)  # the muted text colour

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.required_note)
        layout.addWidget(scroll, 1)
        # only once it has a parent: shown before, it would open as a window of its own
        self.required_note.setVisible(
            any(spec.required for group in groups for spec in group.fields)
        )
        first = next(iter(self.editors.values()), None)
        if first is not None:
            self.setFocusProxy(first)

    def _align_labels(self, labels: list[QLabel]) -> None:
        """One label column for all groups, at most LABEL_CHARS wide; longer labels wrap.

        Without it, each group sizes its own column and one long label (e.g. „Zahl der Personen,
        die ständig …“) pushes that group's fields to the right edge or beyond it.
        """
        if not labels:
            return
        metrics = self.fontMetrics()
        widest = max(metrics.horizontalAdvance(label.text()) for label in labels)
        width = min(widest, metrics.averageCharWidth() * LABEL_CHARS) + 4
        for label in labels:
            label.setWordWrap(True)
            label.setFixedWidth(width)

    def set_label(self, path: str, text: str) -> None:
        """Another label for the field at ``path`` (its wording may follow another answer)."""
        label, editor = self.labels.get(path), self.editors.get(path)
        if label is not None and editor is not None and label.text() != text:
            label.setText(text)
            editor.setAccessibleName(text)

    def show_value(self, path: str, value: Any) -> None:
        editor = self.editors.get(path)
        if editor is not None:
            editor.set_value(value)

    def focus_field(self, path: str) -> bool:
        editor = self.editors.get(path)
        if editor is None:
            return False
        self.scroll_area.ensureWidgetVisible(editor)
        editor.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def tab_tail(self) -> QWidget | None:
        """The page's last part (the letterhead box on the organisation page): the main
        window looks for the page's last Tab stop from here on (ui/main_window.py)."""
        for index in reversed(range(self.body_layout.count())):
            item = self.body_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if widget is not None:
                return widget
        return None

    def set_editable(self, editable: bool) -> None:
        for editor in self.editors.values():
            editor.setEnabled(editable)


class _TogglesOnClick(QObject):
    """Ticks ``box`` when its label (in the label column) is clicked."""

    def __init__(self, box: QCheckBox, parent: QObject) -> None:
        super().__init__(parent)
        self.box = box

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QMouseEvent)
            and event.type() == QEvent.Type.MouseButtonRelease
            and event.button() == Qt.MouseButton.LeftButton
            and self.box.isEnabled()
        ):
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)
            self.box.click()
            return True
        return False
