"""What tomwizard relies on in reportlab beyond its public API, in one place and checked.

1. **The ToUnicode repair.** reportlab writes code points beyond U+FFFF (emoji) into a font's
   ToUnicode CMap as five or six hex digits; the PDF reference wants UTF-16 surrogate pairs,
   and readers cannot decode anything else, so copied or extracted text would lose the emoji.
   :func:`repair_to_unicode_cmap` wraps ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap`` to
   rewrite those entries. It is an explicit step (``pdf_fonts.register_fonts`` runs it before
   any PDF is written), applied only to the reportlab major versions ``pyproject.toml``
   allows; ``tests/test_reportlab_compat.py`` fails when reportlab changes the function (its
   source no longer matches a known fingerprint), so an upgrade is a conscious decision.
2. **Layout internals** the page-keeping rooms (``pdf_keep.Room``) need and reportlab does not
   offer publicly: the frame being laid out, whether it is still at its top, the height a
   ``KeepTogether`` measured, and a table's cells, styles and widths before it is wrapped.
   The accessors below are the only places that touch them; the same test checks each.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import reportlab
from reportlab.pdfbase import ttfonts

SUPPORTED_MAJOR = (4, 5)  # keep in step with the bound in pyproject.toml
# sha256 of ``inspect.getsource(makeToUnicodeCMap)`` in the reportlab versions checked.
TO_UNICODE_FINGERPRINTS = {
    "71783731cbe452d862ba7db5a5087a4c0847f9127def9b9d7022ea25a3ee908a": "5.1.0",
}
_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)
_original: Callable[[str, list[int]], str] | None = None


def reportlab_major() -> int:
    return int(str(reportlab.Version).split(".")[0])


def surrogate_pairs(cmap: str) -> str:
    """``cmap`` with every entry beyond U+FFFF written as a UTF-16 surrogate pair."""

    def pair(match: re.Match[str]) -> str:
        utf16 = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
        return f"{match.group(1)} <{utf16}>"

    return _BEYOND_BMP.sub(pair, cmap)


def _to_unicode_cmap(fontname: str, subset: list[int]) -> str:
    assert _original is not None
    return surrogate_pairs(_original(fontname, subset))


def repair_to_unicode_cmap() -> bool:
    """Install the repair once; False (nothing changed) for a reportlab outside the bound."""
    global _original
    if ttfonts.makeToUnicodeCMap is _to_unicode_cmap:
        return True
    if reportlab_major() not in SUPPORTED_MAJOR:
        return False
    _original = ttfonts.makeToUnicodeCMap
    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    return True


def original_to_unicode_cmap() -> Callable[[str, list[int]], str]:
    """reportlab's own function (for the test that checks it)."""
    return _original if _original is not None else ttfonts.makeToUnicodeCMap


# -- layout internals -------------------------------------------------------------------------


def current_frame(flowable: Any) -> Any:
    """The frame the document template is filling while ``flowable`` is wrapped (or None)."""
    return flowable._doctemplateAttr("frame")


def frame_at_top(frame: Any) -> bool:
    """Whether nothing has been drawn in ``frame`` yet."""
    return bool(getattr(frame, "_atTop", False))


def kept_height(keep: Any) -> float:
    """The true height of a ``KeepTogether`` after ``wrapOn`` (its ``wrap`` answers a huge
    height so that it gets split)."""
    return float(keep._H)


def table_cells(table: Any) -> tuple[list[list[Any]], list[Any], list[list[Any]], list[float]]:
    """A table's cell values, fixed row heights, cell styles and column widths."""
    return table._cellvalues, table._argH, table._cellStyles, table._colWidths
