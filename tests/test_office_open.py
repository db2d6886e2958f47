"""An office suite opens what tomwizard writes for it: LibreOffice (headless, Writer and Calc,
installed by `make office-tools`) converts the Word annex and the Excel action plan to PDF in
one call, and the PDFs show what a user would see: the annex's headings as the document's
outline (Word's navigation pane reads the same heading styles), "Seite X von Y" with the
fields filled in on every page, the draft mark; the plan on landscape pages with its header row
on each.

Skipped only where soffice is missing, never in CI (the Makefile installs it there)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.action_plan_xlsx import action_plan_xlsx
from tomwizard.export.document.annex import DEFAULT_PARTS, AnnexOptions, build_annex
from tomwizard.export.document.model import Heading, SignatureBlock
from tomwizard.export.docx_export import annex_docx
from tomwizard.models.assessment import Status

WORK = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)
OPTIONS = AnnexOptions(lang="de", style="checklist", parts=DEFAULT_PARTS)


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The annex (.docx) and the action plan (.xlsx) of the demo, and their PDFs by soffice."""
    soffice = shutil.which("soffice")
    if soffice is None:
        if os.environ.get("CI"):
            pytest.fail("soffice is missing in CI: `make office-tools` installs LibreOffice")
        pytest.skip("LibreOffice (soffice) is not installed; `make office-tools` installs it")
    folder = tmp_path_factory.mktemp("office")
    catalog = default_catalog()
    demo = demo_assessment(catalog)
    (folder / "anlage.docx").write_bytes(annex_docx(demo, catalog, OPTIONS))
    (folder / "massnahmenplan.xlsx").write_bytes(action_plan_xlsx(demo, catalog, "de"))
    profile = (folder / "profile").as_uri()  # a private profile: no clash with a running one
    files = [str(folder / "anlage.docx"), str(folder / "massnahmenplan.xlsx")]
    options = ["--headless", f"-env:UserInstallation={profile}", "--convert-to", "pdf"]
    subprocess.run(
        [soffice, *options, "--outdir", str(folder), *files],
        check=True,
        capture_output=True,
        timeout=300,
    )
    for name in ("anlage.pdf", "massnahmenplan.pdf"):
        assert (folder / name).exists(), f"LibreOffice did not convert {name} (Writer/Calc?)"
    return folder


def test_libreoffice_opens_the_word_annex(converted: Path) -> None:
    reader = PdfReader(converted / "anlage.pdf")
    pages = [page.extract_text() or "" for page in reader.pages]
    assert len(pages) > 3
    for number, text in enumerate(pages, start=1):  # the fields, filled in by the suite
        assert f"Seite {number} von {len(pages)}" in text
        assert "ENTWURF · Stand: " in text  # the demo is a draft
    catalog = default_catalog()
    document = build_annex(demo_assessment(catalog), catalog, OPTIONS)
    headings = [b.heading if isinstance(b, SignatureBlock) else b for b in document.blocks]
    expected = [
        re.sub(r"\s+", " ", f"{h.number} {h.text}".strip())
        for h in headings
        if isinstance(h, Heading)
    ]
    outline = [
        re.sub(r"\s+", " ", item.title) for item in reader.outline if not isinstance(item, list)
    ]
    assert outline == expected  # the headings are Word headings: the outline lists them all
    text = " ".join(" ".join(page.split()) for page in pages)
    assert "Lohnkontor Heidemann GmbH" in text and "Unterschrift" in text


def test_libreoffice_opens_the_plan_and_prints_it_on_landscape_pages(converted: Path) -> None:
    reader = PdfReader(converted / "massnahmenplan.pdf")
    assert len(reader.pages) > 1  # the row heights follow the wrapped text
    for page in reader.pages:
        assert page.mediabox.width > page.mediabox.height  # landscape
        assert "Maßnahme / Befund" in (page.extract_text() or "")  # header row repeated
    text = " ".join(page.extract_text() or "" for page in reader.pages)
    catalog = default_catalog()
    demo = demo_assessment(catalog)
    expected = [m.id for m in catalog.measures() if demo.answer(m.id).status in WORK]
    assert all(measure_id in text.replace("\n", "") for measure_id in expected)
