"""Typography of the documents' text, independent of any output format: cleaning, typographic
ties (non-breaking spaces where German and English typesetting keeps words together: "Art. 32",
"Abs. 1", "lit. b DSGVO", "§ 38 BDSG", "12 Monate", a deadline "bis 31.03.2027" or "by 31 March
2027", a date "31 March 2027", "z. B.", "21337 Lüneburg"), dates.

The builders of :mod:`tomwizard.export.document` put ties into the model's text; every renderer
prints them as they are.
"""

from __future__ import annotations

import datetime as dt
import re

from tomwizard import i18n
from tomwizard.models.catalog import Language

NBSP = "\u00a0"
_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_MONTH = "|".join(_MONTHS_EN)
_AFTER_MONTH = "|".join(rf"(?<=\d[ {NBSP}]{month} )" for month in _MONTHS_EN)
_NEWLINES = re.compile(r"\r\n?")
# C0 and C1 control characters except \t and \n, DEL, and unpaired surrogates.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")

_NAMES = (  # a designation and the number (or roman numeral) it names
    *("Art.", "Artt.", "Abs.", "UAbs.", "Nr.", "Ziff.", "S.", "Satz", "Sec.", "No.", "no."),
    *("Kapitel", "Chapter", "Anlage", "Annex", "Anhang", "Klausel", "Clause", "Modul", "Module"),
    *("Version", "Stufe", "Sicherheitsstufe", "level", "DIN", "ISO/IEC", "ISO", "VdS", "TLS"),
    "Baustein",
    *("Section", "HRB", "HRA", "VR", "GnR", "PR"),  # Section 203(3); HRB 12345 (register numbers)
)
_LAWS = r"DSGVO|GDPR|BDSG|StGB|TDDDG|TTDSG|HGB|AO|SGB"
_UNITS = (
    r"Minuten|Minute|Stunden|Stunde|Tagen|Tage|Tag|Wochen|Woche|Monaten|Monate|Monat|Jahren|"
    r"Jahre|Jahr|Zeichenklassen|Zeichen|Prozent|minutes|minute|hours|hour|days|day|weeks|week|"
    r"months|month|years|year|characters|character|MB|GB|TB"
)
_NAMED = "|".join(rf"(?<=\b{re.escape(name)} )" for name in _NAMES) + "|(?<=§ )"
# One space, tied when what stands before it and what follows belong together. The pattern
# starts with the space and each branch tests its cheap look-ahead first, so that the scan is fast
# (it runs on every paragraph); the look-behinds include the space.
_TIES = re.compile(
    " (?:"
    + "|".join(
        (
            rf"(?=\d|[IVX]+\b)(?:{_NAMED})",  # Art. 32, § 38, DIN 66399, Kapitel V
            r"(?=[a-z]\b)(?<=\blit\. )",  # lit. b
            rf"(?=(?:{_LAWS})\b)(?:(?<=\d )|(?<=\) )|(?<=\b[IVXa-z] ))",  # 32 DSGVO, b DSGVO
            rf"(?<=\d )(?=(?:{_UNITS})\b|%)",  # 12 Monate, 96 %
            r"(?=\d{1,2}\.\d{1,2}\.\d{4})(?<=\bbis )",  # a deadline: (bis 31.03.2027)
            rf"(?=\d{{1,2}}[ {NBSP}](?:{_MONTH}))(?<=\bby )",  # (by 31 March 2027)
            rf"(?=(?:{_MONTH}) \d{{4}}\b)(?<=\b\d )|(?=(?:{_MONTH}) \d{{4}}\b)(?<=\b\d\d )",
            rf"(?=\d{{4}}\b)(?:{_AFTER_MONTH})",  # 31 March 2027: one unit
            r"(?=[A-Za-z]\.)(?<=\b[A-Za-z]\. )",  # z. B., d. h., e. K.
            r"(?<=\d )(?=[A-ZÄÖÜ][a-zäöüß])(?:(?<=\b\d{4} )|(?<=\b\d{5} ))",  # 21337 Lüneburg
            r"(?=\d\d\b)(?<=\b\d{3} )",  # 602 00 (Czech, Slovak and Swedish postcodes)
        )
    )
    + ")"
)


def clean(text: str) -> str:
    """Drop control characters (except newline and tab) and unpaired surrogates."""
    return _UNWANTED.sub("", _NEWLINES.sub("\n", text))


def tie(text: str) -> str:
    """Non-breaking spaces where a line must not break (see the module docstring). Works on
    plain and on escaped text (it only ever replaces a space between two words)."""
    return _TIES.sub(NBSP, text) if _may_tie(text) else text


def _may_tie(text: str) -> bool:
    """Whether any tie can apply: each needs a digit, a "§", an abbreviation (". ") or a roman
    numeral after one of a few words. Most texts have none; substring tests run at C speed,
    five times faster than a regular expression or a set (this runs on every paragraph)."""
    return (
        "0" in text
        or "1" in text
        or "2" in text
        or "3" in text
        or "4" in text
        or "5" in text
        or "6" in text
        or "7" in text
        or "8" in text
        or "9" in text
        or "§" in text
        or ". " in text
        or "Kapitel " in text
        or "Chapter " in text
        or "Anhang " in text
        or "Annex " in text
    )


# a citation in parentheses: "(Art. 32 Abs. 1 lit. d DSGVO)", "(§ 22 Abs. 2 BDSG)"
_CITATION = re.compile(r"\((?:Art\.|Artt\.|§)[^()\n]{1,60}\)")


def tie_citations(text: str) -> str:
    """Each citation in parentheses as one unit, so that a heading breaks before the
    parenthesis, never inside the citation (DSB review 7, N6). Headings only: in a narrow
    table column a whole citation may not fit a line."""
    if "(" not in text:
        return text
    return _CITATION.sub(lambda m: m.group(0).replace(" ", NBSP), text)


def untie(text: str) -> str:
    """Plain spaces again: for metadata and the single lines of header and footer."""
    return text.replace(NBSP, " ")


def format_date(date: dt.date, lang: Language) -> str:
    """31.03.2027, or 31 March 2027 (:func:`tomwizard.i18n.format_date`), with day, month and
    year never on different lines."""
    return i18n.format_date(date, lang).replace(" ", NBSP)


def one_line(text: str) -> str:
    """User text for one line: cleaned, every run of white space one space."""
    return " ".join(clean(text).split())
