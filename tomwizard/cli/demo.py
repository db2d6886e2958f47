"""``tomwizard demo``: the example file and its PDF annex in a folder, both or neither."""

from __future__ import annotations

import argparse
import contextlib
from pathlib import Path

from tomwizard.cli.documents import atomic_output
from tomwizard.cli.guard import EXIT_OK, UsageError, write_failed
from tomwizard.content.catalog import default_catalog
from tomwizard.i18n import _
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore


def cmd_demo(options: argparse.Namespace) -> int:
    catalog = default_catalog()  # first: bad content (TOMWIZARD_FORMS_DIR) leaves no folder
    out_dir: Path = options.output
    if out_dir.exists() and not out_dir.is_dir():
        message = _(
            "{path}: Das ist kein Ordner; bitte einen Ordner für die Beispieldateien angeben."
        )
        raise UsageError(message.format(path=out_dir))
    made = [folder for folder in (out_dir, *out_dir.parents) if not folder.exists()]
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_failed(out_dir, exc) from exc
    try:
        return _write_demo(out_dir, catalog, options.force)
    except BaseException:
        with contextlib.suppress(OSError):  # a full disk: no empty folders left behind
            for folder in made:  # (the deepest first)
                folder.rmdir()
        raise


def _write_demo(out_dir: Path, catalog: Catalog, force: bool) -> int:
    from tomwizard.demo import demo_assessment
    from tomwizard.export.pdf_annex import DEFAULT_PARTS, write_annex_pdf

    tomw, pdf = out_dir / "demo.tomw", out_dir / "demo.pdf"
    for path in (tomw, pdf):
        if path.exists() and not force:
            raise UsageError(
                _("{path} existiert bereits (mit --force ersetzen).").format(path=path)
            )
    assessment = demo_assessment(catalog)
    if tomw.exists():
        tomw.unlink()
    TomwStore.create(tomw, assessment).close()
    try:
        with atomic_output(pdf) as tmp:
            write_annex_pdf(assessment, catalog, tmp, lang="de", parts=DEFAULT_PARTS)
    except BaseException:
        tomw.unlink(missing_ok=True)  # the pair or nothing
        raise
    print(f"{tomw}\n{pdf}")
    return EXIT_OK
