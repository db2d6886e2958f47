"""How ``tomwizard merge`` decides conflicts: per conflict, from a file, remembered, or all."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from tomwizard.history.merge import Choice, MergeResult
from tomwizard.store import errors
from tomwizard.store.probe import check_path

_CHOICES: dict[str, Choice] = {"ours": "ours", "theirs": "theirs"}


def _choice(target: Path, conflict_id: str, value: object, where: str) -> Choice:
    if not isinstance(value, str) or value not in _CHOICES:
        raise errors.StoreError(
            target,
            f"{where}: „{conflict_id}“ braucht ours (eigene Fassung) oder theirs (Fassung des "
            f"Kunden), nicht „{value}“.",
        )
    return _CHOICES[value]


def explicit_decisions(
    target: Path, decide: Sequence[str], decisions_file: Path | None
) -> dict[str, Choice]:
    """``--decisions FILE.json`` and then ``--decide ID=ours|theirs`` (the later wins)."""
    found: dict[str, Choice] = {}
    if decisions_file is not None:
        check_path(decisions_file, "keine JSON-Datei")  # a pipe or a device is never read
        try:
            data = json.loads(decisions_file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise errors.StoreError(
                decisions_file, f"Die Entscheidungsdatei ist kein lesbares JSON ({exc})."
            ) from exc
        if not isinstance(data, dict):
            raise errors.StoreError(
                decisions_file, 'Die Entscheidungsdatei braucht die Form {"ID": "ours", …}.'
            )
        for key, value in data.items():
            found[str(key)] = _choice(decisions_file, str(key), value, "--decisions")
    for item in decide:
        key, sep, value = item.rpartition("=")
        if not sep or not key:
            raise errors.StoreError(target, f"--decide „{item}“: erwartet ID=ours oder ID=theirs.")
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
