"""The text of a PDF as the tests read it back: every page, spaces normalised (a no-break
space reads as a space), so that a sentence can be found whatever line it was broken on."""

from __future__ import annotations

import io

from pypdf import PdfReader


def pdf_words(pdf: bytes, pages: int | None = None) -> str:
    """The words of ``pdf`` (its first ``pages`` pages, or all) joined by single spaces."""
    read = PdfReader(io.BytesIO(pdf)).pages[:pages]
    return " ".join(" ".join(p.extract_text() or "" for p in read).replace("\xa0", " ").split())
