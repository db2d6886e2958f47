"""Linux desktop integration (issue 17): menu entry, icons and the .tomw file type, installed for
the current user under a temporary HOME and removed again (packaging/linux/install-desktop.sh,
which `make install-desktop` runs)."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.store import TomwStore

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / "packaging" / "linux" / "install-desktop.sh"
TOOLS = ("xdg-mime", "desktop-file-validate", "update-mime-database", "mimetype")
MIME = "application/x-tomwizard"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        not sys.platform.startswith("linux") or any(shutil.which(t) is None for t in TOOLS),
        reason="needs xdg-utils, desktop-file-utils, shared-mime-info, libfile-mimeinfo-perl "
        "(make desktop-tools)",
    ),
]


def _run(home: Path, *args: str) -> str:
    env = {"HOME": str(home), "PATH": "/usr/local/bin:/usr/bin:/bin"}
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def tomwizard_exe() -> Path:
    exe = Path(sys.executable).parent / "tomwizard"
    assert exe.is_file(), "the venv's tomwizard console script"
    return exe


def _installed_desktop_file(home: Path) -> Path:
    return home / ".local" / "share" / "applications" / "tomwizard.desktop"


def test_install_registers_the_file_type_and_the_program(
    home: Path, tomwizard_exe: Path, tmp_path: Path
) -> None:
    _run(home, "sh", str(SCRIPT), "install", str(tomwizard_exe))

    desktop = _installed_desktop_file(home)
    assert _run(home, "desktop-file-validate", str(desktop)) == ""
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert _exec_arguments(exec_line) == [str(tomwizard_exe), "%f"]
    assert _run(home, "xdg-mime", "query", "default", MIME) == "tomwizard.desktop"

    tomw = tmp_path / "kunde.tomw"
    TomwStore.create(tomw, demo_assessment(default_catalog())).close()
    assert _run(home, "xdg-mime", "query", "filetype", str(tomw)) == MIME
    # recognised by its content too: the SQLite header and the application id at offset 68
    renamed = tmp_path / "anhang-aus-der-mail"
    shutil.copyfile(tomw, renamed)
    assert _run(home, "xdg-mime", "query", "filetype", str(renamed)) == MIME
    # and another SQLite database is not taken for one
    foreign = tmp_path / "fremd"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    assert _run(home, "xdg-mime", "query", "filetype", str(foreign)) != MIME

    icons = home / ".local" / "share" / "icons" / "hicolor"
    for size in (16, 24, 32, 48, 64, 128, 256):
        assert (icons / f"{size}x{size}" / "apps" / "tomwizard.png").is_file()
        assert (icons / f"{size}x{size}" / "mimetypes" / "application-x-tomwizard.png").is_file()
    assert (icons / "scalable" / "apps" / "tomwizard.svg").is_file()


def test_uninstall_removes_everything_and_keeps_other_defaults(
    home: Path, tomwizard_exe: Path
) -> None:
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/plain=editor.desktop\n")
    _run(home, "sh", str(SCRIPT), "install", str(tomwizard_exe))
    assert _run(home, "xdg-mime", "query", "default", MIME) == "tomwizard.desktop"

    _run(home, "sh", str(SCRIPT), "uninstall")

    assert _run(home, "xdg-mime", "query", "default", MIME) == ""
    assert not _installed_desktop_file(home).exists()
    share = home / ".local" / "share"
    assert not list((share / "icons").rglob("*tomwizard*"))
    assert not (share / "mime" / "packages" / "tomwizard.xml").exists()
    assert "text/plain=editor.desktop" in mimeapps.read_text()
    assert MIME not in mimeapps.read_text()


def test_install_refuses_a_missing_program(home: Path, tmp_path: Path) -> None:
    env = {"HOME": str(home), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        ["sh", str(SCRIPT), "install", str(tmp_path / "nicht-da")],
        env=env,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "nicht-da" in done.stderr
    assert not (home / ".local").exists()


def test_a_path_with_quotes_and_dollars_survives_the_exec_quoting(
    home: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Programme mit Leerzeichen"
    folder.mkdir()
    exe = folder / 'tom"wiz$ard'
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    _run(home, "sh", str(SCRIPT), "install", str(exe))
    desktop = _installed_desktop_file(home)
    assert _run(home, "desktop-file-validate", str(desktop)) == ""
    exec_line = next(line for line in desktop.read_text().splitlines() if line.startswith("Exec="))
    assert _exec_arguments(exec_line) == [str(exe), "%f"]


def _exec_arguments(exec_line: str) -> list[str]:
    """The Exec value as a launcher reads it: the string unescape (\\\\ → \\), then the
    quoting rule of the Desktop Entry Specification (inside "…", \\ escapes " ` $ \\)."""
    value = exec_line.removeprefix("Exec=").replace("\\\\", "\\")
    arguments, current, quoted, escaped = [], "", False, False
    for char in value:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            arguments, current = [*arguments, current], ""
        else:
            current += char
    return [*arguments, current]
