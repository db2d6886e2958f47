"""Dates typed as people type them: „01122026“ is the 1st of December 2026.

Seen under Xvfb: the Stand typed as „01122026“ was struck through („Bitte ein Datum wie
31.12.2026 eingeben“); only the dotted forms were understood.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from ui.pages.date_text import parse_date
from ui.pages.form_fields import DateField

DAYS = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31))


@given(DAYS)
def test_every_date_typed_without_dots_is_understood(day: dt.date) -> None:
    assert parse_date(f"{day:%d%m%Y}") == day
    assert parse_date(f"{day:%d.%m.%Y}") == day
    assert parse_date(day.isoformat()) == day
    if 1969 <= day.year <= 2068:  # two-digit years: Python's window
        assert parse_date(f"{day:%d%m%y}") == day


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2199, 12, 31)))
def test_iso_digits_are_understood_where_no_german_date_reads_them(day: dt.date) -> None:
    """„20261231“ (an English user's habit) cannot be a German date; „20120112“ could only be
    20.12.0112, which nobody means."""
    typed = f"{day:%Y%m%d}"
    try:
        german = dt.datetime.strptime(typed, "%d%m%Y").date()
    except ValueError:
        german = None
    if german is None or german.year < 1900:
        assert parse_date(typed) == day


@pytest.mark.parametrize(
    "typed", ["1122026", "0112202", "011220261", "32122026", "31.13.2026", "x"]
)
def test_other_digit_runs_are_no_date(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_date(typed)


@given(st.text(max_size=12))
def test_any_text_is_a_date_or_a_value_error(typed: str) -> None:
    try:
        value = parse_date(typed)
    except ValueError:
        return
    assert isinstance(value, dt.date)


def test_the_date_field_accepts_digits_and_is_not_marked(qtbot: QtBot) -> None:
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setFocus()
    with qtbot.waitSignal(field.edited, timeout=3000) as edited:  # after the typing pause
        qtbot.keyClicks(field, "01122026")
    assert edited.args[0] == dt.date(2026, 12, 1)
    assert not field.property("invalid")
    assert not field.font().strikeOut()
