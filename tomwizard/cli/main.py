"""The command line (design card §5). Bad input: one line on stderr, exit 2, nothing modified."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from tomwizard import __version__
from tomwizard.cli.history import add_history_commands, create_from_document, read_history
from tomwizard.cli.merge import add_merge_command
from tomwizard.cli.questionnaire import add_questionnaire_commands
from tomwizard.content.catalog import default_catalog, load_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.history.versions import AnnexChanges, annex_changes
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Finding, Severity
from tomwizard.rules import evaluate
from tomwizard.store import StoreError, TomwStore

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
COMMANDS = (
    *("demo", "export", "import", "check", "catalog", "gui", "diff", "versions", "merge"),
    *("questionnaire", "upgrade"),
)


class UsageError(Exception):
    """Bad input that is not a store, exchange or content error."""


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and not args[0].startswith("-")):
        args = ["gui", *args]  # `tomwizard [FILE.tomw]` starts the GUI
    parser = _parser()
    options = parser.parse_args(args)
    handler: Callable[[argparse.Namespace], int] = options.handler
    try:
        return handler(options)
    except (StoreError, ExchangeError, UsageError) as exc:
        return _fail(str(exc))
    except ContentError as exc:
        for line in exc.lines:
            print(line, file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        return _fail(f"{exc.filename or ''}: {exc.strerror or exc}".lstrip(": "))
    except KeyboardInterrupt:  # pragma: no cover - interactive only
        return 130


def _fail(message: str) -> int:
    print(f"tomwizard: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tomwizard",
        description="TOM-Anlage (Art. 32 DSGVO) zum AVV ausfüllen, prüfen und als PDF ausgeben.",
    )
    parser.add_argument("--version", action="version", version=f"tomwizard {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="BEFEHL")

    gui = sub.add_parser("gui", help="die Oberfläche starten")
    gui.add_argument("file", nargs="?", type=Path, metavar="DATEI.tomw")
    gui.add_argument("--smoke", action="store_true", help="jede Seite einmal zeigen, beenden")
    gui.set_defaults(handler=_cmd_gui)

    demo = sub.add_parser("demo", help="Beispieldatei und ihre PDF-Anlage schreiben")
    demo.add_argument("-o", "--output", type=Path, default=Path("."), metavar="ORDNER")
    demo.add_argument("--force", action="store_true", help="vorhandene Demo-Dateien ersetzen")
    demo.set_defaults(handler=_cmd_demo)

    export = sub.add_parser("export", help="Anlage als PDF oder JSON ausgeben")
    export.add_argument("file", type=Path, metavar="DATEI.tomw")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="AUSGABE")
    export.add_argument("--format", metavar="pdf|json")
    # values are checked in _cmd_export, so that a wrong one gives one line and exit 2
    export.add_argument("--lang", default="de", metavar="de|en")
    export.add_argument("--view", default="catalog", metavar="art32|kontrollen|catalog")
    export.add_argument("--style", default="prose", metavar="checklist|prose")
    export.add_argument(
        "--parts",
        default="",
        metavar="TEILE",
        help="zusätzliche Teile, durch Komma getrennt: processing, subprocessors, signature "
        "oder all",
    )
    export.add_argument(
        "--list-entfaellt",
        action="store_true",
        help="entfallende Maßnahmen mit ihrer Begründung aufführen",
    )
    export.add_argument("--gap-report", type=Path, metavar="BERICHT.pdf")
    since = export.add_mutually_exclusive_group()
    since.add_argument(
        "--changes-since",
        metavar="N",
        help="Anhang „Änderungen gegenüber Version N“ (festgeschriebene Version N)",
    )
    since.add_argument(
        "--changes",
        action="store_true",
        help="Anhang mit den Änderungen gegenüber der letzten abweichenden Version",
    )
    export.set_defaults(handler=_cmd_export)

    imp = sub.add_parser("import", help="JSON-Austauschdatei in eine .tomw-Datei übernehmen")
    imp.add_argument("file", type=Path, metavar="DATEI.json")
    imp.add_argument("-o", "--output", type=Path, required=True, metavar="DATEI.tomw")
    imp.set_defaults(handler=_cmd_import)

    check = sub.add_parser("check", help="Lücken und Widersprüche ausgeben")
    check.add_argument("file", type=Path, metavar="DATEI.tomw")
    check.add_argument("--format", choices=("text", "json"), default="text")
    check.add_argument(
        "--fail-on", choices=[s.value for s in Severity], default=Severity.KRITISCH.value
    )
    check.set_defaults(handler=_cmd_check)

    catalog = sub.add_parser("catalog", help="Katalog-Dateien prüfen")
    catalog_sub = catalog.add_subparsers(dest="catalog_command", required=True, metavar="BEFEHL")
    validate = catalog_sub.add_parser("validate", help="Katalog und Regeln validieren")
    validate.add_argument("path", nargs="?", type=Path, metavar="PFAD")
    validate.set_defaults(handler=_cmd_catalog_validate)
    add_history_commands(sub)  # diff, versions (tomwizard/cli_history.py)
    add_merge_command(sub)  # merge (tomwizard/cli_merge.py)
    add_questionnaire_commands(sub)  # questionnaire, upgrade (tomwizard/cli/questionnaire.py)
    return parser


# -- commands ------------------------------------------------------------------------------


def _cmd_gui(options: argparse.Namespace) -> int:
    # The one place where the core reaches the UI: loaded at run time, never imported.
    try:
        app = importlib.import_module("ui.app")
    except ImportError as exc:
        raise UsageError(f"Die Oberfläche kann nicht geladen werden ({exc}).") from exc
    run_gui: Callable[[Path | None], int] = app.run_gui
    smoke: Callable[[Path | None], int] = app.smoke
    path: Path | None = options.file
    if path is not None:
        TomwStore.open(path, readonly=True).close()  # bad files: one line, exit 2
    if options.smoke:
        return smoke(path)
    if not _has_display():
        raise UsageError(
            "Kein Bildschirm gefunden (DISPLAY/WAYLAND_DISPLAY ist nicht gesetzt). "
            "Ohne Oberfläche: „tomwizard demo -o ORDNER“ schreibt eine Beispieldatei mit PDF."
        )
    return run_gui(path)


def _has_display() -> bool:
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(
        os.environ.get("DISPLAY")
        or os.environ.get("WAYLAND_DISPLAY")
        or os.environ.get("QT_QPA_PLATFORM", "").startswith(("offscreen", "vnc"))
    )


def _cmd_demo(options: argparse.Namespace) -> int:
    from tomwizard.demo import demo_assessment
    from tomwizard.export.pdf_annex import write_annex_pdf

    out_dir: Path = options.output
    out_dir.mkdir(parents=True, exist_ok=True)
    tomw, pdf = out_dir / "demo.tomw", out_dir / "demo.pdf"
    for path in (tomw, pdf):
        if path.exists() and not options.force:
            raise UsageError(f"{path} existiert bereits (mit --force ersetzen).")
    catalog = default_catalog()
    assessment = demo_assessment(catalog)
    if tomw.exists():
        tomw.unlink()
    TomwStore.create(tomw, assessment).close()
    with _atomic_output(pdf) as tmp:
        write_annex_pdf(assessment, catalog, tmp, lang="de")
    print(f"{tomw}\n{pdf}")
    return EXIT_OK


def _cmd_export(options: argparse.Namespace) -> int:
    from tomwizard.export.gap_report import gap_report_pdf
    from tomwizard.export.pdf_annex import PARTS, STYLES, VIEW_IDS, AnnexOptions, annex_pdf

    out: Path = options.output
    fmt = options.format or out.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "json"):
        shown = options.format or out.suffix
        raise UsageError(f"Unbekanntes Ausgabeformat „{shown}“ (möglich: .pdf, .json).")
    for label, value, allowed in (
        ("Unbekannte Sprache (--lang)", options.lang, ("de", "en")),
        ("Unbekannte Sicht (--view)", options.view, VIEW_IDS),
        ("Unbekannter Stil (--style)", options.style, STYLES),
    ):
        if value not in allowed:
            raise UsageError(f"{label} „{value}“ (möglich: {', '.join(allowed)}).")
    parts = [p.strip() for p in options.parts.split(",") if p.strip()]
    if parts == ["all"]:
        parts = list(PARTS)
    for part in parts:
        if part not in PARTS:
            raise UsageError(f"Unbekannter Teil „{part}“ (möglich: {', '.join(PARTS)} oder all).")
    report: Path | None = options.gap_report
    _refuse_same_file(options.file, out)
    if report is not None:
        _refuse_same_file(options.file, report)
        if report.resolve() == out.resolve():
            raise UsageError(f"{report}: Anlage und Lückenbericht brauchen zwei Dateinamen.")
    assessment = _read(options.file)
    catalog = _catalog_for(assessment) if fmt == "pdf" or report is not None else None
    changes = _changes_for(options, fmt, catalog)
    # build everything in memory first: nothing is written unless every document was built
    if fmt == "json":
        content = export_json(assessment, *read_history(options.file)).encode("utf-8")
    else:
        assert catalog is not None
        annex = AnnexOptions(
            lang=options.lang,
            style=options.style,
            view=options.view,
            parts=tuple(parts),  # checked against PARTS above
            list_entfaellt=options.list_entfaellt,
            changes=changes,
        )
        content = annex_pdf(assessment, catalog, annex)
    report_content = None
    if report is not None:
        assert catalog is not None
        report_content = gap_report_pdf(assessment, catalog, options.lang)
    with _atomic_output(out) as tmp:
        tmp.write_bytes(content)
    if report is not None and report_content is not None:
        with _atomic_output(report) as tmp:
            tmp.write_bytes(report_content)
    return EXIT_OK


def _cmd_import(options: argparse.Namespace) -> int:
    source: Path = options.file
    _refuse_same_file(source, options.output)
    if source.is_dir():
        raise UsageError(f"{source}: Das ist ein Ordner, keine JSON-Datei.")
    try:
        text = source.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise UsageError(f"{source}: Die Datei ist kein UTF-8-Text.") from exc
    try:
        document = import_document(text)
    except ExchangeError as exc:
        raise UsageError(f"{source}: {exc}") from exc
    create_from_document(options.output, document)  # with change log and versions
    return EXIT_OK


def _cmd_check(options: argparse.Namespace) -> int:
    assessment = _read(options.file)
    findings = evaluate(assessment, _catalog_for(assessment))
    if options.format == "json":
        print(
            json.dumps([f.model_dump(mode="json") for f in findings], ensure_ascii=False, indent=2)
        )
    else:
        _print_findings(findings, assessment.language)
    threshold = Severity(options.fail_on).rank
    return EXIT_FINDINGS if any(f.severity.rank <= threshold for f in findings) else EXIT_OK


def _cmd_catalog_validate(options: argparse.Namespace) -> int:
    from tomwizard.rules import is_rules_source, load_rules

    path: Path | None = options.path
    if path is not None and is_rules_source(path):
        # a rule file or folder: checked against the shipped catalog
        rules = load_rules(path, catalog=default_catalog())
        print(f"ok: {len(rules)} Regeln in {path}")
        return EXIT_OK
    catalog = load_catalog(path) if path else default_catalog()
    extra = ""
    if path is None:
        from tomwizard.content.countries import countries

        countries()
        extra = f", {len(load_rules(catalog=catalog))} Regeln"
        from tomwizard.content.presets import load_presets
        from tomwizard.content.processing_form import load_processing_form
        from tomwizard.content.upgrade import load_mappings

        load_processing_form()
        load_mappings()
        extra += f", {len(load_presets(catalog=catalog))} Vorlagen"
    count = sum(1 for _ in catalog.measures())
    print(
        f"ok: Katalog „{catalog.id}“ {catalog.version}: {len(catalog.sections)} Abschnitte, "
        f"{count} Maßnahmen{extra}"
    )
    return EXIT_OK


# -- helpers -------------------------------------------------------------------------------


def _read(path: Path) -> Assessment:
    with TomwStore.open(path, readonly=True) as store:
        return store.load()


def _catalog_for(assessment: Assessment) -> Catalog:
    catalog = default_catalog()
    if assessment.catalog_id != catalog.id:
        raise UsageError(
            f"Die Datei verwendet den Katalog „{assessment.catalog_id}“, "
            f"diese Version kennt nur „{catalog.id}“."
        )
    return catalog


def _changes_for(
    options: argparse.Namespace, fmt: str, catalog: Catalog | None
) -> AnnexChanges | None:
    """The appendix asked for with ``--changes-since N`` or ``--changes`` (None: none)."""
    text: str | None = options.changes_since
    if text is None and not options.changes:
        return None
    if fmt != "pdf":
        raise UsageError("--changes und --changes-since gehören zur PDF-Anlage.")
    since = None
    if text is not None:
        if not text.strip().isdigit() or int(text) < 1:
            raise UsageError(f"„{text}“ ist keine Versionsnummer (--changes-since 1, 2, …).")
        since = int(text)
    with TomwStore.open(options.file, readonly=True) as store:
        found = annex_changes(store, catalog, since)
    if found is None:
        raise UsageError(
            f"{options.file}: Es gibt keine festgeschriebene Version, die vom jetzigen Stand "
            "abweicht („tomwizard versions DATEI --freeze“ legt eine an)."
        )
    return found


def _refuse_same_file(source: Path, out: Path) -> None:
    if out.exists() and source.exists() and out.resolve() == source.resolve():
        raise UsageError(f"{out}: Die Ausgabe darf nicht die Eingabedatei überschreiben.")


@contextlib.contextmanager
def _atomic_output(out: Path) -> Iterator[Path]:
    """Write to a temporary file beside ``out`` and move it into place only on success."""
    if out.is_dir():
        raise UsageError(f"{out}: Das ist ein Ordner; bitte einen Dateinamen angeben.")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        yield tmp
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def _print_findings(findings: list[Finding], lang: str) -> None:
    if not findings:
        print("Keine Befunde." if lang == "de" else "No findings.")
        return
    for finding in findings:
        text = finding.text.de if lang == "de" else finding.text.en
        print(f"[{finding.severity.value}] {finding.rule_id}: {text}")
