"""Shared by the property tests at the input gate and by ``make fuzz`` (tools/fuzz.py).

``make test`` runs each property with a few examples (``bounded``); ``make fuzz`` calls the same
properties through hypothesis' ``fuzz_one_input`` for ten minutes and prints the counts that
:data:`COUNTS` collects (property, command, exit code).
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings

from tomwizard.cli.main import main

F = TypeVar("F", bound=Callable[..., Any])

# bounded for `make test`; TOMWIZARD_FUZZ_EXAMPLES=2000 pytest tests/test_fuzz*.py runs longer
EXAMPLES = os.environ.get("TOMWIZARD_FUZZ_EXAMPLES")
COUNTS: Counter[tuple[str, str, int]] = Counter()  # (property, command, exit code) → runs


def fuzz_settings(bounded: int) -> Callable[[F], F]:
    """Hypothesis settings for a property: ``bounded`` examples unless the env var says more."""
    return settings(
        max_examples=int(EXAMPLES) if EXAMPLES else bounded,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
        database=None,  # examples are not kept between runs (the checkout stays clean)
    )


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def listing(folder: Path) -> dict[str, str]:
    """Every entry of ``folder``: a file's hash, a link's target, or the kind of entry."""
    found = {}
    for entry in folder.iterdir():
        if entry.is_symlink():
            found[entry.name] = f"link → {os.readlink(entry)}"
        elif entry.is_file():
            found[entry.name] = digest(entry)
        else:
            found[entry.name] = "folder" if entry.is_dir() else "other"
    return found


LEFTOVERS = ("-wal", "-shm", ".lock", ".tmp", ".creating", "-journal")


def run(prop: str, argv: Sequence[str]) -> tuple[int, str, str]:
    """``tomwizard ARGV`` in this process: (exit code, stdout, stderr); counted in COUNTS.

    Whatever escapes ``main`` (a traceback) fails the property as it is.
    """
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    COUNTS[(prop, argv[0] if argv[0] != "catalog" else "catalog validate", code)] += 1
    return code, out.getvalue(), err.getvalue()


def assert_documented(code: int, err: str, argv: Sequence[str]) -> None:
    """Exit 0, 1 or 2; on 2 exactly one line on stderr; never a traceback."""
    assert code in (0, 1, 2), (argv, code, err)
    assert "Traceback" not in err, (argv, err)
    if code == 2:
        assert err.count("\n") == 1 and err.startswith("tomwizard: "), (argv, err)
