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
from typing import TYPE_CHECKING

from tomwizard.i18n import N_, _
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore, errors
from tomwizard.store.opening import catalog_of
from tomwizard.store.schema import open_private

if TYPE_CHECKING:
    from tomwizard.editing.assessment import OpenAssessment

UPGRADE_STEP = N_("Katalog aktualisieren")  # the undo step's label (in the message language)


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


def newer_catalog(path: Path, catalog: Catalog) -> str | None:
    """Why the file at ``path`` cannot be opened for writing here: it was made with a newer
    version of ``catalog`` than this program knows (one line, message language); else None.
    Only the catalog fields are read."""
    named = catalog_of(path)
    if named is None or named[0] != catalog.id or named[1] == catalog.version:
        return None
    from tomwizard.content.mappings import NewerCatalogError, UpgradeError, chain, shipped_mappings

    try:
        chain(named[1], catalog.version, shipped_mappings())
    except NewerCatalogError as exc:
        return str(exc)
    except UpgradeError:
        return None
    return None


def upgrade_file(path: Path, catalog: Catalog, dry_run: bool = False) -> FileUpgrade:
    """Upgrade the closed file at ``path``. Raises StoreError (one German message)."""
    done, doc = upgrade_and_open(path, catalog, dry_run)
    if doc is not None:
        doc.close()
    return done


def upgrade_and_open(
    path: Path,
    catalog: Catalog,
    dry_run: bool = False,
    author: str | None = None,
    label: str | None = None,
) -> tuple[FileUpgrade, OpenAssessment | None]:
    """Upgrade the closed file at ``path`` and return it open (None: nothing was written).

    The write goes through :meth:`OpenAssessment.apply` like every other batch change: one
    transaction, its change-log rows, one undo step (``label``, default „Katalog
    aktualisieren“ in the message language), the findings evaluated again; ``author`` names
    the editor in the change log (None: the OS user). Raises StoreError (one German message);
    then the file is unchanged.
    """
    from tomwizard.content.upgrade import UpgradeError
    from tomwizard.editing.assessment import OpenAssessment
    from tomwizard.editing.changes import ReplaceAll
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
        return FileUpgrade(catalog.version, catalog.version), None
    try:
        upgraded, report = upgrade_in_memory(assessment, catalog)
    except UpgradeError as exc:
        raise errors.StoreError(path, str(exc)) from exc
    lines = report_lines(report)
    if dry_run:
        return FileUpgrade(assessment.catalog_version, catalog.version, lines), None
    backup = upgrade_backup_path(path, assessment.catalog_version)
    existed = backup.exists() or backup.is_symlink()
    try:  # the closed file as it is, before anything opens it for writing
        with open(path, "rb") as source, os.fdopen(open_private(backup), "wb") as copy:
            shutil.copyfileobj(source, copy)
    except OSError as exc:
        if not existed:  # (a full disk: no half copy left beside the file)
            backup.unlink(missing_ok=True)
        raise errors.StoreError(
            path,
            _("Die Sicherungskopie kann nicht angelegt werden ({reason}).").format(
                reason=errors.write_reason(exc)
            ),
        ) from exc
    doc = OpenAssessment.open(path, catalog, author=author)
    try:
        now = doc.assessment.model_copy(update={"assessment_id": assessment.assessment_id})
        if doc.readonly or now != assessment:  # (an older file got its identity just now)
            reason = doc.store.readonly_reason or _("Die Datei wurde inzwischen geändert.")
            raise errors.ReadOnlyError(path, reason)
        applied = doc.apply([ReplaceAll(upgraded)], label or _(UPGRADE_STEP.msgid))
    except BaseException:
        doc.close()
        backup.unlink(missing_ok=True)
        raise
    done = FileUpgrade(assessment.catalog_version, catalog.version, lines, backup, applied.rows)
    return done, doc
