"""The Briefkopf dialog: choose and remove a logo, texts, colour, preview; OK is one undo
step, Cancel and a bad image change nothing."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.letterhead_support import SVG_LOGO, bad_logos, png
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment
from ui.controllers.letterhead import LetterheadController
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE

SHOTS = os.environ.get("TOMWIZARD_SHOTS")  # a folder: save screenshots there to look at


@pytest.fixture
def gui(qtbot: QtBot, tmp_path: Path) -> MainController:
    path = tmp_path / "a.tomw"
    OpenAssessment.create(path, default_catalog()).close()
    controller = MainController()
    qtbot.addWidget(controller.window)
    controller.window.show()
    controller.document.open(path)
    controller.page_widget(ORGANISATION_PAGE)
    return controller


def letterhead_of(gui: MainController) -> LetterheadController:
    controller = gui.letterhead
    assert isinstance(controller, LetterheadController)
    return controller


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_organisation_page_has_a_letterhead_group(gui: MainController) -> None:
    box = letterhead_of(gui).box
    assert box.title() == "Briefkopf"
    assert "Kein Briefkopf" in box.summary.text()
    assert box.edit_button.isEnabled()


def test_choose_logo_type_texts_and_ok_is_one_undo_step(
    gui: MainController, qtbot: QtBot, tmp_path: Path
) -> None:
    controller = letterhead_of(gui)
    dialog = controller.open_dialog(gui.window)
    dialog.show()
    empty_preview = dialog.preview.pixmap().toImage()
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    assert controller.choose_logo(logo)
    assert "PNG-Logo" in dialog.logo_info.text() and dialog.remove_logo.isEnabled()
    qtbot.keyClicks(dialog.sender_line, "Muster GmbH · Weg 1 · 12345 Ort")
    qtbot.keyClicks(dialog.footer[0], "Registergericht Hamburg HRB 1")
    dialog.accent.setFocus()
    dialog.accent.setCursorPosition(1)
    qtbot.keyClicks(dialog.accent, "1f4e79")
    assert dialog.preview.pixmap().toImage() != empty_preview
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "letterhead-dialog.png"))
    assert controller.commit()
    stored = gui.document.assessment.organisation.letterhead  # type: ignore[union-attr]
    assert stored.sender == "Muster GmbH · Weg 1 · 12345 Ort"
    assert stored.footer == ["Registergericht Hamburg HRB 1"]
    assert stored.accent == "#1f4e79"
    assert stored.logo is not None and stored.logo.data == png()
    assert "PNG-Logo" in controller.box.summary.text()
    gui.document.undo()
    assert gui.document.assessment.organisation.letterhead.empty  # type: ignore[union-attr]
    assert "Kein Briefkopf" in controller.box.summary.text()


def test_remove_logo_and_svg(gui: MainController, qtbot: QtBot, tmp_path: Path) -> None:
    controller = letterhead_of(gui)
    dialog = controller.open_dialog(gui.window)
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG_LOGO)
    assert controller.choose_logo(logo)
    assert "SVG-Logo" in dialog.logo_info.text()
    qtbot.mouseClick(dialog.remove_logo, Qt.MouseButton.LeftButton)
    assert dialog.logo_info.text() == "kein Logo" and not dialog.remove_logo.isEnabled()


@pytest.mark.parametrize("name", ["truncated PNG", "SVG with script", "huge file", "not an image"])
def test_a_bad_image_is_named_and_the_file_stays_byte_identical(
    gui: MainController, qtbot: QtBot, tmp_path: Path, name: str
) -> None:
    controller = letterhead_of(gui)
    path = gui.document.path
    assert path is not None
    before = digest(path)
    dialog = controller.open_dialog(gui.window)
    dialog.show()
    image = tmp_path / "bad.png"
    image.write_bytes(bad_logos()[name])
    assert not controller.choose_logo(image)
    assert dialog.error.isVisible() and "Logo" in dialog.error.text()
    assert dialog.logo_info.text() == "kein Logo"
    if SHOTS and name == "SVG with script":
        dialog.grab().save(str(Path(SHOTS) / "letterhead-dialog-error.png"))
    dialog.reject()
    assert digest(path) == before


def test_cancel_changes_nothing(gui: MainController, qtbot: QtBot) -> None:
    controller = letterhead_of(gui)
    dialog = controller.open_dialog(gui.window)
    qtbot.keyClicks(dialog.sender_line, "Nicht uebernommen")
    dialog.reject()
    assert gui.document.assessment.organisation.letterhead.empty  # type: ignore[union-attr]


def test_the_english_interface_names_a_bad_image_in_english(
    gui: MainController, tmp_path: Path
) -> None:
    controller = letterhead_of(gui)
    controller.lang = "en"
    dialog = controller.open_dialog(gui.window)
    image = tmp_path / "bad.svg"
    image.write_bytes(bad_logos()["SVG with external entity"])
    assert not controller.choose_logo(image)
    assert dialog.error.text().startswith("bad.svg: The SVG logo is not accepted")
    dialog.reject()


def test_an_svg_chosen_in_the_dialog_gets_a_png_for_word(
    gui: MainController, tmp_path: Path
) -> None:
    from tomwizard.logo_image import check_logo

    controller = letterhead_of(gui)
    controller.open_dialog(gui.window)
    logo = tmp_path / "logo.svg"
    logo.write_bytes(SVG_LOGO)
    assert controller.choose_logo(logo)
    assert controller.commit()
    stored = gui.document.assessment.organisation.letterhead.logo  # type: ignore[union-attr]
    assert stored is not None and stored.data == SVG_LOGO and stored.png_fallback is not None
    info = check_logo(stored.png_fallback)
    assert info.media_type == "image/png" and info.height == 240
    assert abs(info.width / info.height - 200 / 60) < 0.05  # the SVG's proportions


@pytest.mark.parametrize(
    ("lang", "header", "footer"),
    [
        ("de", "Anlage 4 zum AVV", "Stand: 01.12.2026 · Version 2.1"),
        ("en", "Annex 4 to the DPA", "As of 1 December 2026 · Version 2.1"),
    ],
)
def test_the_preview_shows_the_files_number_stand_and_version(
    gui: MainController, lang: str, header: str, footer: str
) -> None:
    """Not a sample „Stand 2026-01-01“: the lines the export writes for this file."""
    import datetime as dt

    from tomwizard.editing import SetField

    gui.document.apply(
        [
            SetField("organisation.stand", dt.date(2026, 12, 1)),
            SetField("organisation.version", "2.1"),
            SetField("organisation.annex_number", "4"),
        ]
    )
    controller = letterhead_of(gui)
    controller.lang = lang  # type: ignore[assignment]
    dialog = controller.open_dialog(gui.window)
    top, bottom = controller.page_texts()
    assert top.replace("\u00a0", " ").startswith(header)
    assert bottom.replace("\u00a0", " ") == footer
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"letterhead-stand-{lang}.png"))
    dialog.reject()
