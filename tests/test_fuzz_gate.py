"""Property tests at the input gate: generated JSON and generated file damage through every
command, in this process (``tomwizard.cli.main.main``).

Whatever comes in: exit 0, 1 or 2 only, never a traceback, exactly one line on stderr with 2,
the input byte-identical (a hash before and after) and nothing left beside it. ``make test``
runs a few examples of each; ``make fuzz`` (tools/fuzz.py) runs them for ten minutes.
"""

from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz_support import LEFTOVERS, assert_documented, fuzz_settings, listing, run
from tests.test_fuzz import _good_file, _good_json, _paths
from tomwizard.store import schema

# {f}: the generated input, {t}: a good .tomw to merge into, {d}: the folder for outputs
TOMW_COMMANDS = (
    ("check", "{f}"),
    ("check", "{f}", "--format", "json"),
    ("export", "{f}", "-o", "{d}/anlage.pdf", "--gap-report", "{d}/luecken.pdf"),
    ("export", "{f}", "-o", "{d}/anlage.pdf", "--changes", "--style", "checklist"),
    ("export", "{f}", "-o", "{d}/austausch.json"),
    ("diff", "{f}"),
    ("diff", "{f}", "--from", "1", "--format", "json"),
    ("versions", "{f}"),
    ("versions", "{f}", "--freeze"),
    ("merge", "{t}", "{f}", "--dry-run"),
    ("merge", "{t}", "{f}", "--take", "theirs"),
    ("merge", "{f}", "{t}", "--dry-run"),
    ("import", "{f}", "-o", "{d}/neu.tomw"),
    ("catalog", "validate", "{f}"),
)
JSON_COMMANDS = (
    ("import", "{f}", "-o", "{d}/neu.tomw"),
    ("merge", "{t}", "{f}"),
    ("merge", "{t}", "{f}", "--dry-run"),
    ("merge", "{t}", "{f}", "--take", "ours", "--format", "json"),
    ("check", "{f}"),
    ("export", "{f}", "-o", "{d}/anlage.pdf"),
    ("diff", "{f}"),
    ("versions", "{f}", "--freeze"),
    ("catalog", "validate", "{f}"),
)
OUTPUTS = {"anlage.pdf", "luecken.pdf", "austausch.json", "neu.tomw"}


def _writes(argv: tuple[str, ...], path: Path) -> bool:
    """Whether the command may change the file at ``path`` when it succeeds (through a link:
    the file it points to)."""
    writes = (argv[0] == "versions" and "--freeze" in argv) or (
        argv[0] == "merge" and "--dry-run" not in argv
    )
    return writes and Path(argv[1]).resolve() == path.resolve()


def _through(prop: str, command: tuple[str, ...], folder: Path, source: Path) -> int:
    """Run ``command`` on ``source`` in ``folder`` and check the documented result."""
    target = folder / "ziel.tomw"
    target.write_bytes(_good_file())
    argv = tuple(a.format(f=source, t=target, d=folder) for a in command)
    before = listing(folder)
    code, _out, err = run(prop, argv)
    if command[0] == "catalog":  # the validator lists every content error, one per line
        assert code in (0, 2) and "Traceback" not in err, (argv, err)
        assert code == 0 or err.strip(), argv
    else:
        assert_documented(code, err, argv)
    after = listing(folder)
    if code == 2:
        assert after == before, argv  # refused: not a byte changed, nothing created
        return code
    for name, value in before.items():
        if not _writes(argv, folder / name):
            assert after.get(name) == value, (argv, name)  # inputs read, never changed
    for name in set(after) - set(before):
        assert name in OUTPUTS or name.endswith(".bak"), (argv, name)
        assert not name.endswith(LEFTOVERS), (argv, name)
    return code


# -- generated JSON ------------------------------------------------------------------------

MARK = "\u2603MARK\u2603"  # replaced in the serialised text by raw JSON
_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


def _serialise(node: Any, duplicate: tuple[object, ...] | None, at: tuple[object, ...] = ()) -> str:
    """JSON text of ``node``; the object at path ``duplicate`` repeats its first key."""
    if isinstance(node, dict):
        pairs = [f"{json.dumps(k)}: {_serialise(v, duplicate, (*at, k))}" for k, v in node.items()]
        if at == duplicate and pairs:
            pairs.append(pairs[0])
        return "{" + ", ".join(pairs) + "}"
    if isinstance(node, list):
        return "[" + ", ".join(_serialise(v, duplicate, (*at, i)) for i, v in enumerate(node)) + "]"
    return json.dumps(node)


@st.composite
def hostile_json(draw: st.DrawFn) -> bytes:
    """An exchange document with one kind of damage (or none)."""
    document = json.loads(_good_json())
    paths = _paths(document)[1:]
    kind = draw(
        st.sampled_from(
            ["none", "value", "deep", "surrogate", "huge", "unknown_id", "duplicate", "bytes"]
        )
    )
    raw = ""
    duplicate = None
    if kind in ("value", "deep", "surrogate", "huge"):
        *parents, last = paths[draw(st.integers(0, len(paths) - 1))]
        node = document
        for part in parents:
            node = node[part]
        if kind == "value":
            node[last] = draw(_values)
        else:
            node[last] = MARK
            depth = draw(st.integers(1, 3000))
            raw = {
                "deep": "[" * depth + "]" * depth,
                "surrogate": '"a\\u'
                + draw(st.sampled_from(["d800", "dbff", "dc00", "dfff"]))
                + '"',
                "huge": json.dumps(draw(st.sampled_from("xÄ€\t😀")) * draw(st.integers(0, 2**21))),
            }[kind]
    elif kind == "unknown_id":
        answers = document["assessment"]["answers"]
        new_id = draw(st.text(min_size=1, max_size=30))
        answers[new_id] = {"status": draw(st.sampled_from(["umgesetzt", "offen", "x"]))}
    elif kind == "duplicate":
        objects = [
            p for p in [(), *paths] if isinstance(_at(document, p), dict) and _at(document, p)
        ]
        duplicate = objects[draw(st.integers(0, len(objects) - 1))]
    text = _serialise(document, duplicate).replace(json.dumps(MARK), raw)
    data = text.encode("utf-8")
    if kind == "bytes":  # damage the bytes themselves: flips, cuts, NULs, Latin-1
        for offset, mask in draw(
            st.lists(st.tuples(st.integers(0), st.integers(1, 255)), max_size=4)
        ):
            buffer = bytearray(data)
            buffer[offset % len(buffer)] ^= mask
            data = bytes(buffer)
        data = data[: draw(st.integers(0, len(data)))]
    return data


def _at(document: Any, path: tuple[object, ...]) -> Any:
    node = document
    for part in path:
        node = node[part]
    return node


@fuzz_settings(bounded=60)
@given(data=hostile_json(), command=st.sampled_from(JSON_COMMANDS))
def test_generated_json_through_every_command(data: bytes, command: tuple[str, ...]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "kunde.json"
        source.write_bytes(data)
        _through("json", command, folder, source)


# -- generated file damage -----------------------------------------------------------------


def _page_size(data: bytes) -> int:
    size = int.from_bytes(data[16:18], "big")
    return 65536 if size == 1 else max(size, 512)


@st.composite
def damaged_tomw(draw: st.DrawFn) -> tuple[str, bytes]:
    """(kind, bytes): cut at a page boundary, bits flipped in the header or a b-tree page
    header, or intact; the file kinds that are not bytes are made in :func:`_make`."""
    data = _good_file()
    kind = draw(st.sampled_from(["cut", "flip_header", "flip_page", "good", "other"]))
    page = _page_size(data)
    pages = len(data) // page
    if kind == "cut":
        boundary = draw(st.integers(0, pages)) * page
        return kind, data[: max(0, boundary + draw(st.sampled_from([-1, 0, 0, 1])))]
    if kind in ("flip_header", "flip_page"):
        buffer = bytearray(data)
        for offset, mask in draw(
            st.lists(st.tuples(st.integers(0, 107), st.integers(1, 255)), min_size=1, max_size=4)
        ):
            start = 0 if kind == "flip_header" else draw(st.integers(0, pages - 1)) * page
            where = min(
                start + (offset if start or kind == "flip_header" else 100 + offset),
                len(buffer) - 1,
            )
            buffer[where] ^= mask
        return kind, bytes(buffer)
    if kind == "other":
        return draw(st.sampled_from(OTHER_KINDS)), b""
    return kind, data


OTHER_KINDS = ("foreign", "newer", "folder", "loop", "dangling", "link", "fifo", "empty", "text")


def _make(kind: str, data: bytes, path: Path) -> None:
    if kind in ("foreign", "newer"):
        conn = sqlite3.connect(path)
        if kind == "newer":
            conn.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        conn.execute("CREATE TABLE t (x)")
        conn.commit()
        conn.close()
    elif kind == "folder":
        path.mkdir()
    elif kind == "loop":
        path.symlink_to(path)
    elif kind == "dangling":
        path.symlink_to(path.with_name("gibt-es-nicht.tomw"))
    elif kind == "link":
        real = path.with_name("echt.tomw")
        real.write_bytes(_good_file())
        path.symlink_to(real)
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "text":
        path.write_bytes(b"Kein SQLite, nur Text.\n")
    else:
        path.write_bytes(data)


@fuzz_settings(bounded=80)
@given(damage=damaged_tomw(), command=st.sampled_from(TOMW_COMMANDS))
def test_damaged_files_through_every_command(
    damage: tuple[str, bytes], command: tuple[str, ...]
) -> None:
    kind, data = damage
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "kunde.tomw"
        _make(kind, data, source)
        code = _through(f"tomw:{kind}", command, folder, source)
        if kind in ("folder", "loop", "dangling", "fifo", "empty", "text", "foreign", "newer"):
            assert code == 2, (kind, command)
