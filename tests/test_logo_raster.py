"""An SVG logo set on the command line or by a JSON import has no PNG drawn by the interface;
the Word export draws one (LibreOffice shows only the PNG beside the SVG): the logo, not a
transparent stand-in."""

from __future__ import annotations

import io
import zipfile

from PIL import Image

from tests.letterhead_support import SVG_LOGO
from tests.test_letterhead_export import plain_document, reread, with_letterhead
from tomwizard.export.letterhead_docx import apply_letterhead
from tomwizard.export.logo_raster import svg_to_png
from tomwizard.logo_image import check_logo

BLUE, RED = (0x1F, 0x4E, 0x79), (0xC0, 0x39, 0x2B)


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
    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100">'
        b'<path d="M10 10 H90 V90 H10 Z M30 30 H70 V70 H30 Z" fill="#000" fill-rule="evenodd"/>'
        b'<line x1="0" y1="5" x2="100" y2="5" stroke="#f00" stroke-width="4"/></svg>'
    )
    image = _image(svg_to_png(svg, size=100))
    assert image.getpixel((20, 50))[3] > 240  # the frame
    assert image.getpixel((50, 50))[3] == 0  # the hole
    assert _near(image.getpixel((50, 5)), (255, 0, 0))  # the line


def test_the_word_file_carries_the_drawn_logo_beside_the_svg() -> None:
    document = plain_document()
    apply_letterhead(document, with_letterhead(SVG_LOGO).organisation.letterhead)
    _again, raw = reread(document)
    archive = zipfile.ZipFile(io.BytesIO(raw))
    png_name = next(
        n for n in archive.namelist() if n.startswith("word/media") and n.endswith(".png")
    )
    image = _image(archive.read(png_name))
    assert image.getextrema()[3][1] == 255  # not a transparent stand-in
    width, height = image.size
    assert _near(image.getpixel((width * 15 // 100, height // 2)), BLUE)
