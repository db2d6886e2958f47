"""Who changed what: the author name written into the change log of a ``.tomw`` file."""

from __future__ import annotations

from tomwizard.i18n import _


def default_author() -> str:
    import getpass  # (with termios: not imported by a command that writes no change log)

    try:
        return getpass.getuser()
    except (KeyError, OSError):  # pragma: no cover - no user database (containers)
        return "unbekannt"


def checked_author(name: str) -> str:
    """An author name for the change log: one line, not empty, at most 200 characters."""
    name = " ".join(str(name).split())
    if not name or len(name) > 200:
        raise ValueError(_("Der Name für das Änderungsprotokoll muss 1 bis 200 Zeichen haben."))
    return name
