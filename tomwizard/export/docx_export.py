"""The annex and the gap report as Word documents (DOCX): the same neutral documents the PDFs
are rendered from (:mod:`tomwizard.export.document`), rendered by
:func:`tomwizard.export.document.render_docx.render_docx`. So the Word file of an annex says
what its PDF says, word for word, with every option the PDF has."""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Collection
from typing import TYPE_CHECKING

from tomwizard.export.document.annex import AnnexOptions, Part, build_annex
from tomwizard.export.document.render_docx import render_docx
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker

if TYPE_CHECKING:
    from tomwizard.export.annex_measures import Style
    from tomwizard.history.versions import AnnexChanges


def annex_docx(
    assessment: Assessment,
    catalog: Catalog,
    options: AnnexOptions,
    found: list[Blocker] | None = None,
) -> bytes:
    """The annex as DOCX bytes: a draft ("ENTWURF" on every page) while it has blockers
    (``found``: the blockers, if already known)."""
    return render_docx(build_annex(assessment, catalog, options, found))


def write_annex_docx(
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
    """Write the TOM annex of ``assessment`` as a Word document to ``out``."""
    options = AnnexOptions(lang, style, view, tuple(parts), list_entfaellt, changes)
    out.write_bytes(annex_docx(assessment, catalog, options))


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


def write_gap_report_docx(
    assessment: Assessment,
    catalog: Catalog,
    out: pathlib.Path,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the internal gap report of ``assessment`` as a Word document to ``out``."""
    out.write_bytes(gap_report_docx(assessment, catalog, lang, findings, today))
