"""The parsed DejaVu faces kept in the content cache, so that an export does not parse three
TrueType files again (about 25 ms of every export; reading them back costs about 7 ms).

reportlab parses a TrueType file in Python (its cmap, widths and glyph positions) every time a
``TTFont`` is made. What it keeps of the file is plain data: numbers, strings, lists and dicts
of numbers, the font's names, and the file's bytes (for the subsets it embeds). That plain data
is kept in the content cache (:mod:`tomwizard.content.cache`: SHA-256 checked, read back by the
restricted unpickler, which makes nothing here but :class:`CachedFaces` and plain values); the
entry is keyed by the font files' bytes and reportlab's version. The file's bytes are read
from the font file again, never from the cache. A face with anything but plain data (another
reportlab) is simply parsed each time.

A restored font is the font reportlab would have parsed: same attributes, same values
(``tests/test_font_cache.py`` compares them and the PDF bytes).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

import reportlab
from pydantic import BaseModel, ConfigDict
from reportlab.pdfbase.ttfonts import TTEncoding, TTFNameBytes, TTFont, TTFontFace

from tomwizard.content.cache import load_cached

_FILE_DATA = "_ttf_data"  # the file's bytes: read from the font file, not kept in the cache
_SCALE = "_pdfScale"  # font units to 1/1000 em: a function, made again from unitsPerEm
_OWN = ("encoding", "state", "face")  # the TTFont's own objects, made as its __init__ makes them
_PLAIN = (int, float, str, bytes, bool, type(None))


class CachedFaces(BaseModel):
    """Per font name: the face's plain attributes, its names (TTFNameBytes) as text, and the
    font's own plain attributes."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    faces: dict[str, dict[str, Any]]
    names: dict[str, dict[str, str]]
    fonts: dict[str, dict[str, Any]]


def _plain(value: Any) -> bool:
    if isinstance(value, TTFNameBytes):
        return False
    if type(value) in _PLAIN:
        return True
    if type(value) in (list, tuple):
        return all(map(_plain, value))
    if type(value) is dict:
        return all(_plain(k) and _plain(v) for k, v in value.items())
    return False


def _described(fonts: Mapping[str, TTFont]) -> CachedFaces | None:
    """The plain data of ``fonts``, or None when a face holds anything else."""
    faces: dict[str, dict[str, Any]] = {}
    names: dict[str, dict[str, str]] = {}
    own: dict[str, dict[str, Any]] = {}
    for name, font in fonts.items():
        attributes = dict(font.face.__dict__)
        attributes.pop(_FILE_DATA)
        attributes.pop(_SCALE)
        names[name] = {
            key: attributes.pop(key).ustr
            for key, value in list(attributes.items())
            if type(value) is TTFNameBytes
        }
        faces[name] = attributes
        own[name] = {k: v for k, v in font.__dict__.items() if k not in _OWN}
        if not (_plain(attributes) and _plain(own[name])):
            return None
    return CachedFaces.model_construct(faces=faces, names=names, fonts=own)


def _scale(units_per_em: int) -> Any:
    """The face's font-units-to-PDF scale, as reportlab's ``extractInfo`` makes it."""
    if units_per_em == 1000:
        return lambda x: x
    factor = 1000 / units_per_em
    return lambda x: x * factor


def _restored(name: str, path: Path, cached: CachedFaces) -> TTFont:
    face = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(cached.faces[name])
    for key, text in cached.names[name].items():
        setattr(face, key, TTFNameBytes(text.encode("utf-8")))
    setattr(face, _FILE_DATA, path.read_bytes())
    setattr(face, _SCALE, _scale(face.unitsPerEm))
    font = TTFont.__new__(TTFont)
    font.__dict__.update(cached.fonts[name])
    font.face = face
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    return font


def load_fonts(files: Mapping[str, Path]) -> dict[str, TTFont]:
    """A TTFont per name of ``files`` (name → TrueType file), from the cache when it has them."""
    parsed: dict[str, TTFont] = {}

    def parse() -> CachedFaces:
        parsed.update({name: TTFont(name, str(path)) for name, path in files.items()})
        described = _described(parsed)
        if described is None:
            raise TypeError("not plain data")  # load_cached then keeps nothing
        return described

    try:
        kind = f"fonts-reportlab{reportlab.Version}"
        cached = load_cached(kind, list(files.values()), CachedFaces, parse)
    except TypeError:
        cached = None
    if parsed or cached is None:  # parsed now: these fonts are the ones to use
        return parsed or {name: TTFont(name, str(path)) for name, path in files.items()}
    return {name: _restored(name, path, cached) for name, path in files.items()}
