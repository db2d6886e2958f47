"""One batch of row changes inside one transaction (``TomwStore.batch()``).

Every method writes its row and its change-log row; all of them commit together or not at
all. The change-log rows of one batch share one time stamp, so they read as one group.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.store.fields import validate_field
from tomwizard.store.records import dumps
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

    def replace_all(self, assessment: Assessment) -> int:
        """Make the file hold ``assessment``; returns how many rows changed."""
        changed = replace_rows(self._conn, self._author, assessment)
        self.changed += changed
        return changed

    def finish(self) -> None:
        """Give every change-log row of this batch the time of its first one (one group)."""
        if self.changed > 1:  # the batch's change-log rows are the last ``changed`` ones
            self._conn.execute(
                "UPDATE changelog SET at = (SELECT at FROM changelog WHERE id = ?1) WHERE id >= ?1",
                (self._last_change() - self.changed + 1,),
            )

    def _last_change(self) -> int:
        return int(scalar(self._conn, "SELECT MAX(id) FROM changelog"))

    def _count(self, changed: bool) -> bool:
        self.changed += changed
        return changed
