"""tomwizard as the user has it: a wheel installed into a fresh venv, run as whole processes.

``installed_venv()`` builds a wheel of this checkout (``pip wheel . --no-deps``), creates a fresh
temporary venv and installs the wheel there with ``pip install --compile --no-deps`` (bytecode
written at install time, as a user's install has it). The runtime dependencies (PySide6,
pydantic, PyYAML, reportlab) are the ones already installed, with their bytecode, in the venv
that runs the benchmark: a ``.pth`` file in the fresh venv points at that venv's site-packages.
The source checkout itself is not on the fresh venv's path, so the installed wheel is measured.

``run()`` starts one process and returns its wall time (start to exit) and peak RSS (from
``os.wait4``), so subject and baseline are measured the same way.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import sysconfig
import time
import venv
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Installed:
    python: Path
    tomwizard: Path
    home: Path  # HOME, config and cache of every measured process (no user settings)

    def env(self, **extra: str) -> dict[str, str]:
        return {
            "PATH": f"{self.python.parent}:/usr/bin:/bin",
            "HOME": str(self.home),
            "XDG_CONFIG_HOME": str(self.home / "config"),
            "XDG_CACHE_HOME": str(self.home / "cache"),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
            **extra,
        }


def installed_venv(folder: Path) -> Installed:
    """Build the wheel and install it into a fresh venv below ``folder``."""
    wheels = folder / "wheels"
    build = [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation"]
    subprocess.run([*build, "--quiet", "-w", str(wheels)], check=True)
    (wheel,) = wheels.glob("tomwizard-*.whl")
    target = folder / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "_benchmark_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    install = [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet"]
    subprocess.run([*install, "--compile", "--no-deps", "--no-index", str(wheel)], check=True)
    home = folder / "home"
    home.mkdir()
    return Installed(python=python, tomwizard=target / "bin" / "tomwizard", home=home)


@dataclass(frozen=True)
class Run:
    seconds: float
    peak_rss_mib: float
    cpu_seconds: float = 0.0  # user + system time of the process (steadier on a busy machine)


def run(command: Sequence[str | Path], env: dict[str, str], cwd: Path | None = None) -> Run:
    """Start ``command`` and wait for it: wall time from start to exit, peak RSS, CPU time."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [str(part) for part in command],
        env=env,
        cwd=cwd,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"{command!r} exited with {process.returncode}:\n{error}")
    return Run(seconds, usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime)


@dataclass(frozen=True)
class Row:
    what: str
    subject: list[float]
    baseline: list[float]
    unit: str
    target: str
    how: str

    @property
    def ratio(self) -> float:
        return statistics.median(self.subject) / statistics.median(self.baseline)


UNITS = {"seconds": "s", "cpu_seconds": "s", "peak_rss_mib": "MiB"}  # the measures of a Run


def measured(
    what: str, runs: tuple[list[Run], list[Run]], measure: str, target: str, how: str
) -> Row:
    """The row of one measure (``seconds``, ``cpu_seconds``, ``peak_rss_mib``) of the subject
    runs against the baseline runs of the same pairs."""
    subjects, baselines = runs
    return Row(
        what,
        [getattr(r, measure) for r in subjects],
        [getattr(r, measure) for r in baselines],
        UNITS[measure],
        target,
        how,
    )


def print_table(rows: Sequence[Row], repeat: int) -> None:
    print(f"medians of {repeat} interleaved pairs (baseline, then tomwizard), whole processes")
    header = f"{'what':<44} {'tomwizard':>10} {'baseline':>10} {'ratio':>6}  target"
    print(header)
    print("-" * len(header))
    for row in rows:
        subject, baseline = statistics.median(row.subject), statistics.median(row.baseline)
        shown = (
            (f"{subject:.2f} s", f"{baseline:.2f} s")
            if row.unit == "s"
            else (f"{subject:.0f} MiB", f"{baseline:.0f} MiB")
        )
        print(f"{row.what:<44} {shown[0]:>10} {shown[1]:>10} {row.ratio:>6.2f}  {row.target}")
    print("baselines:")
    for row in rows:
        print(f"  {row.what}: {row.how}")
