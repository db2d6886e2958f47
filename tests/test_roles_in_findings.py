"""The findings speak the file's pair of role words wherever they are shown: `check`, the
blocker lines of `--final` and the GUI (DSB review 3, r2 #11: the rules are written with
Verantwortlicher/Auftragsverarbeiter, a file with Auftraggeber/Auftragnehmer must not show them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing.assessment import OpenAssessment
from tomwizard.models.assessment import RoleNames
from tomwizard.models.roles import ROLE_PATTERN

FIRST_PAIR = ROLE_PATTERN["verantwortlicher"]


def _demo(tmp_path: Path, roles: RoleNames) -> Path:
    catalog = default_catalog()
    a = demo_assessment(catalog)
    a.organisation = a.organisation.model_copy(update={"role_names": roles})
    path = tmp_path / "demo.tomw"
    OpenAssessment.create(path, catalog, a).close()
    return path


def _check(path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    from tomwizard.cli.main import main

    assert main(["--lang", "de", "check", str(path), "--final"]) == 1
    out = capsys.readouterr()
    return out.out + out.err


def test_check_and_final_lines_use_the_files_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = _check(_demo(tmp_path, RoleNames.AUFTRAGGEBER), capsys)
    assert "Auftraggeber" in text and "Unterauftragnehmer" in text
    assert not FIRST_PAIR.findall(text)
    # near miss: the default pair keeps the rules' own words
    (tmp_path / "v").mkdir()
    default = _check(_demo(tmp_path / "v", RoleNames.VERANTWORTLICHER), capsys)
    assert FIRST_PAIR.findall(default)


def test_the_summary_page_uses_the_files_pair(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.app import build

    gui = build(_demo(tmp_path, RoleNames.AUFTRAGGEBER), lang="de")
    qtbot.addWidget(gui.window)
    gui.page_widget(gui.summary_index)
    assert gui.summary is not None
    gui.summary.refresh()
    tree = gui.summary.page.findings
    shown = []
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        shown += [item.text(c) for c in range(tree.columnCount())]
        shown += [item.toolTip(c) for c in range(tree.columnCount())]
    text = "\n".join(shown)
    assert "Auftraggeber" in text
    assert not [line for line in text.splitlines() if FIRST_PAIR.search(line)]
    gui.window.close()
