"""Text that goes into a PDF: cleaning, escaping for reportlab's paragraph markup, typographic
ties, dates.

Every user text passes :func:`escape` (paragraphs) or :func:`plain` (single lines drawn on the
canvas, metadata). Catalog texts go the same way, so that a "<" in content is never markup.
:func:`tie` then puts non-breaking spaces where German (and English) typesetting keeps words
together: "Art. 32", "Abs. 1", "lit. b DSGVO", "§ 38 BDSG", "12 Monate", a deadline "bis
31.03.2027", "z. B.", "21337 Lüneburg". :func:`markup` does both.
"""

from __future__ import annotations

import html

from tomwizard.export.document.typography import (
    NBSP,
    clean,
    format_date,
    tie,
    untie,
)
from tomwizard.export.pdf_fonts import font_runs, printable

__all__ = [
    "NBSP",
    "clean",
    "escape",
    "format_date",
    "markup",
    "plain",
    "tie",
    "untie",
]


def escape(text: str) -> str:
    """Make user text safe for reportlab paragraph markup: clean, xml-escape, ``\\n`` → ``<br/>``.

    Characters DejaVu lacks are set in a fallback font (``<font name=…>``); those no font has
    become "�" (see :func:`font_runs`). Overlong unbreakable runs need no markup: the paragraph
    styles set ``splitLongWords``.
    """
    parts = []
    for font, chars in font_runs(clean(text)):
        escaped = html.escape(chars, quote=False)
        parts.append(f'<font name="{font}">{escaped}</font>' if font else escaped)
    return "".join(parts).replace("\n", "<br/>")


def markup(text: str) -> str:
    """User or catalog text as paragraph markup: escaped, with typographic ties."""
    return tie(escape(text))


def plain(text: str) -> str:
    """User text for one line drawn outside paragraph markup (header, footer, metadata)."""
    return " ".join(printable(clean(text)).split())
