"""SQL for the change log and the frozen versions of a ``.tomw`` file.

Functions here run inside the caller's transaction (see ``TomwStore._transaction``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypedDict, Unpack

from tomwizard.history.changelog import (
    ChangeRecord,
    FrozenVersion,
    VersionInfo,
    canonical_json,
    content_hash,
    now_utc,
    parse_time,
)

_VERSION_COLUMNS = "number, frozen_at, author, catalog_id, catalog_version, label, content_hash"


def dumps(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def loads(text: str) -> Any:
    """A stored JSON row; ValueError (a damaged file) for a lone UTF-16 surrogate
    (``"\\ud800"``), which tomwizard never writes and which later breaks text handling.
    Only rows with a ``\\u`` escape are walked (tomwizard writes none)."""
    value = json.loads(text)
    if "\\u" in text:
        stack = [value]
        while stack:
            node = stack.pop()
            if isinstance(node, dict):
                stack.extend(node.keys())
                stack.extend(node.values())
            elif isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, str):
                node.encode("utf-8")  # UnicodeEncodeError is a ValueError
    return value


@dataclass(frozen=True)
class Origin:
    """Where merged rows come from: the change log keeps the customer's own author and time
    of each row (``changes``: target → (at, author), from the customer's change log), else
    ``author`` (e.g. the questionnaire's "filled in by") or the merging user, and names the
    ``source`` file in its ``source`` column."""

    source: str
    author: str | None = None
    changes: Mapping[str, tuple[str, str]] = field(default_factory=dict)


def insert_change(
    conn: sqlite3.Connection,
    author: str,
    target: str,
    old: str | None,
    new: str | None,
    origin: Origin | None = None,
) -> None:
    at, source = now_utc(), None
    if origin is not None:
        at, author = origin.changes.get(target, (at, origin.author or author))
        source = origin.source or None
    conn.execute(
        "INSERT INTO changelog (at, author, target, old, new, source) VALUES (?, ?, ?, ?, ?, ?)",
        (at, author, target, old, new, source),
    )


def remember_decisions(conn: sqlite3.Connection, decisions: Iterable[tuple[str, str, str]]) -> None:
    """Keep merge decisions (conflict id, hash of the other side's value, "ours"/"theirs"), so
    that merging the same file again does not ask again."""
    conn.executemany(
        "INSERT INTO merge_decisions (conflict_id, theirs_hash, choice, decided_at) "
        "VALUES (?, ?, ?, ?) ON CONFLICT(conflict_id, theirs_hash) DO UPDATE SET "
        "choice = excluded.choice, decided_at = excluded.decided_at",
        [(cid, value_hash, choice, now_utc()) for cid, value_hash, choice in decisions],
    )


def stored_decisions(conn: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """(conflict id, other side's value hash) → "ours" or "theirs"."""
    cursor = conn.execute("SELECT conflict_id, theirs_hash, choice FROM merge_decisions")
    return {(cid, value_hash): str(choice) for cid, value_hash, choice in cursor}


def import_changes(conn: sqlite3.Connection, records: Iterable[ChangeRecord]) -> None:
    """Write change-log records from an exchange file, keeping their ids and times."""
    rows = []
    for record in records:
        field = record.kind == "field"
        old = dumps(record.old) if record.old is not None or field else None
        new = dumps(record.new) if record.new is not None or field else None
        source = record.source or None
        rows.append((record.id, record.at, record.author, record.target, old, new, source))
    conn.executemany(
        "INSERT INTO changelog (id, at, author, target, old, new, source) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )


# The form of the times tomwizard writes (``now_utc``, every version since the first): ISO 8601
# in UTC with milliseconds, one width, so that their text order is their time order and SQL
# compares them through the index ``changelog_at``. Rows an import or a merge carried over keep
# the text they came with, which may be any ISO 8601 form (``…Z``, ``+02:00``, no
# milliseconds): those rows are found by this pattern and compared in Python.
_UTC_MS = (
    "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9]"
    ".[0-9][0-9][0-9]+00:00"
)
_COLUMNS = "id, at, author, target, old, new, source"
# a change this long before another is earlier on the local clock too (UTC offsets stay under
# a day, however a zone's clock is set back)
_NEIGHBOURS = dt.timedelta(days=2)


def _to_utc(moment: dt.datetime) -> str:
    """``moment`` in the file's form (``_UTC_MS``), cut to milliseconds."""
    if moment.tzinfo is None:
        moment = moment.astimezone()  # a naive time is local time
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds")


class ChangeQuery(TypedDict, total=False):
    """The filters of the change log, all optional: ``section`` a catalog section id (answers
    and custom measures of that section), ``measure`` a measure or custom-measure id,
    ``since``/``until`` a time range (``since`` inclusive, ``until`` exclusive; naive times are
    local), ``author``, ``kinds`` e.g. ``{"answer", "field"}``."""

    section: str | None
    measure: str | None
    since: dt.datetime | None
    until: dt.datetime | None
    author: str | None
    kinds: Iterable[str] | None


def query_changes(conn: sqlite3.Connection, **query: Unpack[ChangeQuery]) -> list[ChangeRecord]:
    """Change-log records, oldest first, filtered by ``query``."""
    section, measure, author = query.get("section"), query.get("measure"), query.get("author")
    kinds = query.get("kinds")
    clauses: list[str] = []
    args: list[object] = []
    if measure is not None:
        clauses.append("target IN (?, ?)")
        args += [f"answer:{measure}", f"custom:{measure}"]
    if author is not None:
        clauses.append("author = ?")
        args.append(author)
    found = _select(conn, clauses, args, query.get("since"), query.get("until"))
    wanted_kinds = set(kinds) if kinds is not None else None
    return [
        record
        for record in found
        if (wanted_kinds is None or record.kind in wanted_kinds)
        and (section is None or record.section_id == section)
    ]


def count_changes(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT COUNT(*) FROM changelog").fetchone()[0])


def latest_changes(
    conn: sqlite3.Connection, skip_kinds: Collection[str] = (), skip_targets: Collection[str] = ()
) -> list[ChangeRecord]:
    """The newest change and the changes of the two days before it (oldest first), without
    the kinds ``skip_kinds`` and the targets ``skip_targets``: whoever looks for the last day
    (in any time zone) on which something changed finds it among these as among all changes,
    without reading the whole log. Rows whose time is not in the file's own form come along
    when they fall in those two days, as ``query_changes`` compares them."""
    clauses = ["target NOT GLOB ?" for _ in skip_kinds]
    args: list[object] = [f"{kind}:*" for kind in skip_kinds]
    if skip_targets:
        clauses.append(f"target NOT IN ({', '.join('?' for _ in skip_targets)})")
        args += list(skip_targets)
    newest = conn.execute(
        f"SELECT at FROM changelog WHERE {' AND '.join(['at GLOB ?', *clauses])} "
        "ORDER BY at DESC LIMIT 1",
        [_UTC_MS, *args],
    ).fetchone()
    since = None
    if newest is not None:  # (none: only rows in another form, all read)
        with contextlib.suppress(OverflowError):  # two days before the year 1: from the start
            since = parse_time(str(newest[0])) - _NEIGHBOURS
    return _select(conn, clauses, args, since, None)


def _select(
    conn: sqlite3.Connection,
    clauses: list[str],
    args: list[object],
    since: dt.datetime | None,
    until: dt.datetime | None,
) -> list[ChangeRecord]:
    """The rows matching ``clauses`` with a time in [``since``, ``until``), oldest first: rows
    in the file's form through the index, the others (usually none) compared in Python."""
    start = None if since is None else _to_utc(since)
    end = None if until is None else _to_utc(until)
    where, values, in_form = list(clauses), list(args), "1"
    if start is not None or end is not None:
        ranges = [(c, b) for c, b in (("at >= ?", start), ("at < ?", end)) if b is not None]
        # the rows in the range through the index, the rows in another form (usually none)
        # by reading the index alone (it holds every ``at``)
        in_range = " AND ".join(["at GLOB ?", *(clause for clause, _bound in ranges)])
        where.append(
            f"id IN (SELECT id FROM changelog WHERE {in_range} "
            "UNION ALL SELECT id FROM changelog WHERE at NOT GLOB ?)"
        )
        values = [_UTC_MS, *values, _UTC_MS, *(bound for _clause, bound in ranges), _UTC_MS]
        in_form = "at GLOB ?"
    cursor = conn.execute(
        f"SELECT {in_form}, {_COLUMNS} FROM changelog "
        f"{'WHERE ' if where else ''}{' AND '.join(where)} ORDER BY id",
        values,
    )
    first = None if start is None else parse_time(start)
    after = None if end is None else parse_time(end)
    found: list[ChangeRecord] = []
    for in_form_row, row_id, at, who, target, old, new, source in cursor:
        record = ChangeRecord(
            id=row_id,
            at=at,
            author=who,
            target=target,
            old=None if old is None else loads(old),
            new=None if new is None else loads(new),
            source=source or "",
        )
        if not in_form_row:
            when = parse_time(record.at)
            if (first is not None and when < first) or (after is not None and when >= after):
                continue
        found.append(record)
    return found


def insert_version(
    conn: sqlite3.Connection, author: str, content: dict[str, object], label: str
) -> VersionInfo:
    canonical = canonical_json(content)
    number = int(conn.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM versions").fetchone()[0])
    info = VersionInfo(
        number=number,
        frozen_at=now_utc(),
        author=author,
        catalog_id=str(content.get("catalog_id", "")),
        catalog_version=str(content.get("catalog_version", "")),
        label=label,
        content_hash=content_hash(canonical),
    )
    _insert_version_row(conn, info, canonical)
    insert_change(conn, author, f"version:{number}", None, dumps(info.model_dump(mode="json")))
    return info


def import_versions(conn: sqlite3.Connection, versions: Iterable[FrozenVersion]) -> None:
    for version in versions:
        _insert_version_row(conn, version.info(), canonical_json(version.content))


def _insert_version_row(conn: sqlite3.Connection, info: VersionInfo, canonical: str) -> None:
    conn.execute(
        f"INSERT INTO versions ({_VERSION_COLUMNS}, content) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            info.number,
            info.frozen_at,
            info.author,
            info.catalog_id,
            info.catalog_version,
            info.label,
            info.content_hash,
            canonical,
        ),
    )


def _info(row: tuple[object, ...]) -> VersionInfo:
    names = [name.strip() for name in _VERSION_COLUMNS.split(",")]
    return VersionInfo.model_validate(dict(zip(names, row, strict=True)))


def list_versions(conn: sqlite3.Connection) -> list[VersionInfo]:
    cursor = conn.execute(f"SELECT {_VERSION_COLUMNS} FROM versions ORDER BY number")
    return [_info(row) for row in cursor]


def read_version(conn: sqlite3.Connection, number: int) -> FrozenVersion | None:
    """The version with its content. ValueError/ValidationError if the content was altered."""
    row = conn.execute(
        f"SELECT {_VERSION_COLUMNS}, content FROM versions WHERE number = ?", (number,)
    ).fetchone()
    if row is None:
        return None
    info = _info(row[:-1])
    return FrozenVersion.model_validate({**info.model_dump(), "content": loads(row[-1])})
