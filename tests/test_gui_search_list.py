"""The search list (Strg+F) as a new user meets it: texts read as on the section pages, and the
measures that say the typed word come before those that only mention it in their help.

Seen under Xvfb: „Die Systeme verlangen, dass Passwörter spätestens alle months Monate geändert
werden“ (the parameter's id instead of its value), and „Authentisierung“ + Enter jumped to
„Besucher werden bei ihrer Ankunft … erfasst“ (the first hit in catalog order, found through
its help), while „… Mehr-Faktor-Authentisierung geschützt“ stood sixth.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.catalog import Catalog, render_text
from ui.controllers.search import SearchController


@pytest.fixture
def search(qtbot: QtBot, catalog: Catalog) -> SearchController:
    field = QLineEdit()
    qtbot.addWidget(field)
    return SearchController(field, catalog, "de")


def test_listed_texts_show_numbers_not_parameter_ids(
    qtbot: QtBot, search: SearchController, catalog: Catalog
) -> None:
    search.field.show()
    qtbot.keyClicks(search.field, "Passw")
    listed = search.model.stringList()
    assert listed
    for measure in catalog.measures():
        if not measure.params:
            continue
        text = render_text(measure, "de", {})
        for param in measure.params:  # „alle months Monate“ → „alle 12 Monate“
            assert not re.search(rf"\b{param.id}\b", text), (measure.id, text)
    months = next(t for t in listed if "Monate geändert" in t)
    assert "months" not in months and re.search(r"alle (\d+|…) Monate", months), months


@pytest.mark.parametrize(
    "typed", ["Authentisierung", "Authentifizierung", "Kennwort", "Passwort", "Schadsoftware"]
)
def test_hits_saying_the_word_come_first(
    search: SearchController, catalog: Catalog, typed: str
) -> None:
    index = catalog.measure_index()
    hits = search.hits(typed)
    assert len(hits) > 3
    says_it = [typed.casefold() in render_text(index[h], "de", {}).casefold() for h in hits]
    assert says_it == sorted(says_it, reverse=True), "a hit saying the word after one that does not"
    # the first hit says the word or a synonym in its own text, not only in its help
    from tomwizard.content.synonyms import synonyms

    assert synonyms().matches(typed, render_text(index[hits[0]], "de", {}))


def test_enter_jumps_to_a_measure_that_says_the_word(
    qtbot: QtBot, search: SearchController, catalog: Catalog
) -> None:
    search.field.show()
    qtbot.keyClicks(search.field, "Authentisierung")
    popup = search.completer.popup()
    assert popup is not None
    popup.hide()
    with qtbot.waitSignal(search.measure_chosen) as chosen:
        search.field.returnPressed.emit()
    measure = catalog.measure_index()[str(chosen.args[0])]
    assert "authentisierung" in measure.text.de.casefold()


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("home office", "working from home"),
        ("telework", "working from home"),
        ("virus scanner", "malware"),
        ("login", "authentication"),
        ("two-factor", "multi-factor"),
    ],
)
def test_the_english_search_finds_other_words_too(
    qtbot: QtBot, catalog: Catalog, typed: str, written: str
) -> None:
    """Seen with --lang en: „home office“ and „virus scanner“ found nothing, although measures
    say „working from home“ and „malware“."""
    field = QLineEdit()
    qtbot.addWidget(field)
    search = SearchController(field, catalog, "en")
    index = catalog.measure_index()
    texts = [f"{index[h].text.en} {index[h].help.en}".casefold() for h in search.hits(typed)]
    assert any(written in text and typed not in text for text in texts)


def test_without_a_file_the_search_says_why_it_does_not_jump(qtbot: QtBot) -> None:
    """Seen under Xvfb: on the start page „Passwort“ + Enter listed hits and then did nothing."""
    from ui.controllers.main import MainController

    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    gui.window.search.setFocus()
    qtbot.keyClicks(gui.window.search, "Passwort")
    popup = gui.search.completer.popup()
    if popup is not None:
        popup.hide()
    qtbot.keyClick(gui.window.search, Qt.Key.Key_Return)
    assert "sobald eine Bewertung offen ist" in gui.window.statusBar().currentMessage()
    gui.window.close()
