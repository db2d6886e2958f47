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
from pathlib import Path
from typing import Any

from tomwizard.content.catalog import default_catalog
from tomwizard.export.atomic import replace_file
from tomwizard.history.upgrade_file import upgrade_file
from tomwizard.i18n import _, ngettext
from tomwizard.models.catalog import LANGUAGES, Language
from tomwizard.store import TomwStore, errors
from tomwizard.store.opening import same_file


def add_questionnaire_commands(sub: Any) -> None:
    """Register ``questionnaire`` and ``upgrade`` on the CLI's subparsers."""
    questionnaire = sub.add_parser(
        "questionnaire", help=_("Fragebogen für den Kunden (.xlsx) schreiben")
    )
    questionnaire.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    questionnaire.add_argument(
        "-o", "--output", type=Path, required=True, metavar=_("FRAGEBOGEN.xlsx")
    )
    questionnaire.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="|".join(LANGUAGES),
        help=_("Sprache des Fragebogens (Vorgabe: die Sprache vor dem Befehl, sonst de)"),
    )
    questionnaire.add_argument(
        "--only-open", action="store_true", help=_("nur noch offene Maßnahmen abfragen")
    )
    questionnaire.add_argument(
        "--with-entfaellt", action="store_true", help=_("auch entfallende Maßnahmen abfragen")
    )
    questionnaire.set_defaults(handler=cmd_questionnaire)
    upgrade = sub.add_parser(
        "upgrade", help=_("Datei auf die Katalogversion dieses Programms bringen")
    )
    upgrade.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    upgrade.add_argument("--dry-run", action="store_true", help=_("nur zeigen, nichts schreiben"))
    upgrade.set_defaults(handler=cmd_upgrade)


def cmd_questionnaire(options: argparse.Namespace) -> int:
    from tomwizard.questionnaire.write import write_questionnaire

    source: Path = options.file
    out: Path = options.output
    if out.suffix.lower() != ".xlsx":
        raise errors.StoreError(out, _("Der Fragebogen wird als .xlsx geschrieben."))
    if same_file(source, out):
        raise errors.StoreError(out, _("Die Ausgabe darf nicht die Eingabedatei überschreiben."))
    if out.is_dir():
        raise errors.StoreError(out, _("Das ist ein Ordner; bitte einen Dateinamen angeben."))
    with TomwStore.open(source, readonly=True) as store:
        assessment = store.load()
    catalog = default_catalog()
    if (assessment.catalog_id, assessment.catalog_version) != (catalog.id, catalog.version):
        message = _(
            "Die Datei verwendet Katalog „{id}“ {version}, dieses Programm {ours}; zuerst "
            "„tomwizard upgrade {path}“."
        )
        raise errors.StoreError(
            source,
            message.format(
                id=assessment.catalog_id,
                version=assessment.catalog_version,
                ours=catalog.version,
                path=source,
            ),
        )
    lang: Language = options.lang or getattr(options, "ui_lang", None) or "de"
    content = write_questionnaire(
        assessment, catalog, lang, options.only_open, options.with_entfaellt
    )
    try:
        replace_file(out, content)  # a temporary name beside it, never through a link
    except OSError as exc:
        message = _("Der Fragebogen kann nicht geschrieben werden ({error}).")
        raise errors.StoreError(out, message.format(error=errors.write_reason(exc))) from exc
    print(out)
    return 0


def cmd_upgrade(options: argparse.Namespace) -> int:
    path: Path = options.file
    outcome = upgrade_file(path, default_catalog(), options.dry_run)
    if outcome.from_version == outcome.to_version:
        message = _("{path}: bereits Katalogversion {version}; nichts zu tun.")
        print(message.format(path=path, version=outcome.to_version))
        return 0
    print("\n".join(outcome.lines))
    if outcome.backup is None:
        print(_("Probelauf (--dry-run): nichts geschrieben."))
        return 0
    print(_("Sicherungskopie: {path}").format(path=outcome.backup))
    changed = ngettext(
        "Auf Katalogversion {version} gebracht: {n} Eintrag geändert.",
        "Auf Katalogversion {version} gebracht: {n} Einträge geändert.",
        outcome.changed,
    )
    print(changed.format(version=outcome.to_version, n=outcome.changed))
    return 0
