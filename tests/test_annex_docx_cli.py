"""`tomwizard export FILE.tomw -o anlage.docx`: every option of the PDF, draft and final with the
same exit codes and stderr lines, the gap report as .docx, and bad output paths as one line,
exit 2, nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.docx_text import body_text, open_docx
from tests.questionnaire_support import run_cli
from tests.test_versions import ten_changes
from tomwizard.store import TomwStore


def test_export_docx_with_every_option(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        ten_changes(store)
    out = tmp_path / "anlage.docx"
    report = tmp_path / "bericht.docx"
    code, _, err = run_cli(
        capsys,
        *("export", demo_file, "-o", out, "--lang", "en", "--view", "art32"),
        *("--style", "checklist", "--parts", "processing,signature", "--list-entfaellt"),
        *("--changes-since", "1", "--gap-report", report),
    )
    assert code == 0
    # a draft: the same one line as for the PDF
    assert err.count("\n") == 1 and f"{out} ist ein ENTWURF" in err
    text = body_text(out)
    assert "Technical and Organisational Measures" in text  # English
    assert "Description of the processing" in text  # the parts asked for
    assert "Sub-processors" not in text  # and no other
    assert "Changes since version" in text and "Since this version" in text
    assert "☒\t" in text  # a checklist: the mark is the first text of a line
    assert "Signature" in text
    assert open_docx(out).core_properties.language == "en-GB"
    assert "Gap report" in body_text(report)  # the gap report in Word, in English
    assert report.read_bytes()[:2] == b"PK"


def test_final_refused_with_blockers_writes_nothing(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anlage.docx"
    code, _, pdf_err = run_cli(
        capsys, "export", demo_file, "-o", tmp_path / "anlage.pdf", "--final"
    )
    assert code == 1
    code, _, err = run_cli(capsys, "export", demo_file, "-o", out, "--final")
    assert code == 1 and not out.exists()
    assert err == pdf_err  # the blockers, line for line as for the PDF
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.tomw"]


def test_format_option_and_unknown_suffix(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anlage.bin"
    code, _, _ = run_cli(capsys, "export", demo_file, "-o", out, "--format", "docx")
    assert code == 0 and out.read_bytes()[:2] == b"PK"
    again = tmp_path / "again.docx"
    assert run_cli(capsys, "export", demo_file, "-o", again, "--format", "docx")[0] == 0
    assert again.read_bytes() == out.read_bytes()  # the same input, the same bytes
    code, _, err = run_cli(capsys, "export", demo_file, "-o", tmp_path / "anlage.doc")
    assert code == 2 and ".docx" in err and err.count("\n") == 1


@pytest.mark.parametrize("target", ["folder", "missing/anlage.docx", "link.docx"])
def test_bad_output_path_is_one_line_exit_2(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], target: str
) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "link.docx").symlink_to(tmp_path / "elsewhere.docx")
    before = demo_file.read_bytes()
    code, out, err = run_cli(capsys, "export", demo_file, "-o", tmp_path / target)
    assert code == 2 and out == ""
    assert err.startswith("tomwizard: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert demo_file.read_bytes() == before
    leftovers = {p.name for p in tmp_path.iterdir()} - {"demo.tomw", "folder", "link.docx"}
    assert not leftovers
