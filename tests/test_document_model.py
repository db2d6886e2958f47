"""The annex as a neutral document (tomwizard.export.document): what it says, without a
renderer. Qt-free and reportlab-free."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections.abc import Iterator

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.document.annex import PARTS, AnnexOptions, build_annex
from tomwizard.export.document.gap_report import build_gap_report
from tomwizard.export.document.model import (
    Chart,
    Document,
    Heading,
    KeepTogether,
    ListBlock,
    ListItem,
    Paragraph,
    SignatureBlock,
    Table,
    plain_text,
)
from tomwizard.export.measure_text import measure_text
from tomwizard.export.status_marks import MARKS
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Catalog, Measure


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return default_catalog()


def _items(items: tuple[ListItem, ...]) -> Iterator[ListItem]:
    for item in items:
        yield item
        yield from _items(item.children)


def _list_after(document: Document, lead: str) -> list[ListItem]:
    """The items of every list that follows a lead paragraph starting with ``lead``."""
    found: list[ListItem] = []
    blocks = document.blocks
    for index, block in enumerate(blocks[:-1]):
        after = blocks[index + 1]
        lead_in = isinstance(block, Paragraph) and plain_text(block.runs).startswith(lead)
        if lead_in and isinstance(after, ListBlock):
            found += _items(after.items)
    return found


def _parent_with_children(catalog: Catalog) -> Measure:
    return next(m for s in catalog.sections for m in s.measures() if m.children)


def _texts(items: list[ListItem]) -> str:
    """The items' texts, one a line, with plain spaces (the model ties words together)."""
    return "\n".join(plain_text(i.runs) for i in items).replace("\u00a0", " ")


def test_builders_load_without_reportlab_and_qt() -> None:
    code = (
        "import sys, tomwizard.export.document.annex, tomwizard.export.document.gap_report\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('reportlab', 'PySide6', 'docx')]\n"
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_partial_measure_never_lands_in_the_implemented_list(catalog: Catalog) -> None:
    """Marked implemented with a sub-measure not implemented: shown as partly implemented,
    listed with what remains, never under "Die folgenden Maßnahmen sind umgesetzt"."""
    a = demo_assessment(catalog)
    parent = _parent_with_children(catalog)
    a.answers[parent.id] = Answer(status=Status.UMGESETZT)
    for child in parent.children:
        a.answers[child.id] = Answer(status=Status.NICHT_UMGESETZT)
    document = build_annex(a, catalog, AnnexOptions(lang="de", style="prose"))
    whole = measure_text(parent, "de", a.answer(parent.id).params)
    implemented = _list_after(document, "Die folgenden Maßnahmen sind umgesetzt")
    assert implemented  # the demo implements many measures
    assert all(item.status == Status.UMGESETZT for item in implemented)
    assert whole not in _texts(implemented)
    remaining = _list_after(document, "Die folgenden Maßnahmen sind noch nicht")
    partly = [i for i in remaining if _texts([i]).startswith(whole)]
    assert [i.status for i in partly] == [Status.TEILWEISE]


def test_checklist_marks_are_the_status_marks(catalog: Catalog) -> None:
    document = build_annex(demo_assessment(catalog), catalog, AnnexOptions(style="checklist"))
    lists = [b for b in document.blocks if isinstance(b, ListBlock)]
    assert lists and all(b.checklist for b in lists)
    for block in lists:
        for item in _items(block.items):
            assert item.status is not None
            assert block.mark(item, 0) == MARKS[item.status]
            ticked = block.mark(item, 0) == MARKS[Status.UMGESETZT]
            assert ticked == (item.status == Status.UMGESETZT)


def test_the_draft_mark_is_there_exactly_while_blockers_exist(catalog: Catalog) -> None:
    a = demo_assessment(catalog)
    first = next(m for s in catalog.sections for m in s.measures())
    a.answers[first.id] = Answer(status=Status.OFFEN)  # unanswered: a blocker
    draft = build_annex(a, catalog, AnnexOptions(lang="de"))
    assert draft.meta.draft_mark == "ENTWURF" and draft.draft
    assert draft.draft_note is not None
    assert plain_text(draft.draft_note.runs).startswith("Entwurf – nicht zur Unterschrift.")
    assert draft.draft_note.runs[0].bold
    final = build_annex(a, catalog, AnnexOptions(lang="en"), found=[])
    assert final.meta.draft_mark == "" and final.draft_note is None


def test_user_text_is_plain_text_in_the_model(catalog: Catalog) -> None:
    """Markup in a name is text, control characters are dropped, nothing is escaped yet."""
    a = demo_assessment(catalog)
    org = a.organisation
    name = "<b>Fett</b> & Co\x00\x07 GmbH"
    a = a.model_copy(
        update={
            "organisation": org.model_copy(
                update={"processor": org.processor.model_copy(update={"name": name})}
            )
        }
    )
    document = build_annex(a, catalog, AnnexOptions(parts=PARTS))
    paragraphs = [plain_text(b.runs) for b in document.blocks if isinstance(b, Paragraph)]
    assert any(p.startswith("<b>Fett</b> & Co GmbH\n") for p in paragraphs)
    assert not any("&amp;" in p or "\x00" in p for p in paragraphs)
    signature = next(b for b in document.blocks if isinstance(b, SignatureBlock))
    assert signature.parties[1].name == "<b>Fett</b> & Co GmbH"
    assert document.meta.author == "<b>Fett</b> & Co GmbH"


def test_parts_order_and_numbers(catalog: Catalog) -> None:
    """Processing description unnumbered, then the numbered parts in order; the signature
    block last; the sub-processor table with its header row."""
    with_parts = build_annex(demo_assessment(catalog), catalog, AnnexOptions(parts=PARTS))
    headings = [b for b in with_parts.blocks if isinstance(b, Heading)]
    assert headings[0].number == ""  # the processing description
    numbers = [h.number for h in headings[1:]]
    assert numbers == [f"{n}." for n in range(1, len(numbers) + 1)]
    assert isinstance(with_parts.blocks[-1], SignatureBlock)
    assert with_parts.blocks[-1].heading.number == f"{len(numbers) + 1}."
    subs = [b for b in with_parts.blocks if isinstance(b, Table) and b.kind == "subprocessors"]
    assert subs and subs[0].labels[0].startswith("Name")
    assert abs(sum(subs[0].widths) - 1) < 1e-9
    bare = build_annex(demo_assessment(catalog), catalog, AnnexOptions(parts=()))
    assert not any(isinstance(b, SignatureBlock) for b in bare.blocks)
    assert not any(isinstance(b, Table) and b.kind == "facts" for b in bare.blocks)


def test_metadata_and_page_label(catalog: Catalog) -> None:
    a = demo_assessment(catalog)
    meta = build_annex(a, catalog, AnnexOptions(lang="de")).meta
    assert meta.page_label == "Seite {page} von {pages}"
    assert meta.language == "de" and meta.dated == a.organisation.stand
    assert meta.title.startswith("Anlage") and meta.header_right == a.organisation.processor.name
    en = build_annex(a, catalog, AnnexOptions(lang="en")).meta
    assert en.page_label == "Page {page} of {pages}" and isinstance(en.dated, dt.date)


def _all_text(document: Document) -> str:
    """Every text of ``document`` (paragraphs, lists, table cells, kept blocks)."""
    out: list[str] = []

    def walk(blocks: tuple[object, ...]) -> None:
        for block in blocks:
            if isinstance(block, Paragraph):
                out.append(plain_text(block.runs))
            elif isinstance(block, ListBlock):
                out.extend(plain_text(i.runs) for i in _items(block.items))
            elif isinstance(block, Table):
                out.extend(plain_text(c) for row in (*block.header, *block.rows) for c in row)
            elif isinstance(block, KeepTogether):
                walk(block.blocks)

    walk(document.blocks)
    return "\n".join(out)


def test_notes_and_evidence_go_to_the_gap_report_never_to_the_annex(catalog: Catalog) -> None:
    a = demo_assessment(catalog)
    first = next(m for s in catalog.sections for m in s.measures())
    a.answers[first.id] = Answer(
        status=Status.UMGESETZT, note="INTERNE-NOTIZ", evidence="NACHWEIS-XY", follow_up=True
    )
    for options in (AnnexOptions(parts=PARTS), AnnexOptions(style="checklist", parts=PARTS)):
        annex = _all_text(build_annex(a, catalog, options))
        assert "INTERNE-NOTIZ" not in annex and "NACHWEIS-XY" not in annex
    report = build_gap_report(a, catalog, "de", [], dt.date(2026, 11, 2))
    kept = [b for b in report.blocks if isinstance(b, KeepTogether)]
    noted = [k for k in kept if "INTERNE-NOTIZ" in _all_text(Document(report.meta, k.blocks))]
    # once under the open follow-up questions, once under the notes; the note with its measure
    assert len(noted) == 2
    assert all("NACHWEIS-XY" in _all_text(Document(report.meta, k.blocks)) for k in noted)
    chart = next(b for b in report.blocks if isinstance(b, Chart))
    assert [r.label for r in chart.rows][: len(catalog.sections)] == [
        s.title.get("de") for s in catalog.sections
    ]
    assert report.meta.draft_mark == ""  # the report is no draft of anything
