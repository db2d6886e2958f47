"""Bring a ``.tomw`` file to the catalog version of this program (``tomwizard upgrade``, and the
GUI's offer when such a file opens): a backup copy first, then one logged transaction.

The id register's mapping files (:mod:`tomwizard.content.upgrade`) say what became of each
measure id; the report lists what was mapped and what could not be carried over.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from tomwizard.i18n import _
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore, errors
from tomwizard.store.opening import catalog_of


@dataclass(frozen=True)
class FileUpgrade:
    from_version: str
    to_version: str
    lines: list[str] = field(default_factory=list)  # the report, German
    backup: Path | None = None  # None: nothing written (dry run or nothing to do)
    changed: int = 0


def upgrade_backup_path(path: Path, version: str) -> Path:
    return path.with_name(f"{path.name}.catalog{version}.bak")


def needs_upgrade(path: Path, catalog: Catalog) -> str | None:
    """The older catalog version of the file at ``path``, or None when it is current (or
    another catalog, or newer: nothing this program can do). A current file, the usual case
    before every writable open, is not loaded: only its catalog fields are read."""
    named = catalog_of(path)
    if named is None or named[0] != catalog.id or named[1] == catalog.version:
        return None  # unreadable files: opening them says what is wrong
    # the upgrade machinery loads only for an older file, not before every open
    from tomwizard.content.upgrade import UpgradeError
    from tomwizard.history.merge_upgrade import upgrade_in_memory

    with TomwStore.open(path, readonly=True) as store:
        assessment = store.load()
    try:
        upgrade_in_memory(assessment, catalog)
    except UpgradeError:
        return None
    return assessment.catalog_version


def upgrade_file(path: Path, catalog: Catalog, dry_run: bool = False) -> FileUpgrade:
    """Upgrade the closed file at ``path``. Raises StoreError (one German message)."""
    from tomwizard.content.upgrade import UpgradeError
    from tomwizard.history.merge_upgrade import report_lines, upgrade_in_memory

    with TomwStore.open(path, readonly=True) as store:
        assessment = store.load()
    if assessment.catalog_id != catalog.id:
        raise errors.StoreError(
            path,
            _("Die Datei verwendet den Katalog „{theirs}“, nicht „{ours}“.").format(
                theirs=assessment.catalog_id, ours=catalog.id
            ),
        )
    if assessment.catalog_version == catalog.version:
        return FileUpgrade(catalog.version, catalog.version)
    try:
        upgraded, report = upgrade_in_memory(assessment, catalog)
    except UpgradeError as exc:
        raise errors.StoreError(path, str(exc)) from exc
    lines = report_lines(report)
    if dry_run:
        return FileUpgrade(assessment.catalog_version, catalog.version, lines)
    backup = upgrade_backup_path(path, assessment.catalog_version)
    try:  # the closed file as it is, before anything opens it for writing
        shutil.copyfile(path, backup)
        os.chmod(backup, 0o600)
    except OSError as exc:
        raise errors.StoreError(
            path,
            _("Die Sicherungskopie kann nicht angelegt werden ({reason}).").format(
                reason=exc.strerror or exc
            ),
        ) from exc
    with TomwStore.open(path) as store:
        now = store.load().model_copy(update={"assessment_id": assessment.assessment_id})
        if store.readonly or now != assessment:  # (an older file got its identity just now)
            backup.unlink()
            reason = store.readonly_reason or _("Die Datei wurde inzwischen geändert.")
            raise errors.ReadOnlyError(path, reason)
        changed = store.replace_all(upgraded)
    return FileUpgrade(assessment.catalog_version, catalog.version, lines, backup, changed)
