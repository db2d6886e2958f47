"""Exporters: the annex as PDF (two styles, three views) and the internal gap report."""

from tomwizard.export.gap_report import write_gap_report_pdf
from tomwizard.export.pdf_annex import AnnexOptions, write_annex_pdf

__all__ = ["AnnexOptions", "write_annex_pdf", "write_gap_report_pdf"]
