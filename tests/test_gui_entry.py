"""The GUI is found by its entry point, read from the installed wheel's own entry_points.txt
(without importlib.metadata) or, without one, from every installed distribution."""

from __future__ import annotations

from pathlib import Path

from tomwizard.cli import gui_entry

ENTRY_POINTS = """\
[console_scripts]
tomwizard = tomwizard.cli.launch:main

[tomwizard.gui]
run = ui.app:run_gui
# a comment
smoke=ui.app:smoke [extra]
"""


def test_the_wheels_own_entry_points_are_read_directly(tmp_path: Path) -> None:
    info = tmp_path / "tomwizard-1.0.dist-info"
    info.mkdir()
    (info / "entry_points.txt").write_text(ENTRY_POINTS, encoding="utf-8")
    assert gui_entry.entry_point_in(info, "tomwizard.gui", "run") == ("ui.app", "run_gui")
    assert gui_entry.entry_point_in(info, "tomwizard.gui", "smoke") == ("ui.app", "smoke")
    assert gui_entry.entry_point_in(info, "tomwizard.gui", "main") is None
    assert gui_entry.entry_point_in(info, "console_scripts", "run") is None
    assert gui_entry.entry_point_in(tmp_path / "missing.dist-info", "tomwizard.gui", "run") is None
    assert gui_entry.entry_point_in(None, "tomwizard.gui", "run") is None


def test_the_found_target_is_loaded_as_entry_points_load_it() -> None:
    import ui.app

    assert gui_entry.load(("ui.app", "run_gui")) is ui.app.run_gui
    assert gui_entry.load(("ui.app", "")) is ui.app


def test_without_an_own_entry_points_file_every_distribution_is_asked() -> None:
    # the source checkout has no tomwizard-*.dist-info beside the package: importlib.metadata
    # finds the editable install's entry points
    found = gui_entry.gui_entry_points("run")
    assert found == [("ui.app", "run_gui")]
