"""The command line (design card §5). Bad input: one line on stderr, exit 2, nothing modified."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from tomwizard import __version__
from tomwizard.cli.demo import cmd_demo
from tomwizard.cli.documents import cmd_check, cmd_export, cmd_import
from tomwizard.cli.guard import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    EXIT_PIPE_CLOSED,
    OneLineParser,
    UsageError,
    argparse_speaking,
    mistyped_command,
    name_with_nul,
    silence_stdout,
    text_not_utf8,
)
from tomwizard.content.catalog import default_catalog, load_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.i18n import (
    _,
    language_from_environment,
    message_language,
    ngettext,
    set_message_language,
)
from tomwizard.input_errors import ExchangeError
from tomwizard.inputs import one_line
from tomwizard.models.catalog import LANGUAGES, Language
from tomwizard.models.finding import Severity
from tomwizard.store import StoreError
from tomwizard.store.probe import check_path

# The CLI-only modules (history, merge, exchange, versions, rules) are imported where they are
# used, so that starting the GUI (`tomwizard FILE.tomw`) does not pay for them.

COMMANDS = (
    *("demo", "export", "import", "check", "catalog", "gui", "diff", "versions", "merge"),
    *("questionnaire", "upgrade", "letterhead"),
)
HISTORY_COMMANDS = ("diff", "versions", "merge", "questionnaire", "upgrade", "letterhead")


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. A reader that closes the pipe early (``tomwizard check F | head``)
    ends the command quietly with 141, as other Unix tools do; 2 stays for bad input."""
    try:
        code = _run(argv)
        sys.stdout.flush()
    except BrokenPipeError:
        silence_stdout()
        return EXIT_PIPE_CLOSED
    return code


def _run(argv: Sequence[str] | None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    args, chosen = message_language_option(args)
    set_message_language(chosen or language_from_environment())
    if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
        if args and (mistyped := mistyped_command(args[0], COMMANDS)) is not None:
            return _fail(mistyped)
        args = ["gui", *args]  # `tomwizard [FILE.tomw]` starts the GUI
    # the history and merge commands' modules load only for them and for --help
    history = args[0] not in COMMANDS or args[0] in HISTORY_COMMANDS
    with argparse_speaking(message_language()):  # "Aufruf:", "Optionen" … in German
        parser = _parser(gui_only=args[0] == "gui", history=history)
        options = parser.parse_args(args)
    handler: Callable[[argparse.Namespace], int] = options.handler
    try:
        if (named := name_with_nul(options)) is not None:
            raise UsageError(_("{name}: Der Dateiname enthält ein Nullzeichen.").format(name=named))
        if (not_utf8 := text_not_utf8(options)) is not None:  # (a terminal not set to UTF-8)
            raise UsageError(not_utf8)
        options.ui_lang = chosen  # the documents' language when their own --lang is not given
        return handler(options)
    except (StoreError, UsageError, ExchangeError) as exc:
        if any(getattr(e, "several_lines", False) for e in (exc, exc.__cause__)):
            head, *details = str(exc).split("\n")  # e.g. every invalid questionnaire cell
            _fail(head)
            for line in details:
                print(one_line(line), file=sys.stderr)
            return EXIT_BAD_INPUT
        return _fail(str(exc))
    except ContentError as exc:
        if handler is not _cmd_catalog_validate:  # elsewhere one line, as for any bad input
            more = len(exc.lines) - 1
            hint = (
                " " + _("(und {n} weitere; „tomwizard catalog validate“ zeigt alle)").format(n=more)
                if more
                else ""
            )
            return _fail(f"{exc.lines[0] if exc.lines else exc}{hint}")
        for line in exc.lines:  # the validator's report: every error with file, line, field
            print(one_line(line), file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        raise
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        return 130


def _fail(message: str) -> int:
    print(f"tomwizard: {one_line(message)}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser(gui_only: bool = False, history: bool = True) -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="tomwizard",
        description=_("TOM-Anlage (Art. 32 DSGVO) zum AVV ausfüllen, prüfen und als PDF ausgeben."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tomwizard {__version__}",
        help=_("die Versionsnummer zeigen und beenden"),  # argparse < 3.13 has no msgid for it
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        metavar="|".join(LANGUAGES),  # as the other options' lists (review 6, N6)
        help=_(
            "Sprache der Meldungen und Hilfe (vor dem Befehl; sonst aus LANGUAGE, LC_ALL, "
            "LC_MESSAGES, LANG; Vorgabe Deutsch)"
        ),
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar=_("BEFEHL"))
    file_tomw = _("DATEI.tomw")

    gui = sub.add_parser("gui", help=_("die Oberfläche starten"))
    gui.add_argument("file", nargs="?", type=Path, metavar=file_tomw)
    gui.add_argument("--smoke", action="store_true", help=_("jede Seite einmal zeigen, beenden"))
    gui.set_defaults(handler=_cmd_gui)
    if gui_only:  # the GUI start needs no other command
        return parser

    demo = sub.add_parser("demo", help=_("Beispieldatei und ihre PDF-Anlage schreiben"))
    demo.add_argument("-o", "--output", type=Path, default=Path("."), metavar=_("ORDNER"))
    demo.add_argument("--force", action="store_true", help=_("vorhandene Demo-Dateien ersetzen"))
    demo.set_defaults(handler=cmd_demo)

    export = sub.add_parser(
        "export",
        help=_("Anlage als PDF oder Word (.docx), JSON oder Maßnahmenplan (.xlsx) ausgeben"),
    )
    export.add_argument("file", type=Path, metavar=file_tomw, help=_("die Datei der Anlage"))
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar=_("AUSGABE"),
        help=_("Zieldatei; ohne --format bestimmt ihre Endung das Format"),
    )
    export.add_argument(
        "--format",
        metavar="pdf|docx|json|xlsx",
        help=_("Ausgabeformat (Vorgabe: nach der Endung der Zieldatei)"),
    )
    # values are checked in cmd_export, so that a wrong one gives one line and exit 2
    export.add_argument(
        "--lang",
        metavar="de|en",
        help=_("Sprache des Dokuments (Vorgabe: die Sprache vor dem Befehl, sonst de)"),
    )
    export.add_argument(
        "--view",
        default="catalog",
        metavar="art32|kontrollen|catalog",
        help=_(
            "Gliederung der Maßnahmen: art32 (nach Art. 32 Abs. 1 DSGVO), kontrollen "
            "(Zutritts-, Zugangskontrolle usw.) oder catalog (nach dem Katalog); "
            "Vorgabe: %(default)s"
        ),
    )
    export.add_argument(
        "--style",
        default="prose",
        metavar="checklist|prose",
        help=_("checklist (Ankreuzliste ☒/◐/⊘) oder prose (Fließtext); Vorgabe: %(default)s"),
    )
    export.add_argument(
        "--parts",
        default="all",  # as the export dialog: DEFAULT_PARTS
        metavar=_("TEILE"),
        help=_(
            "Teile außer den Maßnahmen, durch Komma getrennt: processing, subprocessors, "
            "signature; all (Vorgabe, wie im Export-Dialog) oder none"
        ),
    )
    export.add_argument(
        "--list-entfaellt",
        action="store_true",
        help=_("entfallende Maßnahmen mit ihrer Begründung aufführen"),
    )
    export.add_argument(
        "--gap-report",
        type=Path,
        metavar=_("BERICHT.pdf"),
        help=_("interner Lückenbericht dazu (BERICHT.docx: als Word-Dokument)"),
    )
    export.add_argument(
        "--final",
        action="store_true",
        help=_("nur eine Endfassung schreiben: mit offenen Punkten nichts schreiben, Exit 1"),
    )
    since = export.add_mutually_exclusive_group()
    since.add_argument(
        "--changes-since",
        metavar="N",
        help=_("Anhang „Änderungen gegenüber Version N“ (festgeschriebene Version N)"),
    )
    since.add_argument(
        "--changes",
        action="store_true",
        help=_("Anhang mit den Änderungen gegenüber der letzten abweichenden Version"),
    )
    export.set_defaults(handler=cmd_export)

    imp = sub.add_parser("import", help=_("JSON-Austauschdatei in eine .tomw-Datei übernehmen"))
    imp.add_argument("file", type=Path, metavar=_("DATEI.json"))
    imp.add_argument("-o", "--output", type=Path, required=True, metavar=file_tomw)
    imp.set_defaults(handler=cmd_import)

    check = sub.add_parser("check", help=_("Lücken und Widersprüche ausgeben"))
    check.add_argument("file", type=Path, metavar=file_tomw)
    check.add_argument("--format", choices=("text", "json"), default="text", metavar="text|json")
    levels = [s.value for s in Severity]
    check.add_argument(
        "--fail-on", choices=levels, default=Severity.KRITISCH.value, metavar="|".join(levels)
    )
    check.add_argument(
        "--final",
        action="store_true",
        help=_("Exit 1, wenn etwas eine Endfassung verhindert (offene Punkte, Widersprüche)"),
    )
    check.set_defaults(handler=cmd_check)

    catalog = sub.add_parser("catalog", help=_("Katalog-Dateien prüfen"))
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True, metavar=_("BEFEHL"))
    validate = catalog_sub.add_parser("validate", help=_("Katalog und Regeln validieren"))
    validate.add_argument("path", nargs="?", type=Path, metavar=_("PFAD"))
    validate.set_defaults(handler=_cmd_catalog_validate)
    if not history:
        return parser
    from tomwizard.cli.history import add_history_commands
    from tomwizard.cli.letterhead import add_letterhead_command
    from tomwizard.cli.merge import add_merge_command
    from tomwizard.cli.questionnaire import add_questionnaire_commands

    add_history_commands(sub)  # diff, versions (tomwizard/cli_history.py)
    add_merge_command(sub)  # merge (tomwizard/cli_merge.py)
    add_questionnaire_commands(sub)  # questionnaire, upgrade (tomwizard/cli/questionnaire.py)
    add_letterhead_command(sub)  # letterhead (tomwizard/cli/letterhead.py)
    return parser


# -- commands ------------------------------------------------------------------------------


def _cmd_gui(options: argparse.Namespace) -> int:
    path: Path | None = options.file  # a bad file: the window opens with the error dialog
    if options.smoke:
        return _gui_entry("smoke")(path)
    run_gui = _gui_entry("run")  # each lookup reads every installed package's entry points
    if not _has_display():
        raise UsageError(
            _(
                "Kein Bildschirm gefunden (DISPLAY/WAYLAND_DISPLAY ist nicht gesetzt). Ohne "
                "Oberfläche: „tomwizard demo -o ORDNER“ schreibt eine Beispieldatei mit PDF."
            )
        )
    return run_gui(path, options.ui_lang)  # `tomwizard --lang en`: this run in English


def _gui_entry(name: str) -> Callable[..., int]:
    """The GUI's ``run`` or ``smoke`` function. The core names no GUI module: the package that
    ships the GUI registers them in the entry-point group ``tomwizard.gui`` (pyproject.toml)."""
    from tomwizard.cli.gui_entry import gui_entry_points, load
    from tomwizard.cli.launch import imports_without_collection

    for target in gui_entry_points(name):  # (module, attribute)
        try:
            if target[0] in sys.modules:  # loaded before (the other entry point, tests)
                found: Callable[..., int] = load(target)
            else:
                with imports_without_collection():  # the GUI's modules: see launch.py
                    found = load(target)
        except ImportError as exc:
            raise UsageError(
                _("Die Oberfläche kann nicht geladen werden ({error}).").format(error=exc)
            ) from exc
        return found
    raise UsageError(
        _("Die Oberfläche ist nicht installiert (Einstiegspunkt „tomwizard.gui“ fehlt).")
    )


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "vnc"))
    )


def _cmd_catalog_validate(options: argparse.Namespace) -> int:
    from tomwizard.rules import is_rules_source, load_rules

    path: Path | None = options.path
    if path is not None and not path.is_dir():
        check_path(path, _("keine Katalog- oder Regeldatei"))  # the gate: no pipe, loop, device
    if path is not None and is_rules_source(path):
        # a rule file or folder: checked against the shipped catalog
        rules = load_rules(path, catalog=default_catalog())
        print(_("ok: {n} Regeln in {path}").format(n=len(rules), path=path))
        return EXIT_OK
    catalog = load_catalog(path) if path else default_catalog()
    extra = ""
    if path is None:
        from tomwizard.content.countries import countries

        countries()
        rules = load_rules(catalog=catalog)
        extra = ", " + ngettext("{n} Regel", "{n} Regeln", len(rules)).format(n=len(rules))
        from tomwizard.content.presets import load_presets
        from tomwizard.content.processing_form import load_processing_form
        from tomwizard.content.upgrade import load_mappings

        load_processing_form()
        load_mappings()
        from tomwizard.content.synonyms import synonyms
        from tomwizard.content.views import view_specs

        view_specs()  # the export's views and the search's synonyms: checked here too
        synonyms()
        presets = load_presets(catalog=catalog)
        extra += ", " + ngettext("{n} Vorlage", "{n} Vorlagen", len(presets)).format(n=len(presets))
    count = sum(1 for _ in catalog.measures())
    from tomwizard.content.questions import without_question

    unasked = without_question(catalog)
    if unasked:
        more = " " + _("(und {n} weitere)").format(n=len(unasked) - 5) if len(unasked) > 5 else ""
        hint = ngettext(
            "Hinweis: {n} Maßnahme ohne Interviewfrage: {ids}",
            "Hinweis: {n} Maßnahmen ohne Interviewfrage: {ids}",
            len(unasked),
        )
        print(hint.format(n=len(unasked), ids=", ".join(unasked[:5])) + more, file=sys.stderr)
    sections = ngettext("{n} Abschnitt", "{n} Abschnitte", len(catalog.sections))
    measures = ngettext("{n} Maßnahme", "{n} Maßnahmen", count)
    print(
        _("ok: Katalog „{id}“ {version}: {sections}, {measures}").format(
            id=catalog.id,
            version=catalog.version,
            sections=sections.format(n=len(catalog.sections)),
            measures=measures.format(n=count),
        )
        + extra
    )
    return EXIT_OK


# -- helpers -------------------------------------------------------------------------------


def message_language_option(args: list[str]) -> tuple[list[str], Language | None]:
    """``--lang de|en`` before the command (the language of messages and help), taken out of
    ``args`` so that the rest parses as before; an unknown value is left for argparse to refuse."""
    for index, arg in enumerate(args):
        if arg in COMMANDS or not arg.startswith("-"):
            break  # the command, or the file of `tomwizard FILE.tomw`: later --lang are its own
        if arg == "--lang" and index + 1 < len(args):
            value, width = args[index + 1], 2
        elif arg.startswith("--lang="):
            value, width = arg.removeprefix("--lang="), 1
        else:
            continue
        if value in LANGUAGES:
            return [*args[:index], *args[index + width :]], "en" if value == "en" else "de"
    return args, None
