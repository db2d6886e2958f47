"""What a file or a customer's file says reaches the GUI as text, never as markup, and a file
another program gave triggers opens read-only with the reason in the banner (hostile tester
round 2, helper x6)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.dialogs import as_plain_text

Errors = list[tuple[str, str]]


@given(st.text(alphabet="ab <>/&;\"'=„“img src", max_size=60))
def test_a_message_box_shows_the_text_as_it_is(text: str) -> None:
    message = f"Die Datei des Kunden („{text}“) gehört zu einer anderen Beurteilung."
    shown = as_plain_text(message)
    if shown == message:  # Qt would show it as plain text anyway
        return
    document = QTextDocument()
    document.setHtml(shown)
    assert document.toPlainText().replace("\xa0", " ") == message


def test_a_file_with_a_trigger_opens_read_only_with_the_reason(
    gui: MainController, errors: Errors, tmp_path: Path
) -> None:
    path = tmp_path / "a.tomw"
    TomwStore.create(path, demo_assessment(default_catalog())).close()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TRIGGER t AFTER INSERT ON changelog BEGIN DELETE FROM answers; END")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    assert gui.open_file(path)
    banner = gui.window.banner
    assert banner.isVisible() and banner.textFormat() == Qt.TextFormat.PlainText
    assert "Trigger" in banner.text() and "nur zum Lesen" in banner.text()
    assert gui.document.readonly and errors == []
    gui.window.close()
    assert path.read_bytes() == before
