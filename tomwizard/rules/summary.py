"""Small views on a list of findings for the wizard's badges and the report's overview."""

from __future__ import annotations

from collections.abc import Mapping

from tomwizard.models.catalog import Catalog, Text
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules.references import unite


def findings_for(findings: list[Finding], target: str) -> list[Finding]:
    """The findings that point at ``target`` (e.g. ``measure:zugang.mfa``)."""
    return [f for f in findings if target in f.targets]


def section_summary(
    findings: list[Finding], catalog: Catalog, custom_sections: Mapping[str, str] | None = None
) -> dict[str, dict[Severity, int]]:
    """Per catalog section: how many findings of each severity point into it (at its measures,
    at the section, or at a custom measure of ``custom_sections``: custom id → section id).

    A finding counts once per section, however many of the section's measures it names.
    """
    customs = custom_sections or {}
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
            elif kind == "custom" and customs.get(ident) in summary:
                sections.add(customs[ident])
        for section_id in sections:
            summary[section_id][finding.severity] += 1
    return summary


_KIND_RANK = {FindingKind.WIDERSPRUCH: 0, FindingKind.OFFEN: 1, FindingKind.LUECKE: 2}
REASON_SEPARATOR = "\n"  # between the reasons of a merged finding (the report lists them)


def subject_of(finding: Finding) -> str:
    """What a finding is about: its sub-processor, else its custom measure, else the first
    measure it names, else its first target (a finding without targets is its own subject);
    a subject its rule names comes first."""
    if finding.subject:
        return finding.subject
    for kind in ("subprocessor:", "custom:", "measure:"):
        hit = next((t for t in finding.targets if t.startswith(kind)), None)
        if hit is not None:
            return hit
    return finding.targets[0] if finding.targets else f"rule:{finding.rule_id}"


def merge_by_subject(findings: list[Finding]) -> list[Finding]:
    """One finding per subject with all its reasons, in the order of the first (most severe)
    one: the most severe severity and the weightiest kind, texts and remedies one per line
    (without repeats), targets and references united. Rule ids are joined by ", "."""
    merged = [merge_group(group) for group in group_by_subject(findings)]
    merged.sort(key=lambda f: f.severity.rank)  # stable: the engine's order within a severity
    return merged


def group_by_subject(findings: list[Finding]) -> list[list[Finding]]:
    """The findings grouped by subject, in the order of each subject's first finding."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(subject_of(finding), []).append(finding)
    return list(groups.values())


def merge_group(group: list[Finding]) -> Finding:
    """One finding for findings about one subject (see :func:`merge_by_subject`)."""
    if len(group) == 1:
        return group[0]

    def joined(texts: list[Text]) -> Text:
        de = list(dict.fromkeys(t.de for t in texts))
        en = list(dict.fromkeys(t.en for t in texts))
        return Text(de=REASON_SEPARATOR.join(de), en=REASON_SEPARATOR.join(en))

    return Finding(
        rule_id=", ".join(dict.fromkeys(f.rule_id for f in group)),
        severity=min((f.severity for f in group), key=lambda s: s.rank),
        kind=min((f.kind for f in group), key=_KIND_RANK.__getitem__),
        text=joined([f.text for f in group]),
        remedy=joined([f.remedy for f in group]),
        targets=list(dict.fromkeys(t for f in group for t in f.targets)),
        references=unite([r for f in group for r in f.references]),
        subject=subject_of(group[0]),
    )
