"""``tomwizard letterhead FILE.tomw`` shows the file's letterhead ("Briefkopf"); with options
it sets it, as one change-log step (as the dialog on the Organisation page does):

``--logo BILD.png|BILD.svg`` or ``--no-logo``, ``--sender TEXT``, ``--footer TEXT`` (once per
line, up to three; replaces the footer lines; ``--footer ""`` removes them), ``--color #RRGGBB``
(``--color ""``: none). Everything is checked before the file is opened for writing: a bad
image or colour is one line on stderr, exit 2, the file untouched.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tomwizard.cli.guard import EXIT_OK, UsageError
from tomwizard.content.catalog import default_catalog
from tomwizard.editing import OpenAssessment, load_assessment, set_letterhead
from tomwizard.i18n import _, message_language, tr
from tomwizard.inputs import LogoError, one_line, read_logo, shortened
from tomwizard.logo_image import SVG
from tomwizard.models.letterhead import (
    MAX_FOOTER_LINE,
    MAX_FOOTER_LINES,
    MAX_SENDER,
    Letterhead,
)
from tomwizard.store.probe import check_path


def add_letterhead_command(sub: Any) -> None:
    command = sub.add_parser("letterhead", help=_("Briefkopf der Datei zeigen oder setzen"))
    command.add_argument("file", type=Path, metavar=_("DATEI.tomw"))
    logo = command.add_mutually_exclusive_group()
    logo.add_argument("--logo", type=Path, metavar=_("BILD"), help=_("Logo (PNG oder SVG, ≤ 1 MB)"))
    logo.add_argument("--no-logo", action="store_true", help=_("das Logo entfernen"))
    command.add_argument("--sender", metavar="TEXT", help=_("Absenderzeile"))
    command.add_argument(
        "--footer", action="append", metavar="TEXT", help=_("Fußzeile (bis zu dreimal)")
    )
    command.add_argument("--color", metavar="#RRGGBB", help=_("Akzentfarbe ('' für keine)"))
    command.set_defaults(handler=cmd_letterhead)


def cmd_letterhead(options: argparse.Namespace) -> int:
    path: Path = options.file
    check_path(path)
    current = load_assessment(path).organisation.letterhead
    wanted = _wanted(options, current)
    if wanted is None:
        print(_lines(describe(current)))
        return EXIT_OK
    if wanted == current:
        print(_("{path}: Briefkopf unverändert.").format(path=path))
        return EXIT_OK
    opened = OpenAssessment.open(path, default_catalog())
    try:
        # the change log's label: German whatever the messages' language, as the GUI's
        opened.apply(set_letterhead(wanted), tr("de", "Briefkopf ändern"))
    finally:
        opened.close()
    print(_lines(describe(wanted)))
    return EXIT_OK


def _wanted(options: argparse.Namespace, current: Letterhead) -> Letterhead | None:
    """The letterhead the options ask for (None: no option, just show it); UsageError if an
    option's value is refused."""
    changes: dict[str, Any] = {}
    if options.logo is not None:
        try:
            changes["logo"] = read_logo(options.logo)
        except LogoError as exc:
            raise UsageError(exc.en if message_language() == "en" else str(exc)) from exc
    if options.no_logo:
        changes["logo"] = None
    if options.sender is not None:
        changes["sender"] = options.sender.strip()
    if options.footer is not None:
        lines = [line.strip() for line in options.footer if line.strip()]
        if len(lines) > MAX_FOOTER_LINES:
            raise UsageError(_("Höchstens {n} Fußzeilen (--footer).").format(n=MAX_FOOTER_LINES))
        changes["footer"] = lines
    if options.color is not None:
        changes["accent"] = options.color.strip()
    if not changes:
        return None
    try:
        return Letterhead.model_validate({**current.model_dump(), **changes})
    except ValidationError as exc:
        where = str(exc.errors()[0]["loc"][0])
        if where == "accent":
            message = _(
                "--color: „{color}“ ist keine Farbe der Form #RRGGBB (z. B. #1F4E79)."
            ).format(color=shortened(options.color))
        elif where == "sender":
            message = _("--sender: Die Absenderzeile ist zu lang (höchstens {n} Zeichen).").format(
                n=MAX_SENDER
            )
        else:
            message = _("--footer: Eine Fußzeile ist zu lang (höchstens {n} Zeichen).").format(
                n=MAX_FOOTER_LINE
            )
        raise UsageError(message) from exc


def describe(letterhead: Letterhead) -> str:
    if letterhead.empty:
        return _("Kein Briefkopf.")
    logo = letterhead.logo
    kind = _("keins") if logo is None else ("SVG" if logo.media_type == SVG else "PNG")
    size = f" ({-(-len(logo.data) // 1024)} KB)" if logo is not None else ""
    lines = [
        _("Logo: {kind}").format(kind=kind) + size,
        _("Absenderzeile: {text}").format(text=letterhead.sender or "–"),
        *(
            _("Fußzeile {n}: {text}").format(n=n, text=line)
            for n, line in enumerate(letterhead.lines, 1)
        ),
        _("Akzentfarbe: {colour}").format(colour=letterhead.accent or _("keine")),
    ]
    return "\n".join(lines)


def _lines(text: str) -> str:
    """Each line of ``text`` with its control characters shown escaped."""
    return "\n".join(one_line(line) for line in text.split("\n"))
