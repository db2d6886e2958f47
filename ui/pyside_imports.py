"""PySide6's import hook, answered from the files' bytes (about 20 ms and 2 MiB of every start).

Once PySide6 is imported, its import hook asks of every module an ``import`` statement names for
the first time whether the module's source mentions PySide6 (so that ``from __feature__ import
snake_case`` applies only to such modules; tomwizard uses no ``__feature__``). PySide answers
with ``inspect.getsource``: it reads and decodes the whole source, splits it into lines and keeps
them in ``linecache``. A start names about 160 modules after PySide6 (the GUI, the core, the
standard library): about 20 ms of CPU and 2.3 MB of source text kept for nothing.

:func:`install` answers the same question from the bytes of the module's ``.py`` file (Python
reads sources only in encodings that write "PySide6" in ASCII bytes), without keeping them; a
module without a readable ``.py`` file goes to PySide's own check. When a PySide6 version has no
such check, nothing is changed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import shiboken6  # noqa: F401 - PySide6's import hook is installed with shiboken6

_FEATURE_MODULE = "shibokensupport.feature"
_CHECK = "_mod_uses_pyside"
_pyside_check: list[Callable[[ModuleType], bool]] = []  # PySide's own, once replaced


def install() -> bool:
    """Answer PySide's question from the files' bytes; False when there is nothing to replace
    (another PySide6 version) or it is replaced already."""
    feature = sys.modules.get(_FEATURE_MODULE)
    check = getattr(feature, _CHECK, None)
    if feature is None or not callable(check) or _pyside_check:
        return False
    _pyside_check.append(check)
    setattr(feature, _CHECK, uses_pyside)
    return True


def uses_pyside(module: ModuleType) -> bool:
    """Whether the source of ``module`` mentions PySide6 (PySide's question)."""
    file = getattr(module, "__file__", None)
    if isinstance(file, str) and file.endswith(".py"):
        try:
            with open(file, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            pass
    return pyside_check(module)


def pyside_check(module: ModuleType) -> bool:
    """PySide's own answer (from ``inspect.getsource``)."""
    if _pyside_check:
        return _pyside_check[0](module)
    feature = sys.modules.get(_FEATURE_MODULE)
    return bool(getattr(feature, _CHECK)(module))
