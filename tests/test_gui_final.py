"""Draft or final in the GUI: the summary lists what keeps the annex a draft first, the export
dialog says whether the annex will be final and why not, "Abschnitt bestätigen" clears a
section's Rückfragen in one undoable step, and the role names are chosen on the Organisation
page."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import (
    isolated_settings,  # noqa: F401 - autouse fixture
    seen_in_export_dialog,
)
from tomwizard.content.catalog import default_catalog
from ui.app import build
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.form_page import FormPage


def _window(qtbot: QtBot, path: Path) -> MainController:
    gui = build(path, lang="de")
    qtbot.addWidget(gui.window)
    gui.window.show()
    qtbot.waitExposed(gui.window)
    return gui


def test_summary_lists_blockers_first(qtbot: QtBot, demo_file: Path) -> None:
    gui = _window(qtbot, demo_file)
    gui.page_widget(gui.summary_index)
    assert gui.summary is not None
    gui.summary.refresh()
    page = gui.summary.page
    assert "Entwurf – vor einer Endfassung zu klären" in page.total_label.text()
    tree = page.findings
    first = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    drafts = [i for i, label in enumerate(first) if label.startswith("Entwurf:")]
    assert drafts and drafts == list(range(len(drafts)))  # all of them before the others
    assert any(label == "Entwurf: Rückfrage" for label in first)
    gui.window.close()


def test_export_dialog_says_draft_and_why(
    qtbot: QtBot, demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gui = _window(qtbot, demo_file)
    captured = seen_in_export_dialog(gui, monkeypatch, lambda d: d.version_label.text())
    assert captured and captured[0].startswith("Entwurf")
    assert "offene Rückfragen" in captured[0]
    gui.window.close()


def test_confirm_section_clears_its_rueckfragen_and_undoes(qtbot: QtBot, demo_file: Path) -> None:
    gui = _window(qtbot, demo_file)
    catalog = default_catalog()
    index = next(
        i
        for i, s in enumerate(catalog.sections)
        if any(gui.document.answer(m.id).follow_up for m in s.measures())
    )
    section = catalog.sections[index]
    page = gui.section_page(index)
    flagged = [m.id for m in section.measures() if gui.document.answer(m.id).follow_up]
    page.confirm_button.click()
    assert not any(gui.document.answer(m).follow_up for m in flagged)
    gui.document.undo()
    assert all(gui.document.answer(m).follow_up for m in flagged)
    gui.window.close()


def test_role_names_are_chosen_on_the_organisation_page(qtbot: QtBot, demo_file: Path) -> None:
    gui = _window(qtbot, demo_file)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    assert "organisation.role_names" in page.editors
    assert "organisation.contact_point.email" in page.editors
    gui.window.close()


def test_certificates_are_edited_in_a_table_and_stored(qtbot: QtBot, demo_file: Path) -> None:
    from ui.pages.certificate_field import CertificatesField

    gui = _window(qtbot, demo_file)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    field = page.editors["organisation.certificates"]
    assert isinstance(field, CertificatesField)
    field.add_button.click()
    field.table.item(0, 0).setText("ISO/IEC 27001")
    field.table.item(0, 3).setText("30.06.2027")
    stored = gui.document.assessment.organisation.certificates
    assert [(c.name, c.valid_until and c.valid_until.isoformat()) for c in stored] == [
        ("ISO/IEC 27001", "2027-06-30")
    ]
    field.table.item(0, 3).setText("kein Datum")  # not sent; the stored date shows again
    assert field.table.item(0, 3).text() == "30.06.2027"
    assert gui.document.assessment.organisation.certificates[0].valid_until is not None
    gui.window.close()
