"""The embedded fonts of every PDF tomwizard writes (DejaVu Sans from ``resources/fonts``).

TrueType fonts are embedded as subsets by reportlab, so umlauts, „German quotes“, dashes and the
ballot boxes ☒ ☐ render on any machine. Registering is idempotent and cheap after the first call.

What DejaVu cannot draw in all three styles comes from a fallback font, registered only when a
text first needs it: Noto Sans Arabic and Noto Sans Hebrew (right-to-left text) and Symbola
(emoji and symbols). :func:`font_runs` splits a text into runs of one font each; a character no
font has becomes "�", invisible format characters (Cf) go.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tomwizard.export import reportlab_speed
from tomwizard.export.font_cache import load_fonts
from tomwizard.export.reportlab_compat import repair_to_unicode_cmap
from tomwizard.paths import resource_path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

_FILES: dict[str, str] = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
# Fallbacks in the order they are tried; each draws all styles with its one face.
_FALLBACK_FILES: dict[str, str] = {
    "NotoSansArabic": "NotoSansArabic-Regular.ttf",
    "NotoSansHebrew": "NotoSansHebrew-Regular.ttf",
    "Symbola": "Symbola.ttf",
}
REPLACEMENT = "\ufffd"  # "�", drawn where no font has a glyph (CJK, rare scripts)
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) as one family with reportlab, once."""
    global _registered
    with _lock:
        if _registered:
            return
        repair_to_unicode_cmap()  # emoji survive copying and text extraction
        reportlab_speed.install()  # the same numbers, escapes and ASCII85, written faster
        files = {name: resource_path("fonts", filename) for name, filename in _FILES.items()}
        for font in load_fonts(files).values():  # parsed once, then from the content cache
            remember_widths(font)
            pdfmetrics.registerFont(font)
        # <b> and <i> in paragraph markup map to the family members; there is no bold oblique
        # in resources/, so bold italic falls back to bold.
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_ITALIC)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        _registered = True


def remember_widths(font: TTFont, limit: int = 100_000) -> None:
    """Let ``font`` remember the width of every text it measured (up to ``limit`` texts).

    reportlab measures each word of a paragraph in Python, the same words again and again (the
    demo's annex and gap report: 16,000 measurements of a few thousand texts); a remembered
    width is the same number, found in a dict."""
    measure = font.stringWidth
    widths: dict[tuple[str, float, str], float] = {}

    def string_width(text: str, size: float, encoding: str = "utf8") -> float:
        key = (text, size, encoding)
        width = widths.get(key)
        if width is None:
            width = measure(text, size, encoding)
            if len(widths) < limit:
                widths[key] = width
        return width

    font.stringWidth = string_width


@cache
def _covered() -> frozenset[int]:
    """The code points that every registered style can draw."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]
    return frozenset(set(faces[0]).intersection(*faces[1:]))


@cache
def _fallbacks() -> tuple[tuple[str, frozenset[int]], ...]:
    """Register the fallback fonts (on first need) and return each with its code points."""
    found = []
    with _lock:
        for name, filename in _FALLBACK_FILES.items():
            font = TTFont(name, str(resource_path("fonts", filename)))
            pdfmetrics.registerFont(font)
            for bold, italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(name, bold, italic, name)  # <b>/<i> around a fallback run
            found.append((name, frozenset(font.face.charToGlyph)))
    return tuple(found)


def _font_of(ch: str) -> str | None:
    """The fallback font for ``ch`` ("" for none), or None for a character to drop."""
    point = ord(ch)
    for name, points in _fallbacks():
        if point in points:
            return name
    return None if unicodedata.category(ch) == "Cf" else ""


def font_runs(text: str) -> list[tuple[str, str]]:
    """``text`` as runs ``(font, chars)``: font "" is DejaVu, else a fallback's name."""
    covered = _covered()
    if covered.issuperset(map(ord, text)):
        return [("", text)] if text else []
    runs: list[tuple[str, str]] = []
    for ch in text:
        if ord(ch) in covered or ch.isspace():
            font = ""
        else:
            fallback = _font_of(ch)
            if fallback is None:
                continue
            font, ch = (fallback, ch) if fallback else ("", REPLACEMENT)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + ch)
        elif font and len(runs) >= 2 and runs[-2][0] == font and runs[-1][1].isspace():
            # words of one script stay in one run, so that right-to-left words keep their order
            runs[-2:] = [(font, runs[-2][1] + runs[-1][1] + ch)]
        else:
            runs.append((font, ch))
    return runs


def printable(text: str) -> str:
    """``text`` with the characters no font can draw replaced by "�" and invisible format
    characters dropped, so that the page shows (and text extraction finds) what the reader
    cannot see."""
    return "".join(chars for _font, chars in font_runs(text))
