"""How ``tomwizard merge`` decides conflicts: per conflict, from a file, remembered, or all."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tomwizard.history.merge import Choice, MergeResult
from tomwizard.i18n import _
from tomwizard.store import errors
from tomwizard.store.probe import check_path

_CHOICES: dict[str, Choice] = {"ours": "ours", "theirs": "theirs"}


def _choice(target: Path, conflict_id: str, value: object, where: str) -> Choice:
    if not isinstance(value, str) or value not in _CHOICES:
        message = _(
            "{option}: „{id}“ braucht ours (eigene Fassung) oder theirs (Fassung des Kunden), "
            "nicht „{value}“."
        )
        raise errors.StoreError(target, message.format(option=where, id=conflict_id, value=value))
    return _CHOICES[value]


def explicit_decisions(
    target: Path, decide: Sequence[str], decisions_file: Path | None
) -> dict[str, Choice]:
    """``--decisions FILE.json`` and then ``--decide ID=ours|theirs`` (the later wins)."""
    found: dict[str, Choice] = {}
    if decisions_file is not None:
        check_path(decisions_file, _("keine JSON-Datei"))  # a pipe or a device is never read
        try:
            data = json.loads(decisions_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            message = _("Die Entscheidungsdatei ist kein lesbares JSON ({error}).")
            raise errors.StoreError(decisions_file, message.format(error=exc)) from exc
        if not isinstance(data, dict):
            raise errors.StoreError(
                decisions_file, _('Die Entscheidungsdatei braucht die Form {"ID": "ours", …}.')
            )
        for key, value in data.items():
            found[str(key)] = _choice(decisions_file, str(key), value, "--decisions")
    for item in decide:
        key, sep, value = item.rpartition("=")
        if not sep or not key:
            message = _("--decide „{value}“: erwartet ID=ours oder ID=theirs.")
            raise errors.StoreError(target, message.format(value=item))
        found[key] = _choice(target, key, value, "--decide")
    return found


def decide_all(
    result: MergeResult, given: dict[str, Choice], take: Choice | None
) -> dict[str, Choice]:
    """Each conflict's decision: given, else remembered from an earlier merge, else ``take``."""
    decisions: dict[str, Choice] = {}
    for conflict in result.conflicts:
        cid = conflict.conflict_id
        choice = given.get(cid) or result.remembered.get(cid) or take
        if choice is not None:
            decisions[cid] = choice
    return decisions
