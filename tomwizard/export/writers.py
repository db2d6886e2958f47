"""One writer per document: the TOM annex and the internal gap report, written to a file as
PDF or as Word document (DOCX). Both formats render the same neutral document
(:mod:`tomwizard.export.document`); the renderer of the chosen format is imported on use, so
that writing a DOCX does not load reportlab and vice versa."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from tomwizard.export.document.annex import AnnexOptions, Part
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding

if TYPE_CHECKING:
    from tomwizard.export.annex_measures import Style
    from tomwizard.history.versions import AnnexChanges

Format = Literal["pdf", "docx"]


def write_annex(
    assessment: Assessment,
    catalog: Catalog,
    out: pathlib.Path,
    lang: Language = "de",
    *,
    fmt: Format = "pdf",
    style: Style = "prose",
    view: str = "catalog",
    parts: Collection[Part] = (),
    list_entfaellt: bool = False,
    changes: AnnexChanges | None = None,
) -> None:
    """Write the TOM annex of ``assessment`` as ``fmt`` to ``out`` (with the appendix of
    ``changes`` when given)."""
    if fmt == "docx":
        from tomwizard.export.docx_export import annex_docx as render
    else:
        from tomwizard.export.pdf_annex import annex_pdf as render
    options = AnnexOptions(lang, style, view, tuple(parts), list_entfaellt, changes)
    out.write_bytes(render(assessment, catalog, options))


def write_gap_report(
    assessment: Assessment,
    catalog: Catalog,
    out: pathlib.Path,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
    *,
    fmt: Format = "pdf",
) -> None:
    """Write the internal gap report of ``assessment`` as ``fmt`` to ``out``; ``findings``
    default to :func:`tomwizard.rules.evaluate`."""
    if fmt == "docx":
        from tomwizard.export.docx_export import gap_report_docx as render
    else:
        from tomwizard.export.gap_report import gap_report_pdf as render
    out.write_bytes(render(assessment, catalog, lang, findings, today))
