"""Faster stand-ins for four of reportlab's Python helpers, with the very same results.

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
- ``escapePDF``: ``str.translate`` with reportlab's own table of escapes;
- ``Paragraph._setup`` for a text without markup (no ``<``, no ``&``: four of five paragraphs
  of an export): reportlab runs its HTML parser on every paragraph, which for such a text makes
  one fragment, a copy of the style's first fragment with the text in it. That fragment is
  parsed once per style (and again when the style has changed) and copied for each text.
  Likewise a text whose only markup is ``<b>``, ``<i>`` (each at most once open) and ``<br/>``:
  the parser makes one fragment per run of text between the tags and one per line break, each
  a copy of what it makes of "x" (or of a line break) inside the same open tags.

:func:`install` puts them in place of reportlab's Python functions, in ``rl_accel`` and in every
reportlab module that imported them by name. A function reportlab has from its C accelerator
is left alone, and anything else than the inputs described (text beyond Latin-1 for
``escapePDF``, text for ``asciiBase85Encode``) goes to reportlab's own function unchanged.
"""

from __future__ import annotations

import base64
import copy
import re
import sys
import threading
from collections.abc import Callable
from typing import Any

from reportlab.lib import rl_accel
from reportlab.lib.utils import isSeq
from reportlab.platypus import paragraph
from reportlab.platypus.paraparser import ParaParser

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


_PROBE = "x"  # a text without markup, parsed once per style
# the only markup taken without the parser: bold, italic (each at most once open) and line breaks
_MARKUP = re.compile(r"(<b>|</b>|<i>|</i>|<br/>)")


def fast_setup(original: Callable[..., None]) -> Callable[..., None]:
    """reportlab's ``Paragraph._setup`` without its parser for a text without markup, or with
    only ``<b>``, ``<i>`` and ``<br/>``."""
    templates: dict[tuple[int, tuple[str, ...], bool], tuple[Any, dict[str, Any], Any]] = {}

    def template(style: Any, tags: tuple[str, ...] = (), line_break: bool = False) -> Any:
        """The parser's fragment for "x" (or a line break) inside ``tags`` in ``style``."""
        key = (id(style), tags, line_break)
        known = templates.get(key)
        if known is not None and known[0] is style and known[1] == style.__dict__:
            return known[2]
        inner = "<br/>" if line_break else _PROBE
        probe = "".join(f"<{t}>" for t in tags) + inner + "".join(f"</{t}>" for t in tags[::-1])
        parsed_style, frags, bullet_frags = ParaParser().parse(probe, style)
        usable = (
            parsed_style is style
            and not bullet_frags
            and frags is not None
            and len(frags) == 1
            and (
                getattr(frags[0], "lineBreak", False) is True and frags[0].text == ""
                if line_break
                else frags[0].text == _PROBE and not hasattr(frags[0], "lineBreak")
            )
        )
        frag = frags[0] if usable else None
        templates[key] = (style, dict(style.__dict__), frag)
        return frag

    def copied(first: Any, **changes: Any) -> Any:
        frag = first.clone(**changes)
        for name, value in vars(frag).items():  # lists of its own, as parsed
            if type(value) in (list, dict):
                setattr(frag, name, copy.copy(value))
        return frag

    def marked(text: str, style: Any) -> list[Any] | None:
        """The parser's fragments of ``text``, or None when it has other markup."""
        frags: list[Any] = []
        tags: list[str] = []
        for index, part in enumerate(_MARKUP.split(text)):
            if index % 2 == 0:
                if "<" in part:
                    return None
                first = template(style, tuple(tags)) if part else None
                if part and first is None:
                    return None
                if part:
                    frags.append(copied(first, text=part))
            elif part == "<br/>":
                first = template(style, tuple(tags), line_break=True)
                if first is None:
                    return None
                frags.append(copied(first))
            elif part[1] == "/":
                if not tags or tags[-1] != part[2]:
                    return None
                tags.pop()
            elif part[1] in tags:
                return None
            else:
                tags.append(part[1])
        return frags if frags and not tags else None

    def _setup(
        self: Any, text: Any, style: Any, bullet_text: Any, frags: Any, cleaner: Any
    ) -> None:
        if (
            frags is None
            and cleaner is paragraph.cleanBlockQuotedText
            and type(text) is str
            and "&" not in text
        ):
            cleaned = cleaner(text)
            if "<" not in cleaned:
                first = template(style) if cleaned else None
                made = [copied(first, text=cleaned)] if first is not None else None
            else:
                made = marked(cleaned, style)
            if made is not None:
                paragraph.textTransformFrags(made, style)
                original(self, cleaned, style, bullet_text, made, cleaner)
                return
        original(self, text, style, bullet_text, frags, cleaner)

    return _setup


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
        setup = paragraph.Paragraph._setup
        paragraph.Paragraph._setup = fast_setup(setup)
        _installed = True
