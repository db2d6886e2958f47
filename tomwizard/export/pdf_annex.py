"""The TOM annex as a signature-ready PDF (design card §6): the neutral document of
:func:`tomwizard.export.document.annex.build_annex` rendered by
:func:`tomwizard.export.document.render_pdf.render_pdf`. What the annex says, in which order
and in which words, is decided there; this module keeps the PDF entry points.
"""

from __future__ import annotations

from functools import partial

from reportlab.platypus import Flowable

from tomwizard.content.views import VIEW_IDS
from tomwizard.export.annex_measures import STYLES
from tomwizard.export.document.annex import (
    DEFAULT_PARTS,
    PARTS,
    AnnexOptions,
    Part,
    build_annex,
)
from tomwizard.export.document.render_pdf import pdf_story
from tomwizard.export.pdf_document import Document
from tomwizard.export.pdf_text import escape
from tomwizard.export.writers import annex_bytes, write_annex
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.rules.blockers import Blocker

__all__ = [
    "DEFAULT_PARTS",
    "PARTS",
    "STYLES",
    "VIEW_IDS",
    "AnnexOptions",
    "Part",
    "annex_pdf",
    "annex_story",
    "escape",
    "write_annex_pdf",
]


# The annex as PDF bytes: annex_pdf(assessment, catalog, options, found=None); a draft
# ("ENTWURF" on every page) while it has blockers.
annex_pdf = partial(annex_bytes, fmt="pdf")


def annex_story(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> tuple[Document, list[Flowable]]:
    """The document and its flowables, before layout (the benchmark's baseline uses them);
    ``found``: the blockers, if already known."""
    return pdf_story(build_annex(assessment, catalog, options, found))


# The PDF writer under its old name (the CLI, the benchmarks and the tests write PDFs by it).
write_annex_pdf = partial(write_annex, fmt="pdf")
