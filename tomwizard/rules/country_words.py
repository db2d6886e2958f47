"""Countries in the free text of fields: ISO codes in lists, country names written as words.

The rules compare these with the places and sub-processors entered elsewhere („Deutschland
und Tschechien“ → ["DE", "CZ"]); plain string search, no regular expression per name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from tomwizard.content.countries import Countries, countries


def texts(value: Any) -> Iterable[str]:
    """The strings of a field's value: the text itself, or the texts in a list."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        yield from (item for item in value if isinstance(item, str))


def country_codes(value: Any) -> list[str]:
    """The entries of a field that look like ISO codes (sites such as "Lüneburg" are skipped)."""
    codes = (text.strip().upper() for text in texts(value))
    return list(dict.fromkeys(c for c in codes if len(c) == 2 and c.isascii() and c.isalpha()))


def named_countries(text: str) -> list[str]:
    """Country codes whose German or English name (or the code itself, in capitals) occurs
    as a word in ``text``: "Deutschland und Tschechien" → ["DE", "CZ"]."""
    folded = text.casefold()
    found: list[str] = []
    for code, words in _folded_names(countries()):
        if any(_as_word(w, folded) for w in words) or _as_word(code, text, "-"):
            found.append(code)
    return found


_folded: list[tuple[Countries, list[tuple[str, tuple[str, ...]]]]] = []  # the last country data


def _folded_names(data: Countries) -> list[tuple[str, tuple[str, ...]]]:
    """Every country's code with its German and English names casefolded (made once per
    country data, not for every text the rules look at)."""
    if not _folded or _folded[0][0] is not data:
        names = [
            (code, tuple(w for w in dict.fromkeys((n.de.casefold(), n.en.casefold())) if w))
            for code, n in data.names.items()
        ]
        _folded[:] = [(data, names)]
    return _folded[0][1]


def _as_word(word: str, text: str, joiners: str = "") -> bool:
    """Whether ``word`` occurs in ``text`` with no word character (a letter, digit or "_",
    as ``\\w`` in a regular expression) and none of ``joiners`` right before or after it.
    Plain string search: the ~170 patterns a regular expression per name needed cost more
    to compile on the first evaluation (~6 ms) than all searches together."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        before, after = text[start - 1 : start], text[end : end + 1]
        if not _joins(before, joiners) and not _joins(after, joiners):
            return True
        start = text.find(word, start + 1)
    return False


def _joins(char: str, joiners: str) -> bool:
    return bool(char) and (char.isalnum() or char == "_" or char in joiners)


EU_WORDS = re.compile(r"\b(EU|EWR|EEA|Europäische[rn]? Union|European Union)\b")
