"""The number and list forms of every output are Babel's (de_DE and en_GB), for any value:
``tomwizard.i18n.format_number`` and ``format_list`` write them without loading Babel's locale
data (about 20 ms of every export)."""

from __future__ import annotations

from decimal import Decimal

from babel.lists import format_list as babel_list
from babel.numbers import format_decimal
from hypothesis import given, settings
from hypothesis import strategies as st

from tomwizard import i18n

LOCALES = {"de": "de_DE", "en": "en_GB"}
numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e15, max_value=1e15),
    st.decimals(
        allow_nan=False, allow_infinity=False, places=4, min_value=-(10**9), max_value=10**9
    ),
)


def babel_number(value: float | Decimal, locale: str, digits: int) -> str:
    return format_decimal(value, "#,##0" + ("." + "#" * digits if digits else ""), locale=locale)


@settings(max_examples=400)
@given(numbers, st.integers(min_value=0, max_value=3))
def test_numbers_read_as_babel_writes_them(value: float | Decimal, digits: int) -> None:
    for lang, locale in LOCALES.items():
        assert i18n.format_number(value, lang, digits) == babel_number(value, locale, digits)


def test_the_forms_a_reader_sees() -> None:
    assert i18n.format_number(1234567.25, "de", 1) == "1.234.567,2"  # half to even
    assert i18n.format_number(1234567.25, "en", 2) == "1,234,567.25"
    assert i18n.format_number(90, "de") == "90"
    assert i18n.format_number(2.5, "en") == "2"
    assert i18n.format_number(-0.5, "de", 1) == "-0,5"
    for value in (-0.0, 0.04, 0.5, 1.5, 999.95, 1000, 10**6):
        for digits in (0, 1):
            assert i18n.format_number(value, "de", digits) == babel_number(value, "de_DE", digits)
            assert i18n.format_number(value, "en", digits) == babel_number(value, "en_GB", digits)


@given(st.lists(st.text(max_size=12), max_size=6))
def test_lists_read_as_babel_writes_them(items: list[str]) -> None:
    for lang, locale in LOCALES.items():
        assert i18n.format_list(items, lang) == babel_list(items, locale=locale)


def test_lists_a_reader_sees() -> None:
    assert i18n.format_list(["A", "B", "C"], "de") == "A, B und C"
    assert i18n.format_list(["A", "B"], "en") == "A and B"
    assert i18n.format_list(["A"], "de") == "A"
    assert i18n.format_list([], "en") == ""
