"""The Word annex says what the PDF annex says (issue 16, "Done when"): for every view, style,
part set and language, with and without the measures that do not apply, draft and final, and
with the changes appendix, the text of the DOCX (paragraphs, list symbols, table cells in
reading order) equals the text pypdf reads from the PDF's pages without their header and
footer, compared after normalising whitespace (the PDF breaks lines, Word does not) and
hyphens (a line may break after one). Header, footer and properties are compared apart.

Both documents are built from the same neutral model (tomwizard.export.document); this test
proves that neither renderer drops, adds or reorders text."""

from __future__ import annotations

import datetime as dt
import difflib
import io
import itertools
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from tests.docx_text import body_lines, field_codes, open_docx
from tests.test_versions import ten_changes
from tomwizard.content.catalog import default_catalog
from tomwizard.content.views import VIEW_IDS
from tomwizard.demo import demo_assessment
from tomwizard.export.annex_measures import STYLES
from tomwizard.export.document.annex import PARTS, AnnexOptions, build_annex
from tomwizard.export.document.gap_report import build_gap_report
from tomwizard.export.document.model import (
    Block,
    Chart,
    Document,
    KeepTogether,
    ListBlock,
    ListItem,
    Table,
    plain_text,
)
from tomwizard.export.docx_export import annex_docx, gap_report_docx
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import annex_pdf
from tomwizard.export.status_marks import LEGEND_WORDS, MARKS
from tomwizard.history.versions import annex_changes
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog, Language
from tomwizard.rules import evaluate
from tomwizard.store import TomwStore

LANGS = ("de", "en")
ALL = tuple(PARTS)
_SPACE = re.compile(r"[\s\u00a0\u202f\u00ad\-‐]+")


def _cases() -> list[Any]:
    cases = [
        pytest.param(dict(view=v, style=s, lang=lang, parts=ALL), id=f"{v}-{s}-{lang}")
        for v, s, lang in itertools.product(VIEW_IDS, STYLES, LANGS)
    ]
    subsets = [p for n in range(len(PARTS)) for p in itertools.combinations(PARTS, n)]
    for index, parts in enumerate(subsets):  # every other part set, styles and languages mixed
        style, lang = STYLES[index % 2], LANGS[index // 2 % 2]
        name = "+".join(parts) or "none"
        cases.append(pytest.param(dict(style=style, lang=lang, parts=parts), id=f"parts-{name}"))
    for style in STYLES:
        options = dict(style=style, lang="de", parts=ALL, list_entfaellt=True)
        cases.append(pytest.param(options, id=f"entfaellt-{style}"))
    return cases


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


@pytest.fixture(scope="module")
def demo(catalog: Catalog) -> Assessment:
    return demo_assessment(catalog)


def normalised(text: str) -> str:
    return _SPACE.sub("", text)


def pdf_body(pdf: bytes, document: Document) -> str:
    """Every page's text up to its header (the page furniture is drawn after the body),
    without a table's header row where the PDF repeats it at the top of a page."""
    pages = [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]
    header = document.meta.header_left.replace("\u00a0", " ")
    heads = {
        normalised("".join(plain_text(cell) for cell in row))
        for block in document.blocks
        if isinstance(block, Table)
        for row in block.header
    }
    bodies = [normalised(page[: page.rindex(header)]) for page in pages]
    for index in range(1, len(bodies)):
        for head in heads:
            if head and bodies[index].startswith(head):
                bodies[index] = bodies[index][len(head) :]
    return "".join(bodies)


def assert_same_text(pdf_text: str, docx_text: str) -> None:
    left, right = normalised(pdf_text), normalised(docx_text)
    if left == right:
        return
    matcher = difflib.SequenceMatcher(None, left, right, autojunk=False)
    diffs = [
        f"{op}: PDF …{left[max(a - 30, 0) : a2 + 30]}… DOCX …{right[max(b - 30, 0) : b2 + 30]}…"
        for op, a, a2, b, b2 in matcher.get_opcodes()
        if op != "equal"
    ]
    pytest.fail("DOCX text differs from the PDF:\n" + "\n".join(diffs[:5]))


def _compare(assessment: Assessment, catalog: Catalog, options: AnnexOptions, **kw: Any) -> None:
    document = build_annex(assessment, catalog, options, **kw)
    meta = document.meta
    pdf = annex_pdf(assessment, catalog, options, **kw)
    docx = annex_docx(assessment, catalog, options, **kw)
    assert_same_text(pdf_body(pdf, document), "\n".join(body_lines(open_docx(docx))))
    section = open_docx(docx).sections[0]
    header = section.header.paragraphs[0].text
    assert header == f"{meta.header_left}\t{meta.header_right}"
    first_page = PdfReader(io.BytesIO(pdf)).pages[0].extract_text() or ""
    footer = section.footer.paragraphs[0].text.split("\t")[0]
    assert normalised(footer) in normalised(first_page)  # "ENTWURF · Stand: …" in a draft
    assert field_codes(section.footer._element) == ["PAGE", "NUMPAGES"]


@pytest.mark.parametrize("options", _cases())
def test_docx_text_equals_pdf_text(
    catalog: Catalog, demo: Assessment, options: dict[str, Any]
) -> None:
    _compare(demo, catalog, AnnexOptions(**options))


def test_final_annex_without_draft_mark(catalog: Catalog, demo: Assessment) -> None:
    options = AnnexOptions(style="checklist", lang="en", parts=ALL)
    _compare(demo, catalog, options, found=[])
    word = open_docx(annex_docx(demo, catalog, options, found=[]))
    assert "DRAFT" not in word.sections[0].footer.paragraphs[0].text
    assert not [e for e in word.sections[0].header._element.iter() if e.get("string")]


def test_changes_appendix(catalog: Catalog, demo: Assessment, tmp_path: Path) -> None:
    path = tmp_path / "demo.tomw"
    TomwStore.create(path, demo).close()
    with TomwStore.open(path) as store:
        store.freeze_version()
        ten_changes(store)
        changes = annex_changes(store, catalog)
        assessment = store.load()
    assert changes is not None
    _compare(assessment, catalog, AnnexOptions(style="prose", parts=ALL, changes=changes))


def _item_marks(blocks: Iterable[Block]) -> list[str]:
    """The mark of every checklist line of ``blocks``, in reading order."""
    out: list[str] = []

    def walk(block: ListBlock, items: Iterable[ListItem], level: int) -> None:
        for item in items:
            out.append(block.mark(item, level))
            walk(block, item.children, level + 1)

    for block in blocks:
        if isinstance(block, KeepTogether):
            out += _item_marks(block.blocks)
        elif isinstance(block, ListBlock) and block.checklist:
            walk(block, block.items, 0)
    return out


def _every_status(demo: Assessment) -> Assessment:
    """The demo with a few measures not implemented (it has none), each with its date."""
    changed = demo.model_copy(deep=True)
    for mid in ("zugang.passwort", "ueberpruefung.pentest", "zutritt.schliesssystem"):
        changed.answers[mid] = Answer(status=Status.NICHT_UMGESETZT, planned_date=DUE)
    return changed


DUE = dt.date(2027, 6, 30)


@pytest.mark.parametrize("every", [False, True], ids=["demo", "every-status"])
@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("view", VIEW_IDS)
def test_checklist_marks_are_text_in_docx_and_pdf(
    catalog: Catalog, demo: Assessment, view: str, lang: Language, every: bool
) -> None:
    """Every status mark is part of the text of both documents (review 3, B5): a text-only
    copy of the Word annex (the paragraphs' own text, no list symbols) holds each checklist
    line's mark before its text, and each mark as often as the PDF's text does: once per
    line and once in the legend on page 1, which shows every mark used and no other."""
    options = AnnexOptions(view=view, style="checklist", lang=lang, parts=ALL, list_entfaellt=every)
    if every:
        demo = _every_status(demo)
    document = build_annex(demo, catalog, options)
    expected = _item_marks(document.blocks)
    assert len(set(expected)) >= 3  # the demo shows most statuses
    if every:
        assert {MARKS[Status.NICHT_UMGESETZT], MARKS[Status.ENTFAELLT]} <= set(expected)
    word = open_docx(annex_docx(demo, catalog, options))
    paragraphs = [p.text for p in word.paragraphs]
    marks = set(MARKS.values())
    assert [t[0] for t in paragraphs if t[:1] in marks and t[1:2] == "\t"] == expected
    docx_text = "\n".join(paragraphs)
    pdf_text = "".join(
        p.extract_text() or ""
        for p in PdfReader(io.BytesIO(annex_pdf(demo, catalog, options))).pages
    )
    for mark in marks - {"?"}:  # each line's mark, and once in the legend if used at all
        in_items = expected.count(mark)
        assert docx_text.count(mark) == pdf_text.count(mark) == in_items + bool(in_items), mark
    open_words = f"?\u00a0{LEGEND_WORDS[Status.OFFEN][lang]}".replace(" ", "\u00a0")
    assert (open_words in docx_text) == ("?" in expected)


# -- the gap report ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
def test_gap_report_docx_text_equals_pdf_text(
    catalog: Catalog, demo: Assessment, lang: Language
) -> None:
    """The same for the gap report; its progress chart is a table of figures in Word: the
    PDF's axis ("0 % 50 % 100 %") is not text of the table, and a row without measures shows
    "–" where the PDF draws no bar."""
    today = dt.date(2026, 11, 2)
    findings = evaluate(demo, catalog, today)
    document = build_gap_report(demo, catalog, lang, findings, today)
    pdf = pdf_body(gap_report_pdf(demo, catalog, lang, findings, today), document)
    pdf = pdf.replace(normalised("0 % 50 % 100 %"), "", 1)
    docx = normalised(
        "\n".join(body_lines(open_docx(gap_report_docx(demo, catalog, lang, findings, today))))
    )
    for chart in (b for b in document.blocks if isinstance(b, Chart)):
        for row in chart.rows:
            if not row.total:
                docx = docx.replace(normalised(row.label) + "–", normalised(row.label), 1)
    assert_same_text(pdf, docx)
