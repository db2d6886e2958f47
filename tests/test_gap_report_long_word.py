"""A sub-processor name of 30,000 characters without a space: the gap report quotes it in
several findings and used to take minutes (reportlab split the word anew on every page); it is
now cut into paragraphs of bounded length and comes out whole."""

from __future__ import annotations

import datetime as dt
import io
import re

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_long import CHUNK, _cut, paragraphs
from tomwizard.export.pdf_styles import make_styles
from tomwizard.export.wording import REPORT
from tomwizard.models.assessment import Subprocessor

# 30,000 characters, unbroken, in an order that a dropped or repeated piece would disturb.
NAME = "".join(f"N{i:04d}" for i in range(6000))


def test_a_30000_character_name_comes_out_whole() -> None:
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    assessment.subprocessors.append(
        Subprocessor(id="sx", name=NAME, country_seat="US", countries_processing=["US"])
    )
    pdf = gap_report_pdf(assessment, catalog, "de", today=dt.date(2026, 11, 2))
    header = REPORT["de"]["short"]
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
    # Header and footer are drawn last on each page; without them the body reads on.
    text = "".join("".join(p[: p.rindex(header)].split()) for p in pages)
    assert text.count(NAME) >= 2  # in a finding and in what it concerns


def test_text_without_an_overlong_word_stays_one_paragraph() -> None:
    style = make_styles().body
    text = "<b>Ein Satz</b> " * 500
    assert _cut(text) == [text]
    assert len(paragraphs(text, style)) == 1


def test_parts_close_and_reopen_the_tags() -> None:
    parts = _cut('<b>• „<font name="X">' + "A" * (2 * CHUNK + 5) + "</font>“</b>")
    assert len(parts) == 3
    for part in parts:
        assert part.startswith("<b>")
        assert part.endswith("</b>")
        assert part.count("<font") == part.count("</font>") == 1


@given(
    st.lists(
        st.one_of(
            st.sampled_from(["<b>", "</b>", "<br/>", " ", "&amp;", "„"]),
            st.text(alphabet="xyz", min_size=1, max_size=3 * CHUNK),
        ),
        max_size=8,
    )
)
def test_cutting_loses_no_character(tokens: list[str]) -> None:
    markup = "".join(tokens)
    parts = _cut(markup)
    tags = re.compile(r"<[^>]*>")
    assert "".join(tags.sub("", p) for p in parts) == tags.sub("", markup)
    words = [w for p in parts for w in re.split(r"\s|<[^>]*>", p.replace("&amp;", "&"))]
    assert max(map(len, words)) <= CHUNK
