"""The TOM annex as a neutral document (design card §6): :func:`build_annex`.

Title with parties (in a draft with the note why it is one), then optionally the processing
description, then the measures grouped by the chosen view in the chosen style (see
:mod:`tomwizard.export.annex_measures`), the measures not yet fully implemented with their
dates, the data protection officer and contact point, the certificates, optionally the
subprocessor table, the closing clauses, the changes since a frozen version ("Änderungen
gegenüber Version N") and the signature block.
Notes, evidence and follow-up flags are internal: they go into the gap report, never here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from tomwizard.content.views import VIEW_IDS
from tomwizard.export.annex_approval import annex_wording
from tomwizard.export.annex_changes import changes_blocks
from tomwizard.export.annex_clauses import certificates_part, closing_part, contacts_part
from tomwizard.export.annex_measures import STYLES, MeasureParts, Style
from tomwizard.export.annex_parts import (
    annex_label,
    processing_part,
    signature_block,
    stand,
    subprocessor_part,
    title_part,
)
from tomwizard.export.document.model import Block, Document, DocumentMeta
from tomwizard.export.document.typography import one_line
from tomwizard.export.document.words import Words
from tomwizard.export.frozen import frozen
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.rules.blockers import Blocker, blockers, counts

if TYPE_CHECKING:
    from tomwizard.history.versions import AnnexChanges

Part = Literal["processing", "subprocessors", "signature"]
PARTS: tuple[Part, ...] = ("processing", "subprocessors", "signature")
# What the export dialog ticks and `tomwizard export` writes unless told otherwise: a
# signature-ready annex has the processing description, the sub-processors and the signatures.
DEFAULT_PARTS: tuple[Part, ...] = PARTS


@frozen
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


def build_annex(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> Document:
    """The annex of ``assessment``: a draft ("ENTWURF" on every page, the note why on the
    cover) while it has blockers (:mod:`tomwizard.rules.blockers`; ``found``: the blockers,
    if already known)."""
    if found is None:
        found = blockers(assessment, catalog)
    wording = annex_wording(options.lang, assessment.organisation.sub_approval)
    w = Words(options.lang, wording, assessment.organisation.role_names)
    measures = MeasureParts(
        w,
        assessment,
        catalog,
        style=options.style,
        view=options.view,
        list_entfaellt=options.list_entfaellt,
    )
    note = w.runs("draft_note", counts=counts(found, w.lang)) if found else None
    legend = measures.legend() if options.style == "checklist" else None
    blocks: list[Block] = title_part(w, assessment, legend, note)
    if "processing" in options.parts:
        blocks += processing_part(
            w,
            assessment.processing,
            assessment.subprocessors,
            assessment.organisation.processor.country,
        )
    blocks += measures.blocks()
    blocks += contacts_part(w, assessment.organisation)
    blocks += certificates_part(
        w, assessment.organisation.certificates, assessment.organisation.stand
    )
    if "subprocessors" in options.parts:
        # no "none are engaged" while the answers point to some (unterauftrag.liste_leer)
        rules = {b.finding.rule_id for b in found}
        disputed = "unterauftrag.liste_leer" in rules or (
            None if "unterauftrag.keine_angabe" in rules else False
        )
        blocks += subprocessor_part(w, assessment.subprocessors, disputed)
    blocks += closing_part(w)
    if options.changes is not None:  # before the signatures, so that they cover it
        blocks += changes_blocks(w, options.changes)
    if "signature" in options.parts:
        blocks.append(signature_block(w, assessment))
    return Document(annex_meta(w, assessment, bool(found)), tuple(blocks))


def annex_meta(w: Words, assessment: Assessment, draft: bool) -> DocumentMeta:
    """Title, author, subject and date of the annex, its header and footer lines."""
    org = assessment.organisation
    footer = w.text("stand", date=stand(w, assessment))
    if org.version.strip():
        footer += " · " + w.text("version", v=one_line(org.version))
    return DocumentMeta(
        title=f"{annex_label(w, assessment)} {w.text('to_contract')}: {w.text('tom')}"
        + (w.text("draft_title") if draft else ""),  # review 2, finding 36
        subject=w.text("subject"),
        author=one_line(org.processor.name),
        language=w.lang,
        header_left=w.text("short", n=one_line(org.annex_number) or "…"),
        header_right=one_line(org.processor.name),
        footer_left=footer,
        page_label=w.text("page"),
        dated=org.stand or dt.date.today(),  # as the cover's „Stand“
        draft_mark=w.text("draft") if draft else "",
        letterhead=org.letterhead,
    )
