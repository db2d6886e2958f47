"""Whether the user's reason for a replaced catalog measure only says what the annex already
prints (review 5, P2).

A catalog measure that „entfällt“ because a custom measure replaces it is printed as „ersetzt
durch die eigene Maßnahme „…““. Many users also type that into the reason field („Ersetzt durch
die eigene Maßnahme (Alarmanlage).“); printed after the program's words it says the same thing
twice. The reason is left out when every word of it is a word of that phrase (German or
English) or of the replacing measures' texts; a reason with anything more is printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_WORD = re.compile(r"\w+")
# the words of „(entfällt –) ersetzt durch die eigene(n) Maßnahme(n)“ and of its English form,
# with the few a user adds around them („wird … ersetzt“, „siehe“)
_PHRASE = frozenset(
    "entfällt entfaellt ersetzt wird werden durch die der den eine einen eigene eigenen "
    "maßnahme massnahme maßnahmen massnahmen sonstige sonstigen siehe "
    "not applicable replaced is are by the a an own custom measure measures see".split()
)


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def restates_replacement(reason: str, replacing: Iterable[str]) -> bool:
    """True when ``reason`` adds nothing to „ersetzt durch die eigene Maßnahme „…““ for the
    custom measures with the texts ``replacing`` (an empty reason adds nothing either)."""
    known = _PHRASE.union(*(_words(text) for text in replacing))
    return all(word in known for word in _words(reason))
