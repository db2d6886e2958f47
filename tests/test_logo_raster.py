"""An SVG logo set on the command line or by a JSON import has no PNG drawn by the interface;
the Word export draws one (LibreOffice shows only the PNG beside the SVG): the logo, not a
transparent stand-in."""

from __future__ import annotations

import io
import zipfile

import pytest
from PIL import Image

from tests.letterhead_support import SVG_LOGO
from tests.test_letterhead_export import plain_document, reread, with_letterhead
from tomwizard.export.letterhead_docx import apply_letterhead
from tomwizard.export.logo_raster import svg_to_png
from tomwizard.logo_image import check_logo

BLUE, RED = (0x1F, 0x4E, 0x79), (0xC0, 0x39, 0x2B)


def _svg(width: int, height: int, *shapes: str) -> bytes:
    """An SVG picture of ``width`` × ``height`` holding ``shapes``."""
    head = f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}">'
    return (head + "".join(shapes) + "</svg>").encode()


def _image(png: bytes) -> Image.Image:
    return Image.open(io.BytesIO(png)).convert("RGBA")


def _near(pixel: tuple[int, ...], colour: tuple[int, int, int]) -> bool:
    return pixel[3] > 240 and all(abs(a - b) <= 8 for a, b in zip(pixel, colour, strict=False))


def test_the_logo_is_drawn_in_its_colours_and_proportions() -> None:
    png = svg_to_png(SVG_LOGO, size=400)
    info = check_logo(png)  # a PNG the letterhead checks accept
    assert (info.width, info.height) == (400, 120)
    image = _image(png)
    assert _near(image.getpixel((60, 60)), BLUE)  # the square (0..60 of 200 → 0..120 px)
    assert _near(image.getpixel((260, 60)), RED)  # the bar (80..180 → 160..360 px)
    assert image.getpixel((140, 60))[3] == 0  # between them: transparent
    assert svg_to_png(SVG_LOGO, size=400) == png  # deterministic


def test_even_odd_holes_stay_empty_and_strokes_are_drawn() -> None:
    frame = '<path d="M10 10 H90 V90 H10 Z M30 30 H70 V70 H30 Z" fill="#000" fill-rule="evenodd"/>'
    line = '<line x1="0" y1="5" x2="100" y2="5" stroke="#f00" stroke-width="4"/>'
    image = _image(svg_to_png(_svg(100, 100, frame, line), size=100))
    assert image.getpixel((20, 50))[3] > 240  # the frame
    assert image.getpixel((50, 50))[3] == 0  # the hole
    assert _near(image.getpixel((50, 5)), (255, 0, 0))  # the line


def _drawn_in_word_file(svg: bytes) -> Image.Image:
    """The PNG a Word file with ``svg`` as its letterhead logo carries beside the SVG."""
    document = plain_document()
    apply_letterhead(document, with_letterhead(svg).organisation.letterhead)
    _again, raw = reread(document)
    archive = zipfile.ZipFile(io.BytesIO(raw))
    png_name = next(
        n for n in archive.namelist() if n.startswith("word/media") and n.endswith(".png")
    )
    return _image(archive.read(png_name))


def test_the_word_file_carries_the_drawn_logo_beside_the_svg() -> None:
    image = _drawn_in_word_file(SVG_LOGO)
    assert image.getextrema()[3][1] == 255  # not a transparent stand-in
    width, height = image.size
    assert _near(image.getpixel((width * 15 // 100, height // 2)), BLUE)


def test_more_than_a_logo_is_refused_and_the_word_file_gets_the_stand_in() -> None:
    """Drawing is bounded (shapes and painted area): a hostile SVG within the 1 MiB limit
    cannot keep the export busy; the Word file then carries the transparent stand-in."""
    svg = _svg(100, 50, *['<rect width="100" height="50" fill="#123" fill-opacity="0.1"/>'] * 300)
    with pytest.raises(ValueError):
        svg_to_png(svg)
    assert _drawn_in_word_file(svg).getextrema()[3][1] == 0  # the stand-in


def test_shapes_outside_the_picture_cost_nothing_and_break_nothing() -> None:
    outside = '<rect x="-50" y="-50" width="5" height="5" fill="#000"/>'
    inside = '<rect x="2" y="2" width="6" height="6" fill="#000"/>'
    image = _image(svg_to_png(_svg(10, 10, outside, inside), size=10))
    assert image.getpixel((5, 5))[3] > 240 and image.getpixel((0, 0))[3] == 0
