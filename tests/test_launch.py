"""The entry point pauses the cycle collector only while the program is imported."""

from __future__ import annotations

import gc
import weakref

from tomwizard.cli.launch import imports_without_collection


class _Node:
    other: object = None


def test_the_collector_runs_again_after_the_imports_and_skips_what_they_made() -> None:
    assert gc.isenabled()
    try:
        with imports_without_collection():
            assert not gc.isenabled()
            node = _Node()
            node.other = node  # a cycle, as modules and classes are full of
            made = weakref.ref(node)
            del node
        assert gc.isenabled()
        gc.collect()
        assert made() is not None, "what the imports made is out of the collector's sight"
    finally:
        gc.unfreeze()
    gc.collect()
    assert made() is None


def test_a_collector_turned_off_by_the_caller_stays_off() -> None:
    gc.disable()
    try:
        with imports_without_collection():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
        gc.unfreeze()
