"""The internal gap report as PDF: the neutral document of
:func:`tomwizard.export.document.gap_report.build_gap_report` rendered by
:mod:`tomwizard.export.document.render_pdf`. What the report says is decided there; this
module keeps the PDF entry points."""

from __future__ import annotations

import datetime as dt
from functools import partial

from reportlab.platypus import Flowable

from tomwizard.export.document.gap_report import (
    FIELD_LABELS,
    SEVERITY_COLOUR,
    _placed,
    build_gap_report,
)
from tomwizard.export.document.render_pdf import pdf_story
from tomwizard.export.pdf_document import Document
from tomwizard.export.writers import gap_report_bytes, write_gap_report
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding

__all__ = [
    "FIELD_LABELS",
    "SEVERITY_COLOUR",
    "_placed",
    "gap_report_pdf",
    "gap_report_story",
    "write_gap_report_pdf",
]


# The gap report as PDF bytes: gap_report_pdf(assessment, catalog, lang, findings, today);
# ``findings`` default to :func:`tomwizard.rules.evaluate`.
gap_report_pdf = partial(gap_report_bytes, fmt="pdf")


def gap_report_story(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language,
    findings: list[Finding],
    today: dt.date,
) -> tuple[Document, list[Flowable]]:
    """The document and its flowables, before layout (the benchmark's baseline uses them)."""
    document = build_gap_report(assessment, catalog, lang, findings, today)
    return pdf_story(document, cut_long_words=True)


# The PDF writer under its old name (the tests and the benchmarks write PDFs by it).
write_gap_report_pdf = partial(write_gap_report, fmt="pdf")
