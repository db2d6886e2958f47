"""Full export (annex + gap report) of the demo vs a bare reportlab document with the same
paragraphs (design card §8).

Run: ``python -m benchmarks.bench_export``. The subject writes the demo's annex (prose style,
catalog view, with processing description, subprocessor table and signature block) and its gap
report, both as PDF bytes. The baseline lays out exactly the same paragraph markup — every
paragraph of both documents, table cells included — as plain Paragraphs in one style in two bare
SimpleDocTemplates: no bullets, tables, chart, header/footer or two-pass page count. Findings
are evaluated once before timing (the rule engine has its own benchmark).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterable, Iterator

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, SimpleDocTemplate, Table

from benchmarks.harness import Comparison, compare
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf, gap_report_story
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf, annex_story
from tomwizard.export.pdf_fonts import FONT_REGULAR, register_fonts
from tomwizard.rules import evaluate

TODAY = dt.date(2026, 11, 2)
OPTIONS = AnnexOptions(parts=("processing", "subprocessors", "signature"))


def paragraphs(flowables: Iterable[Flowable]) -> Iterator[str]:
    """The markup of every paragraph in ``flowables`` (inside tables and groups too)."""
    for flowable in flowables:
        if isinstance(flowable, Paragraph):
            yield flowable.text
        elif isinstance(flowable, Table):
            yield from paragraphs(cell for row in flowable._cellvalues for cell in row)
        elif isinstance(flowable, KeepTogether):
            yield from paragraphs(flowable._content)


def bare_reportlab(documents: list[list[str]]) -> list[bytes]:
    style = ParagraphStyle("Bare", fontName=FONT_REGULAR, fontSize=10, leading=14)
    out = []
    for texts in documents:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer).build([Paragraph(text, style) for text in texts])
        out.append(buffer.getvalue())
    return out


def main() -> Comparison:
    register_fonts()
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    findings = evaluate(assessment, catalog, TODAY)
    _doc, annex = annex_story(assessment, catalog, OPTIONS)
    _doc, report = gap_report_story(assessment, catalog, "de", findings, TODAY)
    documents = [list(paragraphs(annex)), list(paragraphs(report))]

    def full_export() -> list[bytes]:
        return [
            annex_pdf(assessment, catalog, OPTIONS),
            gap_report_pdf(assessment, catalog, "de", findings, TODAY),
        ]

    count = sum(map(len, documents))
    return compare(
        f"full export, annex + gap report ({count} paragraphs) vs bare reportlab",
        full_export,
        lambda: bare_reportlab(documents),
        repeat=9,
    )


if __name__ == "__main__":
    main()
