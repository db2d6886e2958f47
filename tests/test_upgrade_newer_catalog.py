"""A file made with a newer catalog than this program knows: `tomwizard upgrade` says to update
tomwizard; the GUI opens it read-only with a banner that says why and what to do; the file stays
as it is."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.builders import digest
from tests.conftest import Errors
from tests.gui_support import back_to_german, isolated_settings  # noqa: F401 - autouse fixtures
from tests.questionnaire_support import run_cli
from tomwizard.content.catalog import default_catalog
from tomwizard.content.upgrade import NewerCatalogError, UpgradeError, chain, shipped_mappings
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore
from ui.app import build
from ui.controllers.main import MainController
from ui.controllers.upgrade import UpgradeController

CURRENT = default_catalog().version
NEWER = "2099.1"


def _newer_file(tmp_path: Path) -> Path:
    path = tmp_path / "neu.tomw"
    demo = demo_assessment(default_catalog())
    TomwStore.create(path, demo.model_copy(update={"catalog_version": NEWER})).close()
    return path


def test_a_newer_catalog_is_told_apart_from_a_missing_mapping() -> None:
    mappings = shipped_mappings()
    with pytest.raises(NewerCatalogError, match="neueren tomwizard-Version"):
        chain(NEWER, CURRENT, mappings)
    with pytest.raises(NewerCatalogError):  # newer by the mapping chain, whatever the name
        chain(CURRENT, "2026.1", mappings)
    with pytest.raises(UpgradeError, match="Keine Zuordnung") as missing:
        chain("2020.1", CURRENT, mappings)  # older, but no mapping leads from there
    assert not isinstance(missing.value, NewerCatalogError)


@pytest.mark.parametrize("dry_run", [False, True])
def test_upgrade_of_a_newer_file_asks_to_update_tomwizard(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], dry_run: bool
) -> None:
    path = _newer_file(tmp_path)
    before = digest(path)
    code, out, err = run_cli(capsys, "upgrade", path, *(["--dry-run"] if dry_run else []))
    assert (code, out) == (2, "")
    assert "Keine Zuordnung" not in err
    assert "neu.tomw: Die Datei wurde mit einer neueren tomwizard-Version erstellt" in err
    assert f"(Katalogversion {NEWER}, dieses Programm kennt bis {CURRENT})" in err
    assert err.rstrip().endswith("Bitte tomwizard aktualisieren.")
    assert digest(path) == before and sorted(tmp_path.iterdir()) == [path]


def test_the_gui_opens_a_newer_file_read_only_and_says_why(
    gui: MainController, errors: Errors, tmp_path: Path
) -> None:
    """Issue 14 leftover: the file opened without a word on why nothing could be changed. It
    opens read-only (nothing asked, no box in the way) with a banner that says why and what to
    do; the file stays as it is."""
    path = _newer_file(tmp_path)
    before = digest(path)
    told: list[tuple[str, str]] = []
    asked: list[str] = []

    def ask(title: str, question: str) -> bool:
        asked.append(question)
        return True

    gui.upgrades = UpgradeController(
        gui.window, gui.catalog, ask=ask, tell=lambda t, m: told.append((t, m))
    )
    assert gui.open_file(path)
    assert asked == [] and told == [] and errors == []
    assert gui.document.is_open and gui.document.readonly
    banner = gui.window.banner
    assert banner.isVisible()
    text = banner.text()
    assert text.startswith("Nur zum Lesen geöffnet: Diese Datei wurde mit einer neueren")
    assert f"(Katalogversion {NEWER}, dieses Programm kennt bis {CURRENT})" in text
    assert "Zum Bearbeiten bitte tomwizard aktualisieren" in text
    assert "(nur lesen)" in gui.window.windowTitle()
    assert digest(path) == before and sorted(tmp_path.iterdir()) == [path]
    assert gui.open_file(path, readonly=True)  # asked for read-only: the same reason shown
    assert banner.text() == text
    assert digest(path) == before


def test_a_current_file_opened_read_only_shows_no_banner(
    gui: MainController, demo_file: Path
) -> None:
    assert gui.open_file(demo_file, readonly=True)
    assert gui.document.readonly
    assert not gui.window.banner.isVisible()


def test_the_banner_is_english_in_the_english_interface(
    qtbot: QtBot, english_qm: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(UpgradeController, "_tell_box", lambda _self, _t, m: told.append(m))
    path = _newer_file(tmp_path)
    gui = build(path, lang="en")
    qtbot.addWidget(gui.window)
    gui.window.show()
    assert told == [] and gui.document.readonly
    text = gui.window.banner.text()
    assert gui.window.banner.isVisible()
    assert text.startswith("Opened read-only: this file was made with a newer version of")
    assert f"(catalogue version {NEWER}; this program knows up to {CURRENT})" in text
    assert "please update tomwizard" in text
    gui.window.close()
