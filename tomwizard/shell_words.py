"""A path as a word of a command line the user can copy into a shell: for the hints that name
a command to run next („tomwizard check Praxis Müller.tomw --final“ must name the file as
typed and survive its spaces; DSB review 7, N4)."""

from __future__ import annotations

import os
import shlex
from pathlib import Path

_WINDOWS_PLAIN = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-:\\/")


def shell_word(path: Path | str, windows: bool | None = None) -> str:
    """``path`` as typed, quoted where a shell would split or change it (``windows``: quote for
    cmd.exe and PowerShell with double quotes; default: the running system's)."""
    text = str(path)
    if windows if windows is not None else os.name == "nt":
        plain = text and all(c in _WINDOWS_PLAIN for c in text)
        return text if plain else f'"{text}"'  # a Windows name has no double quote
    return shlex.quote(text)
