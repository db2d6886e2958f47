"""The GUI side of the action plan: "Verantwortlich" in the measure editor is stored like the
note (one undo step while typing), and the export dialog writes the Maßnahmenplan beside the
annex."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.builders import stored
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import Status
from ui.controllers.main import MainController
from ui.pages.export_dialog import ExportDialog


def test_owner_typed_in_the_editor_is_stored_and_undone_in_one_step(
    qtbot: QtBot, demo_gui: MainController, demo_file: Path
) -> None:
    page = demo_gui.section_page(0)
    section = demo_gui.catalog.sections[0]
    target = next(m.id for m in section.measures())
    page.select(target)
    owner = page.editor.owner
    assert owner.isVisibleTo(page)
    owner.setFocus()
    qtbot.keyClicks(owner, "Frau Jansen")
    qtbot.keyClick(owner, Qt.Key.Key_Tab)
    assert stored(demo_file).answer(target).owner == "Frau Jansen"
    assert stored(demo_file).answer(target).status is demo_gui.document.answer(target).status
    demo_gui.document.undo()
    assert stored(demo_file).answer(target).owner == ""
    assert owner.text() == ""


def test_the_export_dialog_writes_the_action_plan(
    qtbot: QtBot, demo_gui: MainController, tmp_path: Path
) -> None:
    base = demo_gui.exporter.initial("de")
    dialog = ExportDialog(base, [("checklist", "Checkliste")], [("catalog", "Katalog")], [])
    qtbot.addWidget(dialog)
    assert not dialog.action_plan.isChecked()  # off unless asked for
    dialog.action_plan.setChecked(True)
    out = tmp_path / "anlage.pdf"
    choices = type(base)(**{**dialog.choices().__dict__, "path": str(out), "gap_report": False})
    assert choices.action_plan
    written = demo_gui.exporter.export(choices, open_result=False)
    plan = tmp_path / "anlage-massnahmenplan.xlsx"
    assert written == [out, plan]
    sheet = load_workbook(io.BytesIO(plan.read_bytes())).active
    assert sheet is not None
    ids = {row[0] for row in sheet.iter_rows(min_row=4, values_only=True)}
    assessment = demo_gui.document.assessment
    assert assessment is not None
    planned = [
        m.id
        for m in demo_gui.catalog.measures()
        if assessment.answer(m.id).status is Status.GEPLANT
    ]
    assert planned and set(planned) <= ids
