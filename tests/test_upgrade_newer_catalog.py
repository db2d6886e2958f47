"""A file made with a newer catalog than this program knows: `tomwizard upgrade` and the GUI's
writable opening say to update tomwizard, and leave the file as it is."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import digest
from tests.conftest import Errors
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tests.questionnaire_support import run_cli
from tomwizard.content.catalog import default_catalog
from tomwizard.content.upgrade import NewerCatalogError, UpgradeError, chain, shipped_mappings
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore
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


def test_the_gui_says_the_same_when_a_newer_file_opens(
    gui: MainController, errors: Errors, tmp_path: Path
) -> None:
    path = _newer_file(tmp_path)
    before = digest(path)
    told: list[tuple[str, str]] = []
    asked: list[str] = []
    gui.upgrades = UpgradeController(
        gui.window,
        gui.catalog,
        ask=lambda t, q: asked.append(q) is None,
        tell=lambda t, m: told.append((t, m)),
    )
    assert not gui.open_file(path)
    assert asked == [] and gui.document.store is None
    assert len(told) == 1
    title, message = told[0]
    assert title == "Datei kann nicht geöffnet werden"
    assert "neueren tomwizard-Version" in message and "Bitte tomwizard aktualisieren." in message
    assert digest(path) == before and sorted(tmp_path.iterdir()) == [path]
    assert gui.open_file(path, readonly=True)  # to look at it, read-only still opens
    assert digest(path) == before
