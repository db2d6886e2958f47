"""Datei › „Zusammenführen …“ and Bearbeiten › „Bearbeitername …“ in the wizard."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QRadioButton
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.merge_support import CUSTOMER_NAME, MFA, MergeFiles, merge_files
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import SetAnswer
from tomwizard.models.assessment import Answer, Status
from tomwizard.store import TomwStore
from ui import dialogs
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.form_page import FormPage
from ui.pages.merge_dialog import MergeDialog


@pytest.fixture
def files(tmp_path: Path) -> MergeFiles:
    return merge_files(tmp_path)


@pytest.fixture
def errors() -> list[tuple[str, str]]:
    return []


def _window(qtbot: QtBot, errors: list[tuple[str, str]]) -> MainController:
    controller = MainController(default_catalog(), lambda t, m: errors.append((t, m)))
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


@pytest.fixture
def gui(qtbot: QtBot, files: MergeFiles, errors: list[tuple[str, str]]) -> MainController:
    controller = _window(qtbot, errors)
    assert controller.open_file(files.ours)
    return controller


def _start(gui: MainController, monkeypatch: pytest.MonkeyPatch, path: Path) -> MergeDialog:
    monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent: path)
    assert gui.window.merge_action.isEnabled()
    gui.window.merge_action.trigger()
    dialog = gui.merger.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def _radio(dialog: MergeDialog, row: int, text: str) -> QRadioButton:
    cell = dialog.conflict_table.cellWidget(row, 3)
    return next(b for b in cell.findChildren(QRadioButton) if b.text() == text)


def _status_text(gui: MainController, measure_id: str) -> str:
    """What the section page shows: ☒ for a ticked box, then the status column."""
    section = default_catalog().section_of()[measure_id]
    page = gui.section_page(gui.section_index(section))
    item = page.item_for(measure_id)
    assert item is not None
    ticked = item.checkState(0) == Qt.CheckState.Checked
    return ("☒ " if ticked else "☐ ") + item.text(1)


def test_merge_with_one_conflict_taking_the_customer_side(
    gui: MainController,
    files: MergeFiles,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    assert _status_text(gui, MFA) == "☐ teilweise umgesetzt"
    dialog = _start(gui, monkeypatch, files.theirs)
    table = dialog.conflict_table
    assert table.rowCount() == 1
    assert "Mehr-Faktor-Authentisierung" in table.item(0, 0).text()
    assert table.item(0, 0).text().endswith("– Status")
    assert (table.item(0, 1).text(), table.item(0, 2).text()) == (
        "teilweise umgesetzt",
        "umgesetzt",
    )
    assert dialog.auto_list.count() == 3
    assert not dialog.merge_button.isEnabled()  # the conflict is not decided yet
    assert dialog.status.text() == "0 von 1 Konflikten entschieden"
    _radio(dialog, 0, "Fassung des Kunden übernehmen").click()
    assert dialog.merge_button.isEnabled()
    assert dialog.decisions() == {f"measure:{MFA}": "theirs"}
    store = gui.document.store
    assert store is not None
    before = len(store.changes())
    dialog.merge_button.click()
    assert errors == []
    assert gui.merger.dialog is None and not dialog.isVisible()
    # saved at once, the pages show it
    assert _status_text(gui, MFA) == "☒ "
    assert _status_text(gui, files.open_measure).startswith("☒ ")
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    assert page.editors["organisation.controller.name"].value() == CUSTOMER_NAME
    assert store.load().answer(MFA).status == Status.UMGESETZT
    targets = [r.target for r in store.changes()[before:]]
    assert sorted(targets) == sorted(
        [f"answer:{MFA}", f"answer:{files.open_measure}", "field:organisation.controller.name"]
    )
    # the change log view lists it
    gui.window.history_action.trigger()
    history = gui.history.dialog
    assert history is not None
    rows = [
        (history.change_table.item(r, 2).text(), history.change_table.item(r, 3).text())
        for r in range(history.change_table.rowCount())
    ]
    assert any(
        "Mehr-Faktor" in what and change == "teilweise umgesetzt → umgesetzt"
        for what, change in rows
    )
    history.close()
    # one undo step puts everything back, in one more logged transaction
    assert gui.window.undo_action.text().endswith("Zusammenführen mit kunde.tomw")
    gui.document.undo()
    assert _status_text(gui, MFA) == "☐ teilweise umgesetzt"
    assert store.load().organisation.controller.name != CUSTOMER_NAME
    gui.document.redo()
    assert store.load().answer(MFA).status == Status.UMGESETZT


def test_all_mine_keeps_my_side_and_json_works_too(
    gui: MainController, files: MergeFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _start(gui, monkeypatch, files.theirs_json)
    dialog.all_theirs_button.click()
    dialog.all_ours_button.click()
    assert dialog.decisions() == {f"measure:{MFA}": "ours"}
    dialog.merge_button.click()
    assert _status_text(gui, MFA) == "☐ teilweise umgesetzt"
    assert gui.document.field("organisation.controller.name") == CUSTOMER_NAME
    # merged again: the conflict is still one (my side differs from the shared version), the
    # automatic changes are in; taking the customer's side leaves nothing to take over
    dialog = _start(gui, monkeypatch, files.theirs_json)
    assert dialog.conflict_table.rowCount() == 1
    assert dialog.findChild(QListWidget) is None
    dialog.all_theirs_button.click()
    dialog.merge_button.click()
    assert _status_text(gui, MFA) == "☒ "
    dialog = _start(gui, monkeypatch, files.theirs_json)
    assert not dialog.merge_button.isEnabled()
    assert dialog.status.text().startswith("Nichts zu übernehmen")
    dialog.reject()
    assert gui.merger.dialog is None


def test_bad_customer_files_give_a_german_error(
    gui: MainController,
    files: MergeFiles,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
    tmp_path: Path,
) -> None:
    broken = tmp_path / "kaputt.json"
    broken.write_text("{kaputt", encoding="utf-8")
    notes = tmp_path / "notiz.tomw"
    notes.write_text("Kein SQLite.")
    for path in (broken, notes, tmp_path / "fehlt.tomw", files.ours):
        monkeypatch.setattr(dialogs, "ask_merge_path", lambda parent, p=path: p)
        gui.window.merge_action.trigger()
        assert gui.merger.dialog is None
    assert [title for title, _ in errors] == ["Zusammenführen nicht möglich"] * 4
    assert "Ungültiges JSON" in errors[0][1]
    assert "geöffnete Datei selbst" in errors[3][1]
    assert all(message.startswith(str(tmp_path)) for _, message in errors)


def test_merge_is_disabled_without_a_file_and_for_a_read_only_file(
    qtbot: QtBot, gui: MainController, files: MergeFiles, errors: list[tuple[str, str]]
) -> None:
    second = _window(qtbot, errors)
    assert not second.window.merge_action.isEnabled()
    assert second.open_file(files.ours)  # held by the first window: read-only
    assert second.document.readonly
    assert not second.window.merge_action.isEnabled()
    assert second.window.merge_action.toolTip() == second.document.readonly_reason
    second.document.close()
    gui.document.close()
    assert not gui.window.merge_action.isEnabled()


def test_author_name_set_in_the_program_is_in_the_change_log(
    qtbot: QtBot,
    gui: MainController,
    files: MergeFiles,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    shown: list[tuple[str, str]] = []

    def ask(parent: object, current: str, os_user: str) -> str:
        shown.append((current, os_user))
        return "  Frau   Muster "

    monkeypatch.setattr(dialogs, "ask_author_name", ask)
    gui.window.author_action.trigger()
    assert shown and shown[0][0] == shown[0][1]  # the OS user until a name is set
    assert gui.author.name == "Frau Muster"
    assert gui.window.author_action.toolTip() == "Im Änderungsprotokoll steht: Frau Muster"
    gui.document.apply([SetAnswer("zutritt.besucher", Answer(status=Status.GEPLANT))])
    store = gui.document.store
    assert store is not None
    assert store.changes()[-1].author == "Frau Muster"
    gui.window.history_action.trigger()
    history = gui.history.dialog
    assert history is not None and history.change_table.item(0, 1).text() == "Frau Muster"
    history.close()
    # a name that is too long is refused with a German message; the name stays
    monkeypatch.setattr(dialogs, "ask_author_name", lambda *a: "x" * 201)
    gui.window.author_action.trigger()
    assert errors == [
        (
            "Bearbeitername ungültig",
            "Der Name für das Änderungsprotokoll muss 1 bis 200 Zeichen haben.",
        )
    ]
    assert gui.author.name == "Frau Muster"
    # remembered: the next window uses it for the file it opens
    gui.document.close()
    again = _window(qtbot, errors)
    assert again.open_file(files.ours)
    assert again.document.store is not None and again.document.store.author == "Frau Muster"
    # an empty name goes back to the OS user
    monkeypatch.setattr(dialogs, "ask_author_name", lambda *a: "")
    again.window.author_action.trigger()
    from tomwizard.store.tomw import default_author

    assert again.document.store.author == default_author()
    assert again.document.author is None
    again.document.close()


def test_a_gui_merge_keeps_the_customers_authors_times_and_decisions(
    gui: MainController,
    files: MergeFiles,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[tuple[str, str]],
) -> None:
    """As on the command line: the change log keeps who changed what on the customer's side
    and when, and names the file; the decision is remembered; undo is an edit made here."""
    with TomwStore.open(files.theirs, readonly=True) as customer:
        theirs = {r.target: (r.at, r.author) for r in customer.changes()}
    store = gui.document.store
    assert store is not None
    before = len(store.changes())
    dialog = _start(gui, monkeypatch, files.theirs)
    _radio(dialog, 0, "Fassung des Kunden übernehmen").click()
    dialog.merge_button.click()
    assert errors == []
    merged = store.changes()[before:]
    assert len(merged) == 3
    for record in merged:
        assert (record.at, record.author) == theirs[record.target], record.target
        assert record.source == "kunde.tomw"
    assert list(store.merge_decisions().values()) == ["theirs"]
    gui.document.undo()
    undone = store.changes()[before + 3 :]
    assert undone and {(r.author, r.source) for r in undone} == {(store.author, "")}
    dialog = _start(gui, monkeypatch, files.theirs)  # again: decided as last time
    assert dialog.decisions() == {f"measure:{MFA}": "theirs"}
    assert dialog.merge_button.isEnabled()
