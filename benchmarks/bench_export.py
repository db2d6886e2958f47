"""Export of the annex with gap report as the user runs it, against bare reportlab.

Run: ``python -m benchmarks.bench_export`` (its row is also part of the table of
``bench_startup``). The subject is the whole process ``tomwizard export demo.tomw -o a.pdf
--gap-report g.pdf`` of the installed wheel (``benchmarks/installed.py``). The baseline is a
whole process of the same venv's python running a bare reportlab script that writes the same
number of text lines as the two PDFs hold (counted with pypdf), each line one Paragraph in the
same embedded TrueType font, into two SimpleDocTemplates: no tables, chart, header/footer,
two-pass page count, catalog, rules or file reading.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.harness import pairs
from benchmarks.installed import Installed, Row, Run, measured, print_table, run

BARE_REPORTLAB = """
import json, sys
from xml.sax.saxutils import escape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate
pdfmetrics.registerFont(TTFont("DejaVuSans", sys.argv[2]))
style = ParagraphStyle("Bare", fontName="DejaVuSans", fontSize=10, leading=14)
documents = json.loads(open(sys.argv[1], encoding="utf-8").read())
for index, lines in enumerate(documents):
    doc = SimpleDocTemplate(f"bare{index}.pdf")
    doc.build([Paragraph(escape(line), style) for line in lines])
"""

FONT = "from tomwizard.paths import resource_path;print(resource_path('fonts', 'DejaVuSans.ttf'))"


def text_lines(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    lines: list[str] = []
    for page in PdfReader(pdf).pages:
        lines.extend(line for line in page.extract_text().splitlines() if line.strip())
    return lines


def export_row(installed: Installed, folder: Path, demo: Path, repeat: int) -> list[Row]:
    import subprocess

    out = folder / "export"
    out.mkdir(exist_ok=True)
    command = [installed.tomwizard, "export", demo, "-o", out / "a.pdf"]
    command += ["--gap-report", out / "g.pdf"]
    env = installed.env()
    run(command, env)
    documents = [text_lines(out / "a.pdf"), text_lines(out / "g.pdf")]
    lines_file = folder / "lines.json"
    lines_file.write_text(json.dumps(documents, ensure_ascii=False), encoding="utf-8")
    font = subprocess.run(
        [installed.python, "-c", FONT], env=env, check=True, capture_output=True, text=True
    ).stdout.strip()
    script = folder / "bare_reportlab.py"
    script.write_text(BARE_REPORTLAB)

    def export() -> Run:
        return run(command, env)

    def bare() -> Run:
        return run([installed.python, script, lines_file, font], env, cwd=out)

    runs = pairs(export, bare, repeat)
    count = sum(map(len, documents))
    wall = measured(
        "export annex + gap report (vs bare reportlab)",
        runs,
        "seconds",
        "≤ 1.5 (goal 1.3)",
        f"bare reportlab: `python bare_reportlab.py` in the same venv writes the {count} text "
        f"lines of the two PDFs ({len(documents[0])} + {len(documents[1])}, counted with pypdf) "
        "as one Paragraph each in DejaVu Sans (embedded) into two SimpleDocTemplates",
    )
    how_cpu = "user + system CPU time (os.wait4) of the same runs as the export row"
    cpu = measured(
        "export, CPU time (vs bare reportlab)", runs, "cpu_seconds", "information", how_cpu
    )
    return [wall, cpu]


def main() -> list[Row]:
    from benchmarks.bench_startup import REPEAT, session

    installed, folder = session()
    rows = export_row(installed, folder, folder / "demo" / "demo.tomw", REPEAT)
    print_table(rows, REPEAT)
    return rows


if __name__ == "__main__":
    main()
