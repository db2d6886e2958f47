"""Exporters: the annex as PDF (prose style first; checklist, JSON and DOCX follow)."""

from tomwizard.export.pdf_annex import write_annex_pdf

__all__ = ["write_annex_pdf"]
