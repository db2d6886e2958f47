"""The chart on the gap report's cover: per catalog section, how much is answered and how many
findings point into it (bars, lines and text drawn on the canvas in the embedded font; split across
pages between rows when the catalog has more sections than a page holds)."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from tomwizard.export.document.gap_report import section_stats
from tomwizard.export.document.model import ChartRow
from tomwizard.export.frozen import frozen
from tomwizard.export.pdf_fonts import FONT_BOLD, FONT_REGULAR
from tomwizard.export.pdf_styles import INK, MUTED, RULE, fit
from tomwizard.export.pdf_text import NBSP, plain

DONE = colors.HexColor("#2f6f73")
TRACK = colors.HexColor("#e6e6e6")
FINDINGS = colors.HexColor("#b5532a")
ROW = 15.0
LINE = 8.5  # a second label line
BAR = 9.0
FONT_SIZE = 7.5
FRAME_HEIGHT = 36.0  # column labels above the rows, the scale below them


SectionStat = ChartRow  # one section's row: label, answered, total, findings

__all__ = ["FONT_SIZE", "ProgressChart", "SectionStat", "progress_chart", "section_stats"]


@frozen
class _Row:
    stat: SectionStat
    lines: list[str]  # the label, on one or two lines

    @property
    def height(self) -> float:
        return ROW + LINE * (len(self.lines) - 1)


class ProgressChart(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Two bar columns sharing the section labels: answered (%) and number of findings. A
    label too long for its column takes two lines (and its row a little more height); the
    answered column has its scale (0, 50, 100 %) below.

    A chart taller than the room left on a page splits between rows: each part has the column
    labels and the scale, and all parts share one scale for the findings, so that a catalog of
    any size gets its chart over as many pages as it needs."""

    def __init__(
        self,
        rows: list[_Row],
        width: float,
        labels: tuple[str, str],
        most: int,
        percent_space: str = NBSP,
    ) -> None:
        super().__init__()
        self.percent_space = percent_space  # "98 %" in German, "98%" in English
        self.rows = rows
        self.width = width
        self.labels = labels
        self.most = most
        self.height = sum(row.height for row in rows) + FRAME_HEIGHT

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        used = FRAME_HEIGHT
        count = 0
        for row in self.rows:
            if used + row.height > availHeight:
                break
            used += row.height
            count += 1
        if count == 0:
            return []
        if count == len(self.rows):
            return [self]
        return [
            ProgressChart(
                self.rows[:count], self.width, self.labels, self.most, self.percent_space
            ),
            ProgressChart(
                self.rows[count:], self.width, self.labels, self.most, self.percent_space
            ),
        ]

    def draw(self) -> None:
        """Draw the chart with canvas operations: the page content is byte for byte what
        reportlab.graphics (a Drawing of Lines, Rects and Strings through renderPDF) wrote,
        without importing reportlab.graphics (about 3 ms of every export with a gap report;
        tests/test_gap_chart.py compares the two)."""
        canvas = self.canv
        width, height = self.width, self.height
        label_w = width * 0.40
        done_w = width * 0.33
        find_x = label_w + 4 + done_w + 34
        find_w = width - find_x - 18
        _begin(canvas)
        top = height - 10
        x0 = label_w + 4
        _text(canvas, x0, top, self.labels[0], FONT_BOLD)
        _text(canvas, find_x, top, self.labels[1], FONT_BOLD)
        y = top - 6
        bottom = y - sum(row.height for row in self.rows)
        for fraction in (0.0, 0.5, 1.0):
            x = x0 + done_w * fraction
            _rule(canvas, x, bottom, x, y + 2)
            tick = f"{round(100 * fraction)}{self.percent_space}%"
            _text(canvas, x, bottom - 9, tick, anchor="middle", color=MUTED)
        for row in self.rows:
            stat, lines = row.stat, row.lines
            y -= row.height
            bar_y = y + (row.height - BAR) / 2
            first = bar_y + 1.5 + LINE * (len(lines) - 1) / 2  # the label centred on the bar
            for index, line in enumerate(lines):
                _text(canvas, label_w, first - LINE * index, line, anchor="end")
            if stat.total:
                _bar(canvas, x0, bar_y, done_w, TRACK)
                filled = done_w * stat.percent / 100
                if filled:
                    _bar(canvas, x0, bar_y, filled, DONE)
                percent = f"{stat.percent}{self.percent_space}%"
                _text(canvas, x0 + done_w + 3, bar_y + 1.5, percent, color=MUTED)
            if stat.findings:
                bar = max(1.5, find_w * stat.findings / self.most)
                _bar(canvas, find_x, bar_y, bar, FINDINGS)
                count = str(stat.findings)
                _text(canvas, find_x + bar + 3, bar_y + 1.5, count, color=MUTED)
            else:
                _text(canvas, find_x, bar_y + 1.5, "0", color=MUTED)
        canvas.restoreState()
        canvas.restoreState()


def progress_chart(
    stats: list[SectionStat],
    width: float,
    done_label: str,
    findings_label: str,
    percent_space: str = NBSP,
) -> ProgressChart:
    """The chart of ``stats`` (see :class:`ProgressChart`); ``percent_space`` between number
    and "%" as the document's language writes it (DSB review 2, finding 30)."""
    label_w = width * 0.40
    rows = [_Row(stat, _label_lines(plain(stat.label), label_w - 4)) for stat in stats]
    most = max((s.findings for s in stats), default=0) or 1
    return ProgressChart(rows, width, (done_label, findings_label), most, percent_space)


def _label_lines(title: str, width: float) -> list[str]:
    """``title`` on one line, or broken at a space into two (the second shortened if need be)."""
    if stringWidth(title, FONT_REGULAR, FONT_SIZE) <= width:
        return [title]
    words = title.split(" ")
    first = words[0]
    for count in range(len(words) - 1, 0, -1):
        candidate = " ".join(words[:count])
        if stringWidth(candidate, FONT_REGULAR, FONT_SIZE) <= width:
            first = candidate
            break
    rest = title[len(first) :].strip()
    if not rest:
        return [fit(title, FONT_REGULAR, FONT_SIZE, width)]
    return [fit(first, FONT_REGULAR, FONT_SIZE, width), fit(rest, FONT_REGULAR, FONT_SIZE, width)]


def _begin(canvas: Canvas) -> None:
    """The state renderPDF sets up for a drawing (reportlab's defaults, the chart's font), and
    the drawing's own group; the caller restores both."""
    canvas.saveState()
    canvas.transform(1, 0, 0, 1, 0, 0)
    canvas.setStrokeColor(colors.black)
    canvas.setStrokeAlpha(1)  # no operator, but the PDF version renderPDF's file has
    _line_style(canvas, 1)
    canvas.setFillColor(colors.black)
    canvas.setFillAlpha(1)
    canvas.setFont(FONT_REGULAR, FONT_SIZE)
    canvas.saveState()
    canvas.transform(1, 0, 0, 1, 0, 0)


def _line_style(canvas: Canvas, width: float) -> None:
    canvas.setLineWidth(width)
    canvas.setLineCap(0)
    canvas.setLineJoin(0)
    canvas.setDash()


def _rule(canvas: Canvas, x1: float, y1: float, x2: float, y2: float) -> None:
    """A thin grey line (the scale's ticks)."""
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setStrokeAlpha(1)
    _line_style(canvas, 0.3)
    canvas.line(x1, y1, x2, y2)
    canvas.restoreState()


def _bar(canvas: Canvas, x: float, y: float, width: float, color: colors.Color) -> None:
    """A filled bar of the chart's bar height, without outline."""
    canvas.saveState()
    canvas.setFillColor(color)
    canvas.setFillAlpha(1)
    _line_style(canvas, 1)
    canvas.rect(x, y, width, BAR, stroke=0, fill=1)
    canvas.restoreState()


def _text(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str = FONT_REGULAR,
    anchor: str = "start",
    color: colors.Color = INK,
) -> None:
    """One line of chart text starting, ending ("end") or centred ("middle") at ``x``."""
    canvas.saveState()
    canvas.setFont(font, FONT_SIZE)
    canvas.setFillColor(color)
    canvas.setFillAlpha(1)
    if anchor != "start":
        shift = stringWidth(text, font, FONT_SIZE, "utf8")
        x -= shift if anchor == "end" else shift * 0.5
    canvas.drawString(x, y, text, mode=None)
    canvas.restoreState()
