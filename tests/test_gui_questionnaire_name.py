"""The questionnaire's proposed file name is in the language of the interface and follows the
language chosen in the dialog; an existing file is replaced only after „Ersetzen“."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from ui import dialogs
from ui.app import build
from ui.pages.questionnaire_dialog import QuestionnaireDialog


@pytest.mark.parametrize(("lang", "name"), [("de", "-fragebogen"), ("en", "-questionnaire")])
def test_the_proposed_name_is_in_the_interface_language(
    qtbot: QtBot, tomw: Path, lang: str, name: str
) -> None:
    gui = build(tomw, lang=lang)  # type: ignore[arg-type]
    qtbot.addWidget(gui.window)
    target = gui.questionnaire.default_target()
    assert target == tomw.with_name(f"{tomw.stem}{name}.xlsx")
    dialog = QuestionnaireDialog(target, lang, gui.window)
    qtbot.addWidget(dialog)
    other = "de" if lang == "en" else "en"
    dialog.language.setCurrentIndex(dialog.language.findData(other))
    swapped = "-questionnaire" if lang == "de" else "-fragebogen"
    assert dialog.choices().path == tomw.with_name(f"{tomw.stem}{swapped}.xlsx")
    assert dialog.choices().lang == other
    dialog.path_edit.setText(str(tomw.with_name("kunde-a.xlsx")))  # a name of the user's own
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    assert dialog.choices().path.name == "kunde-a.xlsx"
    gui.window.close()


def test_an_existing_questionnaire_is_replaced_only_after_consent(
    qtbot: QtBot, tomw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = build(tomw, lang="de")
    qtbot.addWidget(gui.window)
    target = gui.questionnaire.default_target()
    target.write_bytes(b"vom Kunden ausgefuellt")
    answers = [False]
    shown: list[int] = []
    asked: list[list[Path]] = []

    def run(_dialog: QuestionnaireDialog) -> int:
        shown.append(1)
        return QDialog.DialogCode.Accepted.value if len(shown) == 1 or answers else 0

    def answer(_parent: object, files: list[Path]) -> bool:
        asked.append(files)
        return answers.pop(0)

    monkeypatch.setattr(QuestionnaireDialog, "exec", run)
    monkeypatch.setattr(dialogs, "confirm_replace", answer)
    monkeypatch.setattr(dialogs, "show_exported", lambda *args: None)
    gui.window.questionnaire_action.trigger()
    assert asked == [[target]] and len(shown) == 2  # „Abbrechen“: back to the dialog
    assert target.read_bytes() == b"vom Kunden ausgefuellt"
    answers.append(True)
    shown.clear()
    gui.window.questionnaire_action.trigger()
    assert target.read_bytes()[:2] == b"PK"  # replaced by the new workbook
    gui.window.close()


def test_after_saving_the_questionnaire_a_message_says_where_it_went(
    qtbot: QtBot, tomw: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Seen under Xvfb: „Speichern“ closed the dialog and nothing said where the file went (the
    export says it, with „Öffnen“ and „Ordner öffnen“)."""
    gui = build(tomw, lang="de")
    qtbot.addWidget(gui.window)
    target = gui.questionnaire.default_target()
    shown: list[tuple[object, ...]] = []
    monkeypatch.setattr(QuestionnaireDialog, "exec", lambda _d: QDialog.DialogCode.Accepted.value)
    monkeypatch.setattr(dialogs, "show_exported", lambda *args: shown.append(args))
    gui.window.questionnaire_action.trigger()
    assert target.is_file()
    assert len(shown) == 1
    parent, files, saved, title = shown[0]
    assert parent is gui.window and files == [target]
    box = dialogs.exported_message(None, [target], str(saved), str(title))
    qtbot.addWidget(box)
    assert box.windowTitle() == "Fragebogen gespeichert"
    assert box.text().splitlines()[:2] == ["Der Fragebogen wurde gespeichert:", target.name]
    assert f"Ordner: {target.parent}" in box.text()
    names = {button.text() for button in box.buttons()}
    assert {"Öffnen", "Ordner öffnen"} <= names
    gui.window.close()
