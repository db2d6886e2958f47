"""The date forms of every output are Babel's: de_DE "medium" and en_GB "long", for any date
(``tomwizard.i18n.format_date`` writes them without loading Babel's locale data)."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date as babel_date
from hypothesis import given, settings
from hypothesis import strategies as st

from tomwizard import i18n


@settings(max_examples=300)
@given(st.dates())
def test_dates_read_as_babel_writes_them(day: dt.date) -> None:
    assert i18n.format_date(day, "de") == babel_date(day, "medium", locale="de_DE")
    assert i18n.format_date(day, "en") == babel_date(day, "long", locale="en_GB")


def test_every_month_in_english() -> None:
    for month in range(1, 13):
        day = dt.date(2027, month, 9)
        assert i18n.format_date(day, "en") == babel_date(day, "long", locale="en_GB")
