"""No accidental edits by the mouse wheel: a control without focus ignores the wheel.

Scrolling a long page with the mouse over a combo box, a spin box or a date field would change
its value (a country, a number, "Vorschlag übernehmen …" appending an entry) without the user
noticing. One event filter on the application handles every such control in every window and
dialog: while the control has no keyboard focus, the wheel scrolls the page around it instead
(the nearest scroll area), and the control keeps its value. A list inside a scrolling page
(e.g. the countries of a subprocessor) likewise lets the page scroll until it is focused.
Clicking or tabbing into a control gives it focus, and then the wheel works on it as usual.

The controls also lose Qt's "wheel focus": otherwise a real wheel turn would first give them
focus and then change them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

# QDateEdit and QSpinBox are QAbstractSpinBoxes.
VALUE_CONTROLS = (QComboBox, QAbstractSpinBox)


class WheelGuard(QObject):
    """The application-wide event filter (see the module docstring)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            control = _guarded(watched)
            if control is not None and not _has_focus(control):
                _scroll_page(control, event)
                return True
        elif kind == QEvent.Type.Polish and isinstance(watched, VALUE_CONTROLS):
            _no_wheel_focus(watched)
        return False


_guard: WheelGuard | None = None


def install_wheel_guard() -> None:
    """Install the guard on the running application (once; later calls do nothing)."""
    global _guard
    app = QApplication.instance()
    if _guard is not None or app is None:
        return
    _guard = WheelGuard(app)
    app.installEventFilter(_guard)
    # Controls polished before the guard came: found by Qt (findChildren), not by looking at
    # every widget of the window from Python (a few ms when the guard comes after the window).
    for top in QApplication.topLevelWidgets():
        controls: list[QWidget] = [top] if isinstance(top, VALUE_CONTROLS) else []
        for kind in VALUE_CONTROLS:
            controls.extend(top.findChildren(kind))
        for control in controls:
            _no_wheel_focus(control)


def _no_wheel_focus(control: QWidget) -> None:
    if control.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def _guarded(watched: QObject) -> QWidget | None:
    """The control a wheel event over ``watched`` would change or scroll, if it is guarded."""
    if isinstance(watched, VALUE_CONTROLS):
        return watched
    view = watched.parent()
    if (
        isinstance(view, QAbstractItemView)
        and view.viewport() is watched
        and _page_scroller(view) is not None
    ):
        return view
    return None


def _has_focus(control: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is control or control.isAncestorOf(focus))


def _page_scroller(control: QWidget) -> QAbstractScrollArea | None:
    """The scroll area of the page around ``control`` (not a list's own one)."""
    parent = control.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


def _scroll_page(control: QWidget, event: QEvent) -> None:
    area = _page_scroller(control)
    if area is not None:
        QCoreApplication.sendEvent(area.viewport(), event.clone())
