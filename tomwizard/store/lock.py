"""One writer per file: ``NAME.tomw.lock`` held with an operating-system lock while open.

The lock file says who holds it (user, host, process id, since when) so the second opener can
tell the user why the file opened read-only. The OS lock (``flock`` on POSIX, ``msvcrt.locking``
on Windows) is released by the kernel when the holder dies, even by SIGKILL, so a lock file left
behind by a crash never blocks: the next opener takes the lock and rewrites the file. Two
stores in one process are caught by a registry of held paths as well (flock on some network file
systems is per process).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import json
import os
import platform
import stat
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from tomwizard.i18n import _, format_datetime, message_language

_held: set[str] = set()
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # (POSIX only)
_held_guard = threading.Lock()


def lock_path(path: Path) -> Path:
    """``NAME.tomw.lock`` beside the file itself, also when ``path`` is a link: two links to
    one file are one file, with one writer (SQLite, too, keeps its ``-wal`` beside the file)."""
    real = Path(os.path.realpath(path))
    return real.with_name(f"{real.name}.lock")


@dataclass(frozen=True)
class LockOwner:
    """Who holds the write lock of a file (as far as the lock file says)."""

    user: str = ""
    host: str = ""
    pid: int = 0
    since: str = ""

    def describe(self) -> str:
        """One sentence for the read-only banner (in the message language)."""
        if self.pid == os.getpid() and self.host == platform.node():
            return _("Die Datei ist in diesem Programm bereits zum Bearbeiten geöffnet.")
        parts = []
        if self.user:
            parts.append(_("von {user}").format(user=self.user))
        if self.host:
            parts.append(_("auf {host}").format(host=self.host))
        with contextlib.suppress(ValueError):
            moment = dt.datetime.fromisoformat(self.since)
            parts.append(
                _("seit {moment}").format(moment=format_datetime(moment, message_language()))
            )
        if self.pid:
            parts.append(_("(Prozess {pid})").format(pid=self.pid))
        if not parts:
            return _("Die Datei ist bereits geöffnet.")
        return _("Die Datei ist bereits {details} geöffnet.").format(details=" ".join(parts))


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _open_lock_file(path: Path) -> int:
    """Open (or create) the lock file itself, never what a link there points to: a link
    ``NAME.tomw.lock`` → another file would have that file overwritten with the lock's lines.
    OSError (its text in the user's language) for a link, a folder, a pipe or a device."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, 0o600)
    except OSError as exc:
        if exc.errno not in (errno.ELOOP, errno.EISDIR, errno.ENXIO):
            raise
        fd = -1
    if fd >= 0 and stat.S_ISREG(os.fstat(fd).st_mode):
        return fd
    if fd >= 0:
        os.close(fd)
    message = _("„{name}“ ist eine Verknüpfung, ein Ordner oder keine gewöhnliche Datei")
    raise OSError(0, message.format(name=path.name))  # (no errno: the text is the reason)


def _read_owner(fd: int) -> LockOwner:
    try:
        os.lseek(fd, 0, os.SEEK_SET)
        data = json.loads(os.read(fd, 4096).decode("utf-8"))
        return LockOwner(
            user=str(data.get("user", "")),
            host=str(data.get("host", "")),
            pid=int(data.get("pid", 0)),
            since=str(data.get("since", "")),
        )
    except (OSError, ValueError, TypeError, AttributeError):
        return LockOwner()


class WriterLock:
    """A held write lock; ``release()`` removes the lock file."""

    def __init__(self, path: Path, fd: int, key: str) -> None:
        self.path = path
        self._fd: int | None = fd
        self._key = key

    @classmethod
    def acquire(cls, db_path: Path, user: str) -> WriterLock | LockOwner:
        """Take the lock, or return who holds it. OSError if no lock file can be made."""
        key = str(db_path.resolve())
        with _held_guard:
            if key in _held:
                return LockOwner(user=user, host=platform.node(), pid=os.getpid())
            _held.add(key)
        try:
            result = cls._acquire_file(lock_path(db_path), key, user)
        except BaseException:
            _forget(key)
            raise
        if isinstance(result, LockOwner):
            _forget(key)
        return result

    @classmethod
    def _acquire_file(cls, path: Path, key: str, user: str) -> WriterLock | LockOwner:
        for _attempt in range(10):  # retry if the holder removed the file between open and lock
            fd = _open_lock_file(path)
            if not _try_lock(fd):
                owner = _read_owner(fd)
                os.close(fd)
                return owner
            try:
                same = os.path.samestat(os.fstat(fd), os.stat(path))
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            info = {
                "user": user,
                "host": platform.node(),
                "pid": os.getpid(),
                "since": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            }
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, json.dumps(info).encode("utf-8"))
            return cls(path, fd, key)
        raise OSError("lock file keeps changing")  # pragma: no cover - needs a racing peer

    def release(self) -> None:
        if self._fd is None:
            return
        with contextlib.suppress(OSError):
            os.unlink(self.path)  # while still locked, so nobody locks a file about to vanish
        with contextlib.suppress(OSError):
            os.close(self._fd)
        self._fd = None
        _forget(self._key)


def _forget(key: str) -> None:
    with _held_guard:
        _held.discard(key)
