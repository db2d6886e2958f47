"""The assessment's rows in the ``.tomw`` file: write, read, change one, replace all.

Every function runs inside the caller's transaction and logs each change it makes.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from pydantic import BaseModel

from tomwizard.content.yamlsource import without_cycle_collection
from tomwizard.models.assessment import Assessment
from tomwizard.store.fields import assessment_from_rows, field_rows
from tomwizard.store.records import Origin, dumps, insert_change, loads

# table name → change-log kind of its rows
ROW_TABLES = {"custom_measures": "custom", "subprocessors": "subprocessor"}


def model_json(model: BaseModel) -> str:
    return dumps(model.model_dump(mode="json"))


def scalar(conn: sqlite3.Connection, sql: str, *args: object) -> Any:
    row = conn.execute(sql, args).fetchone()
    return None if row is None else row[0]


def write_assessment(conn: sqlite3.Connection, assessment: Assessment) -> None:
    """Fill an empty file (no change-log rows: creating is not a change)."""
    conn.executemany(
        "INSERT INTO fields (path, value) VALUES (?, ?)",
        [(path, dumps(value)) for path, value in field_rows(assessment)],
    )
    conn.executemany(
        "INSERT INTO answers (measure_id, status, data) VALUES (?, ?, ?)",
        [(mid, a.status.value, model_json(a)) for mid, a in assessment.answers.items()],
    )
    conn.executemany(
        "INSERT INTO custom_measures (id, position, data) VALUES (?, ?, ?)",
        [(m.id, i, model_json(m)) for i, m in enumerate(assessment.custom_measures)],
    )
    conn.executemany(
        "INSERT INTO subprocessors (id, position, data) VALUES (?, ?, ?)",
        [(s.id, i, model_json(s)) for i, s in enumerate(assessment.subprocessors)],
    )


def read_assessment(conn: sqlite3.Connection) -> Assessment:
    """Raises ValueError, TypeError, sqlite3.Error or ValidationError on a damaged file.

    Reading makes many objects and no cycles: the cycle collector is paused meanwhile, or with
    a large catalog in memory reading grows faster than the file (bench_scale: 41x the time
    for 30x the measures, 30x without collections)."""
    fields = conn.execute("SELECT path, value FROM fields").fetchall()
    answers = conn.execute("SELECT measure_id, data FROM answers ORDER BY rowid").fetchall()
    custom = conn.execute("SELECT data FROM custom_measures ORDER BY position, rowid").fetchall()
    subs = conn.execute("SELECT data FROM subprocessors ORDER BY position, rowid").fetchall()
    with without_cycle_collection():
        return assessment_from_rows(
            {path: loads(value) for path, value in fields},
            {mid: loads(data) for mid, data in answers},
            [loads(data) for (data,) in custom],
            [loads(data) for (data,) in subs],
        )


def set_field_row(
    conn: sqlite3.Connection, author: str, path: str, new: str, origin: Origin | None = None
) -> bool:
    return _upsert(conn, author, ("fields", "path", path, "value"), new, origin=origin)


def set_answer_row(
    conn: sqlite3.Connection,
    author: str,
    measure_id: str,
    status: str,
    new: str,
    origin: Origin | None = None,
) -> bool:
    return _upsert(conn, author, ("answers", "measure_id", measure_id, "data"), new, status, origin)


def _upsert(
    conn: sqlite3.Connection,
    author: str,
    where: tuple[str, str, str, str],
    new: str,
    status: str | None = None,
    origin: Origin | None = None,
) -> bool:
    """Insert or update one field or answer row (``where``: table, key column, key, value
    column) and log it; an answer row also carries its ``status``. False if nothing changed.
    ``origin``: the merged file whose authors and times the change log keeps."""
    table, key_column, key, column = where
    old = scalar(conn, f"SELECT {column} FROM {table} WHERE {key_column} = ?", key)
    if old == new:
        return False
    names, values = [key_column, column], [key, new]
    if status is not None:
        names.append("status")
        values.append(status)
    updates = ", ".join(f"{name} = excluded.{name}" for name in names[1:])
    conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' * len(names))}) "
        f"ON CONFLICT({key_column}) DO UPDATE SET {updates}",
        values,
    )
    kind = "field" if table == "fields" else "answer"
    insert_change(conn, author, f"{kind}:{key}", old, new, origin)
    return True


def delete_answer_row(
    conn: sqlite3.Connection, author: str, measure_id: str, origin: Origin | None = None
) -> bool:
    old = scalar(conn, "SELECT data FROM answers WHERE measure_id = ?", measure_id)
    if old is None:
        return False
    conn.execute("DELETE FROM answers WHERE measure_id = ?", (measure_id,))
    insert_change(conn, author, f"answer:{measure_id}", old, None, origin)
    return True


def put_row(
    conn: sqlite3.Connection,
    author: str,
    table: str,
    row_id: str,
    new: str,
    position: int | None = None,
    origin: Origin | None = None,
) -> bool:
    """Insert or update a custom measure or subprocessor; ``position`` None appends."""
    kind = ROW_TABLES[table]
    old = scalar(conn, f"SELECT data FROM {table} WHERE id = ?", row_id)
    if old is None:
        if position is None:
            position = scalar(conn, f"SELECT COALESCE(MAX(position) + 1, 0) FROM {table}")
        conn.execute(
            f"INSERT INTO {table} (id, position, data) VALUES (?, ?, ?)", (row_id, position, new)
        )
    else:
        if position is not None:
            conn.execute(f"UPDATE {table} SET position = ? WHERE id = ?", (position, row_id))
        if old == new:
            return False
        conn.execute(f"UPDATE {table} SET data = ? WHERE id = ?", (new, row_id))
    insert_change(conn, author, f"{kind}:{row_id}", old, new, origin)
    return True


def delete_row(
    conn: sqlite3.Connection, author: str, table: str, row_id: str, origin: Origin | None = None
) -> bool:
    old = scalar(conn, f"SELECT data FROM {table} WHERE id = ?", row_id)
    if old is None:
        return False
    conn.execute(f"DELETE FROM {table} WHERE id = ?", (row_id,))
    insert_change(conn, author, f"{ROW_TABLES[table]}:{row_id}", old, None, origin)
    return True


def replace_rows(
    conn: sqlite3.Connection, author: str, assessment: Assessment, origin: Origin | None = None
) -> int:
    """Make the file hold ``assessment``; one change-log row per changed row. Returns the count.

    With ``origin`` (a merge), the rows are logged with the other file's authors and times and
    name that file as their source. The assessment's identity is never replaced.
    """
    changed = 0
    for path, value in field_rows(assessment):
        if path == "assessment_id":
            continue
        changed += set_field_row(conn, author, path, dumps(value), origin)
    for measure_id, answer in assessment.answers.items():
        changed += set_answer_row(
            conn, author, measure_id, answer.status.value, model_json(answer), origin
        )
    stale = {mid for (mid,) in conn.execute("SELECT measure_id FROM answers")}
    for measure_id in sorted(stale - set(assessment.answers)):
        changed += delete_answer_row(conn, author, measure_id, origin)
    parts: dict[str, list[Any]] = {
        "custom_measures": list(assessment.custom_measures),
        "subprocessors": list(assessment.subprocessors),
    }
    for table, items in parts.items():
        for position, item in enumerate(items):
            changed += put_row(conn, author, table, item.id, model_json(item), position, origin)
        present = {row_id for (row_id,) in conn.execute(f"SELECT id FROM {table}")}
        for row_id in sorted(present - {item.id for item in items}):
            changed += delete_row(conn, author, table, row_id, origin)
    return changed
