"""``tomwizard.export.frozen.frozen`` behaves as ``@dataclass(frozen=True)`` for the export's
records: same construction (positional, keywords, defaults, the same refusals), same equality,
hash and repr, assignment refused."""

from __future__ import annotations

import dataclasses
import pickle
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tomwizard.export.document.model import ChartRow, Document, DocumentMeta, PageBreak, Run
from tomwizard.export.frozen import frozen


@frozen
class Record:
    text: str
    count: int = 0
    parts: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Twin:
    text: str
    count: int = 0
    parts: tuple[str, ...] = ()


@frozen
class Empty:
    pass


def _both(*args: Any, **kwargs: Any) -> tuple[Any, Any]:
    return Record(*args, **kwargs), Twin(*args, **kwargs)


_values = st.one_of(st.text(max_size=5), st.integers(-3, 3), st.tuples(st.text(max_size=2)))


@given(
    st.lists(_values, max_size=4),
    st.dictionaries(st.sampled_from(["text", "count", "parts", "other"]), _values, max_size=3),
)
def test_construction_succeeds_and_fails_as_a_frozen_dataclass(
    args: list[Any], kwargs: dict[str, Any]
) -> None:
    try:
        expected = Twin(*args, **kwargs)
    except TypeError:
        with pytest.raises(TypeError):
            Record(*args, **kwargs)
        return
    made = Record(*args, **kwargs)
    assert [getattr(made, f.name) for f in dataclasses.fields(Twin)] == [
        getattr(expected, f.name) for f in dataclasses.fields(Twin)
    ]
    assert hash(made) == hash(expected)
    assert repr(made) == repr(expected).replace("Twin(", "Record(")


@given(st.lists(_values, min_size=1, max_size=3), st.lists(_values, min_size=1, max_size=3))
def test_equal_exactly_when_the_dataclass_twins_are_equal(a: list[Any], b: list[Any]) -> None:
    (ra, ta), (rb, tb) = _both(*a), _both(*b)
    assert (ra == rb) == (ta == tb)
    assert (ra != rb) == (ta != tb)
    if ra == rb:
        assert hash(ra) == hash(rb)


def test_a_record_never_equals_another_class_with_the_same_values() -> None:
    record, twin = _both("a", 1)
    assert record != twin
    assert record != ("a", 1, ())


def test_assigning_or_deleting_is_refused_as_in_a_frozen_dataclass() -> None:
    record = Record("a")
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.text = "b"  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del record.count
    with pytest.raises(dataclasses.FrozenInstanceError):
        record.new = 1  # type: ignore[attr-defined]
    assert record == Record("a", 0, ())


def test_records_without_fields_are_all_equal_and_hashable() -> None:
    assert Empty() == Empty()
    assert hash(Empty()) == hash(())
    assert PageBreak() == PageBreak()
    assert repr(PageBreak()) == "PageBreak()"


def test_document_records_keep_their_values_defaults_and_properties() -> None:
    run = Run("Text", italic=True)
    assert repr(run) == "Run(text='Text', bold=False, italic=True, muted=False, colour='')"
    assert ChartRow("A", 1, 4, 0).percent == 25
    assert {Run("a"), Run("a"), Run("b")} == {Run("a"), Run("b")}
    meta = DocumentMeta("t", "s", "a", "de", "hl", "hr", "fl", "{page}")
    assert meta.keywords == () and meta.letterhead is None
    document = Document(meta, (PageBreak(),))
    assert pickle.loads(pickle.dumps(document)) == document
    assert not document.draft


def test_post_init_runs_after_the_fields_are_set() -> None:
    @frozen
    class Checked:
        size: int = 1

        def __post_init__(self) -> None:
            if self.size < 1:
                raise ValueError(self.size)

    assert Checked().size == 1
    with pytest.raises(ValueError):
        Checked(size=0)


def test_field_specifiers_and_misordered_defaults_are_refused() -> None:
    with pytest.raises(TypeError):

        @frozen
        class WithField:
            items: tuple[int, ...] = dataclasses.field(default=())

    with pytest.raises(TypeError):

        @frozen
        class Misordered:
            a: int = 0
            b: int  # type: ignore[misc]
