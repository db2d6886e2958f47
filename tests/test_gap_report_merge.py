"""The gap report counts each subject once: totals equal the sum of their parts, and one
sub-processor or measure is one entry with all its reasons."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from tests.rules_fixtures import TODAY
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.document.gap_report_open import open_points
from tomwizard.export.gap_chart import section_stats
from tomwizard.export.gap_report import _placed, gap_report_pdf
from tomwizard.models.catalog import Text
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules import evaluate, merge_by_subject
from tomwizard.rules.blockers import blockers
from tomwizard.rules.summary import subject_of


def _finding(rule: str, severity: Severity, targets: list[str], **extra: object) -> Finding:
    text = Text(de=f"Grund {rule}.", en=f"Reason {rule}.")
    return Finding(
        rule_id=rule, severity=severity, text=text, remedy=text, targets=targets, **extra
    )


def test_one_finding_per_subject_with_every_reason() -> None:
    findings = [
        _finding("a", Severity.KRITISCH, ["subprocessor:s"]),
        _finding("b", Severity.HOCH, ["measure:zugang.mfa"]),
        _finding("c", Severity.HOCH, ["field:processing.places", "subprocessor:s"]),
        _finding("d", Severity.MITTEL, ["measure:zugang.mfa"], kind=FindingKind.WIDERSPRUCH),
        _finding("e", Severity.HINWEIS, ["field:processing.places"]),
    ]
    merged = merge_by_subject(findings)
    assert [f.rule_id for f in merged] == ["a, c", "b, d", "e"]
    sub, mfa, places = merged
    assert sub.severity is Severity.KRITISCH and sub.text.de == "Grund a.\nGrund c."
    assert sub.targets == ["subprocessor:s", "field:processing.places"]
    assert mfa.severity is Severity.HOCH and mfa.kind is FindingKind.WIDERSPRUCH
    assert places.text.de == "Grund e."


@pytest.fixture(scope="module")
def demo_findings() -> list[Finding]:
    catalog = default_catalog()
    return evaluate(demo_assessment(catalog), catalog, today=TODAY)


def test_demo_totals_equal_the_sum_of_their_parts(demo_findings: list[Finding]) -> None:
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    shown = merge_by_subject(demo_findings)
    per_severity = [sum(f.severity == s for f in shown) for s in Severity]
    stats = section_stats(assessment, catalog, _placed(shown, assessment, catalog), "de", "x")
    assert sum(per_severity) == len(shown) == sum(stat.findings for stat in stats)
    assert len(shown) < len(demo_findings)  # the demo has subjects with several reasons


def test_demo_report_names_each_subject_once(demo_findings: list[Finding]) -> None:
    catalog = default_catalog()
    pdf = gap_report_pdf(demo_assessment(catalog), catalog, "de", demo_findings, TODAY)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(text.split())
    assert text.count("Betrifft: Unterauftragsverarbeiter „Sendwise Inc.“") == 1
    # with the open points page 1 counts and no rule names (DSB review 7, S2)
    found = blockers(demo_assessment(catalog), catalog, demo_findings)
    shown = merge_by_subject([*demo_findings, *open_points(found, demo_findings)])
    assert len(shown) == len(merge_by_subject(demo_findings)) + 1  # the missing date
    assert len({subject_of(f) for f in shown}) == len(shown)
    assert text.count("Betrifft:") == len(shown)
    total = len(shown)
    assert f"Gesamt {total}" in text or f"{total} Bearbeitungsstand" in text
