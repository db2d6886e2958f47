"""The message catalogs (tomwizard/locale): every text the code marks is in the English catalog,
translated and not fuzzy, with the same placeholders, and the committed .mo is what the .po says.

The German text is the msgid (tomwizard.i18n), so "in both languages" means: in the code and in
tomwizard/locale/en/LC_MESSAGES/tomwizard.po. The texts are extracted here the way ``make
messages`` extracts them (Babel, the keywords of the Makefile).
"""

from __future__ import annotations

import argparse
import ast
import re
import string
from collections.abc import Iterator
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from tomwizard import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tomwizard"
PO = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "tomwizard.po"
# argparse's own words (English msgids of Python) with German msgstr: tomwizard.i18n
ARGPARSE_PO = PACKAGE / "locale" / "de" / "LC_MESSAGES" / "argparse.po"
Key = tuple[str | None, str]


def _keywords() -> dict[str, tuple[int | tuple[int, str], ...]]:
    """The keywords of ``make messages`` (MESSAGE_KEYWORDS in the Makefile), in Babel's form."""
    line = next(
        ln for ln in (ROOT / "Makefile").read_text().splitlines() if ln.startswith("MESSAGE_KEY")
    )
    found: dict[str, tuple[int | tuple[int, str], ...]] = {}
    for spec in re.findall(r"-k (\S+)", line):
        name, _, args = spec.partition(":")
        parts: list[int | tuple[int, str]] = []
        for arg in args.split(",") if args else ["1"]:
            parts.append((int(arg[:-1]), "c") if arg.endswith("c") else int(arg))
        found[name] = tuple(parts)
    return found


def _extracted() -> dict[Key, str | tuple[str, ...]]:
    out: dict[Key, str | tuple[str, ...]] = {}
    for _file, _line, message, _comments, context in extract_from_dir(
        str(PACKAGE), keywords=_keywords(), comment_tags=()
    ):
        msgid = message if isinstance(message, str) else message[0]
        out[(context, msgid)] = message
    return out


@pytest.fixture(scope="module")
def po() -> Catalog:
    with PO.open("rb") as f:
        return read_po(f)


def _entries(catalog: Catalog) -> Iterator[tuple[Key, object]]:
    for message in catalog:
        if message.id:
            key = message.id if isinstance(message.id, str) else message.id[0]
            yield (message.context, key), message


def test_every_marked_text_is_translated(po: Catalog) -> None:
    extracted = _extracted()
    assert len(extracted) > 300  # the extraction found the texts (not an empty walk)
    translations = dict(_entries(po))
    missing = [key for key in extracted if key not in translations]
    assert not missing, f"not in {PO.name} (run `make messages`): {missing[:5]}"
    for key, message in translations.items():
        assert key in extracted, f"{key} is in the catalog but no longer in the code"
        assert not message.fuzzy, f"fuzzy (check the English and drop the mark): {key}"  # type: ignore[attr-defined]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)  # type: ignore[attr-defined]
        assert all(strings), f"no English for {key}"


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_placeholders_match(po: Catalog) -> None:
    """English may drop a role word ({auftragsverarbeiter} is "the processor"), never add one."""
    for key, message in _entries(po):
        ids = message.id if isinstance(message.id, tuple) else (message.id,)  # type: ignore[attr-defined]
        strings = message.string if isinstance(message.string, tuple) else (message.string,)  # type: ignore[attr-defined]
        allowed = set().union(*(_fields(i) for i in ids))
        for text in strings:
            assert _fields(text) <= allowed, f"{key}: {text!r} uses {_fields(text) - allowed}"


@pytest.mark.parametrize("po_path", [PO, ARGPARSE_PO], ids=["tomwizard", "argparse"])
def test_committed_mo_is_the_po_compiled(po_path: Path) -> None:
    with po_path.open("rb") as f:
        po = read_po(f)
    with po_path.with_suffix(".mo").open("rb") as f:
        compiled = read_mo(f)
    want = {_plain(m.context, m.id, m.string) for m in po if m.id and not m.fuzzy}
    have = {_plain(m.context, m.id, m.string) for m in compiled if m.id}
    stale = want ^ have
    assert not stale, f"{po_path.name}: stale .mo (make messages): {sorted(map(str, stale))[:5]}"


def _argparse_messages() -> set[str | tuple[str, str]]:
    """The texts the running Python's argparse asks gettext for: ``_("…")`` and
    ``ngettext("…", "…", n)`` in its source."""
    found: set[str | tuple[str, str]] = set()
    for node in ast.walk(ast.parse(Path(argparse.__file__).read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        texts = [a.value for a in node.args if isinstance(a, ast.Constant)]
        if node.func.id == "_" and texts and isinstance(texts[0], str):
            found.add(texts[0])
        elif node.func.id == "ngettext" and len(texts) >= 2:
            found.add((texts[0], texts[1]))
    return found


def test_argparse_words_have_german() -> None:
    """Every word argparse may print has German, with argparse's placeholders and German
    quotation marks; a new Python that adds a text fails here (add it to argparse.po)."""
    with ARGPARSE_PO.open("rb") as f:
        german = {m.id: m.string for m in read_po(f) if m.id}
    wanted = _argparse_messages()
    assert len(wanted) > 25  # the scan found argparse's texts
    missing = [m for m in wanted if m not in german]
    assert not missing, f"not in {ARGPARSE_PO.name}: {missing}"
    placeholder = re.compile(r"%(?:\(\w+\))?[srd]")
    for msgid, msgstr in german.items():
        ids = msgid if isinstance(msgid, tuple) else (msgid,)
        strings = msgstr if isinstance(msgstr, tuple) else (msgstr,)
        for text in strings:
            assert (text and text != ids[0]) or msgid == "%(heading)s:", f"no German for {msgid}"
            # a value argparse quotes with repr (%r) may stand in German quotes instead: „%s“
            ours, theirs = placeholder.findall(text), placeholder.findall(ids[-1])
            assert sorted(map(_as_s, ours)) == sorted(map(_as_s, theirs)), (msgid, text)
            for repr_ in (p for p in theirs if p.endswith("r") and p not in ours):
                assert f"„{_as_s(repr_)}“" in text, (msgid, text)
            assert not re.search("[\"']", text.replace("%r", "")), f"„…“ in German: {text}"
    assert i18n.argparse_translations("de").gettext("usage: ") == "Aufruf: "


def _as_s(placeholder: str) -> str:
    return placeholder[:-1] + "s" if placeholder.endswith("r") else placeholder


def _plain(context: str | None, msgid: object, msgstr: object) -> tuple[object, ...]:
    def flat(value: object) -> object:
        return value if isinstance(value, str) else tuple(value)  # type: ignore[call-overload]

    return (context, flat(msgid), flat(msgstr))


def test_german_is_the_msgid_and_english_comes_from_the_catalog() -> None:
    assert i18n.tr("de", "Keine Befunde.") == "Keine Befunde."
    assert i18n.tr("en", "Keine Befunde.") == "No findings."
    assert i18n.trc("en", "aspect", "Name") == "name"
    assert i18n.trc("en", "value", "hoch") == "high"


def test_no_marked_text_hides_in_an_f_string() -> None:
    """Babel does not read calls inside f-strings: such a text would never reach the catalog."""
    marks = set(_keywords())
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name):
                        assert inner.func.id not in marks, f"{path}:{inner.lineno}"
