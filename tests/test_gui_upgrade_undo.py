"""The catalog upgrade offered when an older file opens is one undo step of the open file:
Bearbeiten › „Rückgängig Katalog aktualisieren“ brings back the answers and the catalog version
as they were (in the window and in the file), „Wiederholen“ upgrades again."""

from __future__ import annotations

from pathlib import Path

from tests.builders import stored
from tests.conftest import Errors
from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore
from ui.controllers.main import MainController
from ui.controllers.upgrade import UpgradeController

CURRENT = default_catalog().version


def _older_file(tmp_path: Path) -> tuple[Path, str]:
    """A demo file of catalog 2026.1 with one answer carrying a parameter the measure no
    longer has (the upgrade drops it: the answer changes)."""
    demo = demo_assessment(default_catalog())
    measure_id = next(mid for mid, a in demo.answers.items() if a.status is not None)
    answer = demo.answers[measure_id]
    stale = answer.model_copy(update={"params": {**answer.params, "alt_parameter": "7"}})
    old = demo.model_copy(
        update={"catalog_version": "2026.1", "answers": {**demo.answers, measure_id: stale}}
    )
    path = tmp_path / "alt.tomw"
    TomwStore.create(path, old).close()
    return path, measure_id


def _menu_text(gui: MainController) -> str:
    return gui.window.undo_action.text().replace("&", "")


def test_the_upgrade_in_the_window_is_undone_with_one_step(
    gui: MainController, tmp_path: Path, errors: Errors
) -> None:
    path, measure_id = _older_file(tmp_path)
    before = stored(path)
    told: list[str] = []
    gui.upgrades = UpgradeController(
        gui.window, gui.catalog, ask=lambda t, q: True, tell=lambda t, m: told.append(m)
    )
    assert gui.open_file(path) and errors == []
    assert gui.document.assessment is not None
    assert gui.document.assessment.catalog_version == CURRENT
    assert "alt_parameter" not in gui.document.answer(measure_id).params
    assert "Rückgängig" in told[0] and "alt.tomw.catalog2026.1.bak" in told[0]
    assert gui.window.undo_action.isEnabled()
    assert _menu_text(gui) == "Rückgängig Katalog aktualisieren"
    assert gui.document.undo_count() == 1  # the upgrade, nothing else

    gui.window.undo_action.trigger()
    assert gui.document.assessment == before  # in the window ...
    assert stored(path) == before  # ... and in the file
    assert gui.document.answer(measure_id).params["alt_parameter"] == "7"
    assert not gui.window.undo_action.isEnabled()
    assert gui.window.redo_action.text().replace("&", "") == "Wiederholen Katalog aktualisieren"

    gui.window.redo_action.trigger()
    assert stored(path).catalog_version == CURRENT and errors == []


def test_declining_the_upgrade_leaves_nothing_to_undo(
    gui: MainController, tmp_path: Path, errors: Errors
) -> None:
    path, _ = _older_file(tmp_path)
    gui.upgrades = UpgradeController(gui.window, gui.catalog, ask=lambda t, q: False)
    assert gui.open_file(path) and errors == []
    assert gui.document.assessment is not None
    assert gui.document.assessment.catalog_version == "2026.1"
    assert not gui.window.undo_action.isEnabled()
    assert not list(tmp_path.glob("*.bak"))  # no backup copy: nothing was upgraded


def test_opening_the_open_file_again_does_not_offer_twice(
    gui: MainController, tmp_path: Path, errors: Errors
) -> None:
    path, _ = _older_file(tmp_path)
    asked: list[str] = []
    gui.upgrades = UpgradeController(
        gui.window, gui.catalog, ask=lambda t, q: asked.append(q) is None, tell=lambda t, m: None
    )
    assert gui.open_file(path) and gui.open_file(path) and errors == []
    assert len(asked) == 1 and gui.document.undo_count() == 1
