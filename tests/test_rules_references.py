"""A merged finding cites each provision once, ordered, without one another covers (review 34)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tomwizard.rules.references import unite

REVIEWED = [
    "Art. 44–47 DSGVO",
    "Art. 28 Abs. 3 lit. a DSGVO",
    "Durchführungsbeschluss (EU) 2021/914",
    "Art. 28 Abs. 4 DSGVO",
    "Art. 44–46 DSGVO",
    "Art. 28 Abs. 2, 4 DSGVO",
    "Art. 9 Abs. 1 DSGVO",
    "Art. 32 Abs. 1 lit. a DSGVO",
    "Art. 44 DSGVO",
    "Art. 28 Abs. 2 DSGVO",
]


def test_the_reviewed_list_is_united_and_ordered() -> None:
    assert unite(REVIEWED) == [
        "Art. 9 Abs. 1 DSGVO",
        "Art. 28 Abs. 2, 4 DSGVO",
        "Art. 28 Abs. 3 lit. a DSGVO",
        "Art. 32 Abs. 1 lit. a DSGVO",
        "Art. 44–47 DSGVO",
        "Durchführungsbeschluss (EU) 2021/914",
    ]


def test_a_letter_is_covered_by_its_paragraph_but_not_by_another() -> None:
    assert unite(["Art. 32 Abs. 1 lit. b DSGVO", "Art. 32 Abs. 1 DSGVO"]) == [
        "Art. 32 Abs. 1 DSGVO"
    ]
    both = ["Art. 32 Abs. 1 lit. b DSGVO", "Art. 32 Abs. 1 lit. c, d DSGVO"]
    assert unite(both) == both
    assert unite(["Art. 32 Abs. 1 lit. b DSGVO", "Art. 32 Abs. 1 lit. b, d DSGVO"]) == [
        "Art. 32 Abs. 1 lit. b, d DSGVO"
    ]


def test_other_references_keep_their_order_and_odd_details_stay() -> None:
    refs = ["BSI CON.3.A15", "Art. 28 Abs. 3 Unterabs. 1 S. 1 DSGVO", "BSI CON.3.A15", "§ 38 BDSG"]
    assert unite(refs) == ["Art. 28 Abs. 3 Unterabs. 1 S. 1 DSGVO", "BSI CON.3.A15", "§ 38 BDSG"]


ARTICLES = st.sampled_from(
    ["Art. 28", "Art. 32", "Art. 44", "Art. 44–47", "Art. 9", "Art. 28 Abs. 2", "Art. 32 Abs. 1"]
)
DETAILS = st.sampled_from(["", " lit. a", " lit. b, d", " Abs. 3", ", 4"])


@given(st.lists(st.tuples(ARTICLES, DETAILS).map(lambda t: f"{t[0]}{t[1]} DSGVO"), max_size=8))
def test_uniting_loses_nothing_uncovered_and_is_idempotent(refs: list[str]) -> None:
    united = unite(refs)
    assert set(united) <= set(refs)
    assert len(united) == len(set(united))
    assert unite(united) == united
    assert bool(united) == bool(refs)
