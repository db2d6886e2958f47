"""pydantic's validation errors in the user's words and language.

pydantic describes an error in English (``msg``: "Input should be a valid string"); a German
message must not carry that. Each error has a ``type`` (``string_type``, ``missing``, …): it is
translated here through the gettext catalog; an unknown type gives a general sentence, never
pydantic's English. The place is the dotted path (what one looks for in a JSON file), with the
form's label where the program has one (:mod:`tomwizard.history.diff_labels`).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import ValidationError

from tomwizard.i18n import N_, Msg, _, message_language, ngettext, say

_TEXT = N_("hier wird ein Text erwartet")
_INT = N_("hier wird eine ganze Zahl erwartet")
_NUMBER = N_("hier wird eine Zahl erwartet")
_BOOL = N_("hier wird „true“ oder „false“ erwartet")
_OBJECT = N_("hier wird ein JSON-Objekt erwartet")
_LIST = N_("hier wird eine JSON-Liste erwartet")
_DATE = N_("hier wird ein Datum der Form JJJJ-MM-TT erwartet (z. B. 2025-03-31)")
_DATETIME = N_("hier wird ein Zeitpunkt der Form JJJJ-MM-TTThh:mm:ss erwartet")
_CHOICE = N_("dieser Wert ist nicht vorgesehen; möglich: {expected}")
_INVALID = N_("der Wert ist ungültig")

REASONS: dict[str, Msg] = {
    "missing": N_("die Angabe fehlt"),
    "extra_forbidden": N_("dieses Feld ist nicht vorgesehen (Tippfehler im Namen?)"),
    "string_type": _TEXT,
    "string_sub_type": _TEXT,
    "string_unicode": N_("der Text enthält ungültige Zeichen"),
    "string_too_long": N_("der Text ist zu lang (höchstens {max_length} Zeichen)"),
    "string_too_short": N_("der Text ist zu kurz (mindestens {min_length} Zeichen)"),
    "string_pattern_mismatch": N_("der Text hat nicht die vorgesehene Form"),
    "int_type": _INT,
    "int_parsing": _INT,
    "int_from_float": _INT,
    "float_type": _NUMBER,
    "float_parsing": _NUMBER,
    "finite_number": _NUMBER,
    "bool_type": _BOOL,
    "bool_parsing": _BOOL,
    "dict_type": _OBJECT,
    "model_type": _OBJECT,
    "model_attributes_type": _OBJECT,
    "list_type": _LIST,
    "tuple_type": _LIST,
    "literal_error": _CHOICE,
    "enum": _CHOICE,
    "date_type": _DATE,
    "date_parsing": _DATE,
    "date_from_datetime_parsing": _DATE,
    "date_from_datetime_inexact": _DATE,
    "datetime_type": _DATETIME,
    "datetime_parsing": _DATETIME,
    "datetime_from_date_parsing": _DATETIME,
    "too_long": N_("zu viele Einträge (höchstens {max_length})"),
    "too_short": N_("zu wenige Einträge (mindestens {min_length})"),
    "greater_than_equal": N_("die Zahl muss mindestens {ge} sein"),
    "greater_than": N_("die Zahl muss größer als {gt} sein"),
    "less_than_equal": N_("die Zahl darf höchstens {le} sein"),
    "less_than": N_("die Zahl muss kleiner als {lt} sein"),
    "bytes_type": _TEXT,
    "value_error": _INVALID,
}


def reason(error: Any) -> str:
    """What is wrong, in the message language: one of pydantic's ``ErrorDetails``."""
    lang = message_language()
    kind = str(error.get("type", ""))
    ctx: dict[str, Any] = error.get("ctx") or {}
    if kind == "value_error":
        cause = ctx.get("error")
        en = getattr(cause, "en", None)  # a LogoError says it in German and English
        if isinstance(en, str):
            return en if lang == "en" else str(cause)
    message = REASONS.get(kind)
    if message is None:
        return say(lang, _INVALID)
    values = {key: str(value) for key, value in ctx.items()}
    if "expected" in ctx:  # "'de' or 'en'", or "1" for Literal[1]
        expected = str(ctx["expected"])
        choices = re.findall(r"'([^']*)'", expected) or re.split(r", | or ", expected)
        quoted = _("„{value}“")  # the quotes of the language
        values["expected"] = ", ".join(quoted.format(value=c) for c in choices) or "—"
    try:
        return say(lang, message).format(**values)
    except (KeyError, IndexError, ValueError):  # a context pydantic did not give
        return say(lang, _INVALID)


def place(loc: tuple[int | str, ...], prefix: str = "") -> tuple[str, str]:
    """The dotted path (``assessment.organisation.stand``) and the form's label of the field
    there ("" if it has none); ``prefix`` is left out when looking up the label."""
    where = ".".join(str(part) for part in loc)
    path = ".".join(str(part) for part in loc if isinstance(part, str))
    return where, _label(path.removeprefix(prefix))


def _label(path: str) -> str:
    from tomwizard.history.diff_labels import (
        ANSWER_ASPECTS,
        CUSTOM_ASPECTS,
        SUBPROCESSOR_ASPECTS,
        field_label,
    )

    lang = message_language()
    head, _sep, leaf = path.partition(".")
    if head == "answers":
        head, leaf = "answers", leaf.rpartition(".")[2]  # answers.<measure id>.<aspect>
    tables = {
        "subprocessors": SUBPROCESSOR_ASPECTS,
        "custom_measures": CUSTOM_ASPECTS,
        "answers": ANSWER_ASPECTS,
    }
    table = tables.get(head)
    if table is not None:
        return say(lang, table[leaf]) if leaf in table else ""
    shown = field_label(path)
    text = shown.en if lang == "en" else shown.de
    return "" if text == path else text


def describe(exc: ValidationError, prefix: str = "") -> str:
    """The first error as one line: „where“ (label): reason (und n weitere Fehler);
    the values themselves are not shown (they may be long or private).
    ``prefix`` is left out when looking up the label (e.g. ``assessment.``)."""
    errors = exc.errors()
    first = errors[0]
    loc = _without_union_tags(tuple(first["loc"]))
    where, label = place(loc, prefix)
    if label:
        message = _("Ungültiger Wert bei „{where}“ ({label}): {error}")
    else:
        message = _("Ungültiger Wert bei „{where}“: {error}")
    message = message.format(where=where, label=label, error=reason(first))
    # the members of a union (``int | str``) each report the same place once
    count = len({_without_union_tags(tuple(e["loc"])) for e in errors}) - 1
    more = " " + ngettext("(und {n} weiterer Fehler)", "(und {n} weitere Fehler)", count)
    return message + (more.format(n=count) if count else "")


_UNION_TAGS = frozenset({"int", "str", "float", "bool", "date", "none"})


def _without_union_tags(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    """``params.p.int`` → ``params.p``: pydantic names the member of a union it tried."""
    while loc and loc[-1] in _UNION_TAGS:
        loc = loc[:-1]
    return loc
