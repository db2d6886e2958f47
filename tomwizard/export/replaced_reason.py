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
_PHRASE = re.compile(
    r"entf(?:ä|ae)llt|ersetzt|wird|werden|durch|die|der|den|einen?|eigenen?|ma(?:ß|ss)nahmen?|"
    r"sonstigen?|siehe|not|applicable|replaced|is|are|by|the|an?|own|custom|measures?|see",
    re.IGNORECASE,
)


def restates_replacement(reason: str, replacing: Iterable[str]) -> bool:
    """True when ``reason`` adds nothing to „ersetzt durch die eigene Maßnahme „…““ for the
    custom measures with the texts ``replacing`` (an empty reason adds nothing either)."""
    named = {word.casefold() for text in replacing for word in _WORD.findall(text)}
    return all(
        _PHRASE.fullmatch(word) or word.casefold() in named for word in _WORD.findall(reason)
    )
