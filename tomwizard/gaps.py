"""Gap warnings: the engine lives in ``tomwizard.rules``; this module keeps the old entry point.

``evaluate(assessment, catalog, today=None) -> list[Finding]`` returns every finding, most severe
first (the rules are data in forms/rules/*.yaml).
"""

from __future__ import annotations

from tomwizard.rules import Evaluator, evaluate

# Measures the code and tests rely on by name (checked against the catalog by a test).
BACKUP = "verfuegbarkeit.backup"
MELDEFRIST = "vorfall.meldefrist"

__all__ = ["BACKUP", "MELDEFRIST", "Evaluator", "evaluate"]
