"""DSB review 7, N2: a rule message that quotes the duty about sub-processor approval quotes it
as the annex prints it for the approval model of the contract, not the catalog's sentence that
names both models (the DSB searched the annex for a sentence that was not there)."""

from __future__ import annotations

from tests.rules_fixtures import TODAY, clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.export.annex_approval import duty_text
from tomwizard.models.assessment import Answer, Status, SubApproval
from tomwizard.rules.evaluator import Evaluator, evaluate

BOTH = "nach Genehmigung durch den Verantwortlichen oder nach Ablauf seiner Einspruchsfrist"


def _printed(model: SubApproval) -> str:
    """The duty as the annex prints it for ``model`` (German), in the message's quotes."""
    text = duty_text(model)
    assert text is not None
    return f"„{text.de}“"


def _duty_text(model: SubApproval | None) -> tuple[str, str]:
    a = clean_assessment()
    a.organisation.sub_approval = model
    a.answers["auftrag.sub_genehmigung"] = Answer(status=Status.NICHT_UMGESETZT)
    found = evaluate(a, default_catalog(), today=TODAY)
    (finding,) = [f for f in found if f.rule_id == "vertragspflicht.fehlt"]
    return finding.text.de, finding.text.en


def test_the_einzeln_model_is_quoted_as_the_annex_prints_it() -> None:
    de, en = _duty_text(SubApproval.EINZELN)
    assert _printed(SubApproval.EINZELN) in de and BOTH not in de
    assert "gesondert schriftlich genehmigt" in de  # the statute's terms (review 6, N8)
    assert "specifically authorised" in en


def test_the_allgemein_model_quotes_the_objection_period() -> None:
    de, _ = _duty_text(SubApproval.ALLGEMEIN)
    assert _printed(SubApproval.ALLGEMEIN) in de and BOTH not in de
    assert "keinen Einspruch" in de


def test_without_a_model_the_catalog_sentence_with_both_stays() -> None:
    de, _ = _duty_text(None)
    assert BOTH in de


def test_changing_the_model_updates_the_quote_incrementally() -> None:
    a = clean_assessment()
    a.answers["auftrag.sub_genehmigung"] = Answer(status=Status.NICHT_UMGESETZT)
    evaluator = Evaluator(default_catalog(), today=TODAY)
    evaluator.full(a)
    a.organisation.sub_approval = SubApproval.ALLGEMEIN
    found = evaluator.changed(a, "field:organisation.sub_approval")
    (finding,) = [f for f in found if f.rule_id == "vertragspflicht.fehlt"]
    assert _printed(SubApproval.ALLGEMEIN) in finding.text.de
