"""Words users type for the same thing (``forms/synonyms.yaml``), for the measure search.

A search word that begins like an entry of a group, or that an entry of a group begins (the
user typed an inflected form: "Passwörter" for "passw"), stands for every entry of the group:
"Authentifizierung" finds measures that say "Authentisierung", "Kennwort" those that say
"Passwort", "Homeoffice" those about mobile work.
"""

from __future__ import annotations

from functools import cache

from pydantic import Field

from tomwizard.content.cache import cached_yaml
from tomwizard.models.catalog import Strict
from tomwizard.paths import forms_path

MIN_PREFIX = 4  # a typed beginning this long already finds a group ("pass" → "passwort")


class Synonyms(Strict):
    groups: list[list[str]] = Field(default_factory=list)

    def alternatives(self, word: str) -> set[str]:
        """``word`` (case-folded) and every entry of each group it belongs to."""
        word = word.casefold()
        found = {word}
        for group in self.groups:
            entries = [entry.casefold() for entry in group]
            if any(_related(word, entry) for entry in entries):
                found.update(entries)
        return found

    def matches(self, query: str, text: str) -> bool:
        """Whether ``text`` contains every word of ``query`` (or one of its alternatives);
        a phrase of a group ("mobiles arbeiten") counts as one word."""
        rest = " ".join(query.casefold().split())
        haystack = text.casefold()
        if not rest:
            return False
        for group in self.groups:
            entries = [entry.casefold() for entry in group]
            for phrase in (entry for entry in entries if " " in entry and entry in rest):
                if not any(entry in haystack for entry in entries):
                    return False
                rest = rest.replace(phrase, " ")
        return all(any(alt in haystack for alt in self.alternatives(w)) for w in rest.split())


def _related(word: str, entry: str) -> bool:
    if word.startswith(entry):  # typed a longer form of the entry
        return True
    return len(word) >= MIN_PREFIX and entry.startswith(word)  # typed the entry's beginning


@cache
def synonyms() -> Synonyms:
    """The shipped synonym groups (from the content cache when the file is unchanged)."""
    return cached_yaml("synonyms", forms_path("synonyms.yaml"), Synonyms)
