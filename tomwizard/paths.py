"""Where the shipped content (``forms/``) and resources (``resources/``) are.

In a wheel they are packaged below ``tomwizard/_data``; in a checkout or an editable install
they are the top-level folders beside ``tomwizard/``; in a PyInstaller bundle (``sys.frozen``)
below ``tomwizard/_data`` in the bundle's data folder (``sys._MEIPASS``, see
``packaging/tomwizard.spec``). This is the one place that knows.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Return the folder ``forms`` or ``resources``, from the wheel or from the checkout."""
    if name not in ("forms", "resources"):
        raise ValueError(f"unknown data folder: {name}")
    for candidate in (
        *_frozen_candidates(name),
        _PACKAGE_DIR / "_data" / name,
        _PACKAGE_DIR.parent / name,
    ):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"tomwizard installation is missing its '{name}' folder")


def _frozen_candidates(name: str) -> tuple[Path, ...]:
    """The data folder inside a PyInstaller bundle; nothing when not frozen."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not isinstance(bundle_dir, str):
        return ()
    return (Path(bundle_dir) / "tomwizard" / "_data" / name,)


def forms_path(*parts: str) -> Path:
    return data_dir("forms").joinpath(*parts)


def resource_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)
