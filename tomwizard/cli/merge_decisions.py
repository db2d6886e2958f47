"""How ``tomwizard merge`` decides conflicts: per conflict, from a file, remembered, or all."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from tomwizard.exchange import decode_json, parse_json
from tomwizard.history.merge import Choice, MergeResult
from tomwizard.i18n import _
from tomwizard.input_errors import ExchangeError
from tomwizard.inputs import shortened
from tomwizard.store import errors
from tomwizard.store.probe import check_path

_CHOICES: dict[str, Choice] = {"ours": "ours", "theirs": "theirs"}
MAX_DECISIONS_BYTES = 1024 * 1024  # ID → ours/theirs: thousands of conflicts fit in 100 KiB


def _read_decisions(path: Path) -> object:
    """The JSON in the decisions file, read through the gate: no pipe or device, at most
    :data:`MAX_DECISIONS_BYTES` (only that much plus one byte is ever read), strict JSON."""
    check_path(path, _("keine JSON-Datei"))  # a pipe or a device is never read
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_DECISIONS_BYTES + 1)
    except OSError as exc:
        message = _("Die Entscheidungsdatei ist kein lesbares JSON ({error}).")
        raise errors.StoreError(path, message.format(error=exc.strerror or exc)) from exc
    if len(raw) > MAX_DECISIONS_BYTES:
        message = _(
            "Die Entscheidungsdatei ist zu groß (mehr als {limit} KiB); sie nennt nur "
            "Konflikt-IDs mit ours oder theirs."
        )
        raise errors.StoreError(path, message.format(limit=MAX_DECISIONS_BYTES // 1024))
    try:
        return parse_json(decode_json(raw))
    except ExchangeError as exc:
        message = _("Die Entscheidungsdatei ist kein lesbares JSON ({error}).")
        raise errors.StoreError(path, message.format(error=exc)) from exc


def _choice(target: Path, conflict_id: str, value: object, where: str) -> Choice:
    if not isinstance(value, str) or value not in _CHOICES:
        message = _(
            "{option}: „{id}“ braucht ours (eigene Fassung) oder theirs (Fassung des Kunden), "
            "nicht „{value}“."
        )
        raise errors.StoreError(
            target, message.format(option=where, id=shortened(conflict_id), value=shortened(value))
        )
    return _CHOICES[value]


def explicit_decisions(
    target: Path, decide: Sequence[str], decisions_file: Path | None
) -> dict[str, Choice]:
    """``--decisions FILE.json`` and then ``--decide ID=ours|theirs`` (the later wins)."""
    found: dict[str, Choice] = {}
    if decisions_file is not None:
        data = _read_decisions(decisions_file)
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
