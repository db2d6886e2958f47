"""A measure's text with its parameter values, as the PDF documents print it.

Like :func:`tomwizard.models.catalog.render_text` (the wizard's preview), with the typesetting
a signed document needs: numbers in the document's language (1.000 / 1,000), the unit after a
1 in the singular ("nach 1 Minute"), and a text value that is missing in parentheses left out
instead of printed as "(…)" ("Es besteht eine gültige Zertifizierung, deren …"). A value that
is missing anywhere else stays "…", so that the gap is visible (a full stop after it is left
out: "…", not "….").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tomwizard.i18n import format_number
from tomwizard.models.catalog import Language, Measure
from tomwizard.models.roles import ROLE_PLACEHOLDERS, ROLE_WORDS

_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
MISSING = "…"
SINGULAR: dict[Language, dict[str, str]] = {
    "de": {
        **{"Minuten": "Minute", "Stunden": "Stunde", "Tage": "Tag", "Tagen": "Tag"},
        **{"Wochen": "Woche", "Monate": "Monat", "Monaten": "Monat", "Jahre": "Jahr"},
        **{"Jahren": "Jahr", "Zeichenklassen": "Zeichenklasse"},
    },
    "en": {
        **{"minutes": "minute", "hours": "hour", "days": "day", "weeks": "week"},
        **{"months": "month", "years": "year", "characters": "character"},
    },
}
_NEXT_WORD = re.compile(r"(\s+)(\w+)")


def number(value: int, lang: Language) -> str:
    """An integer with thousands separators from 1000 on: 10.000 (de), 10,000 (en)."""
    if abs(value) < 1000:
        return str(value)
    return format_number(value, lang)


def measure_text(
    measure: Measure,
    lang: Language,
    values: Mapping[str, int | str],
    roles: str = "verantwortlicher",
) -> str:
    """The text of ``measure`` in ``lang`` with ``values`` (or the parameters' defaults) and
    the role words of ``roles`` (see :mod:`tomwizard.models.roles`)."""
    text = measure.text.get(lang)
    if "{" not in text:
        return text
    by_id = {p.id: p for p in measure.params}
    out: list[str] = []
    position = 0
    for match in _PLACEHOLDER.finditer(text):
        if match[1] in ROLE_PLACEHOLDERS:
            out += [text[position : match.start()], ROLE_WORDS[roles][match[1]]]
            position = match.end()
            continue
        param = by_id.get(match[1])
        value = None if param is None else values.get(param.id, param.default)
        before = text[position : match.start()]
        end = match.end()
        if value is None or value == "":
            if before.endswith(" (") and text.startswith(")", end):
                out.append(before[:-2])  # " ({name})" without a name: left out
                position = end + 1
                continue
            out += [before, MISSING]
            if text.startswith(".", end):  # "…" ends the sentence: no fourth dot
                end += 1
        elif isinstance(value, int) and not isinstance(value, bool):
            out += [before, number(value, lang)]
            unit = _NEXT_WORD.match(text, end)
            if value == 1 and unit and unit[2] in SINGULAR[lang]:
                out += [unit[1], SINGULAR[lang][unit[2]]]
                end = unit.end()
        else:
            out += [before, str(value)]
        position = end
    out.append(text[position:])
    return "".join(out)


def short_quote(text: str, limit: int = 72) -> str:
    """A measure's text as a short quotation: whole up to ``limit`` characters, else cut at a
    word and ended with „…“ (no full stop either way)."""
    text = text.rstrip(".")
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return f"{cut} …"
