"""The annex and the gap report as Word documents (DOCX): the same neutral documents the PDFs
are rendered from (:mod:`tomwizard.export.document`), rendered by
:func:`tomwizard.export.document.render_docx.render_docx`. So the Word file of an annex says
what its PDF says, word for word, with every option the PDF has. The files are written by
:mod:`tomwizard.export.writers`."""

from __future__ import annotations

import datetime as dt

from tomwizard.export.document.annex import AnnexOptions, build_annex
from tomwizard.export.document.render_docx import render_docx
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker


def annex_docx(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> bytes:
    """The annex as DOCX bytes: a draft ("ENTWURF" on every page) while it has blockers
    (``found``: the blockers, if already known)."""
    return render_docx(build_annex(assessment, catalog, options, found))


def gap_report_docx(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The internal gap report as DOCX bytes; ``findings`` default to
    :func:`tomwizard.rules.evaluate` (as for the PDF)."""
    from tomwizard.export.document.gap_report import build_gap_report
    from tomwizard.rules import evaluate

    today = today or dt.date.today()
    if findings is None:
        findings = evaluate(assessment, catalog, today)
    return render_docx(build_gap_report(assessment, catalog, lang, findings, today))
