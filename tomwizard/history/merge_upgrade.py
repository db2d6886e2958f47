"""Bring the customer's copy to our catalog version before merging (in memory only).

A customer file made with an older catalog version is upgraded with the id register's mapping
files (:mod:`tomwizard.content.upgrade`), exactly as ``tomwizard upgrade`` would; the report of
what was mapped becomes notes of the merge. Our own file is never upgraded here.
"""

from __future__ import annotations

import dataclasses

from tomwizard.content.upgrade import UpgradeError, UpgradeReport, upgrade_answers
from tomwizard.history.merge_source import MergeSource
from tomwizard.i18n import _, message_language
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog


def report_lines(report: UpgradeReport) -> list[str]:
    """The upgrade report in the message language, one line per mapped or not carried
    measure."""
    lang = message_language()
    versions = {"old": report.from_version, "new": report.to_version}
    if not report.carried and not report.not_carried:
        return [_("Katalog {old} → {new}: jede Antwort unverändert übernommen.").format(**versions)]
    lines = [_("Katalog {old} → {new}:").format(**versions)]
    lines += [_("  übernommen: {note}").format(note=n.text.get(lang)) for n in report.carried]
    lines += [
        _("  nicht übernommen: {note}").format(note=n.text.get(lang)) for n in report.not_carried
    ]
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
        _(
            "Die Dateien verwenden verschiedene Kataloge (hier „{ours}“ {ours_version}, beim "
            "Kunden „{theirs}“ {theirs_version}); zusammenführen lassen sich nur Dateien mit "
            "demselben Katalog."
        ).format(
            ours=ours.catalog_id,
            ours_version=ours.catalog_version,
            theirs=theirs.catalog_id,
            theirs_version=theirs.catalog_version,
        )
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
            base, _report = upgrade_in_memory(base, catalog)
    except UpgradeError as exc:
        message = _(
            "Die Datei des Kunden verwendet Katalogversion {theirs}, diese Datei {ours}; "
            "{reason} Ist die eigene Datei die ältere, zuerst „tomwizard upgrade DATEI.tomw“ "
            "ausführen."
        )
        raise MergeError(
            message.format(theirs=theirs.catalog_version, ours=ours.catalog_version, reason=exc)
        ) from exc
    return dataclasses.replace(source, assessment=upgraded, base=base), report_lines(report)
