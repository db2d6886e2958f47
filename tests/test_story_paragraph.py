"""A story paragraph wrapped again to the same width answers from its layout, which is the
layout reportlab makes; another width is laid out anew."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Paragraph

from tomwizard.export.pdf_fonts import register_fonts
from tomwizard.export.pdf_keep import StoryParagraph
from tomwizard.export.pdf_styles import make_styles

TEXT = "Der Zutritt zu den Serverräumen wird protokolliert; " * 12


def _counting(paragraph: StoryParagraph) -> list[int]:
    calls: list[int] = []
    break_lines = paragraph.breakLines

    def counted(*args: Any) -> Any:
        calls.append(1)
        return break_lines(*args)

    paragraph.breakLines = counted
    return calls


def test_the_same_width_is_laid_out_once_and_as_reportlab_lays_it_out() -> None:
    register_fonts()
    style = make_styles().body
    story, plain = StoryParagraph(TEXT, style), Paragraph(TEXT, style)
    calls = _counting(story)
    assert story.wrap(400, 50) == story.wrap(400, 700) == plain.wrap(400, 700)
    assert len(calls) == 1
    assert story.wrap(300, 700) == plain.wrap(300, 700) != plain.wrap(400, 700)
    assert len(calls) == 2
    assert story.wrap(0, 700)[1] == 0x7FFFFFFF  # too narrow: nothing laid out
    assert story.wrap(300, 700) == plain.wrap(300, 700)  # the width it was laid out to
    halves = story.split(300, 60)
    assert [h.getPlainText() for h in halves] == [h.getPlainText() for h in plain.split(300, 60)]
