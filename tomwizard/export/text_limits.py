"""A text too long to be laid out: refused before an export, not hours into it.

The JSON import refuses texts over :data:`MAX_TEXT` characters, but a ``.tomw`` changed by other
tools may hold a longer one.
Opening such a file stays possible (the user keeps access to their data); only the export says
which text is too long, instead of laying out a paragraph whose cost grows faster than its
length (400 000 characters took 32 s in one paragraph)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tomwizard.i18n import _, format_number, message_language
from tomwizard.models.assessment import Assessment
from tomwizard.models.limits import too_many
from tomwizard.store.errors import StoreError

# One text of a measure or a field: a long description is a few thousand characters.
MAX_TEXT = 100_000


def longest_text(data: Any, where: str = "") -> tuple[int, str]:
    """(length, dotted path) of the longest string in ``data`` (dicts, lists, strings)."""
    best = (0, where)
    stack: list[tuple[Any, str]] = [(data, where)]
    while stack:
        node, path = stack.pop()
        if isinstance(node, str):
            best = max(best, (len(node), path))
        elif isinstance(node, dict):
            stack.extend((v, f"{path}.{k}" if path else str(k)) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend((v, f"{path}[{i}]") for i, v in enumerate(node))
    return best


def refuse_long_texts(path: Path, assessment: Assessment) -> None:
    """A :class:`StoreError` naming the field if any text of ``assessment`` is over MAX_TEXT."""
    length, where = longest_text(assessment.model_dump(mode="json"))
    if length > MAX_TEXT:
        lang = message_language()
        n, most = (format_number(x, lang) for x in (length, MAX_TEXT))
        message = _(
            "Der Text in „{where}“ ist für die Anlage zu lang ({n} Zeichen, höchstens {most}); "
            "bitte in der Oberfläche kürzen."
        )
        raise StoreError(path, message.format(where=where, n=n, most=most))


def refuse_too_many(path: Path, assessment: Assessment) -> None:
    """A :class:`StoreError` naming the list if one of ``assessment`` is over its bound
    (:mod:`tomwizard.models.limits`; such a file opens, so that entries can be removed)."""
    message = too_many(assessment)
    if message is not None:
        hint = _("Die Anlage wird nicht erstellt; bitte in der Oberfläche Einträge entfernen.")
        raise StoreError(path, f"{message} {hint}")
