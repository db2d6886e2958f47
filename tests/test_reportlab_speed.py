"""The stand-ins of tomwizard.export.reportlab_speed return what reportlab's own Python
functions return, for any input, and an export with them writes the same PDF bytes."""

from __future__ import annotations

import math
from functools import cache
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib import rl_accel

from tomwizard.export import reportlab_speed

PY = rl_accel._py_funcs
pytestmark = pytest.mark.skipif(
    any(PY.get(name) is None for name in ("fp_str", "asciiBase85Encode", "escapePDF")),
    reason="reportlab's C accelerator is installed: nothing is replaced",
)
numbers = st.one_of(
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False, min_value=-1e12, max_value=1e12),
    st.sampled_from([0, 0.0, -0.0, 1e-7, 1.5e-7, -1e-7, 0.5, 1, 1.0, 10, 1000, 999.9999995]),
)


@settings(max_examples=300)
@given(st.lists(numbers, max_size=8))
def test_numbers_are_written_as_reportlab_writes_them(values: list[float]) -> None:
    fast = reportlab_speed.fast_fp_str(PY["fp_str"])
    for _ in range(2):  # the second time from what it remembered
        assert fast(*values) == PY["fp_str"](*values)
        assert fast(values) == PY["fp_str"](values)
        assert fast(tuple(values)) == PY["fp_str"](tuple(values))


def test_equal_numbers_and_odd_values() -> None:
    fast = reportlab_speed.fast_fp_str(PY["fp_str"])
    for values in ((3, 3.0, True, 3), (1.0, True, 1), (2**60 + 1, float(2**60)), (0.1, 1e-9)):
        assert fast(*values) == PY["fp_str"](*values)
    with pytest.raises(ValueError):  # reportlab's own error for NaN
        fast(math.nan)


@settings(max_examples=300)
@given(
    st.binary(max_size=64) | st.lists(st.sampled_from([b"\0\0\0\0", b"\0", b"!~z"])).map(b"".join)
)
def test_ascii85_as_reportlab_encodes(data: bytes) -> None:
    fast = reportlab_speed.fast_ascii85(PY["asciiBase85Encode"])
    assert fast(data) == PY["asciiBase85Encode"](data)


@settings(max_examples=300)
@given(st.text(alphabet=st.characters(max_codepoint=255)) | st.binary())
def test_escapes_as_reportlab_escapes(text: Any) -> None:
    fast = reportlab_speed.fast_escape(PY["escapePDF"])
    assert fast(text) == PY["escapePDF"](text)


def test_text_beyond_latin1_fails_as_before() -> None:
    fast = reportlab_speed.fast_escape(PY["escapePDF"])
    with pytest.raises(KeyError):
        PY["escapePDF"]("€")
    with pytest.raises(KeyError):
        fast("€")


def test_installed_everywhere_reportlab_imported_them() -> None:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfgen import canvas, textobject

    reportlab_speed.install()
    assert canvas.fp_str is textobject.fp_str is pdfdoc.fp_str is rl_accel.fp_str
    assert rl_accel.fp_str is not PY["fp_str"]
    assert pdfdoc.asciiBase85Encode is not PY["asciiBase85Encode"]
    assert canvas.escapePDF is pdfdoc.escapePDF is not PY["escapePDF"]


def _parsed_frags(text: str, style: Any) -> list[dict[str, Any]]:
    """The fragments reportlab's own parser makes of ``text`` (as ``Paragraph._setup`` does)."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText, textTransformFrags
    from reportlab.platypus.paraparser import ParaParser

    _style, frags, _bullets = ParaParser().parse(cleanBlockQuotedText(text), style)
    textTransformFrags(frags, style)
    return [dict(vars(frag)) for frag in frags]


@cache
def _styles() -> list[Any]:
    from reportlab.lib.styles import ParagraphStyle

    from tomwizard.export.pdf_fonts import register_fonts
    from tomwizard.export.pdf_styles import item_style, make_styles

    register_fonts()
    ours = [v for v in vars(make_styles()).values() if isinstance(v, ParagraphStyle)]
    upper = ParagraphStyle("upper", textTransform="uppercase", fontName="DejaVuSans")
    return [*ours, item_style(1), item_style(0, boxed=True), upper, ParagraphStyle("plain")]


@settings(max_examples=200, deadline=None)  # the first example registers the fonts
@given(st.text(alphabet=st.characters(blacklist_characters="<&")), st.data())
def test_paragraphs_without_markup_have_the_parsers_fragments(text: str, data: Any) -> None:
    from reportlab.platypus import Paragraph

    reportlab_speed.install()
    style = data.draw(st.sampled_from(_styles()))
    made = Paragraph(text, style)
    assert [dict(vars(frag)) for frag in made.frags] == _parsed_frags(text, style)
    again = Paragraph(text, style)
    for first, second in zip(made.frags, again.frags, strict=True):  # nothing shared
        assert first.link is not second.link and first.us_lines is not second.us_lines


def test_a_changed_style_is_parsed_again() -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    reportlab_speed.install()
    style = ParagraphStyle("changing", fontSize=10)
    assert Paragraph("Text", style).frags[0].fontSize == 10
    style.fontSize = 12
    assert Paragraph("Text", style).frags[0].fontSize == 12


def _outcome(make: Any) -> Any:
    """The fragments made (as dicts), or the kind of error raised."""
    try:
        return make()
    except Exception as error:  # the parser's own refusal of broken markup
        return type(error)


taken = st.sampled_from(["<b>", "</b>", "<i>", "</i>", "<br/>"])  # without the parser
others = st.sampled_from(["<u>", "</u>", "<b/>", "<B>", "<", "<br>"])  # through the parser
words = st.text(alphabet=st.sampled_from("aZ ä\n\t-→€"), max_size=4)
markup = st.lists(taken | words, max_size=12) | st.lists(taken | others | words, max_size=12)


@settings(max_examples=300, deadline=None)
@given(markup.map("".join), st.data())
def test_paragraphs_with_bold_italic_and_breaks_have_the_parsers_fragments(
    text: str, data: Any
) -> None:
    from reportlab.platypus import Paragraph

    reportlab_speed.install()
    style = data.draw(st.sampled_from(_styles()))
    made = _outcome(lambda: [dict(vars(f)) for f in Paragraph(text, style).frags])
    assert made == _outcome(lambda: _parsed_frags(text, style))


def test_markup_paragraphs_share_no_lists() -> None:
    from reportlab.platypus import Paragraph

    reportlab_speed.install()
    style = _styles()[0]
    text = "a <b>b <i>c</i></b><br/>d"
    made, again = Paragraph(text, style), Paragraph(text, style)
    assert len(made.frags) == 5
    for first, second in zip(made.frags, again.frags, strict=True):
        assert first.link is not second.link and first.us_lines is not second.us_lines
