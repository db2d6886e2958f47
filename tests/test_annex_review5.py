"""DSB review 5 (/tmp/tw/review5): P2 – a catalog measure replaced by a custom measure is named
as replaced once: the user's reason is printed only when it says more than the program's words,
and in the part „Entfallende Maßnahmen“ without a second „entfällt“."""

from __future__ import annotations

import pytest

from tests.pdf_words import annex_words
from tests.test_annex_replaced import ALARM, _assessment
from tomwizard.export.replaced_reason import restates_replacement
from tomwizard.models.assessment import LinkKind

REPLACED = "ersetzt durch die eigene Maßnahme „Eine Alarmanlage sichert die Büroräume nachts“"


@pytest.mark.parametrize(
    "reason",
    [
        "Ersetzt durch die eigene Maßnahme (Alarmanlage).",  # review 5's probe
        "Wird durch eine eigene Maßnahme ersetzt",
        "Replaced by the custom measure.",
        "siehe Alarmanlage",
    ],
)
def test_a_reason_that_only_restates_the_replacement_is_left_out(reason: str) -> None:
    assert restates_replacement(reason, [ALARM])
    for style in ("checklist", "prose"):
        text = annex_words(_assessment(LinkKind.REPLACES, reason), style=style, list_entfaellt=True)
        assert text.count("ersetzt durch") == 1 and "Ersetzt" not in text.replace(reason, "")
        assert reason not in text
        assert "Begründung" not in text.split(REPLACED)[1][:20]


def test_a_reason_that_says_more_is_printed_with_its_label() -> None:
    reason = "Ersetzt durch die Alarmanlage, weil das Büro keinen Außenzugang hat."
    assert not restates_replacement(reason, [ALARM])
    text = annex_words(_assessment(LinkKind.REPLACES, reason), style="prose", list_entfaellt=True)
    assert f"({REPLACED}; Begründung: {reason})" in text


def test_the_list_of_entfallende_measures_says_entfaellt_once() -> None:
    """Its lead already says the measures entfallen: „(ersetzt durch …)“, not „(entfällt – …)“;
    inline in the checklist (⊘) the „entfällt –“ stays."""
    prose = annex_words(_assessment(LinkKind.REPLACES), style="prose", list_entfaellt=True)
    assert f"({REPLACED})" in prose and "entfällt – ersetzt" not in prose
    checklist = annex_words(_assessment(LinkKind.REPLACES), style="checklist", list_entfaellt=True)
    assert f"(entfällt – {REPLACED})" in checklist
    english = annex_words(_assessment(LinkKind.REPLACES), "en", style="prose", list_entfaellt=True)
    assert "(replaced by the custom measure “Eine Alarmanlage" in english
