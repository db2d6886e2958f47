"""The DejaVu faces from the content cache are the fonts reportlab parses, down to the PDF's
bytes; a damaged or missing entry only means parsing again."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont

from tomwizard.content import cache as content_cache
from tomwizard.export.font_cache import load_fonts
from tomwizard.paths import resource_path

FILES = {
    "CacheSans": resource_path("fonts", "DejaVuSans.ttf"),
    "CacheSans-Bold": resource_path("fonts", "DejaVuSans-Bold.ttf"),
    "CacheSans-Oblique": resource_path("fonts", "DejaVuSans-Oblique.ttf"),
}


def _comparable(font: TTFont) -> dict[str, Any]:
    """Everything a font holds, its scale function as the values it gives."""
    face = dict(font.face.__dict__)
    scale = face.pop("_pdfScale")
    face["scaled"] = [scale(value) for value in (0, 1, 700, 2048, -300)]
    face["names"] = {k: (bytes(v), v.ustr) for k, v in face.items() if hasattr(v, "ustr")}
    own = {k: v for k, v in font.__dict__.items() if k not in ("face", "state", "encoding")}
    return {"face": face, "own": own, "keys": sorted(font.__dict__), "type": type(font.face)}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(content_cache.ENV_DIR, str(folder))
    return folder


def test_restored_fonts_equal_parsed_ones(cache: Path) -> None:
    parsed = {name: TTFont(name, str(path)) for name, path in FILES.items()}
    first = load_fonts(FILES)  # parses and fills the cache
    assert len(list(cache.glob("fonts-*.pickle"))) == 1
    second = load_fonts(FILES)  # from the cache
    for name, font in parsed.items():
        assert _comparable(second[name]) == _comparable(font) == _comparable(first[name])
        assert isinstance(second[name].encoding, TTEncoding)
        assert second[name].stringWidth("Maßnahme „ä“ ☒", 10) == font.stringWidth(
            "Maßnahme „ä“ ☒", 10
        )
    assert second["CacheSans"].face.charToGlyph is not first["CacheSans"].face.charToGlyph


def test_a_damaged_entry_parses_again(cache: Path) -> None:
    load_fonts(FILES)
    (entry,) = cache.glob("fonts-*.pickle")
    damaged = entry.read_bytes()[:-100]
    entry.write_bytes(damaged)
    fonts = load_fonts(FILES)
    assert fonts["CacheSans-Bold"].face.charToGlyph[ord("ß")] > 0
    assert len(entry.read_bytes()) > len(damaged)  # written anew


def test_without_a_cache_the_fonts_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(content_cache.ENV_DIR, "")
    fonts = load_fonts(FILES)
    assert set(fonts) == set(FILES)


def test_pdf_bytes_the_same_from_parsed_and_cached_fonts(tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    base = {**os.environ, content_cache.ENV_DIR: str(tmp_path / "cache")}
    tool = [sys.executable, "-m", "tomwizard"]
    subprocess.run([*tool, "demo", "-o", demo], env=base, check=True, capture_output=True)
    outputs = []
    for run, cache_dir in enumerate(["", str(tmp_path / "fonts"), str(tmp_path / "fonts")]):
        env = {**base, content_cache.ENV_DIR: cache_dir}  # off, then filled, then read
        out = tmp_path / f"a{run}.pdf"
        command = [*tool, "export", demo / "demo.tomw", "-o", out]
        command += ["--gap-report", tmp_path / f"g{run}.pdf"]
        subprocess.run(command, env=env, check=True, capture_output=True)
        outputs.append((out.read_bytes(), (tmp_path / f"g{run}.pdf").read_bytes()))
    assert list((tmp_path / "fonts").glob("fonts-*.pickle"))
    assert outputs[0] == outputs[1] == outputs[2]
