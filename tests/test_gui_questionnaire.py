"""Datei › „Fragebogen für den Kunden …“, the questionnaire back through Zusammenführen, the
summary after a merge, another assessment's file, and the catalog upgrade offered on opening."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from tests.conftest import Errors
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.merge_support import MFA, MergeFiles, merge_files
from tests.questionnaire_support import fill, find_row
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Status
from tomwizard.store import TomwStore
from ui import dialogs
from ui.controllers.main import MainController
from ui.controllers.upgrade import UpgradeController

CURRENT = default_catalog().version  # the catalog this program ships


@pytest.fixture
def files(tmp_path: Path) -> MergeFiles:
    return merge_files(tmp_path, conflict=False)


def test_questionnaire_written_and_merged_back_with_a_summary(
    gui: MainController,
    files: MergeFiles,
    errors: Errors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not gui.window.questionnaire_action.isEnabled()  # no file open
    assert gui.open_file(files.ours)
    assert gui.window.questionnaire_action.isEnabled()
    target = gui.questionnaire.default_target()
    assert target.name == "berater-fragebogen.xlsx"
    assert gui.questionnaire.write(target, "de", only_open=False, with_entfaellt=False)
    assert load_workbook(target).sheetnames[0] == "Anleitung"

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, MFA)
        sheet.cell(row, 3).value = "Nicht Umgesetzt"

    filled = fill(target, customer)
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: filled)
    gui.window.merge_action.trigger()
    dialog = gui.merger.dialog
    assert dialog is not None and errors == []
    messages: list[str] = []
    gui.merger.summarised.connect(messages.append)
    assert gui.merger.merge()
    assert messages == ["Zusammengeführt: 1 automatisch übernommen, keine Konflikte."]
    assert gui.window.statusBar().currentMessage() == messages[0]
    assert gui.document.assessment is not None
    assert gui.document.assessment.answer(MFA).status == Status.NICHT_UMGESETZT


def _base_text(gui: MainController) -> str:
    from PySide6.QtWidgets import QLabel

    dialog = gui.merger.dialog
    assert dialog is not None
    label = dialog.findChild(QLabel, "mergeBase")
    assert isinstance(label, QLabel)
    return label.text()


def test_a_questionnaire_written_after_a_frozen_version_is_compared_with_what_it_asked(
    gui: MainController,
    files: MergeFiles,
    errors: Errors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # files.ours has version 1 „an Kunden“ frozen; the questionnaire is written afterwards
    assert gui.open_file(files.ours)
    target = tmp_path / "fragebogen.xlsx"
    assert gui.questionnaire.write(target, "de", only_open=False, with_entfaellt=False)
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: target)
    gui.window.merge_action.trigger()  # sent back unchanged
    assert errors == []
    assert _base_text(gui) == (
        "Verglichen mit den Antworten, wie sie in den Fragebogen geschrieben wurden: was nur "
        "der Kunde geändert hat, wird übernommen."
    )
    dialog = gui.merger.dialog
    assert dialog is not None and not dialog.merge_button.isEnabled()
    assert dialog.status.text() == "Nichts zu übernehmen: die Datei des Kunden bringt nichts Neues."

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, MFA)
        sheet.cell(row, 3).value = "Nicht Umgesetzt"

    filled = fill(target, customer)
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: filled)
    gui.window.merge_action.trigger()
    assert _base_text(gui).startswith("Verglichen mit den Antworten, wie sie in den Fragebogen")
    assert gui.merger.dialog is not None and gui.merger.dialog.merge_button.isEnabled()
    assert gui.merger.merge() and errors == []
    assert gui.document.assessment is not None
    assert gui.document.assessment.answer(MFA).status == Status.NICHT_UMGESETZT


def test_an_invalid_questionnaire_is_reported_in_one_message(
    gui: MainController,
    files: MergeFiles,
    errors: Errors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert gui.open_file(files.ours)
    target = tmp_path / "f.xlsx"
    assert gui.questionnaire.write(target, "de", False, False)

    def customer(workbook: Workbook) -> None:
        sheet, row = find_row(workbook, MFA)
        sheet.cell(row, 3).value = "vielleicht"
        sheet.cell(row, 4).value = "bald"

    filled = fill(target, customer)
    before = gui.document.assessment
    with TomwStore.open(files.ours, readonly=True) as store:
        logged = len(store.changes())
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: filled)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, m: asked.append(m) is None and False)
    gui.window.merge_action.trigger()
    assert gui.merger.dialog is None and errors == []
    message = asked[0]  # one message: every problem, then whether to merge the valid rest
    assert "2 ungültige Angaben" in message and "Spalte C (Status)" in message
    assert "Spalte D (Geplant bis)" in message and "--skip-invalid" not in message
    assert message.endswith(
        "Die gültigen Zeilen trotzdem zusammenführen und die ungültigen auslassen?"
    )
    with TomwStore.open(files.ours, readonly=True) as store:  # nothing merged
        assert store.load() == before and len(store.changes()) == logged
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, m: True)
    gui.window.merge_action.trigger()  # the user skips the invalid row
    dialog = gui.merger.dialog
    assert dialog is not None and errors == []
    assert dialog.conflict_table.rowCount() == 0  # the only answered row was left out


def test_another_assessment_is_merged_only_after_a_yes(
    gui: MainController,
    files: MergeFiles,
    errors: Errors,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    stranger = tmp_path / "fremd.tomw"
    TomwStore.create(stranger, demo_assessment(default_catalog())).close()
    assert gui.open_file(files.ours)
    asked: list[str] = []
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: stranger)
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, m: asked.append(m) is not None)
    gui.window.merge_action.trigger()
    assert gui.merger.dialog is None and "anderen Beurteilung" in asked[0]
    monkeypatch.setattr(dialogs, "confirm", lambda p, t, m: True)
    gui.window.merge_action.trigger()
    assert gui.merger.dialog is not None and errors == []


def test_an_older_catalog_is_offered_for_upgrade_on_opening(
    gui: MainController, tmp_path: Path
) -> None:
    path = tmp_path / "alt.tomw"
    demo = demo_assessment(default_catalog())
    TomwStore.create(path, demo.model_copy(update={"catalog_version": "2026.1"})).close()
    told: list[str] = []
    gui.upgrades = UpgradeController(
        gui.window, gui.catalog, ask=lambda t, q: "2026.1" in q, tell=lambda t, m: told.append(m)
    )
    assert gui.open_file(path)
    assert gui.document.assessment is not None
    assert gui.document.assessment.catalog_version == CURRENT
    assert f"Katalog 2026.1 → {CURRENT}:" in told[0] and "alt.tomw.catalog2026.1.bak" in told[0]


def test_the_change_log_names_the_file_a_merged_row_came_from() -> None:
    from tomwizard.history.changelog import ChangeRecord
    from ui.controllers.history import entry_row

    at = "2026-05-04T10:00:00.000+00:00"
    merged = ChangeRecord(id=1, at=at, author="Kunde", target="field:x.y", source="kunde.tomw")
    here = ChangeRecord(id=2, at=at, author="Berater", target="field:x.y")
    assert entry_row(merged, None, "de").author == "Kunde · kunde.tomw"
    assert entry_row(here, None, "de").author == "Berater"
