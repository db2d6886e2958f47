"""Output of the draft-or-final gate on the command line (``export --final``, ``check --final``)."""

from __future__ import annotations

import sys
from pathlib import Path

from tomwizard.i18n import _, message_language
from tomwizard.inputs import one_line
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding
from tomwizard.rules.blockers import Blocker, counts, one_per_subject, open_findings
from tomwizard.shell_words import shell_word


def add_open(findings: list[Finding], assessment: Assessment, catalog: Catalog) -> list[Finding]:
    """``findings`` with the unanswered measures, open Rückfragen and dates before the Stand
    (kind ``offen``), most severe first (stable: rule order within a severity)."""
    every = [*findings, *open_findings(assessment, catalog)]
    return sorted(every, key=lambda f: f.severity.rank)


def finding_json(finding: Finding) -> dict[str, object]:
    """A finding for ``check --format json``: with its kind and whether it blocks the final."""
    return {**finding.model_dump(mode="json"), "blocks_final": finding.blocks_final}


def version_findings(path: Path, assessment: Assessment, catalog: Catalog) -> list[Finding]:
    """The file's answers differ from a frozen version with the same version and Stand: an open
    point beside the rules' findings, that keeps the annex a draft (DSB review 7, M3;
    tomwizard.history.same_version)."""
    from tomwizard.store.opening import has_frozen_versions

    if assessment.organisation.stand is None or not has_frozen_versions(path):
        return []  # nothing to compare (checked without opening the file a second time)
    from tomwizard.history import same_version
    from tomwizard.store import TomwStore

    with TomwStore.open(path, readonly=True) as store:
        return same_version.version_findings(store, assessment, catalog)


def print_blockers(found: list[Blocker], roles: str = "verantwortlicher") -> None:
    """A line with the blockers counted by kind, then one line per blocker (stderr), in the
    role words of ``roles`` (the file's pair)."""
    lang = message_language()
    head = _("Keine Endfassung möglich – {counts}:").format(counts=counts(found, lang))
    print(one_line(f"tomwizard: {head}"), file=sys.stderr)
    for blocker in one_per_subject(found):
        print(one_line(blocker.line(lang, roles)), file=sys.stderr)


def print_draft_notice(out: Path, found: list[Blocker], source: Path | str) -> None:
    """One line on stderr: the annex written is a draft, and why; the command that lists the
    points names the ``source`` file as typed (DSB review 7, N4)."""
    notice = _(
        "{path} ist ein ENTWURF ({counts}; die einzelnen Punkte zeigt „tomwizard check {file} "
        "--final“)."
    )
    lang = message_language()
    text = notice.format(path=out, counts=counts(found, lang), file=shell_word(source))
    print(one_line(f"tomwizard: {text}"), file=sys.stderr)
