"""The start page's lists: the presets, and the recent files with name, progress and open
findings of each (a read-only peek)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from tomwizard.editing import StoreError, load_assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Severity
from tomwizard.rules import evaluate
from ui import settings
from ui.controllers.progress import total_progress
from ui.pages.start_page import StartPage


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


def show_start_lists(page: StartPage, catalog: Catalog, lang: Language, presets: bool) -> None:
    """Fill the start page: the presets (when ``presets``: they never change) and the recent
    files (settings.recent_files(), as they are now)."""
    if presets:  # the presets are read when the start page first shows, not at every start
        from tomwizard.content.presets import list_presets

        page.set_presets(
            [
                (p.id, p.title.get(lang), p.description.get(lang), p.notice.get(lang))
                for p in list_presets()
            ]
        )
    page.set_recent(recent_entries(catalog, settings.recent_files()))
