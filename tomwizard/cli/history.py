"""The history commands of the command line: ``tomwizard diff`` and ``tomwizard versions``.

``tomwizard diff FILE.tomw [--from N] [--to N|current] [--format text|json] [--lang de|en]``
prints what changed between two frozen versions or a version and the current state;
``tomwizard versions FILE.tomw [--freeze [--label TEXT] [--author NAME]]`` lists the frozen
versions or freezes the current state ("Version festschreiben"). Errors are StoreErrors, which
``tomwizard.cli.main`` turns into one line on stderr and exit 2.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from tomwizard.content.catalog import default_catalog
from tomwizard.editing.bounds import checked_label
from tomwizard.exchange import ExchangeDocument
from tomwizard.history.changelog import ChangeRecord, FrozenVersion, VersionInfo
from tomwizard.history.versions import CURRENT, diff_versions
from tomwizard.i18n import _, format_datetime, message_language, tr, trn
from tomwizard.inputs import one_line
from tomwizard.models.catalog import LANGUAGES, Catalog, Language
from tomwizard.store import TomwStore, errors
from tomwizard.store.authors import checked_author


def _version_arg(text: str) -> int | None:
    if text == CURRENT:
        return None
    try:
        number = int(text)
    except ValueError:
        number = 0
    if number < 1:
        message = _("„{value}“ ist keine Versionsnummer (1, 2, … oder current)")
        raise argparse.ArgumentTypeError(message.format(value=text))
    return number


def add_history_commands(sub: Any) -> None:
    """Register ``diff`` and ``versions`` on the CLI's subparsers."""
    diff = sub.add_parser("diff", help=_("Änderungen zwischen Versionen ausgeben"))
    diff.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    diff.add_argument(
        "--from",
        dest="from_version",
        type=_version_arg,
        metavar="N",
        help=_("Standard: die letzte"),
    )
    diff.add_argument(
        "--to", dest="to_version", type=_version_arg, default=None, metavar="N|current"
    )
    diff.add_argument("--format", choices=("text", "json"), default="text", metavar="text|json")
    diff.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="|".join(LANGUAGES),
        help=_("Sprache der Zeilen (Vorgabe: die der Meldungen)"),
    )
    diff.set_defaults(handler=cmd_diff)

    versions = sub.add_parser("versions", help=_("festgeschriebene Versionen zeigen oder anlegen"))
    versions.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    versions.add_argument(
        "--freeze", action="store_true", help=_("den jetzigen Stand festschreiben")
    )
    versions.add_argument("--label", help=_("Bezeichnung (Standard: Version der Anlage)"))
    versions.add_argument("--author", help=_("Name im Änderungsprotokoll (Standard: Benutzer)"))
    versions.set_defaults(handler=cmd_versions)


def _catalog_for(store: TomwStore) -> Catalog | None:
    catalog = default_catalog()
    return catalog if store.load().catalog_id == catalog.id else None


def cmd_diff(options: argparse.Namespace) -> int:
    with TomwStore.open(options.file, readonly=True) as store:
        result = diff_versions(store, options.from_version, options.to_version, _catalog_for(store))
    lang: Language = options.lang or message_language()
    if options.format == "json":
        document = {
            "from": result.from_version.model_dump(mode="json"),
            "to": result.to_version.model_dump(mode="json") if result.to_version else CURRENT,
            "changes": [
                {
                    "id": entry.entry_id,
                    **entry.model_dump(mode="json"),
                    "line": {"de": entry.line("de"), "en": entry.line("en")},
                }
                for entry in result.entries
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    count = len(result.entries)
    if count:
        summary = trn(lang, "{n} Änderung:", "{n} Änderungen:", count).format(n=count)
    else:
        summary = tr(lang, "Keine Änderungen.")
    print(one_line(f"{result.title(lang)} – {summary}"))
    for number, line in enumerate(result.lines(lang), start=1):
        print(one_line(f"{number:3}. {line}"))
    return 0


def _version_line(info: VersionInfo) -> str:
    lang = message_language()
    label = (" " + _("„{label}“").format(label=info.label)) if info.label else ""
    line = _("Version {n}{label}: {when}, {author}, Katalog {catalog} {version}, {hash}…")
    return line.format(
        n=info.number,
        label=label,
        when=format_datetime(info.when, lang),
        author=info.author,
        catalog=info.catalog_id,
        version=info.catalog_version,
        hash=info.content_hash[:19],
    )


def cmd_versions(options: argparse.Namespace) -> int:
    if not options.freeze:
        if options.label is not None or options.author is not None:
            raise errors.StoreError(options.file, _("--label und --author gehören zu --freeze."))
        with TomwStore.open(options.file, readonly=True) as store:
            infos = store.versions()
        if not infos:
            print(_("Noch keine festgeschriebene Version."))
        for info in infos:
            print(one_line(_version_line(info)))
        return 0
    author: str | None = options.author
    if author is not None:
        try:
            author = checked_author(author)
        except ValueError as exc:
            raise errors.StoreError(options.file, str(exc)) from exc
    label = checked_label(options.file, options.label)  # before the file is opened
    with TomwStore.open(options.file, author=author) as store:
        if store.readonly:
            reason = store.readonly_reason or _("nur zum Lesen")
            raise errors.ReadOnlyError(store.path, reason)
        info = store.freeze_version(label)
    print(one_line(_("festgeschrieben: {line}").format(line=_version_line(info))))
    return 0


def read_history(path: Path) -> tuple[list[ChangeRecord], list[FrozenVersion]]:
    """The change log and the frozen versions of a file, for the JSON export."""
    with TomwStore.open(path, readonly=True) as store:
        return store.changes(), store.frozen_versions()


def create_from_document(output: Path, document: ExchangeDocument) -> None:
    """``tomwizard import``: a new ``.tomw`` with the document's assessment and history."""
    from tomwizard.content.catalog import default_catalog
    from tomwizard.editing import OpenAssessment

    OpenAssessment.create(
        output,
        default_catalog(),
        document.assessment,
        changelog=document.changelog,
        versions=document.versions,
    ).close()
