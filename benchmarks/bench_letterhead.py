"""Export with a letterhead against the same export without one (issue 16: at most 1.2×).

Run: ``python -m benchmarks.bench_letterhead``. In one process, interleaved: the annex and the
gap report of the demo assessment with a full letterhead (PNG logo, sender line, three footer
lines, accent colour; then the same with an SVG logo) against the demo without a letterhead.
Rendering only (no process start, which would make the ratio look smaller); CPU time, since
nothing waits. svglib is imported before timing (a CLI process with an SVG logo pays its
import once, printed separately).
"""

from __future__ import annotations

import subprocess
import sys
import time

from benchmarks.harness import compare
from tests.letterhead_support import SVG_LOGO, png
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Assessment
from tomwizard.models.letterhead import Letterhead, Logo

LIMIT = 1.2


def _with(logo: bytes) -> Assessment:
    assessment = demo_assessment(default_catalog())
    assessment.organisation.letterhead = Letterhead(
        logo=Logo.from_bytes(logo),
        sender="Muster IT-Service GmbH · Hafenstraße 12 · 20457 Hamburg",
        footer=[
            "Muster IT-Service GmbH · Hafenstraße 12 · 20457 Hamburg",
            "Amtsgericht Hamburg HRB 123456 · Geschäftsführung: Erika Muster",
            "Tel. +49 40 1234567 · datenschutz@muster-it.example",
        ],
        accent="#1F4E79",
    )
    return assessment


def main(repeat: int = 9) -> None:
    catalog = default_catalog()
    plain = demo_assessment(catalog)

    def export(assessment: Assessment) -> None:
        annex_pdf(assessment, catalog, AnnexOptions())
        gap_report_pdf(assessment, catalog)

    for name, logo in (("PNG", png(600, 200)), ("SVG", SVG_LOGO)):
        subject = _with(logo)
        result = compare(
            f"export with letterhead ({name} logo) vs without",
            lambda subject=subject: export(subject),  # type: ignore[misc]
            lambda: export(plain),
            repeat=repeat,
            clock=time.process_time,
        )
        verdict = "ok" if result.ratio <= LIMIT else "OVER"
        print(f"  ratio {result.ratio:.3f} (limit {LIMIT}): {verdict}", flush=True)
    code = "import time, tomwizard.export.pdf_annex, tomwizard.export.gap_report; "
    code += "t = time.perf_counter(); import svglib.svglib; "
    code += "print(f'{(time.perf_counter() - t) * 1000:.0f}')"
    took = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    print(f"import svglib after the exporters (once per SVG export): {took.stdout.strip()} ms")


if __name__ == "__main__":
    main()
