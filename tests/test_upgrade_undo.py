"""`tomwizard upgrade` (and the GUI's offer) writes through OpenAssessment.apply like every other
batch change: one transaction with its change-log rows and one undo step that restores the file's
older catalog state."""

from __future__ import annotations

from pathlib import Path

from tests.builders import stored
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.history.upgrade_file import UPGRADE_STEP, upgrade_and_open, upgrade_file
from tomwizard.store import TomwStore


def _older_file(tmp_path: Path) -> Path:
    path = tmp_path / "alt.tomw"
    demo = demo_assessment(default_catalog())
    TomwStore.create(path, demo.model_copy(update={"catalog_version": "2026.1"})).close()
    return path


def _log_rows(path: Path) -> int:
    with TomwStore.open(path, readonly=True) as store:
        return len(store.changelog())


def test_the_upgrade_is_one_undo_step(tmp_path: Path) -> None:
    path = _older_file(tmp_path)
    catalog = default_catalog()
    done, doc = upgrade_and_open(path, catalog)
    assert doc is not None
    try:
        assert done.changed > 0 and doc.assessment.catalog_version == catalog.version
        assert doc.history.can_undo() and doc.history.undo_label() == UPGRADE_STEP.msgid
        assert doc.undo() is not None
        assert doc.assessment.catalog_version == "2026.1"
        assert doc.redo() is not None
        assert doc.assessment.catalog_version == catalog.version
    finally:
        doc.close()
    assert stored(path).catalog_version == catalog.version


def test_the_upgrade_is_in_the_change_log(tmp_path: Path) -> None:
    path = _older_file(tmp_path)
    before = _log_rows(path)
    done = upgrade_file(path, default_catalog())
    assert done.backup is not None and done.backup.is_file()
    assert _log_rows(path) > before


def test_a_dry_run_opens_and_writes_nothing(tmp_path: Path) -> None:
    path = _older_file(tmp_path)
    original = path.read_bytes()
    done, doc = upgrade_and_open(path, default_catalog(), dry_run=True)
    assert doc is None and done.backup is None and done.lines
    assert path.read_bytes() == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.tomw"]
