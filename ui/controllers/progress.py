"""How far an assessment is: answered measures per section (for badges, summary, recent files)."""

from __future__ import annotations

from dataclasses import dataclass

from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import Catalog, Section


@dataclass(frozen=True)
class Progress:
    answered: int
    total: int

    @property
    def percent(self) -> int:
        return round(100 * self.answered / self.total) if self.total else 100


def section_progress(section: Section, assessment: Assessment | None) -> Progress:
    """A measure counts as answered once its status is anything but ``offen``."""
    ids = [m.id for m in section.measures()]
    if assessment is None:
        return Progress(0, len(ids))
    answered = sum(1 for mid in ids if assessment.answer(mid).status is not Status.OFFEN)
    return Progress(answered, len(ids))


def total_progress(catalog: Catalog, assessment: Assessment | None) -> Progress:
    parts = [section_progress(s, assessment) for s in catalog.sections]
    return Progress(sum(p.answered for p in parts), sum(p.total for p in parts))


def custom_sections(assessment: Assessment | None) -> dict[str, str]:
    """The section of every custom measure (custom id → section id), to count its findings
    in its section's badge and row."""
    if assessment is None:
        return {}
    return {c.id: c.section_id for c in assessment.custom_measures}
