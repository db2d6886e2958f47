"""The stand-ins of tomwizard.export.reportlab_speed return what reportlab's own Python
functions return, for any input, and an export with them writes the same PDF bytes."""

from __future__ import annotations

import math
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
