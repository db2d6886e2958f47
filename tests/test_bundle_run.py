"""The bundled application (``make bundle``, then ``make bundle-test``): started with an empty
environment (no venv, no Python on PATH, a fresh HOME), every documented command does what the
README says, with the same results as the installed program. Skipped unless TOMWIZARD_BUNDLE
names the bundle's executable (``make bundle-test`` sets it)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tomwizard import __version__

BUNDLE = os.environ.get("TOMWIZARD_BUNDLE", "")
INSTALLED = Path(sys.executable).parent / "tomwizard"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not BUNDLE, reason="no bundle: make bundle && make bundle-test"),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    path = Path(BUNDLE)
    assert path.is_file() and os.access(path, os.X_OK), f"{path}: run `make bundle` first"
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    (tmp_path / "home").mkdir()
    (tmp_path / "no-python").mkdir()
    return tmp_path


def _bundled(
    bundle: Path, home: Path, *args: str, display: bool = True
) -> subprocess.CompletedProcess[str]:
    """`env -i HOME=… PATH=<empty folder> [QT_QPA_PLATFORM=offscreen] tomwizard ARGS`."""
    env = {"HOME": str(home / "home"), "PATH": str(home / "no-python")}
    if display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(
        [str(bundle), *args], env=env, cwd=home, capture_output=True, text=True, timeout=120
    )


def _installed(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [str(INSTALLED), *args], env=env, capture_output=True, text=True, timeout=120
    )


def test_version(bundle: Path, home: Path) -> None:
    done = _bundled(bundle, home, "--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"tomwizard {__version__}")


def test_demo_check_export_like_the_installed_program(bundle: Path, home: Path) -> None:
    out = home / "out"
    done = _bundled(bundle, home, "demo", "-o", str(out))
    assert done.returncode == 0, done.stderr
    tomw, pdf = out / "demo.tomw", out / "demo.pdf"
    assert pdf.read_bytes().startswith(b"%PDF-")

    checked, expected = _bundled(bundle, home, "check", str(tomw)), _installed("check", str(tomw))
    assert checked.returncode in (0, 1)
    assert (checked.returncode, checked.stdout) == (expected.returncode, expected.stdout)

    for fmt in ("pdf", "json"):
        ours, theirs = home / f"bundle.{fmt}", home / f"installed.{fmt}"
        done = _bundled(bundle, home, "export", str(tomw), "-o", str(ours), "--format", fmt)
        assert done.returncode == 0, done.stderr
        assert _installed("export", str(tomw), "-o", str(theirs), "--format", fmt).returncode == 0
        # same content, fonts and code: byte-identical output (reportlab invariant=1)
        assert ours.read_bytes() == theirs.read_bytes()
    assert json.loads((home / "bundle.json").read_text())


def test_english_like_the_installed_program(bundle: Path, home: Path) -> None:
    """The message catalogs and Babel's locale data ship: English messages, dates and plurals."""
    assert _bundled(bundle, home, "demo", "-o", str(home / "out")).returncode == 0
    tomw = str(home / "out" / "demo.tomw")
    checked = _bundled(bundle, home, "--lang", "en", "check", tomw)
    expected = _installed("--lang", "en", "check", tomw)
    assert (checked.returncode, checked.stdout) == (expected.returncode, expected.stdout)
    assert "Sub-processor" in checked.stdout
    done = _bundled(bundle, home, "--lang", "en", "export", tomw, "-o", str(home / "en.pdf"))
    assert done.returncode == 0 and "is a DRAFT" in done.stderr, done.stderr
    assert _installed("--lang", "en", "export", tomw, "-o", str(home / "en2.pdf")).returncode == 0
    assert (home / "en.pdf").read_bytes() == (home / "en2.pdf").read_bytes()


def test_bad_input_is_one_line_and_exit_2(bundle: Path, home: Path) -> None:
    text = home / "notiz.tomw"
    text.write_text("keine Datenbank\n")
    done = _bundled(bundle, home, "check", str(text))
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert text.read_text() == "keine Datenbank\n"


def test_gui_smoke_offscreen(bundle: Path, home: Path) -> None:
    assert _bundled(bundle, home, "demo", "-o", str(home / "out")).returncode == 0
    done = _bundled(bundle, home, "gui", "--smoke", str(home / "out" / "demo.tomw"))
    assert done.returncode == 0, done.stderr
    assert _bundled(bundle, home, "gui", "--smoke").returncode == 0


def test_without_a_display_the_gui_says_so(bundle: Path, home: Path) -> None:
    done = _bundled(bundle, home, display=False)
    assert done.returncode == 2
    assert "Kein Bildschirm" in done.stderr


def test_nothing_from_the_build_machine(bundle: Path) -> None:
    """No file of the bundle names the checkout it was built from (no absolute source paths in
    the bytecode, no developer files), and the content ships without translation sources."""
    checkout = str(Path(__file__).resolve().parent.parent).encode()
    folder = bundle.parent
    leaking = [
        str(path.relative_to(folder))
        for path in folder.rglob("*")
        if path.is_file() and not path.is_symlink() and checkout in path.read_bytes()
    ]
    assert leaking == []
    data = folder / "_internal" / "tomwizard" / "_data"
    assert (data / "forms" / "rules").is_dir()
    assert (data / "resources" / "translations" / "tomwizard_en.qm").is_file()
    assert (data.parent / "locale" / "en" / "LC_MESSAGES" / "tomwizard.mo").is_file()
    assert not list(data.parent.rglob("*.po"))
    assert not list(data.rglob("*.ts"))
    for lang in ("de", "en"):  # the help (F1) and the handbook, built by `make guide`
        assert (data / "resources" / "guide" / lang / "index.html").is_file()
        assert (data / "resources" / "guide" / lang / "img" / "start.png").is_file()
    assert not list(folder.rglob("pytest*")) and not list(folder.rglob("mypy*"))
