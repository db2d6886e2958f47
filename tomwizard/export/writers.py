"""One writer per document: the TOM annex and the internal gap report as PDF or as Word
document (DOCX), as bytes or written to a file. Both formats render the same neutral document
(:mod:`tomwizard.export.document`); the renderer of the chosen format is imported on use, so
that a DOCX does not load reportlab and a PDF does not load python-docx."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Collection
from typing import TYPE_CHECKING, Literal

from tomwizard.export.atomic import replace_file
from tomwizard.export.document.annex import AnnexOptions, Part, build_annex
from tomwizard.export.document.model import Document
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker

if TYPE_CHECKING:
    from tomwizard.export.annex_measures import Style
    from tomwizard.history.versions import AnnexChanges

Format = Literal["pdf", "docx"]


def render(document: Document, fmt: Format, cut_long_words: bool = False) -> bytes:
    """``document`` as ``fmt`` bytes (``cut_long_words``: PDF only, see
    :class:`tomwizard.export.document.render_pdf.PdfRenderer`)."""
    if fmt == "docx":
        from tomwizard.export.document.render_docx import render_docx

        return render_docx(document)
    from tomwizard.export.document.render_pdf import document_info, pdf_story

    pdf, story = pdf_story(document, cut_long_words)
    return pdf.render(story, document_info(document.meta))


def annex_bytes(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
    *,
    fmt: Format = "pdf",
) -> bytes:
    """The annex as ``fmt`` bytes: a draft ("ENTWURF" on every page) while it has blockers
    (:mod:`tomwizard.rules.blockers`; ``found``: the blockers, if already known)."""
    return render(build_annex(assessment, catalog, options, found), fmt)


def gap_report_bytes(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
    *,
    fmt: Format = "pdf",
    found: list[Blocker] | None = None,
) -> bytes:
    """The internal gap report as ``fmt`` bytes; ``findings`` default to
    :func:`tomwizard.rules.evaluate` (``found``: the blockers of these findings, if already
    known)."""
    from tomwizard.export.document.gap_report import build_gap_report
    from tomwizard.rules import evaluate

    today = today or dt.date.today()
    if findings is None:
        findings, found = evaluate(assessment, catalog, today), None
    document = build_gap_report(assessment, catalog, lang, findings, today, found)
    return render(document, fmt, cut_long_words=True)


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
    found: list[Blocker] | None = None,
) -> None:
    """Write the TOM annex of ``assessment`` as ``fmt`` to ``out`` (with the appendix of
    ``changes`` when given; ``found``: the blockers, if already known)."""
    options = AnnexOptions(lang, style, view, tuple(parts), list_entfaellt, changes)
    replace_file(out, annex_bytes(assessment, catalog, options, found, fmt=fmt))


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
    replace_file(out, gap_report_bytes(assessment, catalog, lang, findings, today, fmt=fmt))
