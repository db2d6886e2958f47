"""Keys a new user presses under a real X server (issue 14, walk-through with xdotool).

Strg+E exports also while the cursor is in a text field (X11 gives fields Ctrl+E: end of line).

Alt+letter on a page must reach the field it names, never open a menu instead: „&Begründung“
shared Alt+B with the menu „&Bearbeiten“, so typing a reason after Alt+B went into the menu, and
the space in the sentence triggered „Rückgängig“ there (the answer was undone silently).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMenu, QWidget
from pytestqt.qtbot import QtBot

from tests.gui_support import active, back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.pages.measure_editor import EditorState


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _page_mnemonics(page: QWidget) -> dict[str, list[str]]:
    """Alt+letter → the texts that claim it (buttons and labels with a buddy)."""
    claimed: dict[str, list[str]] = {}
    for widget in page.findChildren(QWidget):
        claims = isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        )
        text: str = widget.text() if claims else ""  # type: ignore[attr-defined]
        key = _mnemonic(text)
        if key:
            claimed.setdefault(key, []).append(text)
    return claimed


@pytest.mark.parametrize("lang", ["de", "en"])
def test_no_page_shares_an_alt_key_with_the_menu_bar_or_itself(
    qtbot: QtBot, demo_file: Path, lang: str
) -> None:
    gui = build(demo_file, lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(gui.window)
    gui.window.show()
    menus = {_mnemonic(action.text()): action.text() for action in gui.window.menuBar().actions()}
    clashes: list[str] = []
    for index in range(gui.window.page_count()):
        gui.navigation.go_to(index, force=True)
        for key, texts in _page_mnemonics(gui.page_widget(index)).items():
            if key in menus:
                clashes.append(f"page {index}: Alt+{key} {texts} and the menu {menus[key]}")
            elif len(texts) > 1:
                clashes.append(f"page {index}: Alt+{key} {texts}")
    assert clashes == []
    gui.window.close()


def test_alt_key_of_the_reason_goes_to_the_reason_field(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file)
    for controller in active(qtbot, gui):
        controller.navigation.go_to(FIRST_SECTION_PAGE, force=True)
        editor = controller.section_page(0).editor
        editor.show_state(EditorState(status="entfaellt"))
        qtbot.waitUntil(editor.reason.isVisible)
        editor.status.setFocus()
        qtbot.keyClick(editor.status, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
        assert controller.window.menuBar().activeAction() is None
        assert editor.reason.hasFocus()


def _is_ctrl_e(event: QKeyEvent) -> bool:
    return event.keyCombination().toCombined() == QKeySequence("Ctrl+E")[0].toCombined()


class _X11LineEdit(QLineEdit):
    """A line edit that claims Ctrl+E as Qt's X11 key bindings do (move to the end of line);
    offscreen Qt has no such binding, so the test brings its own."""

    def event(self, event: QEvent) -> bool:
        overriding = event.type() == QEvent.Type.ShortcutOverride
        if overriding and isinstance(event, QKeyEvent) and _is_ctrl_e(event):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_while_the_cursor_is_in_a_text_field(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file)
    triggered: list[bool] = []
    for controller in active(qtbot, gui):
        field = _X11LineEdit(controller.window.banner.parentWidget())
        field.show()
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        controller.window.export_action.triggered.disconnect()
        controller.window.export_action.triggered.connect(lambda *_: triggered.append(True))
        qtbot.keyClick(field, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert triggered == [True]


def _menu_clashes(menu: QMenu, where: str) -> list[str]:
    claimed: dict[str | None, list[str]] = {}
    clashes: list[str] = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        claimed.setdefault(_mnemonic(action.text()), []).append(action.text())
        if action.menu() is not None:
            clashes += _menu_clashes(action.menu(), f"{where} › {action.text()}")
    return clashes + [f"{where}: {texts}" for k, texts in claimed.items() if k and len(texts) > 1]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_menu_item_has_a_letter_of_its_own(qtbot: QtBot, tomw: Path, lang: str) -> None:
    """In English „&Questionnaire …“ and „&Quit“ shared Q: typing Q in the File menu only
    moved between them."""
    gui = build(tomw, lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(gui.window)
    clashes: list[str] = []
    for top in gui.window.menuBar().actions():
        assert top.menu() is not None
        clashes += _menu_clashes(top.menu(), top.text())
    assert clashes == []


def test_a_long_field_value_shows_its_beginning(qtbot: QtBot) -> None:
    """„Unterschrift durch“ of the demo read „…omplementärin, diese vertreten durch …“: the
    field showed the end of a text longer than itself."""
    from ui.pages.form_fields import TextField

    field = TextField()
    qtbot.addWidget(field)
    field.resize(120, field.sizeHint().height())
    field.show()
    field.set_value("Gärtnerei Ostermann Verwaltungs-GmbH, persönlich haftende Gesellschafterin")
    assert field.cursorPosition() == 0
