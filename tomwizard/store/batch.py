"""One batch of row changes inside one transaction (``TomwStore.batch()``).

Every method writes its row and its change-log row; all of them commit together or not at
all. The change-log rows of one batch share one time stamp, so they read as one group.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.store.fields import validate_field
from tomwizard.store.records import Origin, dumps, remember_decisions
from tomwizard.store.rows import (
    delete_answer_row,
    delete_row,
    model_json,
    put_row,
    replace_rows,
    scalar,
    set_answer_row,
    set_field_row,
)


class StoreBatch:
    """The writes of one transaction. Each method returns whether a row changed."""

    def __init__(self, conn: sqlite3.Connection, author: str) -> None:
        self._conn = conn
        self._author = author
        self.changed = 0  # rows changed, each with one change-log row
        self._kept: list[tuple[int, int]] = []  # change-log id ranges with their origin's times

    def set_answer(self, measure_id: str, answer: Answer) -> bool:
        status, data = answer.status.value, model_json(answer)
        return self._count(set_answer_row(self._conn, self._author, measure_id, status, data))

    def delete_answer(self, measure_id: str) -> bool:
        return self._count(delete_answer_row(self._conn, self._author, measure_id))

    def set_field(self, path: str, value: Any) -> bool:
        """Raises ValueError for an unknown path or a value the field does not take."""
        new = dumps(validate_field(path, value))
        return self._count(set_field_row(self._conn, self._author, path, new))

    def put_custom_measure(self, measure: CustomMeasure) -> bool:
        data = model_json(measure)
        return self._count(put_row(self._conn, self._author, "custom_measures", measure.id, data))

    def delete_custom_measure(self, measure_id: str) -> bool:
        return self._count(delete_row(self._conn, self._author, "custom_measures", measure_id))

    def put_subprocessor(self, sub: Subprocessor) -> bool:
        return self._count(
            put_row(self._conn, self._author, "subprocessors", sub.id, model_json(sub))
        )

    def delete_subprocessor(self, subprocessor_id: str) -> bool:
        return self._count(delete_row(self._conn, self._author, "subprocessors", subprocessor_id))

    def replace_all(
        self,
        assessment: Assessment,
        origin: Origin | None = None,
        decisions: Iterable[tuple[str, str, str]] = (),
    ) -> int:
        """Make the file hold ``assessment``; returns how many rows changed.

        A merge passes its source's ``origin`` (the change log keeps the customer's authors
        and times and names the source file) and the ``decisions`` it took (remembered for the
        next merge of the same file)."""
        self.remember_decisions(decisions)
        first = self._last_change() + 1
        changed = replace_rows(self._conn, self._author, assessment, origin)
        if origin is not None and changed:
            self._kept.append((first, self._last_change()))
        self.changed += changed
        return changed

    def remember_decisions(self, decisions: Iterable[tuple[str, str, str]]) -> None:
        """Merge decisions (conflict id, other side's value hash, choice); no change-log row."""
        remember_decisions(self._conn, decisions)

    def finish(self) -> None:
        """Give every change-log row of this batch the time of its first one (one group);
        rows written with an origin keep the times they were given."""
        if self.changed > 1:  # the batch's change-log rows are the last ``changed`` ones
            first = self._last_change() - self.changed + 1
            kept = "".join(" AND id NOT BETWEEN ? AND ?" for _ in self._kept)
            self._conn.execute(
                "UPDATE changelog SET at = (SELECT at FROM changelog WHERE id = ?1) "
                f"WHERE id >= ?1{kept}",
                (first, *[bound for pair in self._kept for bound in pair]),
            )

    def _last_change(self) -> int:
        return int(scalar(self._conn, "SELECT COALESCE(MAX(id), 0) FROM changelog"))

    def _count(self, changed: bool) -> bool:
        self.changed += changed
        return changed
