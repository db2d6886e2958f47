"""One English term for the controller's say on sub-processors (Art. 28(2) GDPR: „prior specific
or general written authorisation“): the window's field label, the annex and the gap report all
speak of authorisation, and the gap report quotes the label as the window shows it."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from pytestqt.qtbot import QtBot

from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tests.pdf_words import annex_words, pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.writers import gap_report_bytes
from ui.app import build
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.form_page import FormPage

TERM = "Authorisation of sub-processors"


def _about_sub_processors(text: str) -> list[str]:
    """The sentences (and bullet items) of ``text`` that speak of sub-processors."""
    parts = re.split(r"(?<=[.:])\s+|\s•\s", text)
    return [p for p in parts if "sub-processor" in p.lower() or "engagement of" in p]


def test_window_annex_and_gap_report_say_authorisation(
    qtbot: QtBot, english_qm: Path, demo_file: Path
) -> None:
    gui = build(demo_file, lang="en")
    qtbot.addWidget(gui.window)
    gui.navigation.go_to(ORGANISATION_PAGE)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    label = page.labels["organisation.sub_approval"].text()
    gui.navigation.go_to(gui.subprocessor_index)
    assert gui.subprocessors is not None
    date_label = gui.subprocessors.page.form.labels["subprocessor.approved_date"].text()
    gui.window.close()
    assert label == TERM
    assert date_label == "Authorised by the controller on"

    catalog = default_catalog()
    a = demo_assessment(catalog)  # no model chosen: the gap report points to the field
    gap = pdf_words(gap_report_bytes(a, catalog, "en", None, dt.date(2025, 3, 1)))
    annex = annex_words(a, "en")
    assert f"under “{label}”" in gap and f"field “{label}”" in gap
    assert "It is not recorded when the controller authorised the engagement of" in gap
    assert "Contract and authorisation" in annex and "authorised on 1 March 2024" in annex
    for text in (gap, annex):
        sentences = _about_sub_processors(text)
        assert any("authoris" in s for s in sentences)
        assert [s for s in sentences if "approv" in s.lower()] == []
