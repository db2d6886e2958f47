"""Text boxes of a PDF as poppler's ``pdftotext -bbox-layout`` reports them, and the layout
invariant checked on them: no two words overlap and every word stays inside the page's margins
(header and footer share the text frame's left and right edges)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tomwizard.export.pdf_styles import MARGIN_LEFT, MARGIN_RIGHT

XHTML = "{http://www.w3.org/1999/xhtml}"
# A word box spans the font's ascent and descent, which for tight leading can reach a hair into
# the next line's box: overlaps this small (in pt) in either direction are not overlaps.
SLACK = 1.0


@dataclass(frozen=True)
class Box:
    page: int
    x0: float
    y0: float  # from the top of the page
    x1: float
    y1: float
    text: str

    def overlaps(self, other: Box) -> bool:
        return (
            min(self.x1, other.x1) - max(self.x0, other.x0) > SLACK
            and min(self.y1, other.y1) - max(self.y0, other.y0) > SLACK
        )

    def __str__(self) -> str:
        where = f"({self.x0:.0f},{self.y0:.0f})–({self.x1:.0f},{self.y1:.0f})"
        return f"p.{self.page} {where} {self.text!r}"


def pdftotext() -> str:
    found = shutil.which("pdftotext")
    assert found, "pdftotext is missing: apt-get install poppler-utils (make test does it)"
    return found


def word_boxes(pdf: bytes) -> tuple[list[Box], list[tuple[float, float]]]:
    """Every word's box and every page's size (width, height)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "in.pdf"
        source.write_bytes(pdf)
        out = subprocess.run(
            [pdftotext(), "-bbox-layout", str(source), "-"],
            check=True,
            capture_output=True,
        ).stdout
    root = ET.fromstring(out)
    boxes: list[Box] = []
    sizes: list[tuple[float, float]] = []
    for number, page in enumerate(root.iter(f"{XHTML}page"), start=1):
        sizes.append((float(page.attrib["width"]), float(page.attrib["height"])))
        for word in page.iter(f"{XHTML}word"):
            a = word.attrib
            box = (float(a["xMin"]), float(a["yMin"]), float(a["xMax"]), float(a["yMax"]))
            boxes.append(Box(number, *box, word.text or ""))
    return boxes, sizes


# The draft mark ("ENTWURF", diagonal, pale, across the page) is meant to lie over the text; its
# rotated letters come out of pdftotext as pieces of the word in boxes taller than any line.
WATERMARKS = ("ENTWURF", "DRAFT")
WATERMARK_MIN_HEIGHT = 25.0


def _is_watermark(box: Box) -> bool:
    tall = box.y1 - box.y0 >= WATERMARK_MIN_HEIGHT
    return tall and bool(box.text) and any(box.text in word for word in WATERMARKS)


def layout_problems(pdf: bytes, limit: int = 5) -> list[str]:
    """Overlapping words and words outside the margins (at most ``limit`` of each); the draft
    mark is left out (see WATERMARKS)."""
    boxes, sizes = word_boxes(pdf)
    boxes = [b for b in boxes if not _is_watermark(b)]
    outside = []
    for box in boxes:
        width, height = sizes[box.page - 1]
        inside_x = box.x0 >= MARGIN_LEFT - SLACK and box.x1 <= width - MARGIN_RIGHT + SLACK
        if not (inside_x and box.y0 >= 0 and box.y1 <= height):
            outside.append(f"outside the margins: {box}")
    overlapping = []
    by_page: dict[int, list[Box]] = {}
    for box in boxes:
        by_page.setdefault(box.page, []).append(box)
    for page_boxes in by_page.values():
        page_boxes.sort(key=lambda b: b.y0)
        active: list[Box] = []
        for box in page_boxes:
            active = [b for b in active if b.y1 - box.y0 > SLACK]
            overlapping += [f"overlap: {b} / {box}" for b in active if b.overlaps(box)]
            active.append(box)
    return outside[:limit] + overlapping[:limit]
