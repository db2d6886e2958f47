"""A PNG of an SVG logo, without Qt and without cairo: the Word export's fallback picture.

Word 2016 and later read an SVG picture (``asvg:svgBlip``) and keep a PNG beside it for
programs that do not; LibreOffice 7.4 shows only that PNG. The interface draws it with QtSvg
when the logo is chosen there; a logo set on the command line or by a JSON import has none, and
a transparent stand-in left the logo invisible in LibreOffice. Here the SVG goes through svglib
(as for the PDF) into reportlab shapes, which Pillow fills and strokes at three times the size
and scales down (smooth edges). What logos use is covered: rectangles (also rounded), circles,
ellipses, polygons, lines and paths with Bézier curves, the even-odd and non-zero fill rules
(non-zero as the union of same-direction outlines, or even-odd where directions differ, as glyph
holes are drawn), transforms, fill and stroke colours with opacity; text is drawn in Pillow's
own font. The result is deterministic (same SVG, same bytes).
"""

from __future__ import annotations

import io
import math
from functools import lru_cache
from typing import Any

from reportlab.graphics import shapes

SIZE = 400  # pixels of the longer side: about 200 dpi at the logo's printed size (≤ 5 cm)
_SUPER = 3  # supersampling factor
_CURVE_STEPS = 16
MAX_SHAPES = 5_000  # more is no logo: the Word export then uses its transparent stand-in
PIXEL_BUDGET = 40  # at most this many times the image's area painted (hostile SVGs stay fast)
Matrix = tuple[float, float, float, float, float, float]
Outline = list[tuple[float, float]]


class _Canvas:
    """The image being drawn and what drawing it may still cost; ValueError when spent."""

    def __init__(self, image: Any) -> None:
        self.image = image
        self.shapes = 0
        self.pixels = PIXEL_BUDGET * image.size[0] * image.size[1]

    def region(self, outlines: list[Outline], margin: float) -> tuple[int, int, int, int] | None:
        """The outlines' box (plus ``margin``) inside the image, charged to the budget; None
        when nothing of it is inside."""
        self.shapes += 1
        if self.shapes > MAX_SHAPES:
            raise ValueError("too many shapes for a logo")
        xs = [x for outline in outlines for x, _ in outline]
        ys = [y for outline in outlines for _, y in outline]
        width, height = self.image.size
        left, top = max(0, math.floor(min(xs) - margin)), max(0, math.floor(min(ys) - margin))
        right = min(width, math.ceil(max(xs) + margin) + 1)
        bottom = min(height, math.ceil(max(ys) + margin) + 1)
        if right <= left or bottom <= top:
            return None
        self.pixels -= (right - left) * (bottom - top) * len(outlines)
        if self.pixels < 0:
            raise ValueError("too much to draw for a logo")
        return left, top, right, bottom


@lru_cache(maxsize=4)  # the annex and its gap report carry the same logo
def svg_to_png(svg: bytes, size: int = SIZE) -> bytes:
    """The SVG ``svg`` (already checked by :func:`tomwizard.logo_image.check_logo`) as an RGBA
    PNG whose longer side is ``size`` pixels. Raises ValueError if svglib cannot read it or it
    is more than a logo (:data:`MAX_SHAPES`, :data:`PIXEL_BUDGET`)."""
    from PIL import Image
    from svglib.svglib import svg2rlg

    from tomwizard.logo_image import check_logo

    if check_logo(svg).too_much_to_draw:  # a logo stored before the bound: not for svglib
        raise ValueError("too much to draw for a logo")
    drawing = svg2rlg(io.BytesIO(svg))
    if drawing is None or not drawing.width or not drawing.height:
        raise ValueError("SVG without a size")
    scale = size * _SUPER / max(drawing.width, drawing.height)
    width = max(1, round(drawing.width * scale))
    height = max(1, round(drawing.height * scale))
    image = Image.new("RGBA", (width, height), (0, 0, 0, 0))
    base: Matrix = (scale, 0, 0, -scale, 0, height)  # reportlab's y goes up, the image's down
    _draw(_Canvas(image), drawing, base)
    small = image.resize(
        (max(1, width // _SUPER), max(1, height // _SUPER)), Image.Resampling.LANCZOS
    )
    out = io.BytesIO()
    small.save(out, format="PNG", optimize=True)
    return out.getvalue()


def _multiply(m: Matrix, n: Any) -> Matrix:
    """``m`` after ``n`` (reportlab's order: the child's transform applies first)."""
    a, b, c, d, e, f = m
    p, q, r, s, t, u = n
    return (
        a * p + c * q,
        b * p + d * q,
        a * r + c * s,
        b * r + d * s,
        a * t + c * u + e,
        b * t + d * u + f,
    )


def _at(m: Matrix, x: float, y: float) -> tuple[float, float]:
    return m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]


def _draw(canvas: _Canvas, node: Any, ctm: Matrix) -> None:
    if isinstance(node, shapes.Group):
        here = _multiply(ctm, node.transform)
        for child in node.contents:
            _draw(canvas, child, here)
        return
    if isinstance(node, shapes.String):
        _text(canvas, node, ctm)
        return
    outlines, closed = _outlines(node)
    if not outlines:
        return
    device = [[_at(ctm, x, y) for x, y in outline] for outline in outlines]
    if closed and getattr(node, "fillColor", None) is not None:
        even_odd = getattr(node, "fillMode", 1) == shapes.FILL_EVEN_ODD
        _fill(canvas, device, node.fillColor, even_odd)
    stroke = getattr(node, "strokeColor", None)
    if stroke is not None and (getattr(node, "strokeWidth", 1) or 0) > 0:
        width = node.strokeWidth * math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]))
        _stroke(canvas, device, stroke, width, closed and not isinstance(node, shapes.Path))


def _outlines(node: Any) -> tuple[list[Outline], bool]:
    """The shape's outlines in its own coordinates, and whether they are closed (fillable)."""
    if isinstance(node, shapes.Rect):
        return [_rect(node)], True
    if isinstance(node, shapes.Circle | shapes.Ellipse):
        rx = node.r if isinstance(node, shapes.Circle) else node.rx
        ry = node.r if isinstance(node, shapes.Circle) else node.ry
        steps = 64
        return [
            [
                (node.cx + rx * math.cos(2 * math.pi * i / steps),
                 node.cy + ry * math.sin(2 * math.pi * i / steps))
                for i in range(steps)
            ]
        ], True  # fmt: skip
    if isinstance(node, shapes.Polygon | shapes.PolyLine):
        points = list(node.points)
        return [list(zip(points[::2], points[1::2], strict=False))], isinstance(
            node, shapes.Polygon
        )
    if isinstance(node, shapes.Line):
        return [[(node.x1, node.y1), (node.x2, node.y2)]], False
    if isinstance(node, shapes.Path):
        return _path_outlines(node), True  # filled as closed; stroked as drawn
    return [], False


def _rect(node: Any) -> Outline:
    x, y, w, h = node.x, node.y, node.width, node.height
    rx = min(abs(node.rx or node.ry or 0), abs(w) / 2)
    ry = min(abs(node.ry or node.rx or 0), abs(h) / 2)
    if not rx or not ry:
        return [(x, y), (x + w, y), (x + w, y + h), (x, y + h)]
    outline: Outline = []
    corners: list[tuple[float, float, int]] = [
        (x + w - rx, y + ry, -90),
        (x + w - rx, y + h - ry, 0),
        (x + rx, y + h - ry, 90),
        (x + rx, y + ry, 180),
    ]
    for cx, cy, start in corners:  # a quarter circle at each corner, counter-clockwise
        for step in range(9):
            angle = math.radians(start + 90 * step / 8)
            outline.append((cx + rx * math.cos(angle), cy + ry * math.sin(angle)))
    return outline


def _path_outlines(path: Any) -> list[Outline]:
    outlines: list[Outline] = []
    points = list(path.points)
    at = 0
    current: Outline = []
    for op in path.operators:
        name = shapes._PATH_OP_NAMES[op]
        count = shapes._PATH_OP_ARG_COUNT[op]
        args = points[at : at + count]
        at += count
        if name == "moveTo":
            if len(current) > 1:
                outlines.append(current)
            current = [(args[0], args[1])]
        elif name == "lineTo":
            current.append((args[0], args[1]))
        elif name == "curveTo" and current:
            x0, y0 = current[-1]
            x1, y1, x2, y2, x3, y3 = args
            for step in range(1, _CURVE_STEPS + 1):
                t = step / _CURVE_STEPS
                m = 1 - t
                current.append(
                    (
                        m**3 * x0 + 3 * m * m * t * x1 + 3 * m * t * t * x2 + t**3 * x3,
                        m**3 * y0 + 3 * m * m * t * y1 + 3 * m * t * t * y2 + t**3 * y3,
                    )
                )
        elif name == "closePath" and len(current) > 1:
            outlines.append([*current, current[0]])
            current = [current[0]]
    if len(current) > 1:
        outlines.append(current)
    return outlines


def _area(outline: Outline) -> float:
    return sum(
        x0 * y1 - x1 * y0
        for (x0, y0), (x1, y1) in zip(outline, outline[1:] + outline[:1], strict=True)
    )


def _rgba(color: Any) -> tuple[int, int, int, int]:
    alpha = getattr(color, "alpha", 1) or 0
    return (
        round(color.red * 255),
        round(color.green * 255),
        round(color.blue * 255),
        round(alpha * 255),
    )


def _fill(canvas: _Canvas, outlines: list[Outline], color: Any, even_odd: bool) -> None:
    from PIL import Image, ImageChops, ImageDraw

    outlines = [o for o in outlines if len(o) > 2]
    box = canvas.region(outlines, 1) if outlines else None
    if box is None:
        return
    size = (box[2] - box[0], box[3] - box[1])
    directions = {_area(o) > 0 for o in outlines}
    xor = even_odd or len(directions) > 1  # non-zero with holes drawn the other way round
    mask = Image.new("1", size, 0)
    for outline in outlines:
        shifted = [(x - box[0], y - box[1]) for x, y in outline]
        if len(outlines) == 1:
            ImageDraw.Draw(mask).polygon(shifted, fill=1)
            break
        single = Image.new("1", size, 0)
        ImageDraw.Draw(single).polygon(shifted, fill=1)
        mask = ImageChops.logical_xor(mask, single) if xor else ImageChops.logical_or(mask, single)
    _paint(canvas, mask, color, box)


def _stroke(
    canvas: _Canvas, outlines: list[Outline], color: Any, width: float, closed: bool
) -> None:
    from PIL import Image, ImageDraw

    pen_width = max(1, round(width))
    box = canvas.region(outlines, pen_width)
    if box is None:
        return
    mask = Image.new("1", (box[2] - box[0], box[3] - box[1]), 0)
    pen = ImageDraw.Draw(mask)
    for outline in outlines:
        points = outline + outline[:1] if closed else outline
        shifted = [(x - box[0], y - box[1]) for x, y in points]
        pen.line(shifted, fill=1, width=pen_width, joint="curve")
    _paint(canvas, mask, color, box)


def _paint(canvas: _Canvas, mask: Any, color: Any, box: tuple[int, int, int, int]) -> None:
    from PIL import Image

    red, green, blue, alpha = _rgba(color)
    layer = Image.new("RGBA", mask.size, (red, green, blue, 0))
    layer.putalpha(mask.convert("L").point(lambda v: alpha if v else 0))
    canvas.image.alpha_composite(layer, dest=(box[0], box[1]))


def _text(canvas: _Canvas, node: Any, ctm: Matrix) -> None:
    from PIL import ImageDraw, ImageFont

    color = getattr(node, "fillColor", None)
    if color is None or not node.text:
        return
    canvas.region([[_at(ctm, node.x, node.y)]], 0)  # counted as a shape
    size = node.fontSize * math.sqrt(abs(ctm[0] * ctm[3] - ctm[1] * ctm[2]))
    font = ImageFont.load_default(size=max(1.0, size))
    anchor = {"middle": "ms", "end": "rs"}.get(getattr(node, "textAnchor", "start"), "ls")
    ImageDraw.Draw(canvas.image).text(
        _at(ctm, node.x, node.y), node.text, fill=_rgba(color), font=font, anchor=anchor
    )
