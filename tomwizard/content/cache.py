"""Validated content kept in the user's cache folder, so that a start does not parse the same
YAML again.

The shipped content (``forms/``) changes only with a new program version or when a content author
edits it. Its validated form is kept in the user's cache folder, keyed by a hash of the program
version, the kind of content, the folder the sources are in and every source file's path below it
and bytes (for the catalog: the section files and the interview questions), and of the code of
the models it is made of (their modules' size and modification time, so that an edited model in
a source checkout never meets objects made by the old one). The folder is part of the key (and of
the entry's name), so that two forms folders (``TOMWIZARD_FORMS_DIR``) never share an entry:
messages in cached content name their files. A missing, stale or damaged entry is ignored and
written anew; a cache folder that cannot be written is simply not used. Content errors always
come from the YAML (with file and line): only content that validated is cached.

An entry holds the validated models themselves (pickled), read back without validating them
again: validating the cached JSON cost pydantic's building of its validators for the catalog and
the rules, about 25 ms of every start. The entry is trusted only as far as this: a SHA-256 over
the key and the content must match (a torn or damaged entry is ignored), and reading it can make
nothing but the models and enums of tomwizard's own modules, already imported, and the plain
values in them (lists, dicts, strings, numbers, dates): no other class, no function, no import,
so an entry cannot run code. Anything else is refused and the content is loaded from YAML again.

The folder is the platform's cache folder (platformdirs; on Linux its XDG rule, written out
here); ``TOMWIZARD_CACHE_DIR`` overrides it; set to an empty value it turns the cache off.
"""

from __future__ import annotations

import datetime as dt
import enum
import hashlib
import io
import os
import pickle
import sys
import tempfile
import typing
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel

from tomwizard import __version__
from tomwizard.content.yamlsource import load_yaml, validate

M = TypeVar("M", bound=BaseModel)
ENV_DIR = "TOMWIZARD_CACHE_DIR"
SUFFIX = ".pickle"
_MAGIC = b"tomwizard content cache 2\n"
_DIGEST_BYTES = 32  # SHA-256


def cache_dir() -> Path | None:
    """The folder for cached content, or None when the cache is turned off."""
    override = os.environ.get(ENV_DIR)
    if override is not None:
        return Path(override) if override.strip() else None
    # ~/.cache/tomwizard ($XDG_CACHE_HOME), ~/Library/Caches/tomwizard (macOS),
    # %LOCALAPPDATA%\tomwizard\Cache (Windows)
    if sys.platform == "linux" and "ANDROID_DATA" not in os.environ:
        folder = _xdg_cache_dir()
        return Path(folder) if folder else None
    import platformdirs  # (not on Linux: its import costs about 2 ms of every start)

    try:
        folder = platformdirs.user_cache_dir("tomwizard", appauthor=False)
    except RuntimeError:  # no home folder (newer platformdirs say so)
        return None
    return Path(folder) if Path(folder).is_absolute() else None  # no home folder: no cache


def _xdg_cache_dir() -> str | None:
    """``platformdirs.user_cache_dir("tomwizard", appauthor=False)`` on Linux: in
    ``$XDG_CACHE_HOME``, else in ``~/.cache`` (a relative path in either counts as none, a
    relative ``HOME`` as none set); None without a home folder."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME")
        if home is not None and not os.path.isabs(home):
            try:  # the account's home, as os.path.expanduser finds it without HOME
                import pwd

                home = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return None
        else:
            home = os.path.expanduser("~")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return os.path.join(base, "tomwizard")


def source_folder(sources: Iterable[Path]) -> str:
    """The folder that holds all ``sources`` (resolved)."""
    return _common_folder([path.resolve() for path in sources])


def _common_folder(resolved: list[Path]) -> str:
    parents = {str(path.parent) for path in resolved}
    return os.path.commonpath(sorted(parents)) if parents else ""


def content_key(kind: str, sources: Iterable[Path]) -> str:
    """A hash of the program version, ``kind``, the sources' folder and every source file's
    path below it and bytes."""
    return _key_and_folder(kind, list(sources))[0]


def _key_and_folder(kind: str, sources: list[Path]) -> tuple[str, str]:
    """:func:`content_key` and :func:`source_folder`, every source resolved once (a resolve
    asks the file system about every folder on the way: hundreds of calls for a catalog)."""
    resolved = _resolved(sources)
    folder = _common_folder(resolved)
    digest = hashlib.sha256(f"{__version__}\0{kind}\0{folder}\0".encode("utf-8", "replace"))
    below = folder.rstrip(os.sep) + os.sep
    for path, real in zip(sources, resolved, strict=True):
        if not path.is_file():  # a pipe or a device: never read (``load`` says what it is)
            raise ValueError(f"{path}: not a regular file")
        # the path below the folder: questions/01-org.yaml and sections/01-org.yaml differ
        text = str(real)
        if not folder:
            name = path.name
        elif text.startswith(below):  # (what relpath says, without its own resolving)
            name = text[len(below) :]
        else:
            name = os.path.relpath(real, folder)
        digest.update(name.encode("utf-8", "replace") + b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()[:32], folder


def _resolved(sources: list[Path]) -> list[Path]:
    """Every source resolved (``Path.resolve``), each folder only once: a file that is no
    symbolic link resolves to its resolved folder and its name."""
    folders: dict[Path, Path] = {}
    out: list[Path] = []
    for path in sources:
        if path.name in ("", ".", "..") or path.is_symlink():
            out.append(path.resolve())
            continue
        real = folders.get(path.parent)
        if real is None:
            real = folders[path.parent] = path.parent.resolve()
        out.append(real / path.name)
    return out


def load_cached(kind: str, sources: list[Path], model: type[M], load: Callable[[], M]) -> M:
    """``model`` from the cache entry of ``sources``, else ``load()`` (then cached)."""
    folder = cache_dir()
    if folder is None:
        return load()
    try:
        content, source = _key_and_folder(kind, sources)
        key = hashlib.sha256(f"{content}\0{code_key(model)}".encode()).hexdigest()[:32]
        place = hashlib.sha256(source.encode("utf-8", "replace")).hexdigest()
    except (OSError, ValueError):
        return load()  # a source cannot be read: ``load`` says which, with its own message
    kind = f"{kind}-{place[:12]}"  # one entry per kind and folder
    entry = folder / f"{kind}-{key}{SUFFIX}"
    try:
        if entry.is_file():  # not a named pipe or a device put there: they block or never end
            return read_entry(entry.read_bytes(), key, model)
    except Exception:  # any damage: the content is loaded from YAML instead
        pass
    value = load()
    try:
        data = entry_bytes(value, key)
    except (pickle.PicklingError, TypeError, AttributeError):  # not cacheable: loaded each time
        return value
    _write(folder, kind, entry, data)
    return value


def cached_yaml(kind: str, path: Path, model: type[M]) -> M:
    """The YAML file at ``path`` validated as ``model``; from the cache entry while the file is
    unchanged, so that a start parses no YAML."""

    def load() -> M:
        data, lines = load_yaml(path)
        return validate(model, data, path, lines)

    return load_cached(kind, [path], model, load)


@cache
def code_key(model: type[BaseModel]) -> str:
    """The modules of ``model`` and of every model and enum in its fields: name, size and
    modification time (an installed program never changes them; an edited checkout does)."""
    modules: set[str] = set()
    seen: set[type] = set()
    todo: list[Any] = [model]
    while todo:
        item = todo.pop()
        if isinstance(item, type) and issubclass(item, BaseModel | enum.Enum):
            if item in seen:
                continue
            seen.add(item)
            modules.add(item.__module__)
            if issubclass(item, BaseModel):
                todo.extend(field.annotation for field in item.model_fields.values())
        else:
            todo.extend(typing.get_args(item))
    parts = []
    for name in sorted(modules):
        file = getattr(sys.modules.get(name), "__file__", None)
        info = os.stat(file) if file else None
        parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}" if info else name)
    return "\0".join(parts)


def entry_bytes(value: BaseModel, key: str) -> bytes:
    """An entry: a header, the SHA-256 of ``key`` and the content, the pickled content."""
    content = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    return _MAGIC + hashlib.sha256(key.encode() + content).digest() + content


def read_entry(data: bytes, key: str, model: type[M]) -> M:
    """The content of an entry; ValueError when it is not an intact entry for ``key``, and
    pickle.UnpicklingError when it names anything but tomwizard's models and enums."""
    if not data.startswith(_MAGIC):
        raise ValueError("not a cache entry")
    start = len(_MAGIC) + _DIGEST_BYTES
    digest, content = data[len(_MAGIC) : start], data[start:]
    if hashlib.sha256(key.encode() + content).digest() != digest:
        raise ValueError("damaged cache entry")
    value = _ContentUnpickler(io.BytesIO(content)).load()
    if type(value) is not model:
        raise ValueError("cache entry of another kind")
    return value


class _ContentUnpickler(pickle.Unpickler):
    """Makes nothing but plain values (and dates) and the models and enums of tomwizard's own
    modules that are already imported (no import, no function: an entry cannot run code)."""

    def find_class(self, module_name: str, name: str) -> Any:
        if (module_name, name) == ("datetime", "date"):
            return dt.date
        module = sys.modules.get(module_name)
        if module is not None and module_name.split(".")[0] == "tomwizard" and "." not in name:
            found = getattr(module, name, None)
            if isinstance(found, type) and issubclass(found, BaseModel | enum.Enum):
                return found
        raise pickle.UnpicklingError(f"not content: {module_name}.{name}")


def _write(folder: Path, kind: str, entry: Path, data: bytes) -> None:
    """Write ``entry`` atomically (mode 0600) and drop older entries of ``kind``."""
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=f".{kind}-", suffix=".tmp")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            os.replace(temporary, entry)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        for old in [*folder.glob(f"{kind}-*{SUFFIX}"), *folder.glob(f"{kind}-*.json")]:
            if old != entry:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # no cache this time; the content itself was loaded
