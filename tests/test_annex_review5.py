"""DSB review 5 (/tmp/tw/review5): P2 – a catalog measure replaced by a custom measure is named
as replaced once: the user's reason is printed only when it says more than the program's words,
and in the part „Entfallende Maßnahmen“ without a second „entfällt“; P3 – the art32 prose names
the pending sub-measure of a partly implemented parent."""

from __future__ import annotations

import pytest

from tests.pdf_words import annex_words, pdf_words
from tests.test_annex_replaced import ALARM, _assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
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


def test_the_art32_prose_names_the_pending_sub_measure_of_a_partly_parent() -> None:
    """P3: in the part „Noch nicht (vollständig) umgesetzte Maßnahmen“ of the art32 prose the
    emergency plan is partly implemented because its rehearsal (another lit.) is planned: the
    parent names it, without a „siehe Nr.“ (the prose lists the rehearsal in this same part)."""
    demo = demo_assessment(default_catalog())
    for lang, expected in (
        (
            "de",
            "(teilweise umgesetzt; noch nicht umgesetzt: regelmäßige Erprobung des "
            "Wiederanlaufs; vollständig bis 31.05.2027)",  # its short name (review 6, N4)
        ),
        (
            "en",
            "(partly implemented; not yet implemented: regular rehearsal of recovery; "
            "complete by 31 May 2027)",
        ),
    ):
        options = AnnexOptions(lang=lang, view="art32", style="prose")  # type: ignore[arg-type]
        text = pdf_words(annex_pdf(demo, default_catalog(), options))
        assert expected in text
