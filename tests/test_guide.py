"""The user guide's build (tools/build_guide.py, tools/guide_markdown.py): every finding is
explained in both languages, text is escaped, and the PDF handbook has its chapters."""

from __future__ import annotations

import html
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pypdf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomwizard.rules.loader import load_rules

TOOLS = Path(__file__).resolve().parent.parent / "tools"


def _load(name: str) -> ModuleType:
    if str(TOOLS) not in sys.path:
        sys.path.insert(0, str(TOOLS))
    spec = importlib.util.spec_from_file_location(name, TOOLS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


builder = _load("build_guide")
markdown = _load("guide_markdown")


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_rule_is_explained_from_the_rule_files(lang: str) -> None:
    chapter = builder.findings_markdown(lang)
    for loaded in load_rules():
        rule = loaded.rule
        assert f"`{rule.id}`" in chapter
        remedy = rule.remedy.get(lang) or ""
        if "{" not in remedy:
            assert remedy in chapter


@given(
    st.text(
        alphabet=st.characters(exclude_characters="*`[]\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    )
)
def test_plain_text_is_escaped_and_kept(text: str) -> None:
    rendered = markdown.inline(text)
    assert "<" not in rendered.replace("&lt;", "")
    assert html.unescape(rendered) == text


def test_blocks_and_anchors() -> None:
    blocks = markdown.parse(
        "# Titel {#start}\n\nEin **fetter** Absatz\nüber zwei Zeilen.\n\n- eins\n- zwei\n"
        "  weiter\n\n![Bild](x.png)\n\n```\na < b\n```\n> Hinweis\n"
    )
    kinds = [(b.kind, b.anchor) for b in blocks]
    assert kinds == [
        ("heading", "start"),
        ("para", ""),
        ("ul", ""),
        ("image", "x.png"),
        ("code", ""),
        ("note", ""),
    ]
    assert blocks[1].text == "Ein **fetter** Absatz über zwei Zeilen."
    assert blocks[2].items == ["eins", "zwei weiter"]


@pytest.mark.slow
def test_the_pdf_handbook_has_its_chapters(tmp_path: Path) -> None:
    target = builder.write_pdf("de", tmp_path / "handbuch.pdf", None)
    reader = pypdf.PdfReader(target)
    titles = [item.title for item in reader.outline if not isinstance(item, list)]
    assert titles[:2] == ["Die erste Bewertung in 15 Minuten", "Export und Unterschrift"]
    assert "Was die Befunde bedeuten" in titles
    text = "".join(page.extract_text() for page in reader.pages[:3])
    assert "Auftragsverarbeitungsvertrag" in text and "„" in text


def test_every_picture_of_the_guide_is_rendered_from_the_program() -> None:
    """Each image a chapter shows is one `render_pages.py --guide` writes; none is a stale file,
    and both languages show the same pictures at the same anchors."""
    rendered = set(_load("render_pages").guide_names(20).values())
    seen: dict[str, tuple[set[str], set[str]]] = {}
    for lang in builder.LANGS:
        blocks = builder.chapters(lang)
        images = {b.anchor.removesuffix(".png") for b in blocks if b.kind == "image"}
        anchors = {b.anchor for b in blocks if b.kind == "heading" and b.anchor}
        assert images <= rendered, (lang, images - rendered)
        seen[lang] = (images, anchors)
    assert seen["de"] == seen["en"]
    assert {"rahmenbedingungen", "interview", "interview-geplant"} <= seen["de"][0]
