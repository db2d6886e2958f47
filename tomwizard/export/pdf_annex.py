"""The TOM annex as a signature-ready PDF (design card §6).

Title with parties (in a draft with the note why it is one), then optionally the processing
description, then the measures grouped by the chosen view in the chosen style (see
:mod:`tomwizard.export.annex_measures`), the measures not yet fully implemented with their
dates, the data protection officer and contact point, the certificates, optionally the
subprocessor table, the closing clauses, the changes since a frozen version ("Änderungen
gegenüber Version N") and the signature block.
Every text that reaches reportlab's paragraph markup is escaped first, catalog texts included.
Notes, evidence and follow-up flags are internal: they go into the gap report, never here.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from reportlab.platypus import Flowable

from tomwizard.content.views import VIEW_IDS
from tomwizard.export.annex_changes import changes_part
from tomwizard.export.annex_clauses import certificates_part, closing_part, contacts_part
from tomwizard.export.annex_measures import STYLES, MeasureParts, Style
from tomwizard.export.annex_parts import (
    annex_label,
    processing_part,
    signature_part,
    stand,
    subprocessor_part,
    title_part,
)
from tomwizard.export.pdf_document import Document, DocumentInfo
from tomwizard.export.pdf_styles import PageFurniture
from tomwizard.export.pdf_text import escape, plain
from tomwizard.export.wording import ANNEX
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.rules.blockers import Blocker, blockers, counts

if TYPE_CHECKING:
    from tomwizard.history.versions import AnnexChanges

__all__ = [
    "PARTS",
    "STYLES",
    "VIEW_IDS",
    "AnnexOptions",
    "annex_pdf",
    "annex_story",
    "escape",
    "write_annex_pdf",
]

Part = Literal["processing", "subprocessors", "signature"]
PARTS: tuple[Part, ...] = ("processing", "subprocessors", "signature")
# What the export dialog ticks and `tomwizard export` writes unless told otherwise: a
# signature-ready annex has the processing description, the sub-processors and the signatures.
DEFAULT_PARTS: tuple[Part, ...] = PARTS


@dataclass(frozen=True)
class AnnexOptions:
    lang: Language = "de"
    style: Style = "prose"
    view: str = "catalog"  # one of VIEW_IDS
    parts: Collection[Part] = ()
    list_entfaellt: bool = False  # list measures that do not apply, with their reason
    # "Änderungen gegenüber Version N" (tomwizard.versions.annex_changes), before the signatures
    changes: AnnexChanges | None = None

    def __post_init__(self) -> None:
        if self.style not in STYLES:
            raise ValueError(f"unknown style: {self.style}")
        if self.view not in VIEW_IDS:
            raise ValueError(f"unknown view: {self.view}")
        unknown = set(self.parts) - set(PARTS)
        if unknown:
            raise ValueError(f"unknown parts: {', '.join(sorted(unknown))}")


def annex_pdf(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> bytes:
    """The annex as PDF bytes: a draft ("ENTWURF" on every page) while it has blockers
    (:mod:`tomwizard.rules.blockers`; ``found``: the blockers, if already known)."""
    if found is None:
        found = blockers(assessment, catalog)
    doc, story = annex_story(assessment, catalog, options, found)
    return doc.render(story, _info(doc, assessment, bool(found)))


def annex_story(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> tuple[Document, list[Flowable]]:
    """The document and its flowables, before layout (the benchmark's baseline uses them);
    ``found``: the blockers, if already known."""
    doc = Document(options.lang, ANNEX[options.lang], assessment.organisation.role_names)
    measures = MeasureParts(
        doc,
        assessment,
        catalog,
        style=options.style,
        view=options.view,
        list_entfaellt=options.list_entfaellt,
    )
    if found is None:
        found = blockers(assessment, catalog)
    note = doc.text("draft_note", counts=counts(found, doc.lang)) if found else None
    legend = measures.legend() if options.style == "checklist" else None
    story: list[Flowable] = title_part(doc, assessment, legend, note)
    if "processing" in options.parts:
        story += processing_part(doc, assessment.processing)
    story += measures.flowables()
    story += contacts_part(doc, assessment.organisation)
    story += certificates_part(
        doc, assessment.organisation.certificates, assessment.organisation.stand
    )
    if "subprocessors" in options.parts:
        # no "none are engaged" while the answers point to some (unterauftrag.liste_leer)
        rules = {b.finding.rule_id for b in found}
        disputed = "unterauftrag.liste_leer" in rules or (
            None if "unterauftrag.keine_angabe" in rules else False
        )
        story += subprocessor_part(doc, assessment.subprocessors, disputed)
    story += closing_part(doc)
    if options.changes is not None:  # before the signatures, so that they cover it
        story += changes_part(doc, options.changes)
    if "signature" in options.parts:
        story += signature_part(doc, assessment)
    return doc, story


def _info(doc: Document, assessment: Assessment, draft: bool) -> DocumentInfo:
    org = assessment.organisation
    label = annex_label(doc, assessment)
    footer = doc.text("stand", date=stand(doc, assessment))
    if org.version.strip():
        footer += " · " + doc.text("version", v=plain(org.version))
    return DocumentInfo(
        title=f"{label} {doc.text('to_contract')}: {doc.text('tom')}"
        + (doc.text("draft_title") if draft else ""),  # review 2, finding 36
        author=plain(org.processor.name),
        subject=doc.text("subject"),
        dated=org.stand or dt.date.today(),  # as the cover's „Stand“
        furniture=PageFurniture(
            header_left=doc.text("short", n=plain(org.annex_number) or "…"),
            header_right=plain(org.processor.name),
            footer_left=footer,
            page_label=doc.text("page"),
            watermark=doc.text("draft") if draft else "",
        ),
    )


def write_annex_pdf(
    assessment: Assessment,
    catalog: Catalog,
    out: pathlib.Path,
    lang: Language = "de",
    *,
    style: Style = "prose",
    view: str = "catalog",
    parts: Collection[Part] = (),
    list_entfaellt: bool = False,
    changes: AnnexChanges | None = None,
) -> None:
    """Write the TOM annex of ``assessment`` as a PDF to ``out`` (with the appendix of
    ``changes`` when given)."""
    options = AnnexOptions(lang, style, view, tuple(parts), list_entfaellt, changes)
    out.write_bytes(annex_pdf(assessment, catalog, options))
