"""A new user's first hour at 1100×720 (issue 14): what was found, kept from coming back.

Where the export went, every page usable at 1024×700 without horizontal scrolling, a reason
box sized for sentences, the new-file dialog in a sensible folder, names instead of codes in
the change log, and the editor's name asked once instead of "root" recorded silently.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QAbstractScrollArea, QMessageBox, QPlainTextEdit, QPushButton
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.history.diff_labels import show_value
from ui import dialogs, settings
from ui.app import build
from ui.controllers import author
from ui.controllers.main import MainController
from ui.pages.measure_editor import EditorState, MeasureEditor

# -- 1. after the export: where the files went -------------------------------------------------


def test_export_message_names_both_files_and_their_folder(qtbot: QtBot, tmp_path: Path) -> None:
    files = [tmp_path / "kunde-anlage-3.pdf", tmp_path / "kunde-anlage-3-lueckenbericht.pdf"]
    box = dialogs.exported_message(None, files)
    qtbot.addWidget(box)
    assert "kunde-anlage-3.pdf" in box.text()
    assert "kunde-anlage-3-lueckenbericht.pdf" in box.text()
    assert str(tmp_path) in box.text()
    buttons = {b.text() for b in box.findChildren(QPushButton)}
    assert {"Öffnen", "Ordner öffnen"} <= buttons


def test_export_message_calls_the_action_plan_by_its_name(qtbot: QtBot, tmp_path: Path) -> None:
    files = [tmp_path / "anlage.pdf", tmp_path / "massnahmenplan.xlsx"]
    box = dialogs.exported_message(None, files)
    qtbot.addWidget(box)
    assert "Der Maßnahmenplan:\nmassnahmenplan.xlsx" in box.text()
    assert "Lückenbericht" not in box.text()


def test_without_a_pdf_viewer_the_folder_is_named(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [tmp_path / "a.pdf"]
    told: list[str] = []
    monkeypatch.setattr(dialogs, "open_document", lambda path, failed=None: False)  # no launcher
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.findChild(QPushButton, "open").click())
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    dialogs.show_exported(None, files)
    assert told and str(tmp_path) in told[0]


def test_the_folder_button_opens_the_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[Path] = []
    monkeypatch.setattr(
        dialogs, "open_document", lambda path, failed=None: opened.append(path) or True
    )
    monkeypatch.setattr(
        QMessageBox, "exec", lambda box: box.findChild(QPushButton, "folder").click()
    )
    dialogs.show_exported(None, [tmp_path / "a.pdf", tmp_path / "b.pdf"])
    assert opened == [tmp_path]


# -- 2. every page at 1024×700 without a horizontal scroll bar ----------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_page_fits_1024_by_700(qtbot: QtBot, demo_file: Path, lang: str) -> None:
    gui = build(demo_file, lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(gui.window)
    gui.window.resize(1024, 700)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    scrolling: list[str] = []
    for index in range(gui.window.page_count()):
        gui.navigation.go_to(index, force=True)
        qtbot.wait(5)
        page = gui.page_widget(index)
        for area in page.findChildren(QAbstractScrollArea):
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
                scrolling.append(f"page {index} ({type(page).__name__}): {bar.maximum()} px")
    assert scrolling == []
    gui.window.close()


def test_subprocessor_findings_leave_the_form_its_height(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file)
    qtbot.addWidget(gui.window)
    gui.window.resize(1024, 700)
    gui.window.show()
    gui.navigation.go_to(gui.subprocessor_index)
    assert gui.subprocessors is not None
    page = gui.subprocessors.page
    page.table.setCurrentCell(page.table.rowCount() - 1, 0)  # the US one, with findings
    qtbot.wait(5)
    assert page.check_label.isVisible() and page.check_label.text()
    assert page.form.scroll_area.height() > 200
    gui.window.close()


# -- 3. the reason why a measure does not apply: room for sentences ----------------------------


def test_the_entfaellt_reason_is_a_text_box_of_its_own_row(qtbot: QtBot) -> None:
    editor = MeasureEditor([("offen", "offen"), ("entfaellt", "entfällt")])
    qtbot.addWidget(editor)
    editor.resize(700, 400)
    editor.show()
    editor.show_state(EditorState(status="entfaellt", reason="Keine eigenen Server."))
    assert isinstance(editor.reason, QPlainTextEdit)
    assert editor.reason.isVisible()
    assert editor.reason.width() > 400  # the whole field column, not a strip beside the status
    lines = editor.reason.height() // editor.reason.fontMetrics().lineSpacing()
    assert lines >= 2
    editor.show_state(EditorState(status="offen"))
    assert not editor.reason.isVisible()


# -- 4. the new-file dialog starts in the last folder, else the documents folder ----------------


def test_new_files_go_to_the_last_folder_used(tmp_path: Path) -> None:
    recent = tmp_path / "kunden" / "a.tomw"
    recent.parent.mkdir()
    assert dialogs.start_folder([tmp_path / "gone" / "x.tomw", recent]) == recent.parent


def test_without_a_last_folder_new_files_go_to_the_documents_folder() -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    expected = Path(documents) if Path(documents).is_dir() else Path.home()
    assert dialogs.start_folder([]) == expected
    assert dialogs.start_folder([]) != Path.cwd() or expected == Path.cwd()


# -- 5. names instead of codes, the editor's name asked once -----------------------------------


def test_change_log_shows_country_names() -> None:
    assert show_value("EE", "country_seat").de == "Estland"
    assert show_value(["DE", "US"], "countries_processing").en == "Germany; United States"
    assert show_value(None, "country_seat").de == "(leer)"


def test_the_editor_name_is_asked_once_prefilled_with_the_full_name(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(author, "account_full_name", lambda: "Erika Mustermann")

    def ask(parent: object, current: str, os_user: str) -> str:
        asked.append(current)
        return current

    monkeypatch.setattr(dialogs, "ask_author_name", ask)
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.ask_author = True
    assert gui.new_file(tmp_path / "a.tomw")
    assert gui.new_file(tmp_path / "b.tomw")
    assert asked == ["Erika Mustermann"]
    assert settings.author_name() == "Erika Mustermann"
    store = gui.document.store
    assert store is not None and store.author == "Erika Mustermann"
    gui.window.close()


def test_no_question_while_a_name_is_set(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings.set_author_name("Max Muster")
    monkeypatch.setattr(dialogs, "ask_author_name", lambda *args: pytest.fail("asked"))
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.ask_author = True
    assert gui.new_file(tmp_path / "a.tomw")
    gui.window.close()


# -- 10. search finds the words users type for the same thing ---------------------------------


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("Authentifizierung", "authentisierung"),
        ("Kennwort", "passw"),
        ("Virenscanner", "schadsoftware"),
        ("Telearbeit", "homeoffice"),
        ("Home-Office", "homeoffice"),
    ],
)
def test_search_finds_synonyms(qtbot: QtBot, typed: str, written: str) -> None:
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    catalog = gui.catalog.measure_index()
    texts = [
        f"{catalog[h].text.de} {catalog[h].help.de}".casefold() for h in gui.search.hits(typed)
    ]
    # at least one hit says it only in other words
    assert any(written in text and typed.casefold() not in text for text in texts)
    gui.window.search.setFocus()
    gui.window.search.clear()
    qtbot.keyClicks(gui.window.search, typed.replace("ö", "o"))  # QTest types ASCII only
    listed = gui.search.model.stringList()
    assert listed and len(listed) == len(gui.search.hits(typed.replace("ö", "o")))
    gui.window.close()


def test_synonym_groups_do_not_widen_unrelated_words() -> None:
    from tomwizard.content.synonyms import synonyms

    words = synonyms()
    assert words.matches("Passwörter", "Kennwortrichtlinie")
    assert not words.matches("Zugang", "Zutritt zum Gebäude")
    assert not words.matches("", "alles")


# -- 11. clear tree arrows on a dark palette, ISO dates in the English interface ---------------


def test_tree_arrows_are_drawn_in_the_text_colour_on_a_dark_palette(qtbot: QtBot) -> None:
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QColor, QImage, QPainter, QPalette
    from PySide6.QtWidgets import QStyle, QStyleOption, QTreeWidget

    from ui.pages.contrast import keep_arrows_visible

    tree = QTreeWidget()
    qtbot.addWidget(tree)
    keep_arrows_visible(tree)
    dark = QPalette()
    for role, grey in (
        (QPalette.ColorRole.Window, 53),
        (QPalette.ColorRole.Base, 35),
        (QPalette.ColorRole.Text, 230),
        (QPalette.ColorRole.WindowText, 230),
    ):
        dark.setColor(role, QColor(grey, grey, grey))
    option = QStyleOption()
    option.rect = QRect(0, 0, 20, 20)
    option.palette = dark
    option.state = QStyle.StateFlag.State_Children | QStyle.StateFlag.State_Enabled
    image = QImage(20, 20, QImage.Format.Format_RGB32)
    image.fill(QColor(35, 35, 35))
    painter = QPainter(image)
    tree.style().drawPrimitive(QStyle.PrimitiveElement.PE_IndicatorBranch, option, painter, tree)
    painter.end()
    brightest = max(image.pixelColor(x, y).lightness() for x in range(20) for y in range(20))
    assert brightest >= 200  # Fusion's own arrow: about 157, hard to see


def test_dates_in_the_english_interface_are_iso(qtbot: QtBot) -> None:
    import datetime as dt

    from PySide6.QtCore import QLocale

    from ui.pages.form_fields import DateField

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.English))
        field = DateField()
        qtbot.addWidget(field)
        field.set_value(dt.date(2026, 12, 31))
        assert field.text() == "2026-12-31"
        field.setText("31.12.2026")  # the German form is still understood
        assert field.value() == dt.date(2026, 12, 31)
        QLocale.setDefault(QLocale(QLocale.Language.German))
        german = DateField()
        qtbot.addWidget(german)
        german.set_value(dt.date(2026, 12, 31))
        assert german.text() == "31.12.2026"
    finally:
        QLocale.setDefault(before)


def test_a_failing_xdg_open_is_reported_once(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """xdg-open exists but finds no viewer (exit code 3): one message names the folder."""
    fake = tmp_path / "bin" / "xdg-open"
    fake.parent.mkdir()
    fake.write_text("#!/bin/sh\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake.parent}:/usr/bin:/bin")
    monkeypatch.setattr("sys.platform", "linux")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: box.findChild(QPushButton, "open").click())
    dialogs.show_exported(None, [tmp_path / "a.pdf", tmp_path / "b.pdf"])
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    qtbot.wait(200)
    assert len(told) == 1 and str(tmp_path) in told[0]


def test_a_new_unnamed_subprocessor_is_not_shown_by_its_id() -> None:
    from tomwizard.history.diff import subprocessor_entries
    from tomwizard.models.assessment import Subprocessor

    added = Subprocessor(id="b7b3cddd6a65")
    (entry,) = subprocessor_entries(None, added)
    assert "b7b3cddd6a65" not in entry.line("de")
    assert "ohne Namen" in entry.what("de")
