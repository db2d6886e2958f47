"""The benchmark pattern: every measurement against a baseline taken in the same run.

Runs of subject and baseline are interleaved so that machine noise hits both alike;
results are medians, printed as absolute times and as the ratio subject/baseline.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


@dataclass(frozen=True)
class Comparison:
    name: str
    subject_s: list[float]
    baseline_s: list[float]

    @property
    def subject_median(self) -> float:
        return statistics.median(self.subject_s)

    @property
    def baseline_median(self) -> float:
        return statistics.median(self.baseline_s)

    @property
    def ratio(self) -> float:
        return self.subject_median / self.baseline_median

    def line(self) -> str:
        return (
            f"{self.name}: subject median {self.subject_median * 1000:.1f} ms, "
            f"baseline median {self.baseline_median * 1000:.1f} ms, "
            f"ratio {self.ratio:.2f} (n={len(self.subject_s)})"
        )


def timed(fn: Callable[[], object], clock: Callable[[], float] = time.perf_counter) -> float:
    start = clock()
    fn()
    return clock() - start


def pairs(
    subject: Callable[[], T], baseline: Callable[[], T], repeat: int, warmup: int = 1
) -> tuple[list[T], list[T]]:
    """``repeat`` interleaved pairs (baseline first, then subject) after ``warmup`` pairs."""
    for _ in range(warmup):
        baseline()
        subject()
    subjects: list[T] = []
    baselines: list[T] = []
    for _ in range(repeat):
        baselines.append(baseline())
        subjects.append(subject())
    return subjects, baselines


def compare(
    name: str,
    subject: Callable[[], object],
    baseline: Callable[[], object],
    repeat: int = 7,
    warmup: int = 1,
    clock: Callable[[], float] = time.perf_counter,
) -> Comparison:
    """``clock`` is wall time by default; ``time.process_time`` (this process's CPU time) is
    steadier on a machine shared with other work, for steps that wait for nothing."""
    subject_s, baseline_s = pairs(
        lambda: timed(subject, clock), lambda: timed(baseline, clock), repeat, warmup
    )
    result = Comparison(name, subject_s, baseline_s)
    print(result.line(), flush=True)
    return result
