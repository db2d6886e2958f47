"""Exporters: the annex as PDF (two styles, three views) and the internal gap report.

The writers are imported on first use, so that the document builders
(:mod:`tomwizard.export.document`) load without reportlab.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tomwizard.export.gap_report import write_gap_report_pdf
    from tomwizard.export.pdf_annex import AnnexOptions, write_annex_pdf

__all__ = ["AnnexOptions", "write_annex_pdf", "write_gap_report_pdf"]


def __getattr__(name: str) -> Any:
    if name == "write_gap_report_pdf":
        from tomwizard.export.gap_report import write_gap_report_pdf

        return write_gap_report_pdf
    if name in ("AnnexOptions", "write_annex_pdf"):
        from tomwizard.export import pdf_annex

        return getattr(pdf_annex, name)
    raise AttributeError(name)
