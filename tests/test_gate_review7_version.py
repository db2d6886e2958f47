"""DSB review 7, M3: an annex whose answers differ from a frozen version with the same version
and Stand cannot be final, with or without the appendix of changes: two different signed
documents would both say „Version 1.0, Stand 22.11.2026“, and with ``--changes`` the annex
would name itself as the version it amends. An internal note changed since is no new version."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from tests.gui_support import (
    isolated_settings,  # noqa: F401 - autouse fixture
    seen_in_export_dialog,
)
from tests.rules_fixtures import clean_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import SetAnswer, SetField
from tomwizard.editing.assessment import OpenAssessment
from tomwizard.history.same_version import RULE_ID, next_version
from tomwizard.models.assessment import Answer, Status
from ui.app import build

SAID = (
    "[offen] Angaben – Stand: Die Angaben haben sich gegenüber der festgeschriebenen Version 1 "
    "(„1.0“, Stand 22.11.2026) geändert: „Gegenstand der Verarbeitung“. Version und Stand der "
    "Anlage sind aber unverändert. Version und Stand der Anlage neu setzen (z. B. Version 1.1, "
    "Stand "
)


def _frozen_then_changed(tmp_path: Path, *changes: SetField | SetAnswer) -> Path:
    """A final-ready file frozen as version 1 („1.0“), then changed by ``changes``."""
    path = tmp_path / "a.tomw"
    doc = OpenAssessment.create(path, default_catalog(), clean_assessment(), author="dsb")
    doc.freeze_version()
    if changes:
        doc.apply(list(changes), "Änderung")
    doc.close()
    return path


def _cli(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, " ".join(captured.err.split())


@pytest.mark.parametrize("appendix", [["--changes"], ["--changes-since", "1"], []])
def test_a_final_with_the_frozen_versions_name_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], appendix: list[str]
) -> None:
    path = _frozen_then_changed(tmp_path, SetField("processing.subject", "Lohn und Gehalt"))
    out = tmp_path / "final.pdf"
    code, _, err = _cli(capsys, "--lang", "de", "export", path, "-o", out, "--final", *appendix)
    assert code == 1 and not out.exists()  # as every refusal of the final (EXIT_FINDINGS)
    assert "Keine Endfassung möglich – 1 offener Punkt:" in err and SAID in err
    code, _, err = _cli(capsys, "--lang", "en", "export", path, "-o", out, "--final", *appendix)
    assert code == 1 and not out.exists()
    assert (
        "[open] Details – as-of date: The entries have changed since frozen version 1 "
        "(“1.0”, as of 22 November 2026): “Subject matter of processing”. The annex's version "
        "and as-of date, however, are unchanged. Set a new version and as-of date for the annex "
        "(e.g. version 1.1, as of "
    ) in err


def test_check_lists_it_and_check_final_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _frozen_then_changed(tmp_path, SetField("processing.subject", "Lohn und Gehalt"))
    code, out, _ = _cli(capsys, "--lang", "de", "check", path)
    # one line with the hint „Stand und Version anpassen?“ (the same subject: the Stand)
    assert code == 0 and f"[mittel] {RULE_ID}, stand.aelter_als_angaben: Die Angaben haben" in out
    code, _, err = _cli(capsys, "--lang", "de", "check", path, "--final")
    assert code == 1 and SAID in err


def test_a_new_version_makes_the_final_with_its_changes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _frozen_then_changed(
        tmp_path,
        SetField("processing.subject", "Lohn und Gehalt"),
        SetField("organisation.version", "1.1"),
    )
    out = tmp_path / "final.pdf"
    code, _, err = _cli(capsys, "--lang", "de", "export", path, "-o", out, "--final", "--changes")
    assert code == 0 and out.exists(), err
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(out.read_bytes())).pages).split()
    )
    assert "Version 1.1" in text and "ENTWURF" not in text
    assert "Änderungen gegenüber der Fassung 1.0 (Stand 22.11.2026)" in text


def test_an_internal_note_or_no_change_is_no_new_version(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    noted = Answer(status=Status.UMGESETZT, note="Nachweis liegt im Ordner 3.")
    for changes in ([], [SetAnswer("zugang.mfa", noted)]):
        folder = tmp_path / str(len(changes))
        folder.mkdir()
        path = _frozen_then_changed(folder, *changes)
        out = folder / "final.pdf"
        code, _, err = _cli(capsys, "--lang", "de", "export", path, "-o", out, "--final")
        assert code == 0 and out.exists(), err


def test_next_version_suggested() -> None:
    assert [next_version(v) for v in ("2.1", "3", "1.9", "v2", "Entwurf")] == [
        "2.2",
        "4",
        "1.10",
        "v3",
        "",
    ]


def test_the_gui_export_says_draft_as_the_command_line(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _frozen_then_changed(tmp_path, SetField("processing.subject", "Lohn und Gehalt"))
    gui = build(path, lang="de")
    qtbot.addWidget(gui.window)
    seen = seen_in_export_dialog(gui, monkeypatch, lambda d: d.version_label.text())
    assert seen and seen[0].startswith("Entwurf") and "1 offener Punkt" in seen[0]
    gui.page_widget(gui.summary_index)  # the summary, which the dialog says lists it first
    assert gui.summary is not None
    gui.summary.refresh()
    assert "Entwurf – vor einer Endfassung zu klären: 1 offener Punkt." in (
        gui.summary.page.total_label.text()
    )
    tree = gui.summary.page.findings
    assert tree.topLevelItem(0).text(0).startswith("Entwurf")
    gui.window.close()
