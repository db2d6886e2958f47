"""The undo/redo history of an open assessment: plain Python, no Qt.

Each step holds the batch that was applied and the batch that undoes it. Consecutive edits
with the same merge key (typing into one text field) become one step: the step keeps the
oldest way back and the newest way forward, which is exact because a merge key names one
thing (a field, an answer, a custom measure, a subprocessor) and every change is its full
new state.
"""

from __future__ import annotations

from dataclasses import dataclass

from tomwizard.editing.changes import Change


@dataclass
class Step:
    label: str
    forward: tuple[Change, ...]
    backward: tuple[Change, ...]
    merge_key: str = ""


class UndoHistory:
    def __init__(self) -> None:
        self._steps: list[Step] = []
        self._index = 0  # steps before it are done, steps from it on are undone
        self._merge_key = ""

    @property
    def count(self) -> int:
        return len(self._steps)

    @property
    def index(self) -> int:
        return self._index

    def can_undo(self) -> bool:
        return self._index > 0

    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    def undo_label(self) -> str:
        return self._steps[self._index - 1].label if self.can_undo() else ""

    def redo_label(self) -> str:
        return self._steps[self._index].label if self.can_redo() else ""

    def next_undo(self) -> Step | None:
        return self._steps[self._index - 1] if self.can_undo() else None

    def next_redo(self) -> Step | None:
        return self._steps[self._index] if self.can_redo() else None

    def record(self, step: Step) -> None:
        """A batch was applied: a new step, or merged into the last one (same merge key)."""
        last = self._steps[self._index - 1] if self._index else None
        del self._steps[self._index :]
        if step.merge_key and last is not None and step.merge_key == self._merge_key:
            last.forward = step.forward
            return
        self._merge_key = step.merge_key
        self._steps.append(step)
        self._index = len(self._steps)

    def moved(self, forward: bool) -> None:
        """A step was redone (``forward``) or undone."""
        self._index += 1 if forward else -1
        self._merge_key = ""

    def end_merge(self) -> None:
        """The next edit starts a new step (focus left the field)."""
        self._merge_key = ""

    def clear(self) -> None:
        self._steps.clear()
        self._index = 0
        self._merge_key = ""
