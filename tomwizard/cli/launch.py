"""The program's entry point: the ``tomwizard`` console script, ``python -m tomwizard``, the bundle.

Importing the program (pydantic's models and validators, the GUI's modules, Qt's enums) makes
a few hundred thousand objects that live as long as the process and hardly any garbage. Python's
cycle collector would scan them again and again while they are made, and once more in a full
collection soon after: about 30–40 ms of every start on a two-core machine. So the collector is
paused while the program is imported, and what the imports made is then moved out of its sight
(``gc.freeze``: those objects are never collected, which they would not be anyway) before the
command runs with the collector on as usual.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def imports_without_collection() -> Iterator[None]:
    """Pause the cycle collector for a block of imports, then freeze what they made."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def main() -> int:
    with imports_without_collection():
        from tomwizard.cli.main import main as run_command
    return run_command()
