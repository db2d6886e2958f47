"""Interview mode in English: the buttons show English keys, and both key sets answer."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Assessment, Status
from tomwizard.store import TomwStore
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE


def test_english_interview(qtbot: QtBot, english_qm: Path, tmp_path: Path) -> None:
    catalog = default_catalog()
    path = tmp_path / "customer.tomw"
    assessment = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    TomwStore.create(path, assessment).close()
    gui = build(path, lang="en")
    qtbot.addWidget(gui.window)
    gui.navigation.go_to(FIRST_SECTION_PAGE)
    gui.window.interview_action.trigger()
    interview = gui.interview.interview(0)
    assert interview is not None
    view = interview.view
    texts = [button.text() for button in view.buttons.values()]
    assert texts == [
        "Yes  (Y)",
        "Partly  (P)",
        "Planned  (L)",
        "No  (N)",
        "N/A  (A)",
        "Follow-up  (F)",
    ]
    first = next(catalog.sections[0].measures())
    assert first.question is not None
    assert view.question_label.text() == first.question.en
    ids = [m.id for m in interview.order]
    qtbot.keyClicks(view.focusWidget(), "y")
    qtbot.keyClicks(view.focusWidget(), "t")  # the German key for "teilweise" works as well
    assert interview.current_id() == ids[2]
    with TomwStore.open(path, readonly=True) as store:
        saved = store.load()
    assert saved.answer(ids[0]).status is Status.UMGESETZT
    assert saved.answer(ids[1]).status is Status.TEILWEISE
    assert view.progress_label.text().startswith("2 of ")
    gui.window.close()
