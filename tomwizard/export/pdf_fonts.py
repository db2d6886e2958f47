"""The embedded fonts of every PDF tomwizard writes (DejaVu Sans from ``resources/fonts``).

TrueType fonts are embedded as subsets by reportlab, so umlauts, „German quotes“, dashes and the
ballot boxes ☒ ☐ render on any machine. Registering is idempotent and cheap after the first call.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tomwizard.paths import resource_path

FONT_REGULAR = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

_FILES: dict[str, str] = {
    FONT_REGULAR: "DejaVuSans.ttf",
    FONT_BOLD: "DejaVuSans-Bold.ttf",
    FONT_ITALIC: "DejaVuSans-Oblique.ttf",
}
REPLACEMENT = "\ufffd"  # "�", drawn where the fonts have no glyph (emoji, rare scripts)
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register DejaVu Sans (regular, bold, oblique) as one family with reportlab, once."""
    global _registered
    with _lock:
        if _registered:
            return
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
        # <b> and <i> in paragraph markup map to the family members; there is no bold oblique
        # in resources/, so bold italic falls back to bold.
        addMapping(FONT_REGULAR, 0, 0, FONT_REGULAR)
        addMapping(FONT_REGULAR, 1, 0, FONT_BOLD)
        addMapping(FONT_REGULAR, 0, 1, FONT_ITALIC)
        addMapping(FONT_REGULAR, 1, 1, FONT_BOLD)
        _registered = True


@cache
def _covered() -> frozenset[int]:
    """The code points that every registered style can draw."""
    register_fonts()
    faces = [pdfmetrics.getFont(name).face.charToGlyph for name in _FILES]
    return frozenset(set(faces[0]).intersection(*faces[1:]))


def printable(text: str) -> str:
    """Replace characters the fonts cannot draw: invisible format characters go, others become
    "�", so that the page shows (and text extraction finds) what the reader cannot see."""
    covered = _covered()
    if covered.issuperset(map(ord, text)):
        return text
    out = []
    for ch in text:
        if ord(ch) in covered or ch.isspace():
            out.append(ch)
        elif unicodedata.category(ch) != "Cf":
            out.append(REPLACEMENT)
    return "".join(out)
