"""Output of the draft-or-final gate on the command line (``export --final``, ``check --final``)."""

from __future__ import annotations

import sys
from pathlib import Path

from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker, counts


def finding_json(finding: Finding) -> dict[str, object]:
    """A finding for ``check --format json``: with its kind and whether it blocks the final."""
    return {**finding.model_dump(mode="json"), "blocks_final": finding.blocks_final}


def print_blockers(found: list[Blocker]) -> None:
    """A line with the blockers counted by kind, then one German line per blocker (stderr)."""
    print(f"tomwizard: Keine Endfassung möglich – {counts(found, 'de')}:", file=sys.stderr)
    for blocker in found:
        print(blocker.line(), file=sys.stderr)


def print_draft_notice(out: Path, found: list[Blocker]) -> None:
    """One line on stderr: the annex written is a draft, and why."""
    print(
        f"tomwizard: {out} ist ein ENTWURF ({counts(found, 'de')}; "
        "die einzelnen Punkte zeigt „tomwizard check DATEI --final“).",
        file=sys.stderr,
    )
