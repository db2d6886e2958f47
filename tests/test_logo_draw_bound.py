"""An SVG logo with too much to draw (many shapes, or a few repeated by nested ``<use>``) kept
svglib busy for minutes on every export. A new one is refused before svglib sees it; one
stored before the bound is left out when drawing, and its file still opens and exports."""

from __future__ import annotations

import hashlib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, SetField, load_assessment
from tomwizard.logo_image import MAX_SVG_DRAWN, LogoError, check_logo, check_new_logo
from tomwizard.models.letterhead import Logo

HEAD = (
    '<svg xmlns="http://www.w3.org/2000/svg" xmlns:x="http://www.w3.org/1999/xlink" '
    'viewBox="0 0 100 40">'
)


def use_bomb(repeats: int = 1000, shapes: int = 1000) -> bytes:
    """A 50 kB SVG that svglib expands to ``repeats * shapes`` rectangles (1000 × 1000 took
    svglib three minutes)."""
    group = '<defs><g id="a">' + '<rect width="1" height="1"/>' * shapes + "</g></defs>"
    uses = "".join(f'<use x:href="#a" x="{i}"/>' for i in range(repeats))
    return (HEAD + group + uses + "</svg>").encode()


CYCLE = (HEAD + '<g id="a"><use x:href="#b"/></g><g id="b"><use x:href="#a"/></g></svg>').encode()
REUSED = (
    HEAD + '<defs><circle id="c" r="2"/></defs><use x:href="#c" x="3"/><use x:href="#c" x="6"/>'
    '<use x:href="#nowhere"/></svg>'
).encode()


def test_a_logo_that_repeats_a_group_too_often_is_refused_as_a_new_logo() -> None:
    data = use_bomb()
    assert check_logo(data).too_much_to_draw  # (the structure alone is fine: 2 000 elements)
    with pytest.raises(LogoError, match="zu viele Formen") as caught:
        Logo.from_bytes(data)
    assert "too many shapes" in caught.value.en


def test_many_plain_shapes_are_refused_too_and_a_few_repeats_are_fine() -> None:
    rects = "".join('<rect width="1" height="1"/>' for _ in range(MAX_SVG_DRAWN))
    with pytest.raises(LogoError):
        check_new_logo((HEAD + rects + "</svg>").encode())
    assert check_new_logo(REUSED).drawn == 8  # svg, defs, circle, 3 × use, 2 × circle again


def test_a_reference_cycle_is_refused() -> None:
    with pytest.raises(LogoError, match="auf sich selbst") as caught:
        check_logo(CYCLE)
    assert "points to itself" in caught.value.en


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_command_line_refuses_it_with_one_line_and_the_file_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    tomw = tmp_path / "a.tomw"
    OpenAssessment.create(tomw, default_catalog()).close()
    logo = tmp_path / "logo.svg"
    logo.write_bytes(use_bomb())
    before = _digest(tomw)
    assert main(["--lang", lang, "letterhead", str(tomw), "--logo", str(logo)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert ("too many shapes" if lang == "en" else "zu viele Formen") in err
    assert _digest(tomw) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw", "logo.svg"]


@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_a_stored_logo_with_too_much_to_draw_is_left_out_not_drawn_for_minutes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    tomw = tmp_path / "a.tomw"
    document = OpenAssessment.create(tomw, default_catalog())
    stored = Logo(media_type="image/svg+xml", data=use_bomb())  # as a file from before holds it
    document.apply([SetField("organisation.letterhead.logo", stored)], label="logo")
    document.close()
    assert load_assessment(tomw).organisation.letterhead.logo == stored  # the file still opens

    calls: list[object] = []  # (an exception would be caught: the Word export has a stand-in)
    monkeypatch.setattr("svglib.svglib.svg2rlg", lambda *args, **_kw: calls.append(args))
    out = tmp_path / f"a.{fmt}"
    assert main(["export", str(tomw), "-o", str(out), "--format", fmt]) == 0
    assert out.stat().st_size > 1000
    assert calls == []


def _naive_drawn(data: bytes) -> int:
    """Elements drawn, every ``<use>`` replaced by a copy of its target, by plain recursion."""
    root = ET.fromstring(data)
    ids = {e.get("id"): e for e in root.iter() if e.get("id")}
    href = "{http://www.w3.org/1999/xlink}href"

    def count(element: ET.Element) -> int:
        target = ids.get((element.get(href) or "#")[1:])
        return 1 + sum(count(c) for c in element) + (count(target) if target is not None else 0)

    return count(root)


@st.composite
def acyclic_svgs(draw: st.DrawFn) -> bytes:
    """Groups g0..gn; group i holds shapes and ``<use>`` of groups with a higher number only,
    so there is no cycle; the body uses some of them."""
    n = draw(st.integers(1, 6))
    groups = []
    for i in range(n):
        parts = ["<rect/>"] * draw(st.integers(0, 3))
        parts += [
            f'<use x:href="#g{j}"/>' for j in draw(st.lists(st.integers(i + 1, n), max_size=3))
        ]
        groups.append(f'<g id="g{i}">{"".join(parts)}</g>')
    body = [f'<use x:href="#g{j}"/>' for j in draw(st.lists(st.integers(0, n), max_size=4))]
    return (HEAD + "<defs>" + "".join(groups) + "</defs>" + "".join(body) + "</svg>").encode()


@settings(max_examples=150, deadline=None)
@given(acyclic_svgs())
def test_the_count_is_what_expanding_every_use_gives(data: bytes) -> None:
    naive = _naive_drawn(data)
    assert check_logo(data).drawn == min(naive, MAX_SVG_DRAWN + 1)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_such_a_logo_from_a_json_import_is_kept_and_each_command_says_it_is_left_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lang: str
) -> None:
    from tomwizard.demo import demo_assessment
    from tomwizard.exchange import export_json
    from tomwizard.models.letterhead import Letterhead, logo_left_out

    heavy = Logo(media_type="image/svg+xml", data=use_bomb())  # as a stored logo may be
    assessment = demo_assessment(default_catalog())
    assessment.organisation.letterhead = Letterhead(logo=heavy)
    source = tmp_path / "kunde.json"
    source.write_text(export_json(assessment), encoding="utf-8")
    words = "zu viele Formen" if lang == "de" else "too many shapes"
    imported = tmp_path / "kunde.tomw"
    assert main(["--lang", lang, "import", str(source), "-o", str(imported)]) == 0
    assert words in capsys.readouterr().err
    assert logo_left_out(load_assessment(imported).organisation.letterhead)  # kept, not lost
    out = tmp_path / "anlage.pdf"
    assert main(["--lang", lang, "export", str(imported), "-o", str(out)]) == 0
    assert words in capsys.readouterr().err and out.stat().st_size > 0
    exchange = ["export", str(imported), "-o", str(tmp_path / "k.json")]
    assert main(["--lang", lang, *exchange]) == 0
    assert words not in capsys.readouterr().err  # the exchange file carries it as it is
