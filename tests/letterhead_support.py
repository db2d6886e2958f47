"""Logo images made in the test (no files needed): a real PNG, an SVG, and bad ones."""

from __future__ import annotations

import struct
import zlib

SVG_LOGO = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 60" width="200" height="60">'
    b'<rect width="60" height="60" rx="10" fill="#1f4e79"/>'
    b'<path d="M80 10 h100 v40 h-100 z" fill="#c0392b"/></svg>'
)


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def png(width: int = 120, height: int = 40, header: tuple[int, int] | None = None) -> bytes:
    """An RGBA PNG with a blue and white check pattern; ``header`` overrides the size the
    IHDR claims (for the pixel limit)."""
    rows = []
    for y in range(height):
        pixels = (
            b"\x1f\x4e\x79\xff" if (x // 8 + y // 8) % 2 else b"\xff\xff\xff\x00"
            for x in range(width)
        )
        rows.append(b"\x00" + b"".join(pixels))
    w, h = header or (width, height)
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(b"".join(rows)))
        + chunk(b"IEND", b"")
    )


def bad_logos() -> dict[str, bytes]:
    good = png()
    return {
        "truncated PNG": good[: len(good) // 2],
        "PNG without its end": good[:-12],
        "wrong signature": b"\x89PNX\r\n\x1a\n" + good[8:],
        "flipped byte": good[:60] + bytes([good[60] ^ 0xFF]) + good[61:],
        "huge file": good + b"\x00" * (1024 * 1024),
        "too many pixels": png(8, 8, header=(20_000, 20_000)),
        "SVG with script": SVG_LOGO.replace(b"</svg>", b"<script>alert(1)</script></svg>"),
        "SVG with onload": SVG_LOGO.replace(b"<rect", b'<rect onload="alert(1)"'),
        "SVG with external entity": (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&x;</text></svg>'
        ),
        "SVG entity bomb": (
            b'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">'
            b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text>&b;</text></svg>'
        ),
        "SVG with external image": SVG_LOGO.replace(
            b"</svg>", b'<image href="http://example.invalid/x.png" width="5" height="5"/></svg>'
        ),
        "SVG with CSS import": SVG_LOGO.replace(
            b"</svg>", b"<style>@import url(http://example.invalid/a.css);</style></svg>"
        ),
        "SVG without size": b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
        "broken XML": b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect',
        "not SVG XML": b'<?xml version="1.0"?><html><body/></html>',
        "not an image": b"%PDF-1.7\nthis is a PDF, not a logo\n",
        "empty": b"",
    }
