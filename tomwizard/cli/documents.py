"""The commands that read one ``.tomw`` and write a document: ``export`` (PDF, DOCX, JSON, XLSX),
``import`` and ``check``. Errors are StoreErrors, ExchangeErrors or UsageErrors, which
``tomwizard.cli.main`` turns into one line on stderr and exit 2."""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from tomwizard.cli.guard import (
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    invalid_choice,
    warn_heavy_logo,
    with_help,
    write_failed,
)
from tomwizard.cli.launch import imports_without_collection
from tomwizard.content.catalog import default_catalog
from tomwizard.export.text_limits import refuse_long_texts, refuse_too_many
from tomwizard.i18n import _, message_language, tr
from tomwizard.inputs import one_line, read_exchange, same_file
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import LANGUAGES, Catalog, Language
from tomwizard.models.finding import Finding, Severity
from tomwizard.store import TomwStore
from tomwizard.store.errors import DamagedError

if TYPE_CHECKING:
    from tomwizard.history.versions import AnnexChanges

Command = Callable[[argparse.Namespace], int]
EXPORT = "tomwizard export"  # the command whose --help a usage error points to


def collection_paused(command: Command) -> Command:
    """``command`` run with the cycle collector paused (and on again afterwards, for a command
    run in-process). An export's objects live until its documents are written: the 80-odd
    young collections of an export (about 8 ms) would find next to nothing to free."""

    @functools.wraps(command)
    def paused(options: argparse.Namespace) -> int:
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return command(options)
        finally:
            if was_enabled:
                gc.enable()

    return paused


@collection_paused
def cmd_export(options: argparse.Namespace) -> int:
    # reportlab and the writers, imported as the program is (see tomwizard.cli.launch): without
    # the collector's scans, and then out of its sight (its one full collection of an export
    # would walk them again: about 25 ms)
    with imports_without_collection():
        from tomwizard.cli.final import print_blockers, print_draft_notice, version_findings
        from tomwizard.export.docx_export import annex_docx, gap_report_docx
        from tomwizard.export.gap_report import gap_report_pdf
        from tomwizard.export.pdf_annex import (
            DEFAULT_PARTS,
            PARTS,
            STYLES,
            VIEW_IDS,
            AnnexOptions,
            annex_pdf,
        )
        from tomwizard.rules import evaluate
        from tomwizard.rules.blockers import blockers

    out: Path = options.output
    options.lang = options.lang or getattr(options, "ui_lang", None) or "de"
    fmt = (options.format or out.suffix.lstrip(".")).lower()  # „--format PDF“ like „.PDF“
    if fmt not in ("pdf", "docx", "json", "xlsx"):
        shown = options.format or out.suffix
        message = _("Unbekanntes Ausgabeformat „{value}“ (möglich: .pdf, .docx, .json, .xlsx)")
        raise UsageError(with_help(message.format(value=shown), EXPORT))
    annex_format = fmt in ("pdf", "docx")  # the annex, as PDF or as Word document
    for option, value, allowed in (
        ("--lang", options.lang, LANGUAGES),
        ("--view", options.view, VIEW_IDS),
        ("--style", options.style, STYLES),
    ):
        if value not in allowed:  # as argparse's own check says it (review 6, N6)
            raise UsageError(with_help(invalid_choice(option, value, allowed), EXPORT))
    parts = [p.strip() for p in options.parts.split(",") if p.strip()]
    if parts == ["all"]:
        parts = list(DEFAULT_PARTS)
    elif parts == ["none"]:
        parts = []
    for part in parts:
        if part not in PARTS:
            message = _(
                "Argument --parts: unbekannter Teil „{value}“ (möglich: {allowed}, all oder none)"
            )
            shown = message.format(value=part, allowed=", ".join(PARTS))
            raise UsageError(with_help(shown, EXPORT))
    report: Path | None = options.gap_report
    refuse_same_file(options.file, out)
    if report is not None:
        refuse_same_file(options.file, report)
        if same_file(report, out):
            message = _("{path}: Anlage und Lückenbericht brauchen zwei Dateinamen.")
            raise UsageError(message.format(path=report))
    assessment = read_assessment(options.file)
    if fmt != "json":  # (the exchange format carries every text as it is)
        refuse_long_texts(options.file, assessment)
        refuse_too_many(options.file, assessment)
    catalog = catalog_for(assessment, options.file) if fmt != "json" or report is not None else None
    changes = changes_for(options, fmt, catalog)
    gated = annex_format or options.final  # a JSON exchange file is neither draft nor final
    # the rules run once: their findings serve the blockers and the gap report alike
    findings = None
    if gated or report is not None:
        catalog = catalog or catalog_for(assessment, options.file)
        findings = evaluate(assessment, catalog)
        findings += version_findings(options.file, assessment, catalog)  # DSB review 7, M3
    found = blockers(assessment, catalog, findings) if gated and catalog is not None else []
    if found and options.final:
        print_blockers(found, assessment.organisation.role_names)
        return EXIT_FINDINGS
    # build everything in memory first: nothing is written unless every document was built
    if fmt == "json":
        from tomwizard.cli.history import read_history
        from tomwizard.exchange import export_json

        content = export_json(assessment, *read_history(options.file)).encode("utf-8")
    elif fmt == "xlsx":  # the action plan (Maßnahmenplan): no annex, no draft mark
        from tomwizard.export.action_plan_xlsx import action_plan_xlsx

        assert catalog is not None
        content = action_plan_xlsx(assessment, catalog, options.lang)
    else:  # the annex, PDF or DOCX
        assert catalog is not None
        annex = AnnexOptions(
            lang=options.lang,
            style=options.style,
            view=options.view,
            parts=tuple(parts),  # checked against PARTS above
            list_entfaellt=options.list_entfaellt,
            changes=changes,
        )
        content = (annex_docx if fmt == "docx" else annex_pdf)(assessment, catalog, annex, found)
    report_content = None
    if report is not None:  # a Word report for REPORT.docx, a PDF otherwise
        assert catalog is not None
        word = report.suffix.lower() == ".docx"
        report_content = (gap_report_docx if word else gap_report_pdf)(
            assessment, catalog, options.lang, findings, found=found if gated else None
        )
    with atomic_output(out) as tmp:  # the report first: when it fails, neither is written
        tmp.write_bytes(content)
        if report is not None and report_content is not None:
            with atomic_output(report) as report_tmp:
                report_tmp.write_bytes(report_content)
    if fmt in ("pdf", "docx") or report is not None:
        warn_heavy_logo(assessment.organisation.letterhead)
    if found and annex_format:
        print_draft_notice(out, found, options.file)
    return EXIT_OK


def cmd_import(options: argparse.Namespace) -> int:
    from tomwizard.cli.history import create_from_document

    source: Path = options.file
    refuse_same_file(source, options.output)
    document = read_exchange(source)  # the input gate: checked before anything is written
    create_from_document(options.output, document)  # with change log and versions
    warn_heavy_logo(document.assessment.organisation.letterhead)  # kept, but not drawn
    _warn_catalog_version(options.output, document.assessment)
    return EXIT_OK


def _warn_catalog_version(path: Path, assessment: Assessment) -> None:
    """A note when the imported file was made with another version of the catalog: a newer
    one needs a newer tomwizard, an older one ``tomwizard upgrade``."""
    from tomwizard.content.mappings import version_key  # only on import

    catalog = default_catalog()
    if assessment.catalog_id != catalog.id or assessment.catalog_version == catalog.version:
        return
    if version_key(assessment.catalog_version) > version_key(catalog.version):
        message = _(
            "Hinweis: Die Datei verwendet Katalogversion {theirs}, neuer als die dieses "
            "Programms ({ours}); bitte tomwizard aktualisieren."
        )
    else:
        message = _(
            "Hinweis: Die Datei verwendet Katalogversion {theirs}, dieses Programm {ours}; "
            "„tomwizard upgrade {path}“ bringt sie auf den Stand."
        )
    text = message.format(theirs=assessment.catalog_version, ours=catalog.version, path=path)
    print(one_line(text), file=sys.stderr)


def cmd_check(options: argparse.Namespace) -> int:
    from tomwizard.history.stand_check import changes_to_check, stand_finding

    with TomwStore.open(options.file, readonly=True) as store:
        assessment = store.load()
        try:  # only for the Stand hint: a damaged change log does not stop the check
            changes = changes_to_check(store)
        except DamagedError:
            changes = []
    from tomwizard.cli.final import add_open, finding_json, print_blockers, version_findings
    from tomwizard.rules import evaluate, merge_by_subject
    from tomwizard.rules.blockers import blockers

    catalog = catalog_for(assessment, options.file)
    findings = evaluate(assessment, catalog)
    findings += version_findings(options.file, assessment, catalog)  # DSB review 7, M3
    found = blockers(assessment, catalog, findings)
    findings = add_open(findings, assessment, catalog)
    stand_hint = stand_finding(assessment, changes)  # review 4, N13: a hint, never a blocker
    findings += [stand_hint] if stand_hint else []
    if options.format == "json":
        print(json.dumps([finding_json(f) for f in findings], ensure_ascii=False, indent=2))
    else:
        roles = assessment.organisation.role_names
        print_findings(merge_by_subject(findings), message_language(), roles)  # one per subject
        if options.final and found:
            print_blockers(found, assessment.organisation.role_names)
    threshold = Severity(options.fail_on).rank
    failed = (options.final and found) or any(f.severity.rank <= threshold for f in findings)
    return EXIT_FINDINGS if failed else EXIT_OK


def read_assessment(path: Path) -> Assessment:
    return TomwStore.read(path)  # checked as a read-only open checks, read once


def catalog_for(assessment: Assessment, path: Path | None = None) -> Catalog:
    catalog = default_catalog()
    if assessment.catalog_id != catalog.id:
        message = _("Die Datei verwendet den Katalog „{id}“, diese Version kennt nur „{known}“.")
        message = message.format(id=assessment.catalog_id, known=catalog.id)
        raise UsageError(f"{path}: {message}" if path is not None else message)
    return catalog


def changes_for(
    options: argparse.Namespace, fmt: str, catalog: Catalog | None
) -> AnnexChanges | None:
    """The appendix asked for with ``--changes-since N`` or ``--changes`` (None: none)."""
    text: str | None = options.changes_since
    if text is None and not options.changes:
        return None
    if fmt not in ("pdf", "docx"):
        raise UsageError(_("--changes und --changes-since gehören zur Anlage (.pdf oder .docx)."))
    since = None
    if text is not None:
        try:  # int() refuses some of what isdigit() takes ("²", 5000 digits)
            since = int(text) if text.strip().isdigit() else 0
        except ValueError:
            since = 0
        if since < 1:
            shown = text if len(text) <= 40 else f"{text[:40]}…"
            message = _("„{value}“ ist keine Versionsnummer (--changes-since 1, 2, …).")
            raise UsageError(message.format(value=shown))
    with TomwStore.open(options.file, readonly=True) as store:
        from tomwizard.history.versions import annex_changes

        found = annex_changes(store, catalog, since)
    if found is None:
        from tomwizard.shell_words import shell_word

        message = _(
            "{path}: Es gibt keine festgeschriebene Version, die vom jetzigen Stand abweicht "
            "(„tomwizard versions {file} --freeze“ legt eine an)."
        )
        raise UsageError(message.format(path=options.file, file=shell_word(options.file)))
    return found


def refuse_same_file(source: Path, out: Path) -> None:
    if same_file(source, out):
        message = _("{path}: Die Ausgabe darf nicht die Eingabedatei überschreiben.")
        raise UsageError(message.format(path=out))


@contextlib.contextmanager
def atomic_output(out: Path) -> Iterator[Path]:
    """Write to a temporary file beside ``out`` and move it into place only on success."""
    if out.is_dir():
        message = _("{path}: Das ist ein Ordner; bitte einen Dateinamen angeben.")
        raise UsageError(message.format(path=out))
    if out.is_symlink() or (out.exists() and not out.is_file()):  # /dev/stdout, a pipe
        message = _(
            "{path}: Das ist eine Verknüpfung oder keine gewöhnliche Datei und wird nicht "
            "ersetzt; bitte einen Dateinamen angeben."
        )
        raise UsageError(message.format(path=out))
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with contextlib.suppress(FileNotFoundError):  # a link left there is never written through
            tmp.unlink()
        yield tmp
        os.replace(tmp, out)
    except OSError as exc:  # a full disk, a missing folder: the user's name, not the temporary
        raise write_failed(out, exc) from exc
    finally:
        with contextlib.suppress(OSError):  # (on a read-only disk: EROFS, nothing to remove)
            tmp.unlink()


def print_findings(
    findings: list[Finding], lang: Language, roles: str = "verantwortlicher"
) -> None:
    """One line per finding in the command line's language and the file's role words (its
    severity stays the id that ``--fail-on`` takes)."""
    from tomwizard.rules.summary import REASON_SEPARATOR

    if not findings:
        print(tr(lang, "Keine Befunde."))
        return
    for finding in findings:
        text = " ".join(finding.said(lang, roles).split(REASON_SEPARATOR))  # merged: one line
        print(one_line(f"[{finding.severity.value}] {finding.rule_id}: {text}"))
