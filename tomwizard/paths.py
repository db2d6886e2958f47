"""Where the content (``forms/``) and resources (``resources/``) are.

In a wheel they are packaged below ``tomwizard/_data``; in a checkout or an editable install
they are the top-level folders beside ``tomwizard/``; in a PyInstaller bundle (``sys.frozen``)
below ``tomwizard/_data`` in the bundle's data folder (``sys._MEIPASS``, see
``packaging/tomwizard.spec``). This is the one place that knows.

``TOMWIZARD_FORMS_DIR`` names another ``forms/`` folder (a firm's own catalog, rules and
presets), used by every command and the GUI instead of the shipped one. It must hold what the
shipped folder holds (REQUIRED_FORMS); a folder that does not is reported in one line
(:class:`FormsDirError`, a content error: exit 2 on the command line). Its files are then
validated like the shipped ones (errors name file, line and field).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tomwizard.content.yamlsource import ContentError

_PACKAGE_DIR = Path(__file__).resolve().parent
FORMS_ENV = "TOMWIZARD_FORMS_DIR"
# What a forms folder must hold: files and (ending in "/") folders.
REQUIRED_FORMS = (
    "catalog/catalog.yaml",
    "rules/",
    "presets/",
    "countries.yaml",
    "processing.yaml",
    "views.yaml",
)


class FormsDirError(ContentError):
    """``TOMWIZARD_FORMS_DIR`` does not name a usable forms folder (one line)."""


def data_dir(name: str) -> Path:
    """Return the folder ``forms`` or ``resources``, from the wheel or from the checkout."""
    if name not in ("forms", "resources"):
        raise ValueError(f"unknown data folder: {name}")
    if name == "forms":
        chosen = forms_override()
        if chosen is not None:
            return chosen
    for candidate in (
        *_frozen_candidates(name),
        _PACKAGE_DIR / "_data" / name,
        _PACKAGE_DIR.parent / name,
    ):
        if candidate.is_dir():
            return candidate
    from tomwizard.i18n import _  # only on this error: not at start-up

    raise FileNotFoundError(
        _("Der tomwizard-Installation fehlt der Ordner „{name}“.").format(name=name)
    )


def _frozen_candidates(name: str) -> tuple[Path, ...]:
    """The data folder inside a PyInstaller bundle; nothing when not frozen."""
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if not getattr(sys, "frozen", False) or not isinstance(bundle_dir, str):
        return ()
    return (Path(bundle_dir) / "tomwizard" / "_data" / name,)


def forms_override() -> Path | None:
    """The folder named by ``TOMWIZARD_FORMS_DIR`` (checked), or None when it is not set."""
    value = os.environ.get(FORMS_ENV, "")
    if not value.strip():
        return None
    from tomwizard.i18n import _  # only with the setting: not at every start-up

    folder = Path(value).expanduser()
    setting = f"{FORMS_ENV}={value}"
    try:
        if not folder.is_dir():
            raise FormsDirError([_("{setting}: kein Ordner").format(setting=setting)])
        missing = [item for item in REQUIRED_FORMS if not _present(folder / item, item)]
    except OSError as exc:  # a loop of links, no permission
        unreadable = _("{setting}: nicht lesbar: {reason}")
        unreadable = unreadable.format(setting=setting, reason=exc.strerror)
        raise FormsDirError([unreadable]) from exc
    if missing:
        incomplete = _("{setting}: kein Formularordner, es fehlt: {missing}")
        incomplete = incomplete.format(setting=setting, missing=", ".join(missing))
        raise FormsDirError([incomplete])
    return folder.resolve()


def _present(path: Path, item: str) -> bool:
    return path.is_dir() if item.endswith("/") else path.is_file()


def forms_path(*parts: str) -> Path:
    return data_dir("forms").joinpath(*parts)


def resource_path(*parts: str) -> Path:
    return data_dir("resources").joinpath(*parts)
