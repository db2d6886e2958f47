"""In a PyInstaller bundle (``sys.frozen``) content and resources are found below
``sys._MEIPASS/tomwizard/_data``, where packaging/tomwizard.spec puts them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tomwizard import paths


def test_a_frozen_program_finds_its_data_in_the_bundle(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("forms", "resources"):
        (tmp_path / "tomwizard" / "_data" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.forms_path("rules") == tmp_path / "tomwizard" / "_data" / "forms" / "rules"
    assert paths.resource_path("fonts") == tmp_path / "tomwizard" / "_data" / "resources" / "fonts"


def test_not_frozen_the_bundle_folder_is_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "tomwizard" / "_data" / "forms").mkdir(parents=True)
    monkeypatch.delattr(sys, "frozen", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert not paths.forms_path().is_relative_to(tmp_path)
    assert (paths.forms_path() / "rules").is_dir()


def test_the_spec_ships_what_paths_looks_for() -> None:
    spec = (Path(__file__).resolve().parent.parent / "packaging" / "tomwizard.spec").read_text()
    assert 'Path("tomwizard/_data")' in spec
    assert 'collect_submodules("ui")' in spec  # `tomwizard gui` imports ui with importlib


def test_the_windows_installer_matches_the_program() -> None:
    """The Inno Setup script (not built here) carries the program's version and associates .tomw
    with the windowed executable that the spec builds on Windows."""
    from tomwizard import __version__

    root = Path(__file__).resolve().parent.parent / "packaging"
    iss = (root / "windows" / "tomwizard.iss").read_text()
    assert f'#define AppVersion "{__version__}"' in iss
    assert 'name="tomwizard-gui"' in (root / "tomwizard.spec").read_text()
    assert '"{app}\\tomwizard-gui.exe"" ""%1"""' in iss
    for icon in ("windows/tomwizard.ico", "windows/tomwizard-file.ico", "macos/tomwizard.icns"):
        assert (root / icon).stat().st_size > 1000
