"""The text of a PDF as the tests read it back: every page, spaces normalised (a no-break
space reads as a space), so that a sentence can be found whatever line it was broken on."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from tomwizard.content.catalog import default_catalog
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Language


def pdf_words(pdf: bytes, pages: int | None = None) -> str:
    """The words of ``pdf`` (its first ``pages`` pages, or all) joined by single spaces."""
    read = PdfReader(io.BytesIO(pdf)).pages[:pages]
    return " ".join(" ".join(p.extract_text() or "" for p in read).replace("\xa0", " ").split())


def annex_words(a: Assessment, lang: Language = "de", **options: Any) -> str:
    """The words of the annex of ``a`` with every part (``options``: style, view, …)."""
    options.setdefault("parts", PARTS)
    return pdf_words(annex_pdf(a, default_catalog(), AnnexOptions(lang=lang, **options)))
