"""Run every benchmark: ``python -m benchmarks`` (or ``make bench``).

``bench_startup`` prints the table of what the user waits for (start-up, export, memory; the
export row comes from ``bench_export``), so ``bench_export`` is not run a second time.
"""

from __future__ import annotations

import importlib
import pkgutil

import benchmarks

INCLUDED_ELSEWHERE = {"bench_export"}  # its row is in the table of bench_startup


def main() -> None:
    for module in pkgutil.iter_modules(benchmarks.__path__):
        if module.name.startswith("bench_") and module.name not in INCLUDED_ELSEWHERE:
            print(f"== {module.name}", flush=True)
            importlib.import_module(f"benchmarks.{module.name}").main()


if __name__ == "__main__":
    main()
