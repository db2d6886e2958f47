"""What the visual review of every page found (issue 6), kept from coming back.

English pages without German chrome, one label column per form page and no horizontal scroll bar
at laptop size, aligned step texts, wrapped findings, no stray top-level windows while pages are
built, focus frames after keyboard navigation, counts and plurals in the history and export.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from tests.gui_support import (
    back_to_german,  # noqa: F401 - autouse fixture
    isolated_settings,  # noqa: F401 - autouse fixture
    seen_in_export_dialog,
)
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing import SetField
from tomwizard.models.assessment import Answer, Status
from tomwizard.paths import resource_path
from tomwizard.store import TomwStore
from ui.app import build
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE, PROCESSING_PAGE
from ui.pages.form_fields import MultilineField
from ui.pages.form_page import FormPage

WIDTH, HEIGHT = 1280, 800
GERMAN = re.compile(r"[äöüÄÖÜß„]")


@pytest.fixture(scope="module")
def german_sources() -> set[str]:
    """Every program string whose English differs from the German (without „&“), unless the
    same text is also an English translation (e.g. „Organisation“)."""
    root = ET.parse(resource_path("translations", "tomwizard_en.ts")).getroot()
    found, english = set(), set()
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        text = (translation.text or "") if translation is not None else ""
        english.add(text.replace("&", ""))
        if text not in ("", source):
            found.add(source.replace("&", ""))
    return found - english


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.tomw"
    store = TomwStore.create(path, demo_assessment(default_catalog()))
    store.freeze_version("1.0")
    store.set_answer("zugang.mfa", Answer(status=Status.UMGESETZT))
    store.close()
    return path


def _window(qtbot: QtBot, path: Path, lang: str) -> MainController:
    gui = build(path, lang="en" if lang == "en" else "de")
    qtbot.addWidget(gui.window)
    gui.window.resize(WIDTH, HEIGHT)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    return gui


def _chrome(root: QWidget) -> list[str]:
    """The visible texts the program itself puts on ``root``: labels, buttons, group titles,
    headers, tabs, placeholders (not what the user typed, not catalog rows)."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if (
            isinstance(widget, QLabel) and widget.textFormat() != Qt.TextFormat.RichText
        ) or isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(i, widget.orientation()) or "") for i in range(widget.count())
            ]
    return [text.replace("&", "") for text in texts if text]


def test_english_pages_show_no_german(
    qtbot: QtBot, english_qm: Path, german_sources: set[str], demo: Path
) -> None:
    gui = _window(qtbot, demo, "en")
    window = gui.window
    steps = [window.steps.item(i).text() for i in range(window.steps.count())]
    problems = [text for text in steps if GERMAN.search(text) or text in german_sources]
    for index in range(window.page_count()):
        gui.navigation.go_to(index, force=True)
        page = gui.page_widget(index)
        for text in _chrome(page):
            if GERMAN.search(text) or text in german_sources:
                problems.append(f"page {index}: {text}")
    dialog = gui.history.show()
    assert dialog is not None
    problems += [f"history: {t}" for t in _chrome(dialog) if t in german_sources]
    dialog.close()
    # the help panel's references name the controls and SDM goals in English
    gui.navigation.go_to(FIRST_SECTION_PAGE + gui.section_index("verfuegbarkeit"), force=True)
    page = gui.section_page(gui.section_index("verfuegbarkeit"))
    page.select("verfuegbarkeit.backup")
    help_text = page.help_label.text()
    assert "Control: availability" in help_text and "SDM: availability" in help_text
    assert "Verfuegbarkeit" not in help_text and "Kontrolle" not in help_text
    assert problems == [], problems
    window.close()


def test_german_references_keep_their_umlauts(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    index = gui.section_index("verfuegbarkeit")
    gui.navigation.go_to(FIRST_SECTION_PAGE + index)
    page = gui.section_page(index)
    page.select("verfuegbarkeit.backup")
    text = page.help_label.text()
    assert "Kontrolle: Verfügbarkeit" in text and "SDM: Verfügbarkeit" in text
    assert "Verfuegbarkeit" not in text
    assert " · SDM" not in text  # the separator never begins a line
    gui.window.close()


def test_step_texts_start_at_the_same_place(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    steps = gui.window.steps
    size = steps.iconSize()
    assert size.isValid()
    sizes = {steps.item(i).icon().actualSize(size) for i in range(steps.count())}
    assert sizes == {size}  # the blank icon of badge-less steps takes the room of a badge
    gui.window.close()


def test_form_fields_share_one_column_and_fit_the_width(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    gui.navigation.go_to(PROCESSING_PAGE)
    page = gui.page_widget(PROCESSING_PAGE)
    assert isinstance(page, FormPage)
    qtbot.wait(10)
    lefts = {editor.mapTo(page, editor.rect().topLeft()).x() for editor in page.editors.values()}
    lefts.discard(min(lefts))  # the check boxes of yes/no fields sit in the field column too
    assert len(lefts) <= 1
    assert page.scroll_area.horizontalScrollBar().maximum() == 0
    gui.window.close()


def test_long_findings_wrap_instead_of_being_cut(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    gui.navigation.go_to(gui.summary_index)
    assert gui.summary is not None
    tree = gui.summary.page.findings
    line = tree.fontMetrics().lineSpacing()
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    tall = [
        tree.visualItemRect(item).height()
        for item in items
        if item is not None
        and tree.fontMetrics().horizontalAdvance(item.text(1)) > tree.header().sectionSize(1)
    ]
    assert tall and all(height >= 2 * line for height in tall)
    gui.window.close()


class _Shown(QObject):
    """Records every top-level widget that is shown."""

    def __init__(self) -> None:
        super().__init__()
        self.names: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.names.append(type(watched).__name__)
        return False


def test_building_pages_opens_no_stray_windows(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    app = QApplication.instance()
    assert app is not None
    shown = _Shown()
    app.installEventFilter(shown)
    try:
        for index in range(gui.window.page_count()):
            gui.navigation.go_to(index, force=True)
        qtbot.wait(10)
    finally:
        app.removeEventFilter(shown)
    assert shown.names == []  # e.g. a label made visible before it had a parent
    assert gui.window.isActiveWindow()
    gui.window.close()


def test_keyboard_navigation_shows_the_focus(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    window = gui.window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, False)
    qtbot.keyClick(  # type: ignore[no-untyped-call]
        window, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    assert window.current_page() == PROCESSING_PAGE
    assert window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
    focus = QApplication.focusWidget()
    page = window.page(PROCESSING_PAGE)
    assert focus is not None and page is not None and page.isAncestorOf(focus)
    window.close()


def test_text_boxes_show_their_lines_whole(qtbot: QtBot) -> None:
    field = MultilineField(lines=4)
    qtbot.addWidget(field)
    field.resize(QSize(400, field.height()))
    field.setPlainText("\n".join(["Zeile"] * 4))
    field.show()
    qtbot.waitExposed(field)
    assert field.verticalScrollBar().maximum() == 0  # four lines fit
    field.setPlainText("\n".join(["Zeile"] * 5))
    assert field.verticalScrollBar().maximum() > 0


def test_history_counts_entries_and_says_change_in_the_singular(qtbot: QtBot, demo: Path) -> None:
    gui = _window(qtbot, demo, "de")
    dialog = gui.history.show()
    assert dialog is not None
    # three entries in the log: the demo file, the frozen version, the MFA answer (one entry,
    # several rows: status, date, note)
    assert dialog.change_table.rowCount() > 3
    total = len(gui.document.store.changes()) if gui.document.store is not None else 0
    assert dialog.change_count.text() == f"{total} von {total} Änderungen"
    gui.document.apply([SetField("organisation.version", "9.9")])
    gui.history.compare(1, None)
    assert not dialog.diff_title.text().endswith("Änderung(en)")
    assert re.search(r"\d+ Änderungen$", dialog.diff_title.text())
    dialog.close()
    gui.window.close()


def test_export_warning_in_the_singular(
    qtbot: QtBot, demo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = _window(qtbot, demo, "de")
    assert gui.exporter.critical_count() == 1  # the demo's US subprocessor without a basis
    captured = seen_in_export_dialog(gui, monkeypatch, lambda d: d.warning_label.text())
    first, *rest = captured[0].splitlines()
    assert first == "Achtung: 1 kritischer Hinweis ist offen."
    # the fixture changed an answer after the demo's Stand (review 4, N13)
    stand = gui.document.assessment.organisation.stand  # type: ignore[union-attr]
    assert stand is not None and stand < dt.date.today()
    assert rest == [
        f"Stand und Version anpassen? Seit dem Stand ({stand:%d.%m.%Y}) wurden Angaben "
        f"geändert (zuletzt am {dt.date.today():%d.%m.%Y})."
    ]
    gui.window.close()


def test_check_box_frames_stay_visible_on_a_dark_palette() -> None:
    from PySide6.QtGui import QColor, QPalette

    from ui.pages.contrast import with_visible_checks

    dark = QPalette()
    for role, grey in (
        (QPalette.ColorRole.Window, 53),
        (QPalette.ColorRole.Base, 35),
        (QPalette.ColorRole.Text, 230),
    ):
        dark.setColor(role, QColor(grey, grey, grey))
    frame = with_visible_checks(dark).color(QPalette.ColorRole.Window).darker(140).lighter(110)
    base = dark.color(QPalette.ColorRole.Base)
    assert frame.lightness() - base.lightness() > 60  # Fusion's frame, against the box
    light = QPalette(QColor(240, 240, 240))
    assert with_visible_checks(light).color(QPalette.ColorRole.Window) == light.color(
        QPalette.ColorRole.Window
    )
