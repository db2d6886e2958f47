"""Look at a file before SQLite touches it, so that foreign or broken files stay untouched."""

from __future__ import annotations

import os
from pathlib import Path

from tomwizard.store import errors
from tomwizard.store.schema import APPLICATION_ID

SQLITE_MAGIC = b"SQLite format 3\x00"
HEADER_SIZE = 100


def check_header(path: Path) -> None:
    """Raise a StoreError unless ``path`` is a readable SQLite file with tomwizard's id."""
    if not path.exists():
        raise errors.FileMissingError(path, "Datei nicht gefunden.")
    if path.is_dir():
        raise errors.NotAFileError(path, "Das ist ein Ordner, keine tomwizard-Datei.")
    try:
        with path.open("rb") as handle:
            header = handle.read(HEADER_SIZE)
    except OSError as exc:
        raise errors.UnreadableError(
            path, f"Die Datei kann nicht gelesen werden ({exc.strerror or exc})."
        ) from exc
    if not header:
        raise errors.NotTomwizardError(path, "Die Datei ist leer (0 Byte), keine tomwizard-Datei.")
    if not header.startswith(SQLITE_MAGIC):
        raise errors.NotTomwizardError(path, "Das ist keine tomwizard-Datei (.tomw).")
    if len(header) < HEADER_SIZE:
        raise errors.DamagedError(path, "Die Datei ist beschädigt (abgeschnitten).")
    application_id = int.from_bytes(header[68:72], "big")
    if application_id != APPLICATION_ID:
        raise errors.NotTomwizardError(
            path, "Das ist eine SQLite-Datenbank, aber keine tomwizard-Datei (.tomw)."
        )
    if not os.access(path, os.R_OK):  # pragma: no cover - opened above already
        raise errors.UnreadableError(path, "Die Datei kann nicht gelesen werden.")
