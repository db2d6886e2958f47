"""s6's walk-through: typing „Deut“ into a closed country box committed every type-ahead
match – two change-log rows and two undo steps („(leer) → Dänemark“, „Dänemark →
Deutschland“). One typed word is one change: when the keys pause, or at once when the box
loses focus; a choice from the open list is stored at once."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.country_fields import CountryField
from ui.pages.form_fields import ChoiceField
from ui.pages.form_page import FormPage

PATH = "organisation.controller.country"


def _country(gui: MainController, tomw: Path) -> CountryField:
    assert gui.open_file(tomw)
    gui.navigation.go_to(ORGANISATION_PAGE)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    field = page.editors[PATH]
    assert isinstance(field, CountryField)
    return field


def test_a_typed_country_name_is_one_change(gui: MainController, tomw: Path, qtbot: QtBot) -> None:
    field = _country(gui, tomw)
    steps = gui.document.undo_count()
    assert gui.document.field(PATH) == "DE"  # a new file's default
    qtbot.keyClicks(field, "Fran")  # „F“ is Finnland, „Fr“ Frankreich
    assert field.currentText().startswith("Frankreich")  # the box shows the match at once
    qtbot.waitUntil(lambda: gui.document.field(PATH) == "FR", timeout=3000)
    qtbot.wait(field._timer.interval() + 100)
    assert gui.document.undo_count() == steps + 1
    assert gui.document.undo_label() != ""
    gui.document.undo()
    assert gui.document.field(PATH) == "DE"  # one undo: the old country, not „Finnland“


def test_leaving_the_box_commits_at_once(gui: MainController, tomw: Path, qtbot: QtBot) -> None:
    field = _country(gui, tomw)
    gui.window.activateWindow()
    qtbot.waitUntil(gui.window.isActiveWindow)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    steps = gui.document.undo_count()
    qtbot.keyClicks(field, "Ita")  # „I“ is Irland
    assert gui.document.field(PATH) == "DE"  # still typing
    qtbot.keyClick(field, Qt.Key.Key_Tab)  # on to the next field
    assert not field.hasFocus()
    assert gui.document.field(PATH) == "IT"
    assert gui.document.undo_count() == steps + 1


def test_a_choice_from_the_list_is_stored_at_once(gui: MainController, tomw: Path) -> None:
    field = _country(gui, tomw)
    index = field.findData("AT")
    field.setCurrentIndex(index)
    field.activated.emit(index)  # as a click in the open list
    assert gui.document.field(PATH) == "AT"


def test_a_short_choice_is_stored_at_the_key(qtbot: QtBot) -> None:
    """The status box and other short lists store a key's choice at once (the fields that
    choice shows must be there when Tab follows)."""
    field = ChoiceField([("a", "Apfel"), ("b", "Birne"), ("c", "Kirsche")])
    qtbot.addWidget(field)
    seen: list[object] = []
    field.edited.connect(lambda value, _merge: seen.append(value))
    qtbot.keyClicks(field, "b")
    assert seen == ["b"]
