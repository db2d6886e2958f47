"""The annex and the gap report as Word documents (DOCX): the same neutral documents the PDFs
are rendered from (:mod:`tomwizard.export.document`), rendered by
:func:`tomwizard.export.document.render_docx.render_docx`. So the Word file of an annex says
what its PDF says, word for word, with every option the PDF has. The one writer of each
document is in :mod:`tomwizard.export.writers`; these are its DOCX forms under the names the
CLI uses."""

from __future__ import annotations

from functools import partial

from tomwizard.export.writers import annex_bytes, gap_report_bytes

# The annex as DOCX bytes: annex_docx(assessment, catalog, options, found=None).
annex_docx = partial(annex_bytes, fmt="docx")
# The gap report as DOCX bytes: gap_report_docx(assessment, catalog, lang, findings, today).
gap_report_docx = partial(gap_report_bytes, fmt="docx")
