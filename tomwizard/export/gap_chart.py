"""The chart on the gap report's cover: per catalog section, how much is answered and how many
findings point into it (reportlab.graphics shapes, drawn in the embedded font; split across
pages between rows when the catalog has more sections than a page holds)."""

from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
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
        renderPDF.draw(self.drawing(), self.canv, 0, 0)

    def drawing(self) -> Drawing:
        width, height = self.width, self.height
        label_w = width * 0.40
        done_w = width * 0.33
        find_x = label_w + 4 + done_w + 34
        find_w = width - find_x - 18
        drawing = Drawing(width, height)
        drawing.initialFontName = FONT_REGULAR  # not reportlab's default Helvetica (not embedded)
        drawing.initialFontSize = FONT_SIZE
        top = height - 10
        x0 = label_w + 4
        drawing.add(_text(x0, top, self.labels[0], FONT_BOLD))
        drawing.add(_text(find_x, top, self.labels[1], FONT_BOLD))
        y = top - 6
        bottom = y - sum(row.height for row in self.rows)
        for fraction in (0.0, 0.5, 1.0):
            x = x0 + done_w * fraction
            drawing.add(Line(x, bottom, x, y + 2, strokeColor=RULE, strokeWidth=0.3))
            tick = f"{round(100 * fraction)}{self.percent_space}%"
            drawing.add(_text(x, bottom - 9, tick, anchor="middle", color=MUTED))
        for row in self.rows:
            stat, lines = row.stat, row.lines
            y -= row.height
            bar_y = y + (row.height - BAR) / 2
            first = bar_y + 1.5 + LINE * (len(lines) - 1) / 2  # the label centred on the bar
            for index, line in enumerate(lines):
                drawing.add(_text(label_w, first - LINE * index, line, anchor="end"))
            if stat.total:
                drawing.add(Rect(x0, bar_y, done_w, BAR, fillColor=TRACK, strokeColor=None))
                filled = done_w * stat.percent / 100
                if filled:
                    drawing.add(Rect(x0, bar_y, filled, BAR, fillColor=DONE, strokeColor=None))
                percent = f"{stat.percent}{self.percent_space}%"
                drawing.add(_text(x0 + done_w + 3, bar_y + 1.5, percent, color=MUTED))
            if stat.findings:
                bar = max(1.5, find_w * stat.findings / self.most)
                drawing.add(Rect(find_x, bar_y, bar, BAR, fillColor=FINDINGS, strokeColor=None))
                count = str(stat.findings)
                drawing.add(_text(find_x + bar + 3, bar_y + 1.5, count, color=MUTED))
            else:
                drawing.add(_text(find_x, bar_y + 1.5, "0", color=MUTED))
        return drawing


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


def _text(
    x: float,
    y: float,
    text: str,
    font: str = FONT_REGULAR,
    anchor: str = "start",
    color: colors.Color = INK,
) -> String:
    return String(x, y, text, fontName=font, fontSize=FONT_SIZE, fillColor=color, textAnchor=anchor)
