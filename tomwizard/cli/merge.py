"""``tomwizard merge``: take over what the customer filled in (``.tomw``, JSON or questionnaire).

``tomwizard merge FILE.tomw OTHER(.tomw|.json|.xlsx) [--dry-run] [--take ours|theirs]
[--decide ID=ours|theirs …] [--decisions FILE.json] [--allow-other] [--skip-invalid]
[--format text|json] [--author NAME]``

Both files are compared with the newest frozen version they share (a questionnaire: with the
answers as they were written into it; else an empty assessment): what only the customer changed
is taken over automatically, what both changed differently is a conflict. A conflict is decided
by ``--decide ID=…`` (repeatable), a decisions file (``{"ID": "ours"|"theirs", …}``), an earlier
merge of the same value (remembered in the file), or ``--take`` for all the rest, in that order.
Undecided conflicts: the list is printed and nothing is changed (exit 1). Another assessment's
file is refused (exit 2) unless ``--allow-other``. Invalid questionnaire cells are listed all at
once and nothing is merged (exit 2) unless ``--skip-invalid`` (the valid rows are merged, the
skipped ones listed). The merge is written in one transaction with every change in the change
log (``OpenAssessment.apply``), under the customer's authors and times, each row naming the file
it came from.
``--dry-run`` never writes. Errors are StoreErrors: one message on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tomwizard.cli.guard import warn_heavy_logo
from tomwizard.cli.merge_decisions import decide_all, explicit_decisions
from tomwizard.cli.merge_output import MergeReport
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, ReplaceAll
from tomwizard.editing.bounds import refuse_growth
from tomwizard.history.merge import (
    Choice,
    MergeError,
    MergeResult,
    MergeSource,
    apply_merge,
    plan_merge,
)
from tomwizard.i18n import _, message_language, tr
from tomwizard.input_errors import ExchangeError
from tomwizard.inputs import merge_source, one_line, same_file, shortened
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore, errors
from tomwizard.store.authors import checked_author

EXIT_OK, EXIT_CONFLICTS = 0, 1


def add_merge_command(sub: Any) -> None:
    """Register ``merge`` on the CLI's subparsers."""
    merge = sub.add_parser(
        "merge", help=_("Datei des Kunden (.tomw, .json oder Fragebogen .xlsx) übernehmen")
    )
    merge.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    merge.add_argument("other", type=Path, metavar=_("KUNDE.tomw|KUNDE.json|FRAGEBOGEN.xlsx"))
    merge.add_argument("--dry-run", action="store_true", help=_("nur zeigen, nichts schreiben"))
    merge.add_argument(
        "--take",
        choices=("ours", "theirs"),
        metavar="ours|theirs",
        help=_("jeden Konflikt so entscheiden: ours = eigene Fassung, theirs = die des Kunden"),
    )
    merge.add_argument(
        "--decide",
        action="append",
        default=[],
        metavar="ID=ours|theirs",
        help=_("einen Konflikt entscheiden (wiederholbar; die ID zeigt --format json)"),
    )
    merge.add_argument(
        "--decisions",
        type=Path,
        metavar=_("DATEI.json"),
        help=_('Entscheidungen {"ID": "ours", …}'),
    )
    merge.add_argument(
        "--allow-other",
        action="store_true",
        help=_("auch die Datei einer anderen Beurteilung zusammenführen"),
    )
    merge.add_argument(
        "--skip-invalid",
        action="store_true",
        help=_("Fragebogen: ungültige Zeilen auslassen und den Rest übernehmen"),
    )
    merge.add_argument("--format", choices=("text", "json"), default="text", metavar="text|json")
    merge.add_argument("--author", help=_("Name im Änderungsprotokoll (Standard: Benutzer)"))
    merge.set_defaults(handler=cmd_merge)


@dataclass(frozen=True)
class _Outcome:
    result: MergeResult
    take: Choice | None
    status: str  # "conflicts", "nothing", "dry-run", "merged"
    merged: Assessment | None = None  # what the file is to hold ("dry-run", "merged")
    changed: int = 0  # rows written
    decisions: dict[str, Choice] = field(default_factory=dict)  # how each conflict was decided
    skipped: list[str] = field(default_factory=list)  # questionnaire cells left out


def cmd_merge(options: argparse.Namespace) -> int:
    target: Path = options.file
    other: Path = options.other
    take: Choice | None = options.take
    author = _author(target, options.author)
    _refuse_same_file(target, other)
    given = explicit_decisions(target, options.decide, options.decisions)
    catalog = default_catalog()
    with TomwStore.open(target, readonly=True) as store:
        source = _source(other, store.load(), options.skip_invalid)
        plan = _Plan(source, catalog, take, given, options.allow_other)
        outcome = _decide(store, plan, options.dry_run)
        if outcome.merged is not None:  # refused before the file is opened for writing
            refuse_growth(target, store.load(), [ReplaceAll(outcome.merged)])
    if outcome.status == "merged":  # again under the write lock: that state is written over
        with closing(OpenAssessment.open(target, catalog, author=author)) as doc:
            if doc.readonly:
                reason = doc.store.readonly_reason or _("Die Datei ist nur zum Lesen geöffnet.")
                raise errors.ReadOnlyError(doc.path, reason)
            if other.suffix.lower() == ".xlsx":  # the base is our state: read it again
                source = _source(other, doc.assessment, options.skip_invalid)
                plan = _Plan(source, catalog, take, given, options.allow_other)
            outcome = _decide(doc.store, plan, dry_run=False)
            if outcome.merged is not None:
                rows = tuple(outcome.result.decision_rows(outcome.decisions))
                change = ReplaceAll(outcome.merged, source.origin(), rows)
                # the change log's label: German whatever the messages' language, as the GUI's
                label = tr("de", "Zusammenführen mit {path}").format(path=other)
                applied = doc.apply([change], label)
                warn_heavy_logo(outcome.merged.organisation.letterhead)
                outcome = dataclasses.replace(outcome, changed=applied.rows)
    elif outcome.status == "nothing" and outcome.result.decision_rows(outcome.decisions):
        with TomwStore.open(target, author=author) as store:  # remember "ours" decisions
            if not store.readonly:
                store.remember_decisions(outcome.result.decision_rows(outcome.decisions))
    report = MergeReport(
        outcome.result, outcome.status, outcome.decisions, outcome.changed, outcome.skipped
    )
    if options.format == "json":
        print(json.dumps(report.document(target, other), ensure_ascii=False, indent=2))
    else:
        for line in report.text(target, other, message_language()):
            print(one_line(line))
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
            other, _("Beide Angaben sind dieselbe Datei; als zweite die Datei des Kunden angeben.")
        )


def _source(other: Path, ours: Assessment, skip_invalid: bool) -> MergeSource:
    try:
        return merge_source(other, ours=ours, skip_invalid=skip_invalid)  # the input gate
    except ExchangeError as exc:
        message = str(exc)
        raise errors.StoreError(other, message.removeprefix(f"{other}: ")) from exc


@dataclass(frozen=True)
class _Plan:
    source: MergeSource
    catalog: Catalog
    take: Choice | None
    given: dict[str, Choice]  # --decide and --decisions
    allow_other: bool


def _decide(store: TomwStore, plan: _Plan, dry_run: bool) -> _Outcome:
    ours = store.load()
    catalog = plan.catalog if ours.catalog_id == plan.catalog.id else None
    try:
        result = plan_merge(store, plan.source, catalog, plan.allow_other)
    except MergeError as exc:
        raise errors.StoreError(store.path, str(exc)) from exc
    unknown = sorted(set(plan.given) - {c.conflict_id for c in result.conflicts})
    if unknown:
        message = _("Keinen Konflikt mit der ID „{id}“ (--decide/--decisions).")
        raise errors.StoreError(store.path, message.format(id=shortened(unknown[0])))
    decisions = decide_all(result, plan.given, plan.take)
    skipped = plan.source.skipped
    if len(decisions) < len(result.conflicts):
        return _Outcome(result, plan.take, "conflicts", decisions=decisions, skipped=skipped)
    try:
        merged = apply_merge(ours, result, decisions)
    except MergeError as exc:
        raise errors.StoreError(store.path, str(exc)) from exc
    if merged == ours:
        return _Outcome(result, plan.take, "nothing", decisions=decisions, skipped=skipped)
    status = "dry-run" if dry_run else "merged"
    return _Outcome(result, plan.take, status, merged, decisions=decisions, skipped=skipped)


# -- output: tomwizard/cli/merge_output.py ----------------------------------------------------
