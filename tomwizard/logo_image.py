"""Checks for a letterhead logo (PNG or SVG) before anything stores or draws it.

Only the standard library reads the bytes here: the PNG chunks are walked with their CRCs up to
``IEND`` (a truncated or altered file fails), the SVG is parsed by expat with document type
declarations refused (no entities, no external DTD, so no entity expansion and no file or
network access) and then walked for scripts, event handlers and references to anything outside
the file itself. Nothing is fetched, ever.

A failed check raises :class:`LogoError` with one German line (``str``) and the same in English
(``.en``) for the English interface.
"""

from __future__ import annotations

import re
import struct
import zlib
from dataclasses import dataclass
from typing import Literal

from tomwizard.i18n import N_, Msg, format_number, say
from tomwizard.models.catalog import LANGUAGES, Language

MediaType = Literal["image/png", "image/svg+xml"]
PNG: MediaType = "image/png"
SVG: MediaType = "image/svg+xml"

MAX_LOGO_BYTES = 1024 * 1024  # 1 MiB: a logo of a letterhead is far smaller
MAX_PIXELS_SIDE = 4096  # a PNG wider or taller than this is a photo, not a logo
MAX_PIXELS = 8_000_000
MAX_SVG_ELEMENTS = 20_000
# Elements svglib would draw, each ``<use>`` counted with what it repeats: a new logo may have
# this many (svglib needs about 0.15 ms per shape, text far more; a logo has a few hundred).
MAX_SVG_DRAWN = 5_000
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_SVG_NS = "http://www.w3.org/2000/svg"
_XLINK_NS = "http://www.w3.org/1999/xlink"
_FORBIDDEN_ELEMENTS = {"script", "foreignObject", "iframe", "embed", "object", "handler"}
_EXTERNAL_CSS = re.compile(r"@import|url\(\s*['\"]?\s*(?!#)", re.IGNORECASE)


class LogoError(ValueError):
    """The bytes are not a usable logo. ``str(error)`` is German, ``error.en`` English."""

    def __init__(self, de: str, en: str) -> None:
        super().__init__(de)
        self.en = en

    @classmethod
    def saying(cls, message: Msg, **values: Msg | str) -> LogoError:
        """The error in both languages from a marked message; marked values are translated."""

        def one(lang: Language) -> str:
            filled = {k: say(lang, v) if isinstance(v, Msg) else v for k, v in values.items()}
            return say(lang, message).format(**filled)

        return cls(one("de"), one("en"))


@dataclass(frozen=True)
class LogoInfo:
    media_type: MediaType
    width: float  # pixels (PNG) or user units (SVG)
    height: float
    drawn: int = 0  # SVG: elements to draw, ``<use>`` expanded (capped just over the limit)

    @property
    def too_much_to_draw(self) -> bool:
        """An SVG that would keep svglib busy for seconds or minutes (many shapes, or a few
        shapes repeated by nested ``<use>``): refused as a new logo, left out when drawing."""
        return self.drawn > MAX_SVG_DRAWN


def check_logo(data: bytes) -> LogoInfo:
    """The logo's type and size; raises LogoError when ``data`` is no safe PNG or SVG."""
    if len(data) > MAX_LOGO_BYTES:
        # (the gate reads at most 1 MiB + 1 byte, so the file's own size is not known here)
        raise LogoError.saying(N_("Das Logo ist zu groß (mehr als 1 MB)."))
    if not data:
        raise LogoError.saying(N_("Die Logodatei ist leer."))
    if data.startswith(PNG_SIGNATURE):
        return _check_png(data)
    head = data[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<?xml", b"<svg", b"<!--", b"<!doctype")):
        return _check_svg(data)
    raise LogoError.saying(N_("Das Logo ist weder ein PNG- noch ein SVG-Bild."))


def check_new_logo(data: bytes) -> LogoInfo:
    """:func:`check_logo` for a logo the user chooses now: also refuses an SVG with too much
    to draw (a stored logo is only left out when drawing, so its file still opens)."""
    info = check_logo(data)
    if info.too_much_to_draw:
        message = N_(
            "Das SVG-Logo wird nicht übernommen: es hat zu viele Formen (mehr als {most}, "
            "Wiederholungen mit <use> mitgezählt). Bitte ein einfacheres SVG oder ein PNG wählen."
        )
        raise LogoError(
            *(
                say(lang, message).format(most=format_number(MAX_SVG_DRAWN, lang))
                for lang in LANGUAGES
            )
        )
    return info


def _png_error(what: Msg) -> LogoError:
    return LogoError.saying(
        N_("Das PNG-Logo ist beschädigt oder unvollständig ({what})."), what=what
    )


def _check_png(data: bytes) -> LogoInfo:
    pos = len(PNG_SIGNATURE)
    width = height = 0
    seen_idat = False
    compressed = bytearray()
    while True:
        if pos + 8 > len(data):
            raise _png_error(N_("Ende fehlt"))
        length, kind = struct.unpack(">I4s", data[pos : pos + 8])
        end = pos + 8 + length
        if end + 4 > len(data):
            raise _png_error(N_("Ende fehlt"))
        body = data[pos + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + body) != crc:
            raise _png_error(N_("Prüfsumme falsch"))
        if pos == len(PNG_SIGNATURE):
            if kind != b"IHDR" or length != 13:
                raise _png_error(N_("Kopf fehlt"))
            width, height = struct.unpack(">II", body[:8])
            _check_pixels(width, height)
        if kind == b"IDAT":
            seen_idat = True
            compressed += body
        pos = end + 4
        if kind == b"IEND":
            break
    if not seen_idat:
        raise _png_error(N_("keine Bilddaten"))
    _check_inflates(bytes(compressed), width, height)
    return LogoInfo(PNG, float(width), float(height))


def _check_inflates(compressed: bytes, width: int, height: int) -> None:
    """The image data decompresses completely, to no more than the largest possible size
    (16-bit RGBA), so a short or padded stream fails without a decompression bomb."""
    limit = height * (width * 8 + 1)
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(compressed, limit + 1)
    except zlib.error as exc:
        raise _png_error(N_("Bilddaten unlesbar")) from exc
    if len(out) > limit or not inflater.eof:
        raise _png_error(N_("Bilddaten unvollständig"))


def _check_pixels(width: int, height: int) -> None:
    if width < 1 or height < 1:
        raise _png_error(N_("keine Bildgröße"))
    if max(width, height) > MAX_PIXELS_SIDE or width * height > MAX_PIXELS:
        message = N_(
            "Das Logo hat zu viele Bildpunkte ({width} × {height}; höchstens {side} je Seite "
            "und {mega} Megapixel)."
        )
        numbers = {"width": width, "height": height, "side": MAX_PIXELS_SIDE}
        raise LogoError(
            *(
                say(lang, message).format(
                    **{key: format_number(n, lang) for key, n in numbers.items()},
                    mega=format_number(MAX_PIXELS // 1_000_000, lang),
                )
                for lang in LANGUAGES
            )
        )


def _svg_error(what: Msg) -> LogoError:
    return LogoError.saying(N_("Das SVG-Logo wird nicht übernommen: {what}."), what=what)


class _Refused(Exception):
    pass


def _check_svg(data: bytes) -> LogoInfo:
    from xml.parsers import expat  # (only for an SVG logo: not imported by every start)

    parser = expat.ParserCreate(namespace_separator=" ")

    def refuse(*_args: object) -> int:
        raise _Refused

    # A DOCTYPE is where entities (and so entity expansion and external files) come from.
    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.ExternalEntityRefHandler = refuse  # (never reached: no DOCTYPE, no entities)
    root: list[str] = []
    size: list[float] = []
    count = 0
    in_style = False
    tree = _Tree()

    def start(name: str, attrs: dict[str, str]) -> None:
        nonlocal count, in_style
        count += 1
        if count > MAX_SVG_ELEMENTS:
            raise _svg_error(N_("zu viele Elemente"))
        tree.open(attrs)
        ns, _, local = name.rpartition(" ")
        if not root:
            if (ns, local) != (_SVG_NS, "svg"):
                raise _svg_error(N_("kein SVG-Dokument"))
            root.append(local)
            size.extend(_svg_size(attrs))
        if local in _FORBIDDEN_ELEMENTS:
            raise _svg_error(N_("es enthält ein Skript oder eingebettete Inhalte"))
        in_style = local == "style"
        for key, value in attrs.items():
            _check_attribute(key.rpartition(" ")[2], value)

    def text(chars: str) -> None:
        if in_style and _EXTERNAL_CSS.search(chars):
            raise _svg_error(N_("es verweist auf externe Inhalte"))

    parser.StartElementHandler = start
    parser.EndElementHandler = tree.close
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except _Refused:
        raise _svg_error(N_("es enthält eine Dokumenttyp- oder Entity-Deklaration")) from None
    except expat.ExpatError as exc:
        raise LogoError.saying(
            N_("Das SVG-Logo wird nicht übernommen: kein gültiges XML (Zeile {line})."),
            line=str(exc.lineno),
        ) from None
    if not root:
        raise _svg_error(N_("kein SVG-Dokument"))
    return LogoInfo(SVG, size[0], size[1], tree.drawn())


class _Tree:
    """The element tree as far as drawing cost goes: children, ids and ``href="#id"``."""

    def __init__(self) -> None:
        self.children: list[list[int]] = []
        self.refs: list[str | None] = []
        self.ids: dict[str, int] = {}
        self._open: list[int] = []

    def open(self, attrs: dict[str, str]) -> None:
        node = len(self.children)
        self.children.append([])
        href = next((v for k, v in attrs.items() if k.rpartition(" ")[2] == "href"), None)
        self.refs.append(href.strip()[1:] if href else None)
        if "id" in attrs:
            self.ids.setdefault(attrs["id"], node)
        if self._open:
            self.children[self._open[-1]].append(node)
        self._open.append(node)

    def close(self, _name: str) -> None:
        self._open.pop()

    def drawn(self) -> int:
        """Elements drawn from the root, each reference counted with its target's subtree;
        refuses a reference cycle. Iterative (an SVG may nest 20 000 deep); capped."""
        cap = MAX_SVG_DRAWN + 1
        cost: dict[int, int] = {}
        visiting: set[int] = set()

        def needs(node: int) -> list[int]:
            ref = self.refs[node]
            target = self.ids.get(ref) if ref is not None else None
            return self.children[node] + ([target] if target is not None else [])

        stack = [0] if self.children else []
        while stack:
            node = stack[-1]
            if node in cost:
                stack.pop()
                continue
            waiting = [n for n in needs(node) if n not in cost]
            if node not in visiting:
                visiting.add(node)
                for other in waiting:
                    if other in visiting:
                        raise _svg_error(N_("ein Verweis im Bild zeigt auf sich selbst"))
                stack.extend(waiting)
                continue
            if waiting:  # a node reachable twice at once on the path: a cycle
                raise _svg_error(N_("ein Verweis im Bild zeigt auf sich selbst"))
            visiting.discard(node)
            cost[node] = min(cap, 1 + sum(cost[n] for n in needs(node)))
            stack.pop()
        return cost.get(0, 0)


def _check_attribute(name: str, value: str) -> None:
    if name.lower().startswith("on"):
        raise _svg_error(N_("es enthält ein Skript"))
    if name == "href" and not value.strip().startswith("#"):
        raise _svg_error(N_("es verweist auf externe Inhalte"))
    if name == "style" and _EXTERNAL_CSS.search(value):
        raise _svg_error(N_("es verweist auf externe Inhalte"))


_NUMBER = re.compile(r"^\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\s*(px|pt|mm|cm|in)?\s*$")


def _svg_size(attrs: dict[str, str]) -> tuple[float, float]:
    """The drawing's size from viewBox (else width/height); it must be a positive size."""
    box = attrs.get("viewBox", "").replace(",", " ").split()
    try:
        if len(box) == 4:
            width, height = float(box[2]), float(box[3])
        else:
            width, height = (_length(attrs.get(key, "")) for key in ("width", "height"))
    except ValueError:
        raise _svg_error(N_("keine lesbare Größe (viewBox)")) from None
    if not (0 < width < 1e6 and 0 < height < 1e6):
        raise _svg_error(N_("keine sinnvolle Größe (viewBox)"))
    return width, height


def _length(text: str) -> float:
    match = _NUMBER.match(text)
    if not match:
        raise ValueError(text)
    return float(match.group(1))
