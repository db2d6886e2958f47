"""The rows a section page shows: a subsection heading and its measures, texts already rendered.

The controller builds them from the document (``ui.controllers.section_rows``) and the page
only shows them (``ui.pages.section_page``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon


@dataclass(frozen=True)
class MeasureRow:
    """What the tree shows for one measure (texts already rendered)."""

    measure_id: str  # a catalog id, or "custom:<id>" for the user's own measures
    text: str
    help: str  # rich text for the help panel (escaped by the controller)
    check_state: Qt.CheckState
    status_text: str = ""
    children: tuple[MeasureRow, ...] = ()
    badge: QIcon | None = None  # the most severe finding on this measure
    badge_text: str = ""  # the findings, for the tooltip


@dataclass(frozen=True)
class GroupRow:
    """A subsection: a non-checkable heading row above its measures."""

    group_id: str
    title: str
    measures: tuple[MeasureRow, ...]
    folded: bool = False  # shown closed, in normal type ("7 Maßnahmen entfallen: …")
    tooltip: str = ""
