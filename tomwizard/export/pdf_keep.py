"""What stays together on a page: a heading with the start of its part, a measure with its
first sub-measure, a finding with its remedy.

A :class:`Room` stands before the flowable it protects. When the layout reaches it, it moves
that flowable to the next page unless the flowable and the start of what follows it fit on the
rest of this one: as much of a paragraph as cannot be split off (two lines, or all of a short
one), a table's head and first row, a block kept together or a chart whole.
:func:`link_rooms` tells each room what follows it, once the story is complete. Cheaper than
reportlab's ``keepWithNext`` and ``KeepTogether``, which lay everything they keep out twice: a
room measures only in the lower part of a page, and only the start of what follows. The
reportlab internals it needs are read through ``reportlab_compat`` (checked by a test).
"""

from __future__ import annotations

from typing import Any

from reportlab.platypus import CondPageBreak, Flowable, FrameBreak, KeepTogether, Paragraph, Table

from tomwizard.export.pdf_styles import MARGIN_BOTTOM, MARGIN_TOP, PAGE_SIZE
from tomwizard.export.reportlab_compat import (
    current_frame,
    frame_at_top,
    kept_height,
    table_cells,
)

HEADING_ROOM = 90.0  # points: a heading never starts lower on the page than this above the end
CONTENT_HEIGHT = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
SURE = 260.0  # this much room always holds short lead-ins and three lines (no need to measure)
SHORT = 300  # characters: a lead-in this long takes at most four lines
_LEADS = 3  # at most this many lead-ins (a lead sentence, a sub-heading) belong to a heading


class StoryParagraph(Paragraph):  # type: ignore[misc]  # reportlab is untyped
    """A paragraph that, wrapped again to the width it was last wrapped to, answers from that
    layout instead of breaking its lines anew: a :class:`Room` measures the paragraphs it
    keeps, and the frame then lays them out at the same width (a paragraph's layout depends on
    the width alone)."""

    _wrapped_width: float | None = None

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth == self._wrapped_width and hasattr(self, "blPara"):
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        laid_out = hasattr(self, "blPara") and self.width == availWidth  # not: "too narrow"
        self._wrapped_width = availWidth if laid_out else None
        return size


class Room(CondPageBreak):  # type: ignore[misc]  # reportlab is untyped
    """A page break unless the next flowable and the start of what follows it (:attr:`follow`)
    fit, and at least ``minimum`` points are left; with ``keep``, unless the next ``keep``
    flowables fit (the last one: as far as it cannot be split). At the top of a page it never
    breaks, so that a block taller than a page cannot loop."""

    def __init__(self, minimum: float = 0.0, keep: int = 0) -> None:
        super().__init__(minimum)
        self.keep = keep  # with keep = n: the next n flowables are the ones to keep together
        self.follow: list[Flowable] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = current_frame(self)
        if frame is None or frame_at_top(frame) or availHeight >= CONTENT_HEIGHT:
            return 0, 0
        if availHeight > max(SURE, self.height) and self._only_text():
            return 0, 0
        rough = self.needed(availWidth, availHeight)  # cheap, never too little
        if availHeight < rough and availHeight < self.needed(availWidth, availHeight, exact=True):
            frame.add_generated_content(FrameBreak)
        return 0, 0

    def _only_text(self) -> bool:
        """Whether short paragraphs are followed by a paragraph of any length."""
        last = len(self.follow) - 1
        return all(
            isinstance(f, Paragraph) and (index == last or len(f.text) < SHORT)
            for index, f in enumerate(self.follow)
        )

    def needed(self, width: float, height: float, exact: bool = False) -> float:
        """Points needed below: the flowable and lead-ins whole, then the start of a paragraph
        (three lines; ``exact``: what it really needs), the head and first row of a table, or the
        whole of anything else."""
        need = 0.0
        last = len(self.follow) - 1
        for index, flowable in enumerate(self.follow):
            need += flowable.getSpaceBefore()
            if index == last and isinstance(flowable, Paragraph):
                # No widows, no orphans: a paragraph of four lines or more splits after two,
                # one of three lines or fewer does not split at all.
                leading = flowable.style.leading
                if exact:
                    whole = flowable.wrapOn(self.canv, width, height)[1]
                    need += whole if whole <= 3 * leading + 0.5 else 2 * leading
                else:
                    need += 3 * leading  # at least as much as it needs
            elif index == last and isinstance(flowable, Table):
                need += _first_rows(flowable, flowable.repeatRows + 1, self.canv)
            elif isinstance(flowable, KeepTogether):
                # KeepTogether.wrap answers a huge height (to be split); _H is the true one.
                flowable.wrapOn(self.canv, width, height)
                need += kept_height(flowable) + flowable.getSpaceAfter()
            else:
                need += flowable.wrapOn(self.canv, width, height)[1] + flowable.getSpaceAfter()
        return max(float(self.height), need)


def _first_rows(table: Table, rows: int, canv: Any) -> float:
    """The height of the first ``rows`` rows of ``table``, from their cells alone (wrapping
    the whole table to learn it would cost a second layout of every row)."""
    total = 0.0
    values, heights, styles, widths = table_cells(table)
    for row in range(min(rows, len(values))):
        fixed = heights[row]
        if fixed is not None:
            total += fixed
            continue
        tallest = 0.0
        for col, cell in enumerate(values[row]):
            style = styles[row][col]
            inner = widths[col] - style.leftPadding - style.rightPadding
            parts = cell if isinstance(cell, (list, tuple)) else [cell]
            height = 0.0
            for part in parts:
                if isinstance(part, Flowable):
                    height += part.wrapOn(canv, inner, CONTENT_HEIGHT)[1]
                else:
                    height += style.leading * (str(part).count("\n") + 1)
            tallest = max(tallest, height + style.topPadding + style.bottomPadding)
        total += tallest
    return total


def link_rooms(story: list[Flowable]) -> None:
    """Give every :class:`Room` in ``story`` the flowables it keeps room for: its ``keep``
    flowables; or else the next one, the lead-ins after it (lead sentences, paragraphs kept
    with the next one) and the first flowable of the content. What a room further on keeps
    counts whole: a heading must not stay behind when the block after it moves to the next
    page (a measure with its first sub-measure, a finding with its remedy)."""
    for index, room in enumerate(story):
        if not isinstance(room, Room):
            continue
        if room.keep:
            room.follow = story[index + 1 : index + 1 + room.keep]
            continue
        follow: list[Flowable] = []
        kept = True  # the flowable right after a room is kept with what follows it
        position = index + 1
        while position < len(story) and len(follow) <= _LEADS + 1:
            following = story[position]
            position += 1
            if isinstance(following, Room):
                if following.keep:
                    follow += story[position : position + following.keep]
                    break
                kept = True
                continue
            follow.append(following)
            if not (kept or _lead_in(following)):
                break
            kept = False
        room.follow = follow


def _lead_in(flowable: Flowable) -> bool:
    if not isinstance(flowable, Paragraph):
        return False
    return bool(flowable.getKeepWithNext()) or flowable.style.name == "AnnexLead"
