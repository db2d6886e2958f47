"""``tomwizard questionnaire`` and ``tomwizard upgrade``.

``tomwizard questionnaire FILE.tomw -o FRAGEBOGEN.xlsx [--lang de|en] [--only-open]
[--with-entfaellt]`` writes the customer questionnaire (see :mod:`tomwizard.questionnaire`);
the customer's answers come back with ``tomwizard merge FILE.tomw FRAGEBOGEN.xlsx``.

``tomwizard upgrade FILE.tomw [--dry-run]`` carries a file made with an older catalog version
over to the catalog of this program (mapping files of the id register), after a backup copy
``FILE.tomw.catalog<VERSION>.bak``, and prints what was mapped and what could not be carried.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
from pathlib import Path
from typing import Any

from tomwizard.content.catalog import default_catalog
from tomwizard.content.upgrade import UpgradeError
from tomwizard.history.merge_upgrade import report_lines, upgrade_in_memory
from tomwizard.store import TomwStore, errors
from tomwizard.store.opening import same_file


def add_questionnaire_commands(sub: Any) -> None:
    """Register ``questionnaire`` and ``upgrade`` on the CLI's subparsers."""
    questionnaire = sub.add_parser(
        "questionnaire", help="Fragebogen für den Kunden (.xlsx) schreiben"
    )
    questionnaire.add_argument("file", type=Path, metavar="DATEI.tomw")
    questionnaire.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FRAGEBOGEN.xlsx"
    )
    questionnaire.add_argument("--lang", choices=("de", "en"), default="de")
    questionnaire.add_argument(
        "--only-open", action="store_true", help="nur noch offene Maßnahmen abfragen"
    )
    questionnaire.add_argument(
        "--with-entfaellt", action="store_true", help="auch entfallende Maßnahmen abfragen"
    )
    questionnaire.set_defaults(handler=cmd_questionnaire)
    upgrade = sub.add_parser(
        "upgrade", help="Datei auf die Katalogversion dieses Programms bringen"
    )
    upgrade.add_argument("file", type=Path, metavar="DATEI.tomw")
    upgrade.add_argument("--dry-run", action="store_true", help="nur zeigen, nichts schreiben")
    upgrade.set_defaults(handler=cmd_upgrade)


def cmd_questionnaire(options: argparse.Namespace) -> int:
    from tomwizard.questionnaire.write import write_questionnaire

    source: Path = options.file
    out: Path = options.output
    if out.suffix.lower() != ".xlsx":
        raise errors.StoreError(out, "Der Fragebogen wird als .xlsx geschrieben.")
    if same_file(source, out):
        raise errors.StoreError(out, "Die Ausgabe darf nicht die Eingabedatei überschreiben.")
    if out.is_dir():
        raise errors.StoreError(out, "Das ist ein Ordner; bitte einen Dateinamen angeben.")
    with TomwStore.open(source, readonly=True) as store:
        assessment = store.load()
    catalog = default_catalog()
    if (assessment.catalog_id, assessment.catalog_version) != (catalog.id, catalog.version):
        raise errors.StoreError(
            source,
            f"Die Datei verwendet Katalog „{assessment.catalog_id}“ {assessment.catalog_version}"
            f", dieses Programm {catalog.version}; zuerst „tomwizard upgrade {source}“.",
        )
    content = write_questionnaire(
        assessment, catalog, options.lang, options.only_open, options.with_entfaellt
    )
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        tmp.write_bytes(content)
        os.replace(tmp, out)
    except OSError as exc:
        raise errors.StoreError(
            out, f"Der Fragebogen kann nicht geschrieben werden ({exc.strerror or exc})."
        ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    print(out)
    return 0


def upgrade_backup_path(path: Path, version: str) -> Path:
    return path.with_name(f"{path.name}.catalog{version}.bak")


def cmd_upgrade(options: argparse.Namespace) -> int:
    path: Path = options.file
    catalog = default_catalog()
    with TomwStore.open(path, readonly=True) as store:
        assessment = store.load()
    if assessment.catalog_id != catalog.id:
        raise errors.StoreError(
            path,
            f"Die Datei verwendet den Katalog „{assessment.catalog_id}“, nicht „{catalog.id}“.",
        )
    if assessment.catalog_version == catalog.version:
        print(f"{path}: bereits Katalogversion {catalog.version}; nichts zu tun.")
        return 0
    try:
        upgraded, report = upgrade_in_memory(assessment, catalog)
    except UpgradeError as exc:
        raise errors.StoreError(path, str(exc)) from exc
    lines = report_lines(report)
    if options.dry_run:
        print("\n".join([*lines, "Probelauf (--dry-run): nichts geschrieben."]))
        return 0
    backup = upgrade_backup_path(path, assessment.catalog_version)
    try:  # the closed file as it is, before anything opens it for writing
        shutil.copyfile(path, backup)
        os.chmod(backup, 0o600)
    except OSError as exc:
        raise errors.StoreError(
            path, f"Die Sicherungskopie kann nicht angelegt werden ({exc.strerror or exc})."
        ) from exc
    with TomwStore.open(path) as store:
        now = store.load().model_copy(update={"assessment_id": assessment.assessment_id})
        if store.readonly or now != assessment:  # (an older file got its identity just now)
            backup.unlink()
            reason = store.readonly_reason or "Die Datei wurde inzwischen geändert."
            raise errors.ReadOnlyError(path, reason)
        changed = store.replace_all(upgraded)
    print("\n".join(lines))
    print(f"Sicherungskopie: {backup}")
    print(f"Auf Katalogversion {catalog.version} gebracht: {changed} Einträge geändert.")
    return 0
