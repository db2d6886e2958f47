"""DSB review 7, S5 follow-up: in „Entfallende Maßnahmen“ the measures that share a reason are
grouped under a lead („Die folgenden Maßnahmen entfallen mit derselben Begründung: …“); the
second and later leads came right under the last line of the list before, so the groups ran
together. A lead after a list is set off as a heading is (as the second sub-processor table's
lead, review 6, N9), in the PDF and in Word. Measured in the word boxes of pdftotext."""

from __future__ import annotations

import io
import statistics

import docx
import pytest
from docx.text.paragraph import Paragraph

from tests.pdf_boxes import Box, word_boxes
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.docx_export import annex_docx
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Language

# the first words of a group's lead and of the part's heading, per language
LEADS = {
    "de": (["Die", "folgenden", "Maßnahmen", "entfallen"], ["Die", "übrigen", "Maßnahmen"]),
    "en": (["The", "following", "measures", "do"], ["The", "remaining", "measures"]),
}
HEADING = {"de": ["Entfallende", "Maßnahmen"], "en": ["Measures", "not", "applicable"]}


def _grouped() -> Assessment:
    """The demo with three measures each of two areas entfallen, one reason per area (two
    groups besides those the demo has), and its other measures as they are."""
    catalog = default_catalog()
    a = demo_assessment(catalog)
    for section, reason in (("eingabe", "Es gibt keine Eingaben."), ("trennung", "Ein Auftrag.")):
        measures = [m for s in catalog.sections if s.id == section for m in s.measures()][:3]
        for m in measures:
            a.answers[m.id] = Answer(status=Status.ENTFAELLT, reason=reason)
    return a


def _options(lang: Language) -> AnnexOptions:
    return AnnexOptions(lang=lang, parts=PARTS, view="art32", style="prose", list_entfaellt=True)


def _gap_above(boxes: list[Box], i: int) -> float:
    """From the lowest word above box ``i``'s line (same page) down to that line."""
    box = boxes[i]
    return box.y0 - max(b.y1 for b in boxes if b.page == box.page and b.y1 < box.y0 - 1)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_each_reason_group_after_the_first_is_set_off_like_a_heading(lang: Language) -> None:
    boxes, _ = word_boxes(annex_pdf(_grouped(), default_catalog(), _options(lang)))
    words = [b.text for b in boxes]
    heading_words = HEADING[lang]
    heading = max(  # the part's heading „12. Entfallende Maßnahmen“ (the last such words)
        i
        for i in range(1, len(words))
        if words[i : i + len(heading_words)] == heading_words and words[i - 1][:-1].isdigit()
    )
    group, others = LEADS[lang]
    leads = [
        i
        for i in range(heading, len(words))
        if words[i : i + len(group)] == group or words[i : i + len(others)] == others
    ]
    assert len(leads) >= 4  # the demo's groups, the two built here, the remaining measures
    # the first lead is under the heading; a normal gap: between two items of its list
    items = [i for i in range(leads[0], leads[1]) if words[i] == "•"]
    item_gap = statistics.median(_gap_above(boxes, i) for i in items[1:])
    heading_gap = _gap_above(boxes, heading - 1)  # above the heading's number
    after_lists = [i for i in leads[1:] if boxes[i - 1].page == boxes[i].page]
    assert len(after_lists) >= 2  # not at the top of a page, where no space is kept
    for i in after_lists:
        gap = _gap_above(boxes, i)
        assert gap > 2 * item_gap, (" ".join(words[i : i + 8]), gap, item_gap)
        assert gap >= 0.8 * heading_gap, (" ".join(words[i : i + 8]), gap, heading_gap)


def test_word_sets_the_later_leads_off_as_well() -> None:
    data = annex_docx(_grouped(), default_catalog(), _options("de"))
    paragraphs = docx.Document(io.BytesIO(data)).paragraphs
    leads = [
        p
        for p in paragraphs
        if p.text.startswith(("Die folgenden Maßnahmen entfallen", "Die übrigen Maßnahmen"))
    ]
    assert len(leads) >= 4

    def space_before(p: Paragraph) -> float:
        style = p.style.paragraph_format.space_before if p.style is not None else None
        given = p.paragraph_format.space_before or style
        return given.pt if given is not None else 0.0

    assert space_before(leads[0]) == 0  # under the heading, which keeps its own space
    assert all(space_before(p) >= 12 for p in leads[1:]), [space_before(p) for p in leads]
