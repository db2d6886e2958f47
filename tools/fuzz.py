"""``make fuzz``: the property tests at the input gate, run for a fixed time instead of a fixed
number of examples, and the counts at the end.

Each round gives every property one input drawn from random bytes (hypothesis'
``fuzz_one_input``), round after round until the time is up. The first failure stops the run:
its traceback is printed, the bytes are kept in a file for a re-run, and the exit code is 1.

    python tools/fuzz.py [--seconds 600]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests import fuzz_support, test_fuzz, test_fuzz_gate

PROPERTIES: list[Any] = [
    test_fuzz_gate.test_generated_json_through_every_command,
    test_fuzz_gate.test_damaged_files_through_every_command,
    test_fuzz.test_mutated_tomw_opens_or_is_refused_untouched,
    test_fuzz.test_mutated_json_text_imports_or_gives_one_line,
    test_fuzz.test_any_value_anywhere_in_the_json_imports_or_gives_one_line,
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=600.0)
    parser.add_argument("--seed", type=int, default=None)
    options = parser.parse_args()
    seed = options.seed if options.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    runs: Counter[str] = Counter()
    start = time.monotonic()
    end = start + options.seconds
    print(f"fuzz: {len(PROPERTIES)} properties for {options.seconds:.0f} s (seed {seed})")
    while time.monotonic() < end:
        for prop in PROPERTIES:
            buffer = rng.randbytes(rng.choice([256, 2048, 8192, 32768]))
            try:
                used = prop.hypothesis.fuzz_one_input(buffer)
            except BaseException as exc:  # a failure: show it and keep the input
                if isinstance(exc, KeyboardInterrupt):
                    raise
                kept = Path(tempfile.gettempdir()) / f"tomwizard-fuzz-{prop.__name__}.bin"
                kept.write_bytes(buffer)
                traceback.print_exc()
                print(f"FAILED {prop.__name__} after {sum(runs.values())} runs; input: {kept}")
                _print_counts(runs, time.monotonic() - start)
                return 1
            if used is not None:
                runs[prop.__name__] += 1
            if time.monotonic() >= end:
                break
    _print_counts(runs, time.monotonic() - start)
    print("fuzz: nothing found")
    return 0


def _print_counts(runs: Counter[str], seconds: float) -> None:
    print(f"\nfuzz: {sum(runs.values())} runs in {seconds:.0f} s")
    for name, count in sorted(runs.items()):
        print(f"  {count:7}  {name}")
    commands: Counter[tuple[str, int]] = Counter()
    inputs: Counter[tuple[str, int]] = Counter()
    for (prop, command, code), count in fuzz_support.COUNTS.items():
        commands[(command, code)] += count
        inputs[(prop, code)] += count
    print("commands (exit code: runs):")
    for command in sorted({c for c, _ in commands}):
        codes = ", ".join(
            f"{code}: {n}" for (c, code), n in sorted(commands.items()) if c == command
        )
        print(f"  {command:18} {codes}")
    print("inputs (exit code: runs):")
    for prop in sorted({p for p, _ in inputs}):
        codes = ", ".join(f"{code}: {n}" for (p, code), n in sorted(inputs.items()) if p == prop)
        print(f"  {prop:18} {codes}")


if __name__ == "__main__":
    sys.exit(main())
