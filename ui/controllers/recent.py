"""Recent files for the start page: name, progress and open findings of each (read-only peek)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tomwizard.editing import StoreError, load_assessment
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Severity
from tomwizard.rules import evaluate
from ui.controllers.progress import total_progress


def recent_entries(catalog: Catalog, paths: list[Path]) -> list[tuple[Path, str, str]]:
    """(path, name, detail) per file; a file that is gone or unreadable says so."""
    out = []
    for path in paths:
        if not path.is_file():
            continue
        try:
            assessment = load_assessment(path)
        except StoreError:
            out.append(
                (path, path.name, QCoreApplication.translate("recent", "kann nicht gelesen werden"))
            )
            continue
        progress = total_progress(catalog, assessment)
        findings = evaluate(assessment, catalog)
        critical = sum(1 for f in findings if f.severity is Severity.KRITISCH)
        detail = QCoreApplication.translate(
            "recent", "{percent} % beantwortet · {count} offene Hinweise"
        ).format(percent=progress.percent, count=len(findings))
        if critical:
            detail += " " + QCoreApplication.translate("recent", "({count} kritisch)").format(
                count=critical
            )
        out.append((path, f"{path.name} – {path.parent}", detail))
    return out
