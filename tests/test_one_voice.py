"""One voice: every user-facing text of the core goes through the gettext catalog.

An AST scan over ``tomwizard/`` (the Qt-free core; ``ui/`` has Qt's ``.ts``) fails on

- a German string literal outside the catalog, and
- a bilingual pair written in the code: ``{"de": "…", "en": "…"}``, ``Text(de="…", en="…")``
  or a tuple ``("deutsch", "English")``.

Allowed (not a message, or a message already in the catalog):

- msgids inside the marking calls ``_``, ``ngettext``, ``tr``, ``trc``, ``trn``, ``N_``,
  ``NC_``, ``NN_`` (extracted by ``make messages``; tests/test_i18n_catalogs.py checks the
  English);
- docstrings, and strings inside a call of :mod:`re` (patterns that recognise German words in
  user text) or of a logger (log and debug text is for developers);
- identifiers and data: locale codes, date patterns (``{"de": "DD.MM.YYYY", …}``), empty
  texts; content lives in ``forms/`` as YAML with both languages and is not scanned here;
- the files in :data:`ALLOWED_FILES`, each with its reason. English-only diagnostics for content
  authors (``tomwizard catalog validate``, pydantic validators) are not German and not pairs, so
  the scan does not see them.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parent.parent / "tomwizard"
MARKS = {"_", "ngettext", "tr", "trc", "trn", "N_", "NC_", "NN_"}
LOGGERS = {"log", "logger", "logging", "_log", "_logger", "LOG"}
GERMAN = re.compile(
    r"[äöüÄÖÜß„“]|\b(der|die|das|Der|Die|Das|und|nicht|ist|ein|eine|Ein|Eine|keine|kein|Keine|"
    r"Kein|mit|für|oder|den|dem|des|zu|zum|zur|auf|bei|nur|von|nach|wird|wurde|wurden|werden|"
    r"kann|gibt|sind|noch|bitte|Bitte|Datei|DATEI|Befehl|BEFEHL|Version|Katalog|Hinweis|Zeile|"
    r"Blatt)\b"
)
WORDS = re.compile(r"[a-zäöüß]{3,}")  # a value that is text, not a code or a pattern
# a piece of a regular expression kept in a constant ("A-Za-zÄÖÜäöüß", a character class)
PATTERN_PIECE = re.compile(r"\S*(?:A-Z|a-z)\S*")

ALLOWED_FILES = {
    # word lists of designations and units ("Abs.", "Kapitel", "Version", "Monate") that the
    # typographic ties recognise in German and English text
    "export/document/typography.py": "language data",
    # the singular of the catalog's units after a 1 ("1 Minute"): the units are content
    # (forms/catalog, both languages), so are their singulars; they belong beside them in the
    # YAML (a `unit_one`), not in the catalog of messages
    "export/measure_text.py": "language data",
    # Word paragraph style names ("TOM Zwischenüberschrift"): identifiers inside the .docx
    "export/document/docx_styles.py": "identifiers",
}


def _is_str(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _call_name(node: ast.Call) -> tuple[str, str]:
    """(object, function) of a call: ("", "_") for ``_(…)``, ("re", "compile")."""
    func = node.func
    if isinstance(func, ast.Name):
        return "", func.id
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.value.id, func.attr
    return "", ""


def unmarked_strings(tree: ast.AST) -> list[ast.Constant]:
    """String constants outside the marking calls, docstrings, patterns and log calls."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            owner, name = _call_name(node)
            if (not owner and name in MARKS) or owner == "re" or owner in LOGGERS:
                skip |= {id(inner) for inner in ast.walk(node)}
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr):
            skip.add(id(body[0].value))  # a docstring
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and not PATTERN_PIECE.fullmatch(node.value)
    ]


def bilingual_pairs(tree: ast.AST) -> list[ast.AST]:
    """German and English written side by side in the code instead of in the catalog."""
    found: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            by_key = {k.value: v for k, v in zip(node.keys, node.values, strict=True) if _is_str(k)}  # type: ignore[union-attr]
            pair = [by_key.get("de"), by_key.get("en")]
        elif isinstance(node, ast.Call):
            if _call_name(node)[1] in MARKS:
                continue
            keywords = {k.arg: k.value for k in node.keywords}
            pair = [keywords.get("de"), keywords.get("en")]
        elif isinstance(node, ast.Tuple) and len(node.elts) == 2:
            pair = list(node.elts)
            if not all(_is_str(p) for p in pair) or not GERMAN.search(pair[0].value):  # type: ignore[attr-defined]
                continue
            if GERMAN.search(pair[1].value):  # type: ignore[attr-defined]
                continue  # two German words (a mapping inside German), not a translation
        else:
            continue
        if all(_wordy(p) for p in pair):
            found.append(node)
    return found


def _wordy(node: ast.AST | None) -> bool:
    """A text (not a code or a pattern), or a table of texts."""
    if isinstance(node, ast.Dict):
        return any(_wordy(value) for value in node.values)
    return (
        isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and bool(WORDS.search(node.value))
    )


def _findings(tree: ast.AST) -> list[str]:
    found = [
        f"{node.lineno}: German text {node.value[:70]!r}"
        for node in unmarked_strings(tree)
        if GERMAN.search(node.value)
    ]
    found += [
        f"{pair.lineno}: (de, en) pair {ast.unparse(pair)[:70]}"  # type: ignore[attr-defined]
        for pair in bilingual_pairs(tree)
    ]
    return found


def _core_files() -> list[tuple[str, ast.AST]]:
    return [
        (path.relative_to(CORE).as_posix(), ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(CORE.rglob("*.py"))
    ]


def test_no_text_outside_the_catalog_in_the_core() -> None:
    files = _core_files()
    found = [
        f"{name}:{line}"
        for name, tree in files
        if name not in ALLOWED_FILES
        for line in _findings(tree)
    ]
    assert len(files) - len(ALLOWED_FILES) > 100  # the whole core, not only tomwizard/cli
    assert not found, "Texts not in the catalog (mark them, run `make messages`):\n" + "\n".join(
        found
    )


def test_every_allowed_file_still_needs_its_entry() -> None:
    """An entry the scan no longer needs goes (the temporary ones once their files are
    converted and merged)."""
    files = dict(_core_files())
    for name in ALLOWED_FILES:
        assert name in files, f"{name} is allowed but no longer exists"
        assert _findings(files[name]), f"{name} has no text outside the catalog: drop its entry"


@pytest.mark.parametrize(
    "source",
    [
        'raise UsageError(f"{path}: Die Datei fehlt.")',
        'WORDING = {"de": {"x": "neu aufgenommen"}, "en": {"x": "added"}}["de"]',
        'LABEL = {"de": "entfernt", "en": "removed"}',
        'note = Text(de="Bitte prüfen", en="Please check")',
        'raise LogoError("Die Logodatei ist leer.", "The logo file is empty.")',
        '_AND = ("und", "and")',
    ],
)
def test_the_scan_sees_unmarked_text(source: str) -> None:
    assert _findings(ast.parse(source))


@pytest.mark.parametrize(
    "source",
    [
        'print(_("ist markiert"))',
        'MSG = N_("Die Datei ist leer.")',
        'PATTERN = re.compile(r"(Verantwortliche[nrs]?)")',
        'FORMAT = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}',
        'LOCALES = {"de": "de_DE", "en": "en_GB"}',
        'log.debug("Datei %s nicht gefunden", path)',
        '_LETTER = "A-Za-zÄÖÜäöüß"  # a character class for patterns',
        'def f():\n    """Die Datei als Text."""',
    ],
)
def test_the_scan_lets_marked_text_and_data_pass(source: str) -> None:
    assert not _findings(ast.parse(source))
