"""Rows of the change log and the status column: what changed, how, and dates per language."""

from __future__ import annotations

import datetime as dt

from tomwizard.history.changelog import ChangeRecord
from tomwizard.history.diff import custom_entries, field_entry
from tomwizard.models.assessment import Answer, CustomMeasure, Status
from ui.controllers.history import entry_row
from ui.controllers.labels import date_text, status_text

RECORD = ChangeRecord(
    id=1, at="2026-12-01T12:05:09.000+00:00", author="M. Albers", target="field:organisation.place"
)


def test_an_added_custom_measure_says_new_once_with_its_status() -> None:
    added = CustomMeasure(
        id="c1",
        section_id="zugang",
        text="Tresor für Bänder.",
        answer=Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 1, 31)),
    )
    (entry,) = custom_entries(None, added)
    row = entry_row(RECORD, entry, "de")
    assert row.what == "Eigene Maßnahme: Tresor für Bänder."
    assert row.change == "neu (geplant)"
    assert entry.line("de") == "Eigene Maßnahme: Tresor für Bänder. – neu (geplant)"
    assert entry_row(RECORD, entry, "en").change == "added (planned)"


def test_a_changed_field_shows_old_and_new_beside_its_name() -> None:
    entry = field_entry("organisation.place", "Lüneburg", "Hamburg")
    row = entry_row(RECORD, entry, "de")
    assert row.change == "Lüneburg → Hamburg"
    assert entry.line("de") == f"{row.what}: Lüneburg → Hamburg"


def test_dates_follow_the_interface_language() -> None:
    planned = Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 3, 31))
    assert status_text(planned, "de") == "geplant (31.03.2027)"
    # English as the documents write dates (issue 12: ISO here, "31 March 2027" in the PDF)
    assert status_text(planned, "en") == "planned (31 March 2027)"
    assert date_text(dt.date(2026, 12, 1), "en") == "1 December 2026"
    german, english = entry_row(RECORD, None, "de").when, entry_row(RECORD, None, "en").when
    assert german.startswith("01.12.2026 ") and english.startswith("1 December 2026 ")
