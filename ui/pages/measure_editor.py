"""The details of the measure in focus: status (with date or reason, and what remains of a
partly implemented one), parameters, owner, note, Rückfrage.

A view: ``show_state`` fills it, the signals report what the user changed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ui.pages import form_fields as ff


@dataclass(frozen=True)
class ParamState:
    param_id: str
    kind: str  # int, text, choice
    label: str
    unit: str
    choices: list[str]
    value: Any
    hint: str = ""  # e.g. the recommended range


@dataclass(frozen=True)
class EditorState:
    """What the editor shows; ``custom``: the user's own measure (its text is editable)."""

    status: str
    planned_date: dt.date | None = None
    reason: str = ""
    note: str = ""
    owner: str = ""  # "verantwortlich" in the action plan
    remaining: str = ""  # "was noch fehlt" (teilweise), printed in the annex
    follow_up: bool = False
    params: list[ParamState] = field(default_factory=list)
    custom: bool = False
    custom_text: str = ""
    # custom only: the catalog measures it may replace or extend (id, label) and the chosen one
    link_choices: list[tuple[str, str]] = field(default_factory=list)
    linked_measure: str = ""
    link_kind: str = "extends"  # or "replaces" (the catalog measure entfällt)


class MeasureEditor(QWidget):
    status_chosen = Signal(str)
    planned_date_edited = Signal(object)
    reason_edited = Signal(str)
    note_edited = Signal(str)
    owner_edited = Signal(str)
    remaining_edited = Signal(str)
    follow_up_toggled = Signal(bool)
    param_edited = Signal(str, object)
    custom_text_edited = Signal(str)
    custom_link_chosen = Signal(str)
    custom_link_kind_chosen = Signal(str)
    editing_finished = Signal()

    def __init__(self, statuses: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measureEditor")
        self.custom_text = ff.MultilineField(lines=3)
        self.custom_text.setAccessibleName(self.tr("Text der eigenen Maßnahme"))
        self.custom_link = ff.ChoiceField([])
        self.custom_link.setObjectName("customLink")
        self.custom_link.setAccessibleName(self.tr("Ersetzt oder ergänzt die Katalogmaßnahme"))
        self.custom_link.setToolTip(
            self.tr(
                "Die Katalogmaßnahme, die diese eigene Maßnahme ersetzt oder ergänzt. Ergänzt "
                "sie eine Katalogmaßnahme, die „entfällt“, während die eigene Maßnahme umgesetzt "
                "ist, meldet die Prüfung einen Widerspruch."
            )
        )
        self._link_choices: list[tuple[str, str]] = []
        # ersetzt: the catalog measure entfällt, the annex names this one instead (review 4, N4)
        self.custom_link_kind = ff.ChoiceField(
            [("extends", self.tr("ergänzt")), ("replaces", self.tr("ersetzt"))]
        )
        self.custom_link_kind.setObjectName("customLinkKind")
        self.custom_link_kind.setAccessibleName(self.tr("Art des Bezugs zur Katalogmaßnahme"))
        self.custom_link_kind.setToolTip(
            self.tr(
                "„ergänzt“: die Katalogmaßnahme gilt weiter. „ersetzt“: die Katalogmaßnahme "
                "entfällt; die Anlage nennt dort diese eigene Maßnahme als Ersatz."
            )
        )
        link_row = QHBoxLayout()
        link_row.setContentsMargins(0, 0, 0, 0)
        link_row.addWidget(self.custom_link_kind)
        link_row.addWidget(self.custom_link, 1)
        self.link_box = QWidget()
        self.link_box.setLayout(link_row)
        self.status = ff.ChoiceField(statuses)
        self.status.setObjectName("statusChoice")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setToolTip(
            self.tr(
                "Status der Maßnahme. In der Liste: 1 umgesetzt, 2 teilweise, 3 geplant, "
                "4 nicht umgesetzt, 5 entfällt, 0 offen."
            )
        )
        self.planned_date = ff.DateField()
        self.planned_date.setAccessibleName(self.tr("Geplant bis"))
        self.planned_label = QLabel(self.tr("bis"))
        self.planned_label.setBuddy(self.planned_date)
        # a reason is a sentence or two: a text box of its own row, not a strip beside the status,
        # three lines high (two sentences fill two lines of the row at 1100 px and scrolled)
        self.reason = ff.MultilineField(lines=3)
        self.reason.setObjectName("reasonField")
        self.reason.setPlaceholderText(self.tr("Warum entfällt die Maßnahme? (ein, zwei Sätze)"))
        self.reason.setAccessibleName(self.tr("Begründung"))
        self.remaining = ff.MultilineField(lines=3)
        self.remaining.setObjectName("remainingField")
        self.remaining.setAccessibleName(self.tr("Was noch fehlt"))
        self.remaining.setPlaceholderText(
            self.tr("Welcher Teil fehlt noch? (steht so in der Anlage)")
        )
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status)
        status_row.addWidget(self.planned_label)
        status_row.addWidget(self.planned_date)
        status_row.addStretch(1)
        self.status_box = QWidget()
        self.status_box.setLayout(status_row)

        self.params_box = QWidget()
        self.params_layout = QFormLayout(self.params_box)
        self.params_layout.setContentsMargins(0, 0, 0, 0)
        self.param_editors: dict[str, Any] = {}

        self.note = ff.MultilineField(lines=2)
        self.note.setObjectName("noteField")
        self.note.setAccessibleName(self.tr("Notiz"))
        self.note.setPlaceholderText(self.tr("Interne Notiz (erscheint nicht in der Anlage)"))
        self.owner = ff.TextField()
        self.owner.setObjectName("ownerField")
        self.owner.setAccessibleName(self.tr("Verantwortlich"))
        self.owner.setPlaceholderText(self.tr("Wer kümmert sich? (nur im Maßnahmenplan)"))
        self.follow_up = ff.BoolField(self.tr("&Rückfrage nötig"))
        self.follow_up.setObjectName("followUp")
        self.follow_up.setToolTip(
            self.tr("Markiert die Maßnahme zum Nachfragen (Taste R in der Liste).")
        )

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.custom_label = QLabel(self.tr("Text:"))
        self.custom_label.setBuddy(self.custom_text)
        self.form.addRow(self.custom_label, self.custom_text)
        self.link_label = QLabel(self.tr("&Ersetzt/ergänzt:"))
        self.link_label.setBuddy(self.custom_link)
        self.form.addRow(self.link_label, self.link_box)
        status_label = QLabel(self.tr("&Status:"))
        status_label.setBuddy(self.status)
        self.form.addRow(status_label, self.status_box)
        self.reason_label = QLabel(self.tr("Be&gründung:"))
        self.reason_label.setBuddy(self.reason)
        self.form.addRow(self.reason_label, self.reason)
        self.remaining_label = QLabel(self.tr("&Was fehlt noch:"))
        self.remaining_label.setBuddy(self.remaining)
        self.form.addRow(self.remaining_label, self.remaining)
        self.form.addRow(self.params_box)
        note_label = QLabel(self.tr("&Notiz:"))
        note_label.setBuddy(self.note)
        owner_label = QLabel(self.tr("&Verantwortlich:"))
        owner_label.setBuddy(self.owner)
        self.form.addRow(owner_label, self.owner)
        self.form.addRow(note_label, self.note)
        self.form.addRow("", self.follow_up)

        self.status.edited.connect(lambda value, _m: self.status_chosen.emit(value))
        self.planned_date.edited.connect(lambda value, _m: self.planned_date_edited.emit(value))
        self.reason.edited.connect(lambda value, _m: self.reason_edited.emit(value))
        self.note.edited.connect(lambda value, _m: self.note_edited.emit(value))
        self.owner.edited.connect(lambda value, _m: self.owner_edited.emit(value))
        self.remaining.edited.connect(lambda value, _m: self.remaining_edited.emit(value))
        self.custom_text.edited.connect(lambda value, _m: self.custom_text_edited.emit(value))
        self.custom_link.edited.connect(lambda value, _m: self.custom_link_chosen.emit(value))
        self.custom_link_kind.edited.connect(
            lambda value, _m: self.custom_link_kind_chosen.emit(value)
        )
        self.follow_up.edited.connect(lambda value, _m: self.follow_up_toggled.emit(value))
        for editor in (
            self.planned_date,
            self.reason,
            self.remaining,
            self.note,
            self.owner,
            self.custom_text,
        ):
            editor.finished.connect(self.editing_finished)
        self._param_kinds: tuple[tuple[str, str, tuple[str, ...]], ...] = ()

    def show_state(self, state: EditorState | None) -> None:
        """Show a measure's answer (None: nothing in focus)."""
        self.setEnabled(state is not None)
        if state is None:
            state = EditorState(status="offen")
        self.form.setRowVisible(self.custom_text, state.custom)
        self.custom_text.set_value(state.custom_text)
        self.form.setRowVisible(self.link_box, state.custom)
        if state.link_choices != self._link_choices:
            self._link_choices = list(state.link_choices)
            self.custom_link.clear()
            for choice_id, label in [("", self.tr("– keine –")), *state.link_choices]:
                self.custom_link.addItem(label, choice_id)
        self.custom_link.set_value(state.linked_measure)
        self.custom_link_kind.set_value(state.link_kind)
        self.custom_link_kind.setEnabled(bool(state.linked_measure))
        self.status.set_value(state.status)
        # the annex states the date of every measure not yet (fully) implemented
        planned = state.status in ("geplant", "teilweise", "nicht_umgesetzt")
        self.planned_label.setVisible(planned)
        self.planned_date.setVisible(planned)
        self.planned_date.set_value(state.planned_date)
        self.form.setRowVisible(self.reason, state.status == "entfaellt")
        self.reason.set_value(state.reason)
        self.form.setRowVisible(self.remaining, state.status == "teilweise")
        self.remaining.set_value(state.remaining)
        self.note.set_value(state.note)
        self.owner.set_value(state.owner)
        self.follow_up.set_value(state.follow_up)
        self._show_params(state.params)

    def _show_params(self, params: list[ParamState]) -> None:
        kinds = tuple((p.param_id, p.kind, tuple(p.choices)) for p in params)
        if kinds != self._param_kinds:
            self._param_kinds = kinds
            while self.params_layout.rowCount():
                self.params_layout.removeRow(0)
            self.param_editors.clear()
            for param in params:
                editor = self._param_editor(param)
                self.param_editors[param.param_id] = editor
                label = QLabel(f"{param.label}:")
                label.setBuddy(editor)
                row = QHBoxLayout()
                row.addWidget(editor)
                if param.unit:
                    row.addWidget(QLabel(param.unit))
                if param.hint:
                    hint = QLabel(param.hint)
                    hint.setEnabled(False)  # the muted text colour
                    row.addWidget(hint)
                row.addStretch(1)
                self.params_layout.addRow(label, row)
        self.params_box.setVisible(bool(params))
        for param in params:
            self.param_editors[param.param_id].set_value(param.value)

    def _param_editor(self, param: ParamState) -> Any:
        editor: Any
        if param.kind == "int":
            editor = ff.IntField(optional=True)
            editor.setMaximumWidth(editor.fontMetrics().horizontalAdvance("0000000") + 40)
        elif param.kind == "choice":
            editor = ff.ChoiceField([("", "–"), *((c, c) for c in param.choices)])
        else:
            editor = ff.TextField()
            editor.finished.connect(self.editing_finished)
        editor.setAccessibleName(param.label)
        editor.setToolTip(param.hint or param.label)
        editor.edited.connect(
            lambda value, _merge, pid=param.param_id: self.param_edited.emit(pid, value)
        )
        return editor

    @Slot()
    def focus_status(self) -> None:
        self.status.setFocus(Qt.FocusReason.ShortcutFocusReason)
