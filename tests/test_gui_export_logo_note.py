"""A letterhead SVG logo with too much to draw is left out of the documents; the GUI export's
result message says so, as `tomwizard export` does on the command line (German and English)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tests.test_logo_draw_bound import use_bomb
from tomwizard.editing import SetField
from tomwizard.models.catalog import Language
from tomwizard.models.letterhead import Logo
from ui import dialogs, i18n
from ui.controllers.main import MainController

SMALL_SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20">'
    b'<rect width="40" height="20" fill="#246"/></svg>'
)


def _export(
    gui: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logo: bytes
) -> tuple[list[Path], str]:
    """Export with ``logo`` in the letterhead; the files and the result message's note."""
    assert gui.document.apply(
        [SetField("organisation.letterhead.logo", Logo(media_type="image/svg+xml", data=logo))],
        "logo",
    )
    shown: list[dict[str, Any]] = []
    monkeypatch.setattr(
        dialogs, "show_exported", lambda parent, files, **kw: shown.append({"files": files, **kw})
    )
    base = gui.exporter.initial("de")
    choices = type(base)(**{**base.__dict__, "path": str(tmp_path / "anlage.pdf")})
    written = gui.exporter.export(choices)
    assert len(shown) == 1 and shown[0]["files"] == written
    return written, str(shown[0].get("note", ""))


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("de", ["zu viele Formen (mehr als 5.000)", "ohne Logo", "„Briefkopf …“"]),
        ("en", ["too many shapes (more than 5,000)", "without the logo", "“Letterhead …”"]),
    ],
)
def test_a_heavy_logo_left_out_is_named_in_the_result_message(
    qtbot: QtBot,
    demo_gui: MainController,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: Language,
    words: list[str],
) -> None:
    i18n.install(lang)
    written, note = _export(demo_gui, tmp_path, monkeypatch, use_bomb())
    assert written and written[0].stat().st_size > 1000
    for word in words:
        assert word in note, note
    box = dialogs.exported_message(None, written, note=note)
    qtbot.addWidget(box)
    assert box.text().endswith(note) and "anlage.pdf" in box.text()


def test_a_logo_that_is_drawn_gets_no_note(
    demo_gui: MainController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    written, note = _export(demo_gui, tmp_path, monkeypatch, SMALL_SVG)
    assert written and note == ""
