"""Small views on a list of findings for the wizard's badges and the report's overview."""

from __future__ import annotations

from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding, Severity


def findings_for(findings: list[Finding], target: str) -> list[Finding]:
    """The findings that point at ``target`` (e.g. ``measure:zugang.mfa``)."""
    return [f for f in findings if target in f.targets]


def section_summary(findings: list[Finding], catalog: Catalog) -> dict[str, dict[Severity, int]]:
    """Per catalog section: how many findings of each severity point into it.

    A finding counts once per section, however many of the section's measures it names.
    """
    section_of = catalog.section_of()
    summary: dict[str, dict[Severity, int]] = {
        s.id: dict.fromkeys(Severity, 0) for s in catalog.sections
    }
    for finding in findings:
        sections: set[str] = set()
        for target in finding.targets:
            kind, _, ident = target.partition(":")
            if kind == "measure" and ident in section_of:
                sections.add(section_of[ident])
            elif kind in ("section",) and ident in summary:
                sections.add(ident)
        for section_id in sections:
            summary[section_id][finding.severity] += 1
    return summary
