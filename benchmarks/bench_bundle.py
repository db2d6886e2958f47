"""Start-up of the bundle (``dist/tomwizard``, ``make bundle``) against the installed wheel:
``tomwizard gui --smoke demo.tomw`` (process start, main window shown, every page once, exit)
from both, interleaved, the content cache filled for both. Skipped without a bundle.

The wheel is built from this checkout and installed with ``pip install --target`` into a
temporary folder (as tests/test_wheel.py does); it runs on this venv's Python.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.harness import compare

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "tomwizard" / "tomwizard"


def _install_wheel(folder: Path) -> Path:
    pip = [sys.executable, "-m", "pip", "--quiet"]
    subprocess.run(
        [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(folder), str(REPO)],
        check=True,
    )
    (wheel,) = folder.glob("tomwizard-*.whl")
    target = folder / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


def _env(home: Path, cache: Path, **extra: str) -> dict[str, str]:
    env = {"HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "TOMWIZARD_CACHE_DIR": str(cache)}
    return {**env, **extra}


def main() -> None:
    if not BUNDLE.is_file():
        print("no bundle (make bundle): skipped", flush=True)
        return
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        site = _install_wheel(folder)
        home = folder / "home"
        home.mkdir()
        demo = folder / "demo"
        subprocess.run(
            [str(BUNDLE), "demo", "-o", str(demo)],
            check=True,
            env=_env(home, home),
            capture_output=True,
        )
        tomw = str(demo / "demo.tomw")
        # PYTHONPATH comes before the venv's site-packages (and the editable install's path to
        # this checkout), so the installed wheel is the tomwizard that runs
        wheel_cmd = [
            sys.executable,
            "-c",
            "import sys; from tomwizard.cli.main import main; sys.exit(main())",
            "gui",
            "--smoke",
            tomw,
        ]
        wheel_env = _env(
            home, folder / "cache-wheel", PYTHONPATH=str(site), PATH=os.environ.get("PATH", "")
        )
        bundle_env = _env(home, folder / "cache-bundle", PATH=str(folder / "empty"))

        def bundled() -> None:
            subprocess.run(
                [str(BUNDLE), "gui", "--smoke", tomw],
                check=True,
                env=bundle_env,
                capture_output=True,
            )

        def wheel() -> None:
            subprocess.run(wheel_cmd, check=True, env=wheel_env, capture_output=True)

        compare("gui --smoke with demo: bundle vs installed wheel", bundled, wheel, repeat=11)
        size = sum(
            p.stat().st_size for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink()
        )
        print(f"bundle size: {size / 2**20:.0f} MiB in {BUNDLE.parent}", flush=True)


if __name__ == "__main__":
    main()
