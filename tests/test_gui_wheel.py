"""The mouse wheel never changes an answer by accident (issue 13): over a control without focus
(combo box, spin box, date edit, a list inside a scrolling page, the „Vorschlag übernehmen“ box)
the wheel scrolls the page instead; the file and the assessment stay as they were."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.builders import stored
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import Assessment
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE, ORGANISATION_PAGE, PROCESSING_PAGE
from ui.pages import wheel_guard
from ui.pages.form_fields import DEBOUNCE_MS
from ui.pages.wheel_guard import install_wheel_guard

INPUTS = (QComboBox, QAbstractSpinBox, QLineEdit, QPlainTextEdit, QCheckBox, QAbstractItemView)
NOTCHES = (-120, -120, -120, 120, -120)  # mostly down, once up: every direction is tried


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wheel(widget: QWidget, delta: int) -> None:
    """One notch of the wheel with the pointer over the middle of ``widget`` (for a list: over
    its viewport), delivered as the window system delivers it (``QTest.wheelEvent``: a
    spontaneous event to the window under the pointer; Qt finds the widget there, gives wheel
    focus and passes it on to the parents as for a real wheel)."""
    target = widget.viewport() if isinstance(widget, QAbstractItemView) else widget
    _into_view(target)
    top = target.window()
    window = top.windowHandle()
    assert window is not None, "the widget is in a shown window"
    pointer = target.mapTo(top, target.rect().center())
    under = top.childAt(pointer)
    assert under is target or target.isAncestorOf(under), "the pointer is over the widget"
    QTest.wheelEvent(window, pointer, QPoint(0, delta))
    QApplication.processEvents()  # the window system's queue delivers it


def _into_view(target: QWidget) -> None:
    """Scroll the page until the middle of ``target`` is visible (as the user would, before
    moving the pointer over it); a page already showing it stays where it is."""
    area = target.parentWidget()
    while area is not None and not isinstance(area, QScrollArea):
        area = area.parentWidget()
    if area is None:
        return
    centre = target.mapTo(area.viewport(), target.rect().center())
    if not area.viewport().rect().contains(centre):
        area.ensureWidgetVisible(target)
        QApplication.processEvents()


def inputs(page: QWidget) -> list[QWidget]:
    """Every visible input on ``page`` (the line edit inside a spin box or combo box is part of
    that control)."""
    found = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or not widget.isVisibleTo(page):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parentWidget(), (QComboBox, QAbstractSpinBox)
        ):
            continue
        found.append(widget)
    return found


@pytest.fixture
def gui(qtbot: QtBot, demo_file: Path) -> Iterator[MainController]:
    controller = MainController()
    qtbot.addWidget(controller.window)
    controller.window.resize(900, 520)  # small: the form pages must scroll
    controller.window.show()
    assert controller.open_file(demo_file)
    yield controller
    controller.window.close()


def _show(gui: MainController, qtbot: QtBot, index: int) -> QWidget:
    gui.navigation.go_to(index, force=True)
    page = gui.page_widget(index)
    qtbot.waitUntil(page.isVisible)
    return page


def _unfocus(gui: MainController) -> None:
    """Keyboard focus on the step list, away from every input on the page."""
    gui.window.steps.setFocus(Qt.FocusReason.OtherFocusReason)
    QApplication.processEvents()


def _wheel_over_everything(gui: MainController, qtbot: QtBot, page: QWidget) -> int:
    controls = inputs(page)
    assert controls
    for control in controls:
        _unfocus(gui)
        for delta in NOTCHES:
            wheel(control, delta)
    qtbot.wait(DEBOUNCE_MS + 100)  # a debounced edit would be written by now
    return len(controls)


def _assert_unchanged(gui: MainController, path: Path, before: Assessment, digest: str) -> None:
    assert gui.document.assessment == before
    assert stored(path) == before
    assert _digest(path) == digest


@pytest.mark.parametrize("index", [ORGANISATION_PAGE, PROCESSING_PAGE])
def test_the_wheel_scrolls_form_pages_and_changes_nothing(
    gui: MainController, qtbot: QtBot, demo_file: Path, index: int
) -> None:
    before, digest = stored(demo_file), _digest(demo_file)
    page = _show(gui, qtbot, index)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the window is small enough for the page to scroll"
    # One notch down over the first combo box (a country, or „Vorschlag übernehmen …“) scrolls
    # the page.
    first_combo = next(w for w in inputs(page) if isinstance(w, QComboBox))
    bar.setValue(0)
    _unfocus(gui)
    wheel(first_combo, -120)
    assert bar.value() > 0
    assert _wheel_over_everything(gui, qtbot, page) >= 5
    _assert_unchanged(gui, demo_file, before, digest)


def test_the_wheel_changes_nothing_on_a_section_page(
    gui: MainController, qtbot: QtBot, demo_file: Path
) -> None:
    before, digest = stored(demo_file), _digest(demo_file)
    page = _show(gui, qtbot, FIRST_SECTION_PAGE + 3)  # Zugangskontrolle: measures with numbers
    section = gui.section_page(3)
    with_params = next(
        mid for mid in section.measure_ids() if gui.catalog.measure_index()[mid].params
    )
    assert section.select(with_params)
    qtbot.waitUntil(lambda: any(isinstance(w, QAbstractSpinBox) for w in inputs(page)))
    assert any(isinstance(w, QComboBox) for w in inputs(page))  # the status
    _wheel_over_everything(gui, qtbot, page)
    _assert_unchanged(gui, demo_file, before, digest)


def test_the_wheel_changes_nothing_on_the_subprocessor_page(
    gui: MainController, qtbot: QtBot, demo_file: Path
) -> None:
    before, digest = stored(demo_file), _digest(demo_file)
    page = _show(gui, qtbot, gui.subprocessor_index)
    gui.subprocessors.page.select(before.subprocessors[-1].id)  # type: ignore[union-attr]
    QApplication.processEvents()
    assert _wheel_over_everything(gui, qtbot, page) >= 5
    _assert_unchanged(gui, demo_file, before, digest)


def test_a_focused_control_still_takes_the_wheel(gui: MainController, qtbot: QtBot) -> None:
    """Once the user clicks into a box, the wheel works on it as usual."""
    page = _show(gui, qtbot, ORGANISATION_PAGE)
    combo = next(w for w in inputs(page) if isinstance(w, QComboBox))
    combo.setFocus(Qt.FocusReason.MouseFocusReason)
    QApplication.processEvents()
    index = combo.currentIndex()
    wheel(combo, -120)
    assert combo.currentIndex() != index


def test_a_date_edit_in_a_scrolling_dialog_keeps_its_date(qtbot: QtBot) -> None:
    """Date edits (the history dialog's range) are guarded like every other control."""
    install_wheel_guard()
    body = QWidget()
    layout = QVBoxLayout(body)
    date = QDateEdit(QDate(2026, 11, 22))
    layout.addWidget(date)
    layout.addSpacing(2000)
    scroll = QScrollArea()
    scroll.setWidget(body)
    scroll.resize(300, 200)
    qtbot.addWidget(scroll)
    scroll.show()  # a window shown after the guard came: guarded when it gets the focus
    qtbot.waitExposed(scroll)
    qtbot.waitUntil(lambda: QApplication.focusWindow() is scroll.windowHandle())
    date.clearFocus()  # the pointer is over the date, the keyboard focus is not
    for delta in NOTCHES:
        wheel(date, delta)
    assert date.date() == QDate(2026, 11, 22)
    assert scroll.verticalScrollBar().value() > 0
    assert not date.hasFocus()  # the wheel gave it no focus either


def test_scrolling_the_page_does_not_hand_the_wheel_to_a_focused_control(
    gui: MainController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen under Xvfb: a country tabbed into, then the page scrolled with the wheel — as soon as
    the box passed under the pointer the next turns changed it. While the page is being scrolled
    it goes on scrolling; after a pause the focused box takes the wheel again."""
    page = _show(gui, qtbot, ORGANISATION_PAGE)
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    bar = scroll.verticalScrollBar()
    combo = next(w for w in inputs(page) if isinstance(w, QComboBox))
    label = next(
        w
        for w in page.findChildren(QLabel)
        if w.isVisibleTo(page) and scroll.widget().isAncestorOf(w) and w.text()
    )
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    index = combo.currentIndex()
    bar.setValue(0)
    wheel(label, -120)  # the user scrolls the page …
    assert bar.value() > 0
    before = bar.value()
    wheel(combo, -120)  # … and the focused box comes under the pointer
    assert combo.currentIndex() == index
    assert bar.value() > before
    monkeypatch.setattr(wheel_guard, "LATCH_S", 0.0)  # a pause: the box is meant now
    wheel(combo, -120)
    assert combo.currentIndex() != index
