"""Where the GUI is: the entry points ``run`` and ``smoke`` of the group ``tomwizard.gui``.

The core names no GUI module (design card §2): the package that ships the GUI registers its
functions in that group (pyproject.toml). The tomwizard wheel ships the GUI itself, so its own
``entry_points.txt`` beside this package is read first, directly: ``importlib.metadata`` (with
``email``, ``csv``, ``zipfile``) costs about 20 ms to import and reads every installed
distribution's entry points; nothing else at start-up needs it. When there is no such file (a
source checkout, an editable install, another layout) every installed distribution is asked
through ``importlib.metadata``, as before.
"""

from __future__ import annotations

import functools
import importlib
import os
from pathlib import Path
from typing import Any

GROUP = "tomwizard.gui"
Target = tuple[str, str]  # (module, attribute path), as in ``module:attr``


def gui_entry_points(name: str) -> list[Target]:
    """The targets of the entry point ``name`` in the group ``tomwizard.gui``."""
    own = entry_point_in(_dist_info_beside(), GROUP, name)
    if own is not None:
        return [own]
    from importlib.metadata import entry_points

    return [(entry.module, entry.attr) for entry in entry_points(group=GROUP, name=name)]


def load(target: Target) -> Any:
    """The object an entry point names (as ``EntryPoint.load``: import, then the attributes)."""
    module, attr = target
    return functools.reduce(getattr, filter(None, attr.split(".")), importlib.import_module(module))


def entry_point_in(dist_info: Path | None, group: str, name: str) -> Target | None:
    """The target of ``name`` in ``group`` of ``dist_info/entry_points.txt`` (None: no such
    file or entry)."""
    if dist_info is None:
        return None
    try:
        text = (dist_info / "entry_points.txt").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    section = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, equals, value = line.partition("=")
        if equals and section == group and key.strip() == name:
            module, _, attr = value.split("[", 1)[0].strip().partition(":")
            return (module.strip(), attr.strip()) if module.strip() else None
    return None


def _dist_info_beside() -> Path | None:
    """The one ``tomwizard-*.dist-info`` in the folder the ``tomwizard`` package is installed
    in (None: none or several, e.g. a source checkout)."""
    folder = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    try:
        found = [
            n for n in os.listdir(folder) if n.startswith("tomwizard-") and n.endswith(".dist-info")
        ]
    except OSError:
        return None
    return Path(folder, found[0]) if len(found) == 1 else None
