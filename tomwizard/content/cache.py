"""Validated content kept as JSON, so that a start does not parse the same YAML again.

The shipped content (``forms/``) changes only with a new program version or when a content author
edits it. Its validated form is kept in the user's cache folder, keyed by a hash of the program
version, the kind of content, the folder the sources are in and every source file's path below it
and bytes (for the catalog: the section files and the interview questions); pydantic reads it back
much faster than YAML is parsed. The folder is part of the key (and of the entry's name), so that
two forms folders (``TOMWIZARD_FORMS_DIR``) never share an entry: messages in cached content name
their files. A missing, stale or damaged entry is ignored and written anew; a cache folder that
cannot be written is simply not used. Content errors always come from the YAML (with file and
line): only content that validated is cached.

The folder is the platform's cache folder (platformdirs); ``TOMWIZARD_CACHE_DIR`` overrides
it; set to an empty value it turns the cache off.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TypeVar

import platformdirs
from pydantic import BaseModel, ValidationError

from tomwizard import __version__
from tomwizard.content.yamlsource import load_yaml, validate

M = TypeVar("M", bound=BaseModel)
ENV_DIR = "TOMWIZARD_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder for cached content, or None when the cache is turned off."""
    override = os.environ.get(ENV_DIR)
    if override is not None:
        return Path(override) if override.strip() else None
    # ~/.cache/tomwizard ($XDG_CACHE_HOME), ~/Library/Caches/tomwizard (macOS),
    # %LOCALAPPDATA%\tomwizard\Cache (Windows)
    try:
        folder = Path(platformdirs.user_cache_dir("tomwizard", appauthor=False))
    except RuntimeError:  # no home folder (newer platformdirs say so)
        return None
    return folder if folder.is_absolute() else None  # no home folder: no cache


def source_folder(sources: Iterable[Path]) -> str:
    """The folder that holds all ``sources`` (resolved)."""
    parents = {str(path.resolve().parent) for path in sources}
    return os.path.commonpath(sorted(parents)) if parents else ""


def content_key(kind: str, sources: Iterable[Path]) -> str:
    """A hash of the program version, ``kind``, the sources' folder and every source file's
    path below it and bytes."""
    sources = list(sources)
    folder = source_folder(sources)
    digest = hashlib.sha256(f"{__version__}\0{kind}\0{folder}\0".encode("utf-8", "replace"))
    for path in sources:
        if not path.is_file():  # a pipe or a device: never read (``load`` says what it is)
            raise ValueError(f"{path}: not a regular file")
        # the path below the folder: questions/01-org.yaml and sections/01-org.yaml differ
        name = os.path.relpath(path.resolve(), folder) if folder else path.name
        digest.update(name.encode("utf-8", "replace") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32]


def load_cached(kind: str, sources: list[Path], model: type[M], load: Callable[[], M]) -> M:
    """``model`` from the cache entry of ``sources``, else ``load()`` (then cached)."""
    folder = cache_dir()
    if folder is None:
        return load()
    try:
        key = content_key(kind, sources)
        place = hashlib.sha256(source_folder(sources).encode("utf-8", "replace")).hexdigest()
    except (OSError, ValueError):
        return load()  # a source cannot be read: ``load`` says which, with its own message
    kind = f"{kind}-{place[:12]}"  # one entry per kind and folder
    entry = folder / f"{kind}-{key}.json"
    try:
        if entry.is_file():  # not a named pipe or a device put there: they block or never end
            return model.model_validate_json(entry.read_bytes())
    except (OSError, ValueError, ValidationError):
        pass
    value = load()
    _write(folder, kind, entry, value.model_dump_json(by_alias=True))
    return value


def cached_yaml(kind: str, path: Path, model: type[M]) -> M:
    """The YAML file at ``path`` validated as ``model``; from the cache entry while the file is
    unchanged, so that a start parses no YAML."""

    def load() -> M:
        data, lines = load_yaml(path)
        return validate(model, data, path, lines)

    return load_cached(kind, [path], model, load)


def _write(folder: Path, kind: str, entry: Path, text: str) -> None:
    """Write ``entry`` atomically (mode 0600) and drop older entries of ``kind``."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                out.write(text)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in folder.glob(f"{kind}-*.json"):
            if old != entry:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache this time; the content itself was loaded
