"""Faster stand-ins for three of reportlab's Python helpers, with the very same results.

Without its C accelerator (the separate ``rl-accel`` package, not a dependency of tomwizard)
reportlab formats every number of a page's drawing operators, escapes every string and encodes
every compressed stream (ASCII85) in Python loops; for the demo's annex and gap report that is
about 25 ms of every export. The stand-ins below return exactly what reportlab's own Python
functions return (``tests/test_reportlab_speed.py`` compares them on any input, and the PDF
tests compare whole documents byte for byte):

- ``fp_str``: reportlab's own function, asked once per distinct number (an export formats
  about 13,000 numbers, fewer than 900 of them different) and then answered from a dict;
- ``asciiBase85Encode``: the standard library's ``base64.a85encode`` (the same Adobe ASCII85:
  ``z`` for four zero bytes, a short last group) with reportlab's ``~>`` end mark;
- ``escapePDF``: ``str.translate`` with reportlab's own table of escapes.

:func:`install` puts them in place of reportlab's Python functions, in ``rl_accel`` and in every
reportlab module that imported them by name. A function reportlab has from its C accelerator
is left alone, and anything else than the inputs described (text beyond Latin-1 for
``escapePDF``, text for ``asciiBase85Encode``) goes to reportlab's own function unchanged.
"""

from __future__ import annotations

import base64
import sys
import threading
from collections.abc import Callable
from typing import Any

from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq

_NUMBERS_KEPT = 100_000  # distinct numbers remembered (an export has about 900)
# numbers that are equal are written alike (3 and 3.0 as "3"): one entry for both
_REMEMBERED = (int, float)
_lock = threading.Lock()
_installed = False


def _python(name: str) -> Callable[..., Any] | None:
    """reportlab's Python function ``name``, or None when its C accelerator provides it."""
    functions: dict[str, Any] = getattr(rl_accel, "_py_funcs", {})
    found = functions.get(name)
    return found if callable(found) and getattr(rl_accel, name, None) is found else None


def fast_fp_str(original: Callable[..., str]) -> Callable[..., str]:
    """``original`` (reportlab's ``fp_str``) asking for each distinct number only once."""
    numbers: dict[Any, str] = {}

    def fp_str(*values: Any) -> str:
        if len(values) == 1 and isSeq(values[0]):
            values = values[0]
        texts = []
        for value in values:
            if type(value) not in _REMEMBERED:  # anything else as reportlab formats it
                texts.append(original(value))
                continue
            text = numbers.get(value)
            if text is None:
                text = original(value)
                if len(numbers) < _NUMBERS_KEPT:
                    numbers[value] = text
            texts.append(text)
        return " ".join(texts)

    return fp_str


def fast_ascii85(original: Callable[[Any], str]) -> Callable[[Any], str]:
    """reportlab's ``asciiBase85Encode`` for bytes by ``base64.a85encode``."""

    def ascii_base85_encode(data: Any) -> str:
        if type(data) is not bytes:
            return original(data)
        return base64.a85encode(data).decode("ascii") + "~>"

    return ascii_base85_encode


def fast_escape(original: Callable[[Any], str]) -> Callable[[Any], str]:
    """reportlab's ``escapePDF`` for Latin-1 text by ``str.translate``."""
    table = {code: original(chr(code)) for code in range(256)}
    escapes = {code: text for code, text in table.items() if text != chr(code)}

    def escape_pdf(value: Any) -> str:
        if type(value) is bytes:
            text: str = value.decode("latin-1")
        elif type(value) is str and not (value and max(value) > "\xff"):
            text = value
        else:
            return original(value)  # its KeyError for text beyond Latin-1, as before
        return text.translate(escapes)

    return escape_pdf


_MAKERS = {
    "fp_str": fast_fp_str,
    "asciiBase85Encode": fast_ascii85,
    "escapePDF": fast_escape,
}


def install() -> None:
    """Put the stand-ins in place of reportlab's Python functions (once; idempotent)."""
    global _installed
    with _lock:
        if _installed:
            return
        for name, make in _MAKERS.items():
            original = _python(name)
            if original is None:  # from the C accelerator: already fast
                continue
            faster = make(original)
            for module_name, module in list(sys.modules.items()):
                if module_name.split(".")[0] == "reportlab" and (
                    getattr(module, name, None) is original
                ):
                    setattr(module, name, faster)
        _installed = True
