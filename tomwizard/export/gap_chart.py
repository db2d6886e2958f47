"""The chart on the gap report's cover: per catalog section, how much is answered and how many
findings point into it (reportlab.graphics shapes, drawn in the embedded font)."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors

from tomwizard.export.pdf_fonts import FONT_BOLD, FONT_REGULAR
from tomwizard.export.pdf_styles import INK, MUTED, RULE, fit
from tomwizard.export.pdf_text import plain
from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding

DONE = colors.HexColor("#2f6f73")
TRACK = colors.HexColor("#e6e6e6")
FINDINGS = colors.HexColor("#b5532a")
ROW = 15.0
BAR = 9.0
FONT_SIZE = 7.5


@dataclass(frozen=True)
class SectionStat:
    title: str
    answered: int
    total: int
    findings: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


def section_stats(
    assessment: Assessment, catalog: Catalog, findings: list[Finding], lang: Language, other: str
) -> list[SectionStat]:
    """One row per catalog section, plus ``other`` for findings that name no section."""
    section_of = catalog.section_of()
    custom_section = {c.id: c.section_id for c in assessment.custom_measures}
    counts = {s.id: 0 for s in catalog.sections}
    unplaced = 0
    for finding in findings:
        hit: set[str] = set()
        for target in finding.targets:
            kind, _, ref = target.partition(":")
            if kind == "measure" and ref in section_of:
                hit.add(section_of[ref])
            elif kind == "section" and ref in counts:
                hit.add(ref)
            elif kind == "custom" and custom_section.get(ref) in counts:
                hit.add(custom_section[ref])
        for section_id in hit:
            counts[section_id] += 1
        unplaced += not hit
    stats = []
    for section in catalog.sections:
        measures = list(section.measures())
        answered = sum(assessment.answer(m.id).status != Status.OFFEN for m in measures)
        stats.append(
            SectionStat(plain(section.title.get(lang)), answered, len(measures), counts[section.id])
        )
    if unplaced:
        stats.append(SectionStat(other, 0, 0, unplaced))
    return stats


def progress_chart(
    stats: list[SectionStat], width: float, done_label: str, findings_label: str
) -> Drawing:
    """Two bar columns sharing the section labels: answered (%) and number of findings."""
    label_w = width * 0.42
    done_w = width * 0.34
    gap = width * 0.06
    find_x = label_w + done_w + gap + 26
    find_w = width - find_x - 18
    height = ROW * len(stats) + 22
    drawing = Drawing(width, height)
    drawing.initialFontName = FONT_REGULAR  # not reportlab's default Helvetica (not embedded)
    drawing.initialFontSize = FONT_SIZE
    top = height - 14
    drawing.add(_text(label_w + 4, top, done_label, FONT_BOLD))
    drawing.add(_text(find_x, top, findings_label, FONT_BOLD))
    most = max((s.findings for s in stats), default=0) or 1
    bottom = top - 6 - ROW * len(stats)
    for x in (label_w + 4 + done_w * f for f in (0.0, 0.5, 1.0)):
        drawing.add(Line(x, bottom, x, top - 4, strokeColor=RULE, strokeWidth=0.3))
    for index, stat in enumerate(stats):
        y = top - 6 - ROW * (index + 1) + (ROW - BAR) / 2
        label = fit(stat.title, FONT_REGULAR, FONT_SIZE, label_w - 4)
        drawing.add(_text(label_w, y + 1.5, label, anchor="end"))
        x0 = label_w + 4
        if stat.total:
            drawing.add(Rect(x0, y, done_w, BAR, fillColor=TRACK, strokeColor=None))
            filled = done_w * stat.percent / 100
            if filled:
                drawing.add(Rect(x0, y, filled, BAR, fillColor=DONE, strokeColor=None))
            drawing.add(_text(x0 + done_w + 3, y + 1.5, f"{stat.percent} %", color=MUTED))
        if stat.findings:
            bar = max(1.5, find_w * stat.findings / most)
            drawing.add(Rect(find_x, y, bar, BAR, fillColor=FINDINGS, strokeColor=None))
            drawing.add(_text(find_x + bar + 3, y + 1.5, str(stat.findings), color=MUTED))
        else:
            drawing.add(_text(find_x, y + 1.5, "0", color=MUTED))
    return drawing


def _text(
    x: float,
    y: float,
    text: str,
    font: str = FONT_REGULAR,
    anchor: str = "start",
    color: colors.Color = INK,
) -> String:
    return String(x, y, text, fontName=font, fontSize=FONT_SIZE, fillColor=color, textAnchor=anchor)
