"""Write a document file so that a failure leaves the old one: the bytes go to a temporary
name beside it, which replaces the file only when all of them are written (a full disk, a
removed USB stick: the annex signed last time stays as it was, and nothing is left beside it).
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path


def replace_file(out: Path, data: bytes) -> None:
    """Write ``data`` to ``out`` atomically. OSError as writing ``out`` would raise it."""
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):  # a link left there is never written through
            tmp.unlink()
        tmp.write_bytes(data)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
