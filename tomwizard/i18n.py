"""One voice for the core's texts: gettext catalogs, and Babel's forms of dates, numbers, lists.

The messages are German (the program's source and default language: German text is written
first and is the msgid, as in the Qt ``.ts`` of ``ui/``); ``tomwizard/locale/en/LC_MESSAGES/
tomwizard.po`` translates them into English and ships compiled as ``tomwizard.mo`` (``make
messages`` extracts, updates and compiles). A German msgid needs no German catalog, so German
works even without one; a missing English entry is caught by ``tests/test_i18n_catalogs.py``.

Two ways to ask for a text:

- documents name their language: ``tr(lang, "…")``, ``trc(lang, context, "…")``,
  ``trn(lang, singular, plural, n)``; tables mark their entries with ``N_``/``NC_`` and translate
  on access (:class:`Wording`, :class:`Labels`);
- the command line speaks one language per run (:func:`set_message_language`, from ``--lang``
  or the locale): ``_("…")`` and ``ngettext(…)``.

Every date a user reads is written by :func:`format_date` (31.03.2027 / 31 March 2027), every
number with decimals by :func:`format_number`.
"""

from __future__ import annotations

import datetime as dt
import gettext as _gettext
import os
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Generic, NamedTuple, TypeVar

from tomwizard.models.catalog import LANGUAGES, Language, Text

DOMAIN = "tomwizard"
LOCALE_DIR = Path(__file__).resolve().parent / "locale"
SOURCE_LANGUAGE: Language = "de"
# Babel's locale per language: British English writes "31 March 2027" (day, month, year, as
# German does), the form the annex always used.
BABEL_LOCALES: dict[Language, str] = {"de": "de_DE", "en": "en_GB"}
_LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")  # gettext's order

K = TypeVar("K")


class Msg(NamedTuple):
    """A German message with its context (``None``: none), marked for extraction."""

    context: str | None
    msgid: str


def N_(msgid: str) -> Msg:
    return Msg(None, msgid)


def NN_(singular: str, plural: str) -> tuple[str, str]:
    """A message with its plural, marked for extraction (filled by :func:`trn`)."""
    return singular, plural


def NC_(context: str, msgid: str) -> Msg:
    """A short German word whose English depends on where it stands ("Name" / "name")."""
    return Msg(context, msgid)


@cache
def translations(lang: Language) -> _gettext.NullTranslations:
    """The catalog of ``lang``; German is the msgid itself. A missing English catalog is an
    error (FileNotFoundError), never a silent fall-back to German."""
    if lang == SOURCE_LANGUAGE:
        return _gettext.NullTranslations()
    with (LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.mo").open("rb") as mo:
        return _gettext.GNUTranslations(mo)


def tr(lang: Language, msgid: str) -> str:
    return translations(lang).gettext(msgid)


def trc(lang: Language, context: str, msgid: str) -> str:
    return translations(lang).pgettext(context, msgid)


def trn(lang: Language, singular: str, plural: str, n: int) -> str:
    """The plural form for ``n`` (German and English: one, other)."""
    return translations(lang).ngettext(singular, plural, n)


def say(lang: Language, message: Msg) -> str:
    """A marked message in ``lang``."""
    if message.context is None:
        return tr(lang, message.msgid)
    return trc(lang, message.context, message.msgid)


def both(message: Msg) -> Text:
    """A marked message in both languages (for values that carry both, like findings)."""
    return Text(de=say("de", message), en=say("en", message))


class Wording(Mapping[Language, dict[str, str]]):
    """``WORDS[lang][key]``: a table of marked messages, translated once per language."""

    def __init__(self, messages: Mapping[str, Msg]) -> None:
        self._messages = dict(messages)
        self._done: dict[Language, dict[str, str]] = {}

    def __getitem__(self, lang: Language) -> dict[str, str]:
        if lang not in self._done:
            if lang not in LANGUAGES:
                raise KeyError(lang)
            self._done[lang] = {key: say(lang, m) for key, m in self._messages.items()}
        return dict(self._done[lang])  # a copy: the caller may fill in its own

    def __iter__(self) -> Iterator[Language]:
        return iter(LANGUAGES)

    def __len__(self) -> int:
        return len(LANGUAGES)


class Labels(Mapping[K, Mapping[Language, str]], Generic[K]):
    """``LABELS[key][lang]``: one marked message per key (a status, a severity …)."""

    def __init__(self, messages: Mapping[K, Msg]) -> None:
        self._messages = dict(messages)
        self._done: dict[K, Mapping[Language, str]] = {}

    def __getitem__(self, key: K) -> Mapping[Language, str]:
        if key not in self._done:
            self._done[key] = {lang: say(lang, self._messages[key]) for lang in LANGUAGES}
        return self._done[key]

    def __iter__(self) -> Iterator[K]:
        return iter(self._messages)

    def __len__(self) -> int:
        return len(self._messages)


# -- the command line's language -----------------------------------------------------------

_message_language: list[Language] = [SOURCE_LANGUAGE]


def set_message_language(lang: Language) -> None:
    _message_language[0] = lang


def message_language() -> Language:
    return _message_language[0]


def _(msgid: str) -> str:
    """A message in the command line's language."""
    return tr(_message_language[0], msgid)


def ngettext(singular: str, plural: str, n: int) -> str:
    return trn(_message_language[0], singular, plural, n)


def language_from_environment(environ: Mapping[str, str] | None = None) -> Language:
    """The user's language as gettext finds it: the first set of LANGUAGE (a list such as
    ``fr:en``), LC_ALL, LC_MESSAGES, LANG decides; English if it names English before German,
    German otherwise (also for ``C`` and languages tomwizard does not speak)."""
    env = os.environ if environ is None else environ
    for name in _LOCALE_VARIABLES:
        value = env.get(name, "")
        if not value:
            continue
        for item in value.split(":"):
            code = item.split(".")[0].split("@")[0].split("_")[0].lower()
            if code in LANGUAGES:
                return "en" if code == "en" else "de"
        if name != "LANGUAGE":  # a LANGUAGE list without de/en leaves the choice to LC_*
            return SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


# -- dates and numbers ---------------------------------------------------------------------


# Babel's month names of en_GB (CLDR), for :func:`format_date`.
_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June", "July", "August"),
    *("September", "October", "November", "December"),
)


def format_date(date: dt.date, lang: Language) -> str:
    """31.03.2027 (German) or 31 March 2027 (English): the one date form of every output.

    Babel's medium date of de_DE (``dd.MM.y``) and long date of en_GB (``d MMMM y``), written
    out: the rules write dates into findings at every start, and Babel's locale data would
    cost about 9 MiB and 30 ms there (``tests/test_date_forms.py`` checks every date against
    Babel)."""
    if lang not in BABEL_LOCALES:
        raise KeyError(lang)
    if lang == "de":
        return f"{date.day:02d}.{date.month:02d}.{date.year}"
    return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"


def format_datetime(moment: dt.datetime, lang: Language) -> str:
    """A date with the time of day: 31.03.2027 14:05 / 31 March 2027 14:05 (local time)."""
    local = moment.astimezone() if moment.tzinfo is not None else moment
    return f"{format_date(local.date(), lang)} {local:%H:%M}"


# Babel's symbols of de_DE and en_GB for :func:`format_number`: (group, decimal point).
_SEPARATORS: dict[Language, tuple[str, str]] = {"de": (".", ","), "en": (",", ".")}


def format_number(value: float, lang: Language, digits: int = 0) -> str:
    """1.234,5 / 1,234.5, with at most ``digits`` decimals.

    Babel's ``format_decimal`` with the pattern ``#,##0.#…`` in de_DE and en_GB, written out
    as :func:`format_date` is (rounded half to even, groups of three, no trailing zeros):
    Babel's locale data cost about 20 ms of every export (``tests/test_number_forms.py``
    checks the forms against Babel)."""
    group, point = _SEPARATORS[lang]
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if not number.is_finite():  # not a figure a document shows; Babel knows its symbols
        from babel.numbers import format_decimal

        pattern = "#,##0" + ("." + "#" * digits if digits else "")
        return format_decimal(value, pattern, locale=BABEL_LOCALES[lang])
    rounded = abs(number).normalize().quantize(Decimal(10) ** -digits)
    whole, _point, fraction = f"{rounded:f}".partition(".")
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    text = group.join([whole, *groups])
    fraction = fraction.rstrip("0") if digits else ""
    sign = "-" if number.is_signed() else ""
    return f"{sign}{text}{point}{fraction}" if fraction else f"{sign}{text}"


def format_list(items: list[str], lang: Language) -> str:
    """A list joined the way the language joins it: "A, B und C" / "A, B and C" (Babel's
    standard list of de_DE and en_GB, written out; ``tests/test_number_forms.py``)."""
    if len(items) < 2:
        return items[0] if items else ""
    # the last two as Babel's "{0} und {1}" of de_DE and en_GB
    joined = trc(lang, "list", "{before} und {last}")
    return joined.format(before=", ".join(items[:-1]), last=items[-1])
