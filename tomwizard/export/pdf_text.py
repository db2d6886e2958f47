"""Text that goes into a PDF: cleaning, escaping for reportlab's paragraph markup, dates.

Every user text passes :func:`escape` (paragraphs) or :func:`plain` (single lines drawn on the
canvas, metadata). Catalog texts go the same way, so that a "<" in content is never markup.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from tomwizard.export.pdf_fonts import printable
from tomwizard.models.catalog import Language

_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_NEWLINES = re.compile(r"\r\n?")
# C0 and C1 control characters except \t and \n, DEL, and unpaired surrogates.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def clean(text: str) -> str:
    """Drop control characters (except newline and tab) and unpaired surrogates."""
    return _UNWANTED.sub("", _NEWLINES.sub("\n", text))


def escape(text: str) -> str:
    """Make user text safe for reportlab paragraph markup: clean, xml-escape, ``\\n`` → ``<br/>``.

    Characters the embedded fonts lack become "�" (see :func:`printable`). Overlong unbreakable
    runs need no markup: the paragraph styles set ``splitLongWords``.
    """
    return html.escape(printable(clean(text)), quote=False).replace("\n", "<br/>")


def plain(text: str) -> str:
    """User text for one line drawn outside paragraph markup (header, footer, metadata)."""
    return " ".join(printable(clean(text)).split())


def format_date(date: dt.date, lang: Language) -> str:
    if lang == "de":
        return date.strftime("%d.%m.%Y")
    return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"


def nbsp_refs(text: str) -> str:
    """Keep "Art. 32" and "Abs. 1" together on one line (markup: for already escaped text)."""
    return re.sub(r"\b(Art\.|Abs\.|lit\.|Nr\.) ", r"\1&nbsp;", text)
