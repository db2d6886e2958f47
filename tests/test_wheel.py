"""From an installed wheel (not the checkout): content is found, demo and GUI smoke work."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("dist")
    target = tmp_path_factory.mktemp("site")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", dist, REPO], check=True
    )
    (wheel,) = dist.glob("tomwizard-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "tomwizard/_data/forms/catalog/catalog.yaml" in names
    assert "tomwizard/_data/resources/fonts/DejaVuSans.ttf" in names
    assert any(name.startswith("ui/") for name in names)
    assert not any(name.startswith("tests/") for name in names)
    subprocess.run([*pip, "install", "--no-deps", "--target", target, wheel], check=True)
    return target


def _run(site: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "PYTHONPATH": str(site),
        "QT_QPA_PLATFORM": "offscreen",
    }
    return subprocess.run(
        [str(site / "bin" / "tomwizard"), *args], capture_output=True, text=True, cwd=cwd, env=env
    )


def test_demo_and_smoke_from_the_installed_wheel(installed: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    where = subprocess.run(
        [sys.executable, "-c", "import tomwizard.paths as p; print(p.data_dir('forms'))"],
        capture_output=True,
        text=True,
        cwd=elsewhere,
        env={"PYTHONPATH": str(installed)},
        check=True,
    )
    assert Path(where.stdout.strip()).is_relative_to(installed)

    result = _run(installed, elsewhere, "demo", "-o", "out")
    assert result.returncode == 0, result.stderr
    text = "".join(page.extract_text() for page in PdfReader(elsewhere / "out" / "demo.pdf").pages)
    assert "Lohnkontor Heidemann GmbH" in text
    assert "Passwörter" in text

    # the message catalogs ship in the wheel: English messages and an English annex
    english = _run(installed, elsewhere, "--lang", "en", "export", "out/demo.tomw", "-o", "en.pdf")
    assert "is a DRAFT" in english.stderr, english.stderr
    text = "".join(page.extract_text() for page in PdfReader(elsewhere / "en.pdf").pages)
    assert "Technical and Organisational Measures" in text

    smoke = _run(installed, elsewhere, "gui", "--smoke", "out/demo.tomw")
    assert smoke.returncode == 0, smoke.stderr
