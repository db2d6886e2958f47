"""Many random edits through the widgets, then the window closes without any save action: the
reopened file holds every edit (text still waiting for its typing pause included)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import Status
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.controllers.page_numbers import FIRST_SECTION_PAGE, ORGANISATION_PAGE
from ui.pages.form_page import FormPage

KEYS = {
    Qt.Key.Key_0: Status.OFFEN,
    Qt.Key.Key_1: Status.UMGESETZT,
    Qt.Key.Key_2: Status.TEILWEISE,
    Qt.Key.Key_3: Status.GEPLANT,
    Qt.Key.Key_4: Status.NICHT_UMGESETZT,
    Qt.Key.Key_5: Status.ENTFAELLT,
}
TEXT_FIELDS = [
    "organisation.processor.name",
    "organisation.processor.city",
    "organisation.controller.name",
    "organisation.contract_reference",
    "organisation.place",
]


@pytest.mark.parametrize("seed", [7, 2026])
def test_random_edits_survive_closing_without_saving(
    qtbot: QtBot, tmp_path: Path, seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.critical", lambda *a: pytest.fail(str(a)))
    rng = random.Random(seed)
    path = tmp_path / "zufall.tomw"
    gui = MainController()
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert gui.new_file(path)
    catalog = gui.catalog
    leaves = [
        (index, m.id)
        for index, section in enumerate(catalog.sections)
        for m in section.measures()
        if not m.children
    ]
    status: dict[str, Status] = {}
    follow_up: dict[str, bool] = {}
    notes: dict[str, str] = {}
    fields: dict[str, str] = {}

    for step in range(60):
        kind = rng.random()
        if kind < 0.7:
            index, measure_id = rng.choice(leaves)
            gui.navigation.go_to(FIRST_SECTION_PAGE + index)
            page = gui.section_page(index)
            assert page.select(measure_id)
            before = status.get(measure_id, Status.OFFEN)
            action = rng.choice(["space", "status", "status", "follow", "note"])
            if action == "space":
                qtbot.keyClick(page.tree, Qt.Key.Key_Space)
                status[measure_id] = (
                    Status.OFFEN if before is Status.UMGESETZT else Status.UMGESETZT
                )
            elif action == "status":
                key = rng.choice(list(KEYS))
                qtbot.keyClick(page.tree, key)
                status[measure_id] = KEYS[key]
            elif action == "follow":
                qtbot.keyClick(page.tree, Qt.Key.Key_R)
                follow_up[measure_id] = not follow_up.get(measure_id, False)
            else:
                note = page.editor.note
                note.setFocus()
                note.selectAll()
                text = f"Notiz {step} {rng.randint(0, 999)}"
                qtbot.keyClicks(note, text)
                notes[measure_id] = text
                page.tree.setFocus()  # leaving the field
        else:
            gui.navigation.go_to(ORGANISATION_PAGE)
            form = gui.page_widget(ORGANISATION_PAGE)
            assert isinstance(form, FormPage)
            field_path = rng.choice(TEXT_FIELDS)
            editor = form.editors[field_path]
            editor.setFocus()
            editor.selectAll()
            text = f"Wert {step}"
            qtbot.keyClicks(editor, text)
            fields[field_path] = text
            if rng.random() < 0.5:
                qtbot.keyClick(editor, Qt.Key.Key_Return)
            # otherwise the text is still waiting for its pause when the window closes

    gui.window.close()  # no save action anywhere

    with TomwStore.open(path, readonly=True) as store:
        saved = store.load()
    for measure_id, expected in status.items():
        assert saved.answer(measure_id).status is expected, measure_id
    for measure_id, flag in follow_up.items():
        assert saved.answer(measure_id).follow_up is flag, measure_id
    for measure_id, text in notes.items():
        assert saved.answer(measure_id).note == text, measure_id
    for field_path, text in fields.items():
        node: object = saved
        for part in field_path.split("."):
            node = getattr(node, part)
        assert node == text, field_path
