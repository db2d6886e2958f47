"""Read YAML content files and turn validation errors into "file:line: field: message".

Content is data: only the safe C loader is used, nothing is ever evaluated.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

if TYPE_CHECKING:
    import yaml

Path_ = tuple[str | int, ...]
M = TypeVar("M", bound=BaseModel)


class ContentError(Exception):
    """A content file is unreadable or invalid; ``lines`` holds one message per problem."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


@contextmanager
def without_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector while content is parsed: parsing makes many objects and
    no cycles, and each collection scans everything parsed so far, so a catalog ten times the
    size would take thirteen times as long (``benchmarks/bench_scale.py``) instead of ten."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# A file may repeat a list through an anchor and aliases (``&name`` … ``*name``), but not
# blow up (the "billion laughs": nine aliases of nine aliases of … a few bytes): at most
# this many values in all, or ten times the values written out, whichever is more.
MAX_EXPANDED_VALUES = 1_000_000


def _children(node: yaml.Node) -> list[yaml.Node]:
    kind = getattr(node, "id", "")  # "scalar", "sequence" or "mapping" (yaml.nodes)
    if kind == "mapping":
        return [child for pair in node.value for child in pair]
    return list(node.value) if kind == "sequence" else []


def _check_expansion(root: yaml.Node, path: Path) -> None:
    """Refuse a node that contains itself (``&a [*a]``) or that expands to too many values;
    without recursion, so that nesting as deep as libyaml allows is no RecursionError."""
    size: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    while stack:
        node, finished = stack.pop()
        key = id(node)
        if finished:
            open_nodes.discard(key)
            size[key] = 1 + sum(size[id(child)] for child in _children(node))
            continue
        if key in size:
            continue
        if key in open_nodes:
            line = node.start_mark.line + 1
            raise ContentError([f"{path}:{line}: invalid YAML: an anchor refers to itself"])
        open_nodes.add(key)
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    expanded, written = size[id(root)], len(size)
    limit = max(MAX_EXPANDED_VALUES, 10 * written)
    if expanded > limit:
        raise ContentError(
            [
                f"{path}:1: invalid YAML: anchors and aliases (&, *) expand {written} values "
                f"written to {expanded}; at most {limit} are read"
            ]
        )


def _collect_lines(root: yaml.Node, out: dict[Path_, int]) -> None:
    """Fill ``out`` with the line of every data path (an alias: its own line only)."""
    seen: set[int] = set()
    stack: list[tuple[yaml.Node, Path_]] = [(root, ())]
    while stack:
        node, path = stack.pop()
        out.setdefault(path, node.start_mark.line + 1)  # a mapping value: its key's line
        if id(node) in seen:
            continue
        seen.add(id(node))
        kind = getattr(node, "id", "")
        below: list[tuple[yaml.Node, Path_]] = []
        if kind == "mapping":
            for key_node, value_node in node.value:
                key = str(key_node.value)
                out[(*path, key)] = key_node.start_mark.line + 1
                below.append((value_node, (*path, key)))
        elif kind == "sequence":
            below = [(item, (*path, index)) for index, item in enumerate(node.value)]
        stack.extend(reversed(below))  # in the order of the file: an anchor before its aliases


def load_yaml(path: Path) -> tuple[Any, dict[Path_, int]]:
    """Parse one YAML file; return the data and a map from data path to line number."""
    import yaml  # imported on first use: a start from the content cache needs no YAML

    loader_class: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # C loader if libyaml
    # a named pipe blocks, a device never ends (a folder: read_text below says so)
    if path.exists() and not path.is_file() and not path.is_dir():
        raise ContentError([f"{path}: cannot be read: not a regular file (a pipe or a device)"])
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ContentError([f"{path}: cannot be read: {exc}"]) from exc
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise ContentError([f"{path}:1: the file is empty"])
        _check_expansion(node, path)  # before anything is built from it
        data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise ContentError([f"{path}{line}: invalid YAML: {problem}"]) from exc
    finally:
        loader.dispose()
    lines: dict[Path_, int] = {}
    _collect_lines(node, lines)
    return data, lines


def describe_error(error: ErrorDetails, path: Path, lines: dict[Path_, int], skip: int = 0) -> str:
    """Describe one pydantic error as ``file:line: field: message`` (nearest known line).

    ``skip`` drops leading parts of the error's location (when the file holds a sub-tree).
    """
    loc: Path_ = tuple(error["loc"][skip:])
    probe = loc
    while probe not in lines and probe:
        probe = probe[:-1]
    line = lines.get(probe, 1)
    field = ".".join(str(p) for p in loc) or "(top level)"
    return f"{path}:{line}: {field}: {error['msg']}"


def describe_errors(exc: ValidationError, path: Path, lines: dict[Path_, int]) -> list[str]:
    return [describe_error(error, path, lines) for error in exc.errors()]


def validate(model: type[M], data: Any, path: Path, lines: dict[Path_, int]) -> M:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise ContentError(describe_errors(exc, path, lines)) from exc
