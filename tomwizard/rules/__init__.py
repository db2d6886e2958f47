"""Gap rules as data (forms/rules/*.yaml) and the engine that evaluates them.

Public API:

- ``evaluate(assessment, catalog, today=None) -> list[Finding]``: every finding, most severe first;
- ``Evaluator(catalog)`` with ``full(assessment)`` and ``changed(assessment, target)`` for live use;
- ``load_rules(path=None, catalog=None)`` / ``default_rules()``: the validated rule set;
- ``findings_for(findings, target)`` and ``section_summary(findings, catalog)`` for badges;
- ``merge_by_subject(findings)``: one finding per subject with all its reasons (the report).
"""

from __future__ import annotations

from tomwizard.rules.evaluator import Evaluator, evaluate
from tomwizard.rules.loader import LoadedRule, default_rules, is_rules_source, load_rules
from tomwizard.rules.summary import findings_for, merge_by_subject, section_summary

__all__ = [
    "Evaluator",
    "LoadedRule",
    "default_rules",
    "evaluate",
    "findings_for",
    "is_rules_source",
    "load_rules",
    "merge_by_subject",
    "section_summary",
]
