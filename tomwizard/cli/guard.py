"""The command line's side of the input gate: one line for usage errors, file names without
NUL, and a quiet end when the reader of stdout has gone (``tomwizard check F | head``)."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from tomwizard.i18n import _, argparse_translations, format_number, message_language
from tomwizard.inputs import one_line
from tomwizard.models.catalog import Language
from tomwizard.store.errors import write_reason

if TYPE_CHECKING:
    from tomwizard.models.letterhead import Letterhead

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2
EXIT_PIPE_CLOSED = 141  # 128 + SIGPIPE: what a shell reports for `yes | head`


class UsageError(Exception):
    """Bad input that is not a store, exchange or content error."""


def write_failed(path: Path, exc: OSError) -> UsageError:
    """The error for an output file that could not be written, naming the file the user gave
    (not the temporary one beside it) and the reason in the user's language."""
    message = _("{path}: Die Datei kann nicht geschrieben werden ({reason}).")
    return UsageError(message.format(path=path, reason=write_reason(exc)))


class OneLineParser(argparse.ArgumentParser):
    """argparse with its usage errors as one line on stderr (exit 2, as any bad input)."""

    def error(self, message: str) -> NoReturn:
        hint = _("„{prog} --help“ zeigt, wie der Befehl aufgerufen wird").format(prog=self.prog)
        self.exit(EXIT_BAD_INPUT, f"tomwizard: {one_line(message)} ({hint})\n")


@contextlib.contextmanager
def argparse_speaking(lang: Language) -> Iterator[None]:
    """argparse's own words ("usage:", "options", "the following arguments are required" …) in
    ``lang`` while the parser is built and parses. argparse looks them up at each use through
    its module names ``_`` and ``ngettext`` (gettext's global domain, which tomwizard does not
    install): for the time they point at tomwizard's catalog, and are put back after."""
    catalog = argparse_translations(lang)
    names = [name for name in ("_", "ngettext") if hasattr(argparse, name)]
    saved = {name: getattr(argparse, name) for name in names}
    for name in names:
        setattr(argparse, name, getattr(catalog, "gettext" if name == "_" else name))
    try:
        yield
    finally:
        for name, function in saved.items():
            setattr(argparse, name, function)


def name_with_nul(options: argparse.Namespace) -> Path | None:
    """The first file name argument holding a NUL (no operating system allows one; only a
    caller in this process can pass it), so that it is refused before anything is touched."""
    for value in vars(options).values():
        if isinstance(value, Path) and "\x00" in str(value):
            return value
    return None


def text_not_utf8(options: argparse.Namespace) -> str | None:
    """The message for the first text option (not a file name: those may hold any bytes)
    whose bytes are no UTF-8; Python hands such bytes over as lone surrogates, which no file
    can store. None when every text is fine."""
    for name, value in vars(options).items():
        for text in value if isinstance(value, list) else [value]:
            if not isinstance(text, str):
                continue
            bad = next((c for c in text if 0xD800 <= ord(c) <= 0xDFFF), None)
            if bad is not None:
                message = _("--{option}: Der Text ist kein gültiges UTF-8 (Byte {byte}).")
                byte = f"0x{ord(bad) - 0xDC00:02X}" if ord(bad) >= 0xDC80 else f"U+{ord(bad):04X}"
                return message.format(option=name.replace("_", "-"), byte=byte)
    return None


def silence_stdout() -> None:
    """Point stdout at the null device, so that the interpreter's flush at exit is quiet."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


def warn_heavy_logo(letterhead: Letterhead) -> None:
    """A note on stderr when the documents leave the letterhead's SVG logo out."""
    from tomwizard.logo_image import MAX_SVG_DRAWN
    from tomwizard.models.letterhead import logo_left_out

    if logo_left_out(letterhead):
        message = _(
            "Hinweis: Das SVG-Logo im Briefkopf hat zu viele Formen (mehr als {most}); die "
            "Dokumente werden ohne Logo erstellt. Bitte mit „tomwizard letterhead DATEI --logo "
            "BILD“ ein einfacheres SVG oder ein PNG wählen."
        )
        lang = message_language()
        print(one_line(message.format(most=format_number(MAX_SVG_DRAWN, lang))), file=sys.stderr)


def mistyped_command(word: str, commands: Sequence[str]) -> str | None:
    """The message for a word that is no file but almost a command („exprot“), else None:
    `tomwizard FILE` starts the GUI, so without this „exprot x.tomw“ would read as a file
    name and an unknown argument (review 6, N7)."""
    if word.lower().endswith(".tomw") or os.path.lexists(word):
        return None  # (checked first: a GUI start does not load difflib)
    import difflib

    close = difflib.get_close_matches(word, commands, n=1, cutoff=0.75)
    if not close:
        return None
    return _(
        "Unbekannter Befehl „{word}“; gemeint ist wohl „{command}“ („tomwizard --help“ zeigt "
        "alle Befehle)."
    ).format(word=word, command=close[0])
