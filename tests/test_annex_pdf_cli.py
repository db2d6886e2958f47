"""`tomwizard export` with styles, views, parts and the gap report."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.test_cli import _assert_clean_failure, run


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert run("demo", "-o", folder).returncode == 0
    return folder / "demo.tomw"


@pytest.mark.parametrize(
    "option",
    [
        ["--style", "bunt"],
        ["--view", "nirgends"],
        ["--lang", "fr"],
        ["--parts", "processing,anhang"],
        ["--format", "odt"],
    ],
)
def test_unknown_values_exit_2_and_write_nothing(
    tmp_path: Path, demo_file: Path, option: list[str]
) -> None:
    out, report = tmp_path / "a.pdf", tmp_path / "g.pdf"
    _assert_clean_failure(run("export", demo_file, "-o", out, "--gap-report", report, *option))
    assert not out.exists() and not report.exists()


def test_same_name_for_annex_and_report_is_refused(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "a.pdf"
    _assert_clean_failure(run("export", demo_file, "-o", out, "--gap-report", out))
    assert not out.exists()


def test_full_export_writes_annex_and_gap_report(tmp_path: Path, demo_file: Path) -> None:
    out, report = tmp_path / "annex.pdf", tmp_path / "gaps.pdf"
    result = run(
        *("export", demo_file, "-o", out, "--gap-report", report),
        *("--style", "checklist", "--view", "art32", "--parts", "all", "--lang", "en"),
        "--list-entfaellt",
    )
    assert result.returncode == 0, result.stderr
    annex = " ".join(p.extract_text() for p in PdfReader(out).pages)
    assert "☒" in annex and "Confidentiality (Art. 32(1)(b) GDPR)" in annex
    assert "Description of the processing" in annex and "Sub-processors" in annex
    assert "Signatures" in annex and "not applicable; reason as entered:" in annex
    gaps = PdfReader(report).pages[0].extract_text()
    assert "Gap report" in gaps and "Findings by severity" in gaps
    assert sorted(p.name for p in tmp_path.iterdir()) == ["annex.pdf", "gaps.pdf"]


def test_export_writes_the_parts_the_dialog_ticks_by_default(
    tmp_path: Path, demo_file: Path
) -> None:
    """One default everywhere (issue 14): the export dialog ticks all three parts."""
    from tomwizard.export.pdf_annex import DEFAULT_PARTS, PARTS

    assert DEFAULT_PARTS == PARTS
    out, bare = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert run("export", demo_file, "-o", out).returncode == 0
    assert run("export", demo_file, "-o", bare, "--parts", "none").returncode == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    less = " ".join(page.extract_text() for page in PdfReader(bare).pages)
    for heading in ("Beschreibung der Verarbeitung", "Sitz: Tschechien", "Unterschriften"):
        assert heading in text and heading not in less


def test_the_pdf_is_dated_with_its_stand(tmp_path: Path, demo_file: Path) -> None:
    """Deterministic output, dated with the annex's „Stand“ instead of 2000-01-01."""
    from tomwizard.store import TomwStore

    with TomwStore.open(demo_file, readonly=True) as store:
        stand = store.load().organisation.stand
    assert stand is not None
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    for out in (first, second):
        assert run("export", demo_file, "-o", out).returncode == 0
    assert first.read_bytes() == second.read_bytes()
    metadata = PdfReader(first).metadata
    assert metadata is not None
    assert str(metadata["/CreationDate"]).startswith(f"D:{stand:%Y%m%d}")
