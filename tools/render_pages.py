"""Render every page and dialog of the wizard to PNG files, for a visual review (issue 6).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/render_pages.py [OUT] [--only VARIANT …]

``make screenshots`` runs it. With ``--guide DIR`` it renders the pictures of the user guide
instead (light palette, German and English): ``DIR/<lang>/<name>.png`` with the names that
docs/guide/*/*.md use (``make guide``).

For every variant (German/English, light/dark palette, and German
with a very long measure text) it opens the demo assessment in a fresh window of 1280×800 and
saves ``OUT/<variant>/NN-<page>.png`` for the start page, every wizard page, the export dialog,
both tabs of the „Verlauf und Versionen“ dialog and interview mode (at 1100×720). QSettings go
to a temporary folder, so the user's recent files, window state and language are neither read
nor changed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QMessageLogContext,
    QSettings,
    Qt,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Language
from tomwizard.store import TomwStore

WIDTH, HEIGHT = 1280, 800
INTERVIEW_SIZE = (1100, 720)
INTERVIEW_SECTION, INTERVIEW_MEASURE = "zutritt", "zutritt.besucherregistrierung"
DEFAULT_OUT = Path("/tmp/tomwizard-pages")
LONG_ID = "lang"
LONG_SECTION = "zugang"
LONG_TEXT = (
    "Die Datenschutzmanagementsystemverantwortlichen überprüfen halbjährlich sämtliche "
    "Berechtigungskonzeptdokumentationen, Zugriffsprotokollauswertungsberichte und "
    "Fernwartungszugangsvereinbarungen der Auftragsverarbeitungsdienstleister auf "
    "Vollständigkeit, Aktualität und Übereinstimmung mit den Informationssicherheitsleitlinien "
    "– Abweichungen werden dokumentiert, bewertet und innerhalb von vierzehn Kalendertagen "
    "behoben."
)


@dataclass(frozen=True)
class Variant:
    name: str
    lang: Language
    dark: bool = False
    long_text: bool = False


VARIANTS = (
    Variant("de-light", "de"),
    Variant("en-light", "en"),
    Variant("de-dark", "de", dark=True),
    Variant("en-dark", "en", dark=True),
    Variant("de-light-long", "de", long_text=True),
    Variant("de-dark-long", "de", dark=True, long_text=True),
)


def dark_palette() -> QPalette:
    """The common dark Fusion palette (as a user's desktop theme might set it)."""
    palette = QPalette()
    base, window, text = QColor(35, 35, 35), QColor(53, 53, 53), QColor(230, 230, 230)
    muted = QColor(130, 130, 130)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(45, 45, 45),
        QPalette.ColorRole.ToolTipBase: QColor(60, 60, 64),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: muted,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: window,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 80, 80),
        QPalette.ColorRole.Link: QColor(100, 160, 255),
        QPalette.ColorRole.LinkVisited: QColor(170, 130, 255),
        QPalette.ColorRole.Highlight: QColor(42, 110, 200),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Light: QColor(70, 70, 74),
        QPalette.ColorRole.Midlight: QColor(60, 60, 64),
        QPalette.ColorRole.Mid: QColor(40, 40, 42),
        QPalette.ColorRole.Dark: QColor(20, 20, 20),
        QPalette.ColorRole.Shadow: QColor(0, 0, 0),
    }
    for role, colour in roles.items():
        palette.setColor(role, colour)
    disabled = QPalette.ColorGroup.Disabled
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(disabled, role, muted)
    palette.setColor(disabled, QPalette.ColorRole.Light, QColor(45, 45, 48))
    return palette


def make_file(folder: Path, variant: Variant) -> Path:
    """The demo assessment in ``folder``, with a frozen version and a change after it."""
    catalog = default_catalog()
    assessment: Assessment = demo_assessment(catalog)
    path = folder / f"{variant.name}.tomw"
    store = TomwStore.create(path, assessment)
    try:
        store.freeze_version("1.0")
        store.set_answer("zugang.mfa", Answer(status=Status.UMGESETZT))
        store.set_field("organisation.version", "1.1")
        if variant.long_text:
            store.put_custom_measure(
                CustomMeasure(
                    id=LONG_ID,
                    section_id=LONG_SECTION,
                    text=LONG_TEXT,
                    answer=Answer(status=Status.GEPLANT, note=LONG_TEXT),
                )
            )
    finally:
        store.close()
    return path


def slug(text: str) -> str:
    cleaned = text.split("\n")[0].casefold()
    for umlaut, plain in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        cleaned = cleaned.replace(umlaut, plain)
    return re.sub(r"[^a-z0-9]+", "-", cleaned).strip("-")[:40] or "page"


def settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def save(widget: QWidget, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(target)):
        raise OSError(f"{target}: cannot be written")
    return target


def grab_modal(
    app: QApplication, target: Path, written: list[Path], ask: Callable[[], object]
) -> None:
    """Run ``ask`` (which opens a modal dialog), save the dialog, then cancel it."""

    def shoot() -> None:
        dialog = app.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, shoot)
            return
        settle(app)
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        written.append(save(dialog, target))
        dialog.close()

    QTimer.singleShot(0, shoot)
    ask()


def render(app: QApplication, variant: Variant, folder: Path, out: Path) -> list[Path]:
    from ui import settings
    from ui.app import build
    from ui.controllers.page_numbers import FIRST_SECTION_PAGE

    path = make_file(folder, variant)
    settings.add_recent_file(path)
    controller = build(None, lang=variant.lang)
    window = controller.window
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    settle(app)
    # As after Ctrl+Enter: focus frames are drawn (Qt clears this when a window activates).
    window.show_keyboard_focus()
    target = out / variant.name
    written: list[Path] = [save(window, target / "00-start.png")]
    if not controller.open_file(path):
        raise RuntimeError(f"{path}: cannot be opened")
    settle(app)
    long_page = FIRST_SECTION_PAGE + controller.section_index(LONG_SECTION)
    for index in range(1, window.page_count()):
        controller.navigation.go_to(index, force=True)
        if variant.long_text and index == long_page:
            controller.jump_to(f"custom:{LONG_ID}")
        window.show_keyboard_focus()  # as after Ctrl+Enter
        settle(app)
        name = slug(window.steps.item(index).text())
        written.append(save(window, target / f"{index:02}-{name}.png"))
    number = window.page_count()
    grab_modal(
        app,
        target / f"{number:02}-export-dialog.png",
        written,
        lambda: controller.exporter.ask(window, variant.lang),
    )
    dialog = controller.history.show()
    if dialog is not None:
        dialog.activateWindow()
        settle(app)
        dialog.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange, True)
        written.append(save(dialog, target / f"{number + 1:02}-history-log.png"))
        dialog.tabs.setCurrentIndex(1)
        settle(app)
        written.append(save(dialog, target / f"{number + 2:02}-history-versions.png"))
        dialog.close()
    written += render_interview(app, controller, target, number + 3)
    window.close()
    settle(app)
    return written


def render_interview(app: QApplication, controller: Any, target: Path, number: int) -> list[Path]:
    """Interview mode at 1100×720 (issue 15): a question, then the inline date line."""
    from ui.controllers.page_numbers import FIRST_SECTION_PAGE

    window = controller.window
    window.resize(*INTERVIEW_SIZE)
    window.activateWindow()  # the history dialog had the focus
    settle(app)
    index = controller.section_index(INTERVIEW_SECTION)
    controller.navigation.go_to(FIRST_SECTION_PAGE + index, force=True)
    window.interview_action.setChecked(True)
    interview = controller.interview.interview(index)
    interview.start_at(INTERVIEW_MEASURE)
    interview.view.focus_answer()
    window.show_keyboard_focus()
    settle(app)
    written = [save(window, target / f"{number:02}-interview.png")]
    interview.answer("geplant")
    window.show_keyboard_focus()
    settle(app)
    written.append(save(window, target / f"{number + 1:02}-interview-geplant.png"))
    interview.view.detail_cancelled.emit()
    window.interview_action.setChecked(False)
    window.resize(WIDTH, HEIGHT)
    settle(app)
    return written


def guide_names(page_count: int) -> dict[int, str]:
    """Position in ``render``'s list of PNGs → the file name the guide uses."""
    return {
        0: "start",
        1: "organisation",
        2: "verarbeitung",
        3: "rahmenbedingungen",
        4: "section",
        page_count - 2: "unterauftragsverarbeiter",
        page_count - 1: "zusammenfassung",
        page_count: "export-dialog",
        page_count + 1: "history-log",
        page_count + 2: "history-versions",
        page_count + 3: "interview",
        page_count + 4: "interview-geplant",
    }


def copy_for_guide(written: list[Path], page_count: int, target: Path) -> None:
    target.mkdir(parents=True, exist_ok=True)
    for position, name in guide_names(page_count).items():
        if position < len(written):
            (target / f"{name}.png").write_bytes(written[position].read_bytes())


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen plugin's „does not support …“ notes; print everything else."""
    if "does not support" not in message:
        print(message, file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", nargs="?", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--only", nargs="*", default=[], metavar="VARIANT", help="e.g. de-light en-dark"
    )
    parser.add_argument("--guide", type=Path, metavar="DIR", help="the user guide's pictures")
    args = parser.parse_args(argv)
    guide_variants = {"de-light": "de", "en-light": "en"}
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    qInstallMessageHandler(_quiet_offscreen)
    from ui.app import application

    with tempfile.TemporaryDirectory(prefix="tomwizard-pages-") as tmp:
        folder = Path(tmp)
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
        app = application()
        app.setStyle("Fusion")
        light = QPalette(app.palette())
        count = 0
        for variant in VARIANTS:
            if args.only and variant.name not in args.only:
                continue
            if args.guide and variant.name not in guide_variants:
                continue
            QSettings().clear()
            app.setPalette(dark_palette() if variant.dark else light)
            out = folder / "pages" if args.guide else args.out
            written = render(app, variant, folder, out)
            if args.guide:
                export = next(p for p in written if p.name.endswith("-export-dialog.png"))
                pages = int(export.name[:2])  # the export dialog is numbered page_count
                copy_for_guide(written, pages, args.guide / guide_variants[variant.name])
            count += len(written)
            print(f"{variant.name}: {len(written)} PNGs in {out / variant.name}")
    print(f"{count} PNGs written.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
