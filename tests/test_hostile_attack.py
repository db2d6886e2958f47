"""What a hostile tester found (helper I): each case once failed with a traceback or lost
data; now it gives one line on stderr, exit 2, and leaves the user's file as it was."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.builders import digest, full_assessment
from tomwizard.cli.main import main
from tomwizard.store import TomwStore


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
