"""Country names found as words in free text (rule `names_countries`): the plain string
search finds exactly what the word pattern (``(?<!\\w)name(?!\\w)``) finds."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from tomwizard.content.countries import countries
from tomwizard.rules.country_words import named_countries


def _by_pattern(text: str) -> list[str]:
    folded = text.casefold()
    found = []
    for code, names in countries().names.items():
        words = {names.de.casefold(), names.en.casefold()}
        by_name = any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", folded) for w in words if w)
        if by_name or re.search(rf"(?<![\w-]){code}(?![\w-])", text):
            found.append(code)
    return found


def test_names_and_codes_as_words() -> None:
    text = "Rechenzentren in Deutschland und Tschechien"
    assert set(named_countries(text)) == {"DE", "CZ"}
    assert named_countries("Hosting: US") == ["US"]
    assert named_countries("US-Tochter, Deutschlandweit, DEU") == []
    assert named_countries("frankreich_x") == []
    assert "FR" in named_countries("Backup in FRANKREICH.")


_PIECES = st.sampled_from(
    [
        *(n for names in countries().names.values() for n in (names.de, names.en)),
        *countries().names,
        " ",
        "-",
        "_",
        ",",
        "x",
        "ä",
        "1",
        "\u00df",
        "İ",
        "\n",
    ]
)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_the_string_search_finds_what_the_word_pattern_finds(text: str) -> None:
    assert named_countries(text) == _by_pattern(text)


@given(st.text(max_size=40))
def test_any_text_agrees_with_the_word_pattern(text: str) -> None:
    assert named_countries(text) == _by_pattern(text)
