"""``tomwizard merge``: take over what the customer filled in (a ``.tomw`` or JSON sent back).

``tomwizard merge FILE.tomw OTHER(.tomw|.json) [--dry-run] [--take ours|theirs]
[--format text|json] [--author NAME]``

Both files are compared with the newest frozen version they share (else an empty assessment):
what only the customer changed is taken over automatically, what both changed differently is a
conflict. Without ``--take`` and with conflicts the list is printed and nothing is changed
(exit 1); ``--take ours|theirs`` decides every conflict that way. The merge is written in one
transaction (``OpenAssessment.apply``) with every change in the change log; ``--dry-run``
never writes. Whether the file can be written (write protection, another writer) is checked
when there is something to write.
Errors are StoreErrors, which ``tomwizard.cli.main`` turns into one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, ReplaceAll
from tomwizard.exchange import ExchangeError
from tomwizard.history.merge import (
    Choice,
    MergeError,
    MergeResult,
    MergeSource,
    apply_merge,
    plan_merge,
)
from tomwizard.inputs import merge_source, same_file
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore, errors
from tomwizard.store.tomw import checked_author

EXIT_OK, EXIT_CONFLICTS = 0, 1


def add_merge_command(sub: Any) -> None:
    """Register ``merge`` on the CLI's subparsers."""
    merge = sub.add_parser("merge", help="Datei des Kunden (.tomw oder .json) übernehmen")
    merge.add_argument("file", type=Path, metavar="DATEI.tomw")
    merge.add_argument("other", type=Path, metavar="KUNDE.tomw|KUNDE.json")
    merge.add_argument("--dry-run", action="store_true", help="nur zeigen, nichts schreiben")
    merge.add_argument(
        "--take",
        choices=("ours", "theirs"),
        help="jeden Konflikt so entscheiden: ours = eigene Fassung, theirs = die des Kunden",
    )
    merge.add_argument("--format", choices=("text", "json"), default="text")
    merge.add_argument("--author", help="Name im Änderungsprotokoll (Standard: Benutzer)")
    merge.set_defaults(handler=cmd_merge)


@dataclass(frozen=True)
class _Outcome:
    result: MergeResult
    take: Choice | None
    status: str  # "conflicts", "nothing", "dry-run", "merged"
    merged: Assessment | None = None  # what the file is to hold ("dry-run", "merged")
    changed: int = 0  # rows written


def cmd_merge(options: argparse.Namespace) -> int:
    target: Path = options.file
    other: Path = options.other
    take: Choice | None = options.take
    author = _author(target, options.author)
    _refuse_same_file(target, other)
    source = _source(other)
    catalog = default_catalog()
    with TomwStore.open(target, readonly=True) as store:
        outcome = _decide(store, source, catalog, take, options.dry_run)
    if outcome.status == "merged":  # again under the write lock: that state is written over
        with closing(OpenAssessment.open(target, catalog, author=author)) as doc:
            if doc.readonly:
                reason = doc.store.readonly_reason or "Die Datei ist nur zum Lesen geöffnet."
                raise errors.ReadOnlyError(doc.path, reason)
            outcome = _decide(doc.store, source, catalog, take, dry_run=False)
            if outcome.merged is not None:
                applied = doc.apply([ReplaceAll(outcome.merged)], f"Zusammenführen mit {other}")
                outcome = _Outcome(outcome.result, take, "merged", outcome.merged, applied.rows)
    if options.format == "json":
        print(json.dumps(_document(target, other, outcome), ensure_ascii=False, indent=2))
    else:
        for line in _text(target, other, outcome):
            print(line)
    return EXIT_CONFLICTS if outcome.status == "conflicts" else EXIT_OK


# -- steps ---------------------------------------------------------------------------------


def _author(target: Path, name: str | None) -> str | None:
    if name is None:
        return None
    try:
        return checked_author(name)
    except ValueError as exc:
        raise errors.StoreError(target, str(exc)) from exc


def _refuse_same_file(target: Path, other: Path) -> None:
    if same_file(target, other):
        raise errors.StoreError(
            other, "Beide Angaben sind dieselbe Datei; als zweite die Datei des Kunden angeben."
        )


def _source(other: Path) -> MergeSource:
    try:
        return merge_source(other)  # the input gate
    except ExchangeError as exc:
        message = str(exc)
        raise errors.StoreError(other, message.removeprefix(f"{other}: ")) from exc


def _decide(
    store: TomwStore, source: MergeSource, catalog: Catalog, take: Choice | None, dry_run: bool
) -> _Outcome:
    ours = store.load()
    try:
        result = plan_merge(store, source, catalog if ours.catalog_id == catalog.id else None)
    except MergeError as exc:
        raise errors.StoreError(store.path, str(exc)) from exc
    if result.conflicts and take is None:
        return _Outcome(result, take, "conflicts")
    try:
        merged = apply_merge(ours, result, {}, default=take)
    except MergeError as exc:
        raise errors.StoreError(store.path, str(exc)) from exc
    if merged == ours:
        return _Outcome(result, take, "nothing")
    return _Outcome(result, take, "dry-run" if dry_run else "merged", merged)


# -- output --------------------------------------------------------------------------------

_TAKEN = {"ours": "eigene Fassung behalten", "theirs": "Fassung des Kunden übernommen"}


def _base_line(result: MergeResult) -> str:
    info = result.base_version
    if info is None:
        return (
            "Keine gemeinsame festgeschriebene Version: was beide Seiten verschieden ausgefüllt "
            "haben, ist ein Konflikt."
        )
    label = f" „{info.label}“" if info.label else ""
    return f"Gemeinsame Basis: Version {info.number}{label} vom {info.when.astimezone():%d.%m.%Y}."


def _text(target: Path, other: Path, outcome: _Outcome) -> list[str]:
    result = outcome.result
    lines = [f"Zusammenführen: {other} → {target}", _base_line(result)]
    if result.auto_applied:
        lines.append(f"Automatisch übernommen ({len(result.auto_applied)}):")
        lines += [f"{n:4}. {e.line('de')}" for n, e in enumerate(result.auto_applied, start=1)]
    if result.conflicts:
        how = f" – entschieden: {_TAKEN[outcome.take]}" if outcome.take else ""
        lines.append(f"Konflikte ({len(result.conflicts)}), eigene → des Kunden{how}:")
        lines += [f"{n:4}. {c.line('de')}" for n, c in enumerate(result.conflicts, start=1)]
    count = len(result.conflicts)
    lines.append(
        {
            "conflicts": f"{count} Konflikt(e) nicht entschieden – nichts geändert. Mit --take "
            "ours (eigene Fassung) oder --take theirs (Fassung des Kunden) entscheiden.",
            "nothing": "Nichts zu ändern.",
            "dry-run": "Probelauf (--dry-run): nichts geschrieben.",
            "merged": f"Zusammengeführt: {outcome.changed} Einträge geändert, jede Änderung im "
            "Änderungsprotokoll.",
        }[outcome.status]
    )
    return lines


def _document(target: Path, other: Path, outcome: _Outcome) -> dict[str, Any]:
    result = outcome.result
    info = result.base_version
    return {
        "file": str(target),
        "other": str(other),
        "base_version": info.model_dump(mode="json") if info is not None else None,
        "status": outcome.status,
        "changed_rows": outcome.changed,
        "auto_applied": [
            {"id": e.entry_id, "line": {"de": e.line("de"), "en": e.line("en")}}
            for e in result.auto_applied
        ],
        "conflicts": [
            {
                "id": c.conflict_id,
                "what": {"de": c.what("de"), "en": c.what("en")},
                "ours": {"de": c.side("ours", "de"), "en": c.side("ours", "en")},
                "theirs": {"de": c.side("theirs", "de"), "en": c.side("theirs", "en")},
                "decision": outcome.take,
            }
            for c in result.conflicts
        ],
    }
