"""Fuzzing: mutated ``.tomw`` and JSON files never crash the program.

A mutated file either opens (and everything in it reads) or gives a StoreError/ExchangeError;
a file that is refused stays byte-identical. Examples are bounded so this runs in ``make test``.
"""

from __future__ import annotations

import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.builders import full_assessment
from tests.fuzz_support import fuzz_settings
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.models.assessment import Answer, Status
from tomwizard.store import StoreError, TomwStore

EXAMPLES = 60  # bounded for `make test`; `make fuzz` runs these for ten minutes (tools/fuzz.py)


@cache
def _good_file() -> bytes:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "good.tomw"
        with TomwStore.create(path, full_assessment(), author="fuzz") as store:
            store.set_answer("zugang.mfa", Answer(status=Status.GEPLANT, note="x"))
            store.freeze_version()
            store.set_field("organisation.place", "Kassel")
        return path.read_bytes()


@cache
def _good_json() -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "j.tomw"
        TomwStore.create(path, full_assessment()).close()
        with TomwStore.open(path) as store:
            store.set_field("organisation.place", "Kassel")
            store.freeze_version()
            return export_json(store.load(), store.changes(), store.frozen_versions())


_flips = st.lists(
    st.tuples(st.integers(min_value=0), st.integers(min_value=1, max_value=255)),
    min_size=1,
    max_size=8,
)


def _mutate(data: bytes, flips: list[tuple[int, int]], cut: int | None, header: bool) -> bytes:
    buffer = bytearray(data)
    for offset, mask in flips:
        where = offset % (100 if header else len(buffer))
        buffer[where] ^= mask
    if cut is not None:
        buffer = buffer[: cut % (len(buffer) + 1)]
    return bytes(buffer)


def _read_everything(store: TomwStore) -> None:
    store.load()
    store.changes()
    for info in store.versions():
        store.version(info.number)


@fuzz_settings(bounded=EXAMPLES)
@given(
    flips=_flips,
    cut=st.none() | st.integers(min_value=0),
    header=st.booleans(),
    readonly=st.booleans(),
)
def test_mutated_tomw_opens_or_is_refused_untouched(
    flips: list[tuple[int, int]], cut: int | None, header: bool, readonly: bool
) -> None:
    data = _mutate(_good_file(), flips, cut, header)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "m.tomw"
        path.write_bytes(data)
        try:
            with TomwStore.open(path, readonly=readonly) as store:
                _read_everything(store)
        except StoreError as exc:
            assert "\n" not in str(exc)
            assert path.read_bytes() == data  # refused: not a byte changed
            assert sorted(p.name for p in Path(tmp).iterdir()) == ["m.tomw"]


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)


@fuzz_settings(bounded=EXAMPLES)
@given(
    position=st.integers(min_value=0),
    removed=st.integers(min_value=0, max_value=20),
    inserted=st.text(max_size=12),
)
def test_mutated_json_text_imports_or_gives_one_line(
    position: int, removed: int, inserted: str
) -> None:
    text = _good_json()
    where = position % (len(text) + 1)
    mutated = text[:where] + inserted + text[where + removed :]
    try:
        import_document(mutated)
    except ExchangeError as exc:
        assert "\n" not in str(exc)


def _paths(node: object, prefix: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    found = [prefix]
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


@fuzz_settings(bounded=EXAMPLES)
@given(choice=st.integers(min_value=0), value=_json_values)
def test_any_value_anywhere_in_the_json_imports_or_gives_one_line(
    choice: int, value: object
) -> None:
    document = json.loads(_good_json())
    paths = _paths(document)[1:]
    *parents, last = paths[choice % len(paths)]
    node = document
    for part in parents:
        node = node[part]
    node[last] = value
    try:
        imported = import_document(json.dumps(document))
    except ExchangeError as exc:
        assert "\n" not in str(exc)
    else:  # what is accepted goes into a file and comes back the same
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "i.tomw"
            TomwStore.create(
                path, imported.assessment, changelog=imported.changelog, versions=imported.versions
            ).close()
            with TomwStore.open(path, readonly=True) as store:
                assert store.load() == imported.assessment
