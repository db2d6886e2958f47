"""The gap report's progress chart, drawn with canvas operations, writes the same PDF bytes as
the reportlab.graphics drawing it replaced (kept here as the reference), for any sections,
widths, labels and percent spacing, and for each part of a chart split across pages."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfgen.canvas import Canvas

from tomwizard.export.document.model import ChartRow
from tomwizard.export.gap_chart import (
    BAR,
    DONE,
    FINDINGS,
    FONT_SIZE,
    LINE,
    TRACK,
    ProgressChart,
    progress_chart,
)
from tomwizard.export.pdf_fonts import FONT_BOLD, FONT_REGULAR, register_fonts
from tomwizard.export.pdf_styles import INK, MUTED, RULE


def _string(
    x: float,
    y: float,
    text: str,
    font: str = FONT_REGULAR,
    anchor: str = "start",
    color: colors.Color = INK,
) -> String:
    return String(x, y, text, fontName=font, fontSize=FONT_SIZE, fillColor=color, textAnchor=anchor)


def reference_drawing(chart: ProgressChart) -> Drawing:
    """The chart as reportlab.graphics shapes, as tomwizard drew it before."""
    width, height = chart.width, chart.height
    label_w = width * 0.40
    done_w = width * 0.33
    find_x = label_w + 4 + done_w + 34
    find_w = width - find_x - 18
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT_REGULAR
    drawing.initialFontSize = FONT_SIZE
    top = height - 10
    x0 = label_w + 4
    drawing.add(_string(x0, top, chart.labels[0], FONT_BOLD))
    drawing.add(_string(find_x, top, chart.labels[1], FONT_BOLD))
    y = top - 6
    bottom = y - sum(row.height for row in chart.rows)
    for fraction in (0.0, 0.5, 1.0):
        x = x0 + done_w * fraction
        drawing.add(Line(x, bottom, x, y + 2, strokeColor=RULE, strokeWidth=0.3))
        tick = f"{round(100 * fraction)}{chart.percent_space}%"
        drawing.add(_string(x, bottom - 9, tick, anchor="middle", color=MUTED))
    for row in chart.rows:
        stat, lines = row.stat, row.lines
        y -= row.height
        bar_y = y + (row.height - BAR) / 2
        first = bar_y + 1.5 + LINE * (len(lines) - 1) / 2
        for index, line in enumerate(lines):
            drawing.add(_string(label_w, first - LINE * index, line, anchor="end"))
        if stat.total:
            drawing.add(Rect(x0, bar_y, done_w, BAR, fillColor=TRACK, strokeColor=None))
            filled = done_w * stat.percent / 100
            if filled:
                drawing.add(Rect(x0, bar_y, filled, BAR, fillColor=DONE, strokeColor=None))
            percent = f"{stat.percent}{chart.percent_space}%"
            drawing.add(_string(x0 + done_w + 3, bar_y + 1.5, percent, color=MUTED))
        if stat.findings:
            bar = max(1.5, find_w * stat.findings / chart.most)
            drawing.add(Rect(find_x, bar_y, bar, BAR, fillColor=FINDINGS, strokeColor=None))
            drawing.add(_string(find_x + bar + 3, bar_y + 1.5, str(stat.findings), color=MUTED))
        else:
            drawing.add(_string(find_x, bar_y + 1.5, "0", color=MUTED))
    return drawing


def _page(draw: object) -> bytes:
    """A one-page PDF with a line of text before and after what ``draw`` draws."""
    out = io.BytesIO()
    canvas = Canvas(out, invariant=1)
    canvas.setFont(FONT_REGULAR, 10)
    canvas.drawString(10, 800, "vorher")
    canvas.saveState()
    canvas.translate(50, 300)
    draw(canvas)  # type: ignore[operator]
    canvas.restoreState()
    canvas.drawString(10, 20, "nachher")
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _same_bytes(chart: ProgressChart) -> None:
    def drawn(canvas: Canvas) -> None:
        chart.canv = canvas
        chart.draw()

    def reference(canvas: Canvas) -> None:
        renderPDF.draw(reference_drawing(chart), canvas, 0, 0)

    assert _page(drawn) == _page(reference)


_labels = st.text(st.sampled_from("Abc Zutritt Ä ß – 1 €"), min_size=0, max_size=70).map(str.strip)


@st.composite
def _stats(draw: st.DrawFn) -> list[ChartRow]:
    rows = []
    for label in draw(st.lists(_labels, min_size=1, max_size=8)):
        total = draw(st.integers(0, 40))
        answered = draw(st.integers(0, total))
        rows.append(ChartRow(label, answered, total, draw(st.integers(0, 30))))
    return rows


@settings(max_examples=40, deadline=None)
@given(
    _stats(),
    st.floats(200, 480),
    st.sampled_from(["\u00a0", ""]),
    st.sampled_from([("beantwortet (%)", "Befunde"), ("answered (%)", "findings")]),
)
def test_the_chart_writes_the_bytes_reportlab_graphics_wrote(
    stats: list[ChartRow], width: float, space: str, labels: tuple[str, str]
) -> None:
    register_fonts()
    chart = progress_chart(stats, width, labels[0], labels[1], space)
    _same_bytes(chart)
    parts = chart.split(width, 80)  # a page with room for only a few rows
    for part in parts:
        assert isinstance(part, ProgressChart)
        _same_bytes(part)
