"""Annex export vs a bare reportlab document with the same paragraphs (design card §8).

Run: ``python -m benchmarks.bench_export``. The subject is :func:`write_annex_pdf` for the shipped
catalog with every measure implemented; the baseline is a plain SimpleDocTemplate with the same
texts as plain Paragraphs in the same font (no lists, no header/footer, no two-pass page count).
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from benchmarks.harness import Comparison, compare
from tomwizard.catalog import default_catalog
from tomwizard.export.pdf_annex import escape, write_annex_pdf
from tomwizard.export.pdf_fonts import FONT_REGULAR, register_fonts
from tomwizard.models.assessment import Answer, Assessment, Organisation, Party, Status
from tomwizard.models.catalog import Catalog, render_text


def full_assessment(catalog: Catalog) -> Assessment:
    """Every measure of ``catalog`` implemented, with a complete organisation."""
    return Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        organisation=Organisation(
            processor=Party(
                name="Beispiel IT GmbH", street="Ring 1", postcode="34117", city="Kassel"
            ),
            controller=Party(name="Muster AG", street="Weg 2", postcode="10115", city="Berlin"),
            contract_reference="AVV vom 15.01.2026",
            stand=dt.date(2026, 2, 1),
        ),
        answers={m.id: Answer(status=Status.UMGESETZT) for m in catalog.measures()},
    )


def same_texts(catalog: Catalog, assessment: Assessment) -> list[str]:
    """The texts of the annex body: section titles and rendered measure texts."""
    texts: list[str] = []
    for section in catalog.sections:
        texts.append(section.title.de)
        for measure in section.measures():
            texts.append(render_text(measure, "de", assessment.answer(measure.id).params))
    return texts


def bare_reportlab(texts: list[str]) -> bytes:
    style = ParagraphStyle("Bare", fontName=FONT_REGULAR, fontSize=10, leading=14)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer).build([Paragraph(escape(text), style) for text in texts])
    return buffer.getvalue()


def main() -> Comparison:
    register_fonts()
    catalog = default_catalog()
    assessment = full_assessment(catalog)
    texts = same_texts(catalog, assessment)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "annex.pdf"
        return compare(
            f"annex pdf export ({len(texts)} paragraphs) vs bare reportlab",
            lambda: write_annex_pdf(assessment, catalog, out),
            lambda: bare_reportlab(texts),
            repeat=7,
        )


if __name__ == "__main__":
    main()
