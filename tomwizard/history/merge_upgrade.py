"""Bring the customer's copy to our catalog version before merging (in memory only).

A customer file made with an older catalog version is upgraded with the id register's mapping
files (:mod:`tomwizard.content.upgrade`), exactly as ``tomwizard upgrade`` would; the report of
what was mapped becomes notes of the merge. Our own file is never upgraded here.
"""

from __future__ import annotations

import dataclasses

from tomwizard.content.upgrade import UpgradeError, UpgradeReport, upgrade_answers
from tomwizard.history.merge_source import MergeSource
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog


def report_lines(report: UpgradeReport) -> list[str]:
    """The upgrade report in German, one line per mapped or not carried measure."""
    lines = [f"Katalog {report.from_version} → {report.to_version}:"]
    lines += [f"  übernommen: {note.text.de}" for note in report.carried]
    lines += [f"  nicht übernommen: {note.text.de}" for note in report.not_carried]
    if len(lines) == 1:
        lines[0] += " jede Antwort unverändert übernommen."
    return lines


def upgrade_in_memory(assessment: Assessment, catalog: Catalog) -> tuple[Assessment, UpgradeReport]:
    """``assessment`` carried over to ``catalog``. Raises UpgradeError without a mapping."""
    return upgrade_answers(assessment, assessment.catalog_version, catalog)


def upgraded_source(
    ours: Assessment, source: MergeSource, catalog: Catalog | None
) -> tuple[MergeSource, list[str]]:
    """The source at our catalog version, and what its upgrade reported."""
    from tomwizard.history.merge import MergeError

    theirs = source.assessment
    differ = MergeError(
        f"Die Dateien verwenden verschiedene Kataloge (hier „{ours.catalog_id}“ "
        f"{ours.catalog_version}, beim Kunden „{theirs.catalog_id}“ "
        f"{theirs.catalog_version}); zusammenführen lassen sich nur Dateien mit demselben "
        "Katalog."
    )
    if theirs.catalog_id != ours.catalog_id:
        raise differ
    if theirs.catalog_version == ours.catalog_version:
        return source, []
    if catalog is None or (catalog.id, catalog.version) != (ours.catalog_id, ours.catalog_version):
        raise differ
    try:
        upgraded, report = upgrade_in_memory(theirs, catalog)
        base = source.base
        if base is not None and base.catalog_version != catalog.version:
            base, _ = upgrade_in_memory(base, catalog)
    except UpgradeError as exc:
        raise MergeError(
            f"Die Datei des Kunden verwendet Katalogversion {theirs.catalog_version}, diese "
            f"Datei {ours.catalog_version}; {exc} Ist die eigene Datei die ältere, zuerst "
            "„tomwizard upgrade DATEI.tomw“ ausführen."
        ) from exc
    return dataclasses.replace(source, assessment=upgraded, base=base), report_lines(report)
