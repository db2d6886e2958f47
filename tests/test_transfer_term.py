"""One German term for the assessment of a third country's law in every rule text (DSB review 3,
B6): „Bewertung der Rechtslage im Drittland (Transfer Impact Assessment)“, no calque such as
„Transfer-Folgenabschätzung“; in English "transfer impact assessment"."""

from __future__ import annotations

from tomwizard.rules import default_rules

TERM_DE = "Bewertung der Rechtslage im Drittland (Transfer Impact Assessment)"


def _texts(lang: str) -> dict[str, str]:
    """Per rule: its text and remedy."""
    return {
        loaded.rule.id: f"{loaded.rule.text.get(lang)} {loaded.rule.remedy.get(lang)}"
        for loaded in default_rules()
    }


def test_the_transfer_assessment_has_one_name() -> None:
    german = _texts("de")
    wrong = ("Transfer-Folgenabschätzung", "Rechtslage im Empfängerland", "(TIA)")
    assert not [(rid, w) for rid, text in german.items() for w in wrong if w in text]
    naming = {rid for rid, text in german.items() if "Transfer Impact Assessment" in text}
    assert {"scc.ohne_tia", "widerspruch.tia_nicht_dokumentiert"} <= naming
    assert all(TERM_DE in german[rid] for rid in naming)
    english = _texts("en")
    assert all("transfer impact assessment" in english[rid] for rid in naming)
