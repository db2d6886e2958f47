"""No edits by the mouse wheel: the wheel over a closed combo box, spin box or date field scrolls
the page and never changes the value.

Scrolling a long page with the mouse over a combo box, a spin box or a date field would change
its value (a country, a number, "Vorschlag übernehmen …" appending an entry), and every notch
would be stored as a change of its own, without the user noticing. On a form, a value changes by
the keyboard, by opening the list or by clicking; so the wheel over such a control scrolls the
page around it instead (the nearest scroll area), focused or not, and the control keeps its
value. An open list (the combo box's popup) scrolls with the wheel as usual: the popup is a
window of its own, which the guard leaves alone.

A list inside a scrolling page (e.g. the countries of a subprocessor) only scrolls itself, so it
keeps the wheel once it has the focus; without the focus the page scrolls over it. A focused list
that the scrolling page brings under the pointer does not take over the turns that follow:
within ``LATCH_S`` of the last turn that scrolled the page, the wheel goes on scrolling the page.

Where: one event filter per top-level window, on its ``QWindow``. The window system delivers a
wheel event to the window; Qt then finds the widget under the pointer and sends it there (and on
to its parents while they ignore it). The filter sees the event first, looks for a guarded
control under the pointer the same way, scrolls the page and eats the event. Qt also gives
"wheel focus" to a control while delivering to it; an eaten event never gets there, so no
control is focused by the wheel either. Only the few events of the window itself pass through
Python (an application-wide filter would see every event of every widget: about 30 ms of the
start-up). Windows are guarded when the guard is installed and whenever the focus moves to a
window (a dialog shown); :func:`guard_window` guards one explicitly.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent, QWindow
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QWidget,
)

# QDateEdit and QSpinBox are QAbstractSpinBoxes.
VALUE_CONTROLS = (QComboBox, QAbstractSpinBox)
LATCH_S = 0.6  # a pause this long ends one scrolling of the page
_GUARDED = "tomwizardWheelGuard"  # dynamic property of a guarded QWindow
_UNGUARDED_TYPES = (Qt.WindowType.Popup, Qt.WindowType.ToolTip)


class WindowWheelGuard(QObject):
    """The event filter of one top-level window (see the module docstring)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._page_scrolled_at = -LATCH_S  # monotonic time of the last turn that scrolled a page

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(event, QWheelEvent):
            return False
        control = self._control_under(event)
        now = time.monotonic()
        scrolling = now - self._page_scrolled_at < LATCH_S
        if control is None:
            if _scrolls_a_page(event, self.parent()):
                self._page_scrolled_at = now
            return False
        if not isinstance(control, VALUE_CONTROLS) and _has_focus(control) and not scrolling:
            return False  # a focused list scrolls itself; a value control never takes the wheel
        if _scroll_page(control, event):
            self._page_scrolled_at = now
        return True

    def _control_under(self, event: QWheelEvent) -> QWidget | None:
        top = self.parent()  # the top-level widget of the window (see guard_window)
        if not isinstance(top, QWidget) or not top.isEnabled():
            return None
        if QApplication.activePopupWidget() is not None:
            return None  # Qt sends it to the open popup (a combo's list) or nowhere
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.window() is not top:
            return None  # blocked by Qt: a modal dialog is open over this window
        widget = top.childAt(event.position().toPoint())
        return _guarded(widget) if widget is not None else None


def install_wheel_guard(top: QWidget | None = None) -> None:
    """Guard ``top`` once it is a real window (else every top-level window now), and every
    window that gets the focus later."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not app.property(_GUARDED):
        app.setProperty(_GUARDED, True)
        app.focusWindowChanged.connect(_on_app_focus_window_changed)
    if top is not None:
        if top.windowHandle() is not None:  # shown (or created) once; else guarded on focus
            guard_window(top)
    else:
        _guard_top_levels()


def guard_window(top: QWidget) -> None:
    """Guard the top-level widget ``top`` (once; its native window is created if needed)."""
    if top.windowType() in _UNGUARDED_TYPES:
        return
    handle = top.windowHandle()
    if handle is None:
        top.winId()  # creates the QWindow, as showing it would
        handle = top.windowHandle()
    if handle is None or handle.property(_GUARDED):
        return
    handle.setProperty(_GUARDED, True)
    handle.installEventFilter(WindowWheelGuard(top))  # owned by top


def _on_app_focus_window_changed(window: QWindow | None) -> None:
    # Only the window that got the focus: walking every top-level widget here could touch one
    # that is being destroyed (a dialog just closed), which crashed Qt.
    if window is None or window.property(_GUARDED):
        return
    top = QApplication.activeWindow()
    if top is not None and top.windowHandle() is window:
        guard_window(top)


def _guard_top_levels() -> None:
    for top in QApplication.topLevelWidgets():
        if top.windowHandle() is not None:  # shown (or created) once: a real window
            guard_window(top)


def _guarded(widget: QWidget) -> QWidget | None:
    """The control a wheel event over ``widget`` would change, if it is guarded: a value control
    (or a part of one), or a list whose viewport is under the pointer inside a scrolling page.
    None where a widget on the way takes the wheel itself (a scroll area, a scroll bar)."""
    current: QWidget | None = widget
    while current is not None and not current.isWindow():
        if isinstance(current, VALUE_CONTROLS):
            return current
        parent = current.parentWidget()
        if isinstance(parent, QAbstractItemView) and parent.viewport() is current:
            return parent if _page_scroller(parent) is not None else None
        if isinstance(current, (QAbstractScrollArea, QAbstractSlider)):
            return None
        current = parent
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


def _scroll_page(control: QWidget, event: QWheelEvent) -> bool:
    """Scroll the page around ``control``; whether there is one."""
    area = _page_scroller(control)
    if area is None:
        return False
    QCoreApplication.sendEvent(area.viewport(), event.clone())
    return True


def _scrolls_a_page(event: QWheelEvent, top: QObject | None) -> bool:
    """Whether the pointer is over a scrolling page (the event goes to it, no control in the
    way)."""
    if not isinstance(top, QWidget):
        return False
    widget = top.childAt(event.position().toPoint())
    return widget is not None and _page_scroller(widget) is not None
