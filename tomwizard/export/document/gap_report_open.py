"""What page 1 of the annex counts and the gap report must name as well (DSB review 7, S2):
the measures not yet answered, per section, and the annex's own open points that no rule
names (a missing or passed date, what remains of a partly implemented measure, the Stand)."""

from __future__ import annotations

from tomwizard.export.document.model import Block, KeepTogether, Paragraph, runs
from tomwizard.export.document.words import Words, user
from tomwizard.export.measure_text import measure_text
from tomwizard.export.wording import REPORT
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker

UNANSWERED = "endfassung.unbeantwortet"
# the blockers' own findings the report lists among its findings (the unanswered measures have
# a part of their own, the open Rückfragen too), each unless a rule names the same point about
# the same measure already
_SHOWN = {
    "endfassung.ohne_termin": "geplant.ohne_termin",
    "endfassung.termin": "geplant.ueberfaellig",
    "endfassung.ohne_rest": "",
    "endfassung.stand": "",
}


def open_points(found: list[Blocker], findings: list[Finding]) -> list[Finding]:
    """The findings among the blockers ``found`` that the rules' ``findings`` do not name."""
    named = {(f.rule_id, target) for f in findings for target in f.targets}
    out = []
    for blocker in found:
        finding = blocker.finding
        rule = _SHOWN.get(finding.rule_id)
        if rule is None or any((rule, target) in named for target in finding.targets):
            continue
        out.append(finding)
    return out


def unanswered_part(
    w: Words, assessment: Assessment, catalog: Catalog, found: list[Blocker]
) -> list[Block]:
    """The measures page 1 counts as unanswered, grouped by section, by their text as the
    findings name them (catalog order, custom measures after their section)."""
    targets = {t for b in found if b.finding.rule_id == UNANSWERED for t in b.finding.targets}
    blocks: list[Block] = [w.heading(w.text("unanswered"))]
    if not targets:
        return [*blocks, Paragraph(runs(w.text("no_unanswered")))]
    blocks.append(Paragraph(runs(w.text("unanswered_lead")), "body"))
    lang = w.lang
    for section in catalog.sections:
        texts = [
            measure_text(m, lang, assessment.answer(m.id).params, w.roles)
            for m in section.measures()
            if f"measure:{m.id}" in targets
        ]
        texts += [
            c.text.strip() or REPORT[lang]["custom"]
            for c in assessment.custom_measures
            if c.section_id == section.id and f"custom:{c.id}" in targets
        ]
        if not texts:
            continue
        title = Paragraph(runs(user(w.roled(section.title.get(lang)))), "facts")
        entries = [Paragraph(runs(f"•\u00a0{user(text)}"), "entry") for text in texts]
        blocks.append(KeepTogether((title, entries[0])))  # never a title alone at a page foot
        blocks += entries[1:]
    return blocks
