"""The reason of an „entfällt“ and what is missing of a partly implemented measure are sentences:
seen under Xvfb at 1100×720, one sentence of a reason („Keine Pflicht nach § 38 BDSG: weniger als
20 Beschäftigte …“) already scrolled in a two-line box. Both boxes show three lines, and the
section pages still fit at 1024×700 with the list of measures keeping its rows."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from ui.app import build
from ui.controllers.page_numbers import FIRST_SECTION_PAGE
from ui.pages.measure_editor import EditorState, MeasureEditor

REASON = (
    "Keine Pflicht nach § 38 BDSG: weniger als 20 Beschäftigte verarbeiten ständig "
    "personenbezogene Daten, und es wurde niemand freiwillig benannt."
)


@pytest.mark.parametrize(("status", "box"), [("entfaellt", "reason"), ("teilweise", "remaining")])
def test_a_sentence_fits_without_scrolling(qtbot: QtBot, status: str, box: str) -> None:
    editor = MeasureEditor([("offen", "offen"), (status, status)])
    qtbot.addWidget(editor)
    editor.resize(560, 400)  # the editor's width beside the help at 1100×720
    editor.show()
    editor.show_state(EditorState(status=status, reason=REASON, remaining=REASON))
    field = getattr(editor, box)
    qtbot.waitUntil(field.isVisible)
    assert field.height() // field.fontMetrics().lineSpacing() >= 3
    assert field.verticalScrollBar().maximum() == 0, "the sentence scrolls"


def test_section_pages_keep_their_list_at_1024_by_700(qtbot: QtBot, demo_file: Path) -> None:
    gui = build(demo_file)
    qtbot.addWidget(gui.window)
    gui.window.resize(1024, 700)
    gui.window.show()
    for index in range(len(gui.catalog.sections)):
        gui.navigation.go_to(FIRST_SECTION_PAGE + index, force=True)
        page = gui.section_page(index)
        qtbot.waitUntil(page.isVisible)
        for measure_id in page.measure_ids():  # the tallest editor: partly implemented
            answer = gui.document.answer(measure_id)
            if answer.status.value == "teilweise":
                page.select(measure_id)
                break
        tree = page.tree
        rows = tree.viewport().height() // max(1, tree.sizeHintForRow(0))
        assert rows >= 4, (index, tree.viewport().height())
    gui.window.close()
