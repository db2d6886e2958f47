"""What a hostile tester found (helper I): each case once failed with a traceback or lost
data; now it gives one line on stderr, exit 2, and leaves the user's file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, SetField, StoreError, load_assessment
from tomwizard.store import TomwStore

CATALOG = default_catalog()


def _frozen_file(folder: Path) -> Path:
    path = folder / "a.tomw"
    with TomwStore.create(path, full_assessment()) as store:
        store.freeze_version()
    return path


@pytest.mark.parametrize("value", ["²", "9" * 5000, "1²", "٣x"])
def test_changes_since_with_digits_int_refuses_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], value: str
) -> None:
    source = _frozen_file(tmp_path)
    before = digest(source)
    code = main(["export", str(source), "-o", str(tmp_path / "a.pdf"), "--changes-since", value])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("tomwizard: ") and err.count("\n") == 1
    assert "Traceback" not in err and len(err) < 400
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.tomw"]


def _open_demo(folder: Path) -> tuple[OpenAssessment, Path]:
    path = folder / "a.tomw"
    TomwStore.create(path, full_assessment()).close()
    return OpenAssessment.open(path, CATALOG), path


@pytest.mark.parametrize("how", ["deleted", "replaced", "moved"])
def test_a_file_deleted_or_replaced_underneath_refuses_the_write(tmp_path: Path, how: str) -> None:
    """Writing on would go to a file that is no longer at its name: every later edit (and the
    whole file, once it is closed) would be lost without a word."""
    doc, path = _open_demo(tmp_path)
    name = "organisation.processor.name"
    doc.apply([SetField(name, "Vorher GmbH")], label="a")
    if how == "deleted":
        path.unlink()
    elif how == "moved":
        path.rename(tmp_path / "b.tomw")
    else:
        other = tmp_path / "other.tomw"
        TomwStore.create(other, full_assessment()).close()
        other.replace(path)
    on_disk = digest(path) if path.exists() else None
    before = doc.assessment.model_copy(deep=True)
    with pytest.raises(StoreError, match="außerhalb von tomwizard"):
        doc.apply([SetField(name, "Nachher GmbH")], label="b")
    with pytest.raises(StoreError, match="außerhalb von tomwizard"):
        doc.undo()
    assert doc.assessment == before  # memory, history and the file at the name: unchanged
    assert doc.history.can_undo() and not doc.history.can_redo()
    doc.close()
    assert (digest(path) if path.exists() else None) == on_disk


def test_a_file_copied_over_in_place_is_still_written(tmp_path: Path) -> None:
    """The same file at the same name (e.g. touched, or its mode changed) is no reason to stop."""
    doc, path = _open_demo(tmp_path)
    path.touch()
    doc.apply([SetField("organisation.processor.name", "Noch da GmbH")], label="a")
    doc.close()
    assert load_assessment(path).organisation.processor.name == "Noch da GmbH"
