"""Dates as typed and shown in the forms: ``31.12.2026`` in the German interface, ISO in the
English one; both are understood, also typed without dots or dashes."""

from __future__ import annotations

import datetime as dt


def parse_date(text: str) -> dt.date | None:
    """``31.12.2026``, ``31.12.26`` or ``2026-12-31``, also typed without the dots or dashes
    (``31122026``, ``311226``, ``20261231``); raises ValueError for anything else."""
    text = text.strip()
    if text.isascii() and text.isdigit():  # only whole digit runs: "1122026" is no date
        return _parse_digits(text)
    for pattern in ("%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_digits(text: str) -> dt.date:
    """``31122026`` or ``311226`` (German order), else ``20261231`` (ISO order); a German
    reading that gives a year before 1900 ("20120112" as 20.12.0112) is the ISO date."""
    for pattern in {8: ("%d%m%Y", "%Y%m%d"), 6: ("%d%m%y",)}.get(len(text), ()):
        try:
            value = dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
        if value.year >= 1900 or pattern == "%Y%m%d":
            return value
    raise ValueError(text)


def format_date(value: dt.date | None, iso: bool = False) -> str:
    """``31.12.2026`` (German interface) or ``2026-12-31`` (ISO, in the English interface)."""
    if value is None:
        return ""
    return value.isoformat() if iso else f"{value:%d.%m.%Y}"
