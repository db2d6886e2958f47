"""„Eigene Softwareentwicklung?“ (DSB review 3, B3): the answer no rules out the development
measures, but not password hashing, which every system storing passwords needs (a directory
service, a web portal); ticked development measures beside the answer no are a contradiction
(its cases: tests/rules_fixtures_widerspruch.py)."""

from __future__ import annotations

from tests.rules_fixtures import TODAY, clean_assessment
from tests.test_screening import SOFTWARE
from tomwizard.content.catalog import default_catalog
from tomwizard.content.screening import screening_form
from tomwizard.editing.screening import ruled_out
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.finding import FindingKind
from tomwizard.rules import evaluate

DEVELOPMENT = SOFTWARE[:6]  # the development measures proper (not the test environments)
RULE = "widerspruch.rahmen_softwareentwicklung"


def test_no_development_rules_out_the_development_measures_but_not_password_hashing() -> None:
    out = ruled_out(screening_form(), default_catalog(), {"softwareentwicklung": "nein"}, "de")
    assert set(DEVELOPMENT) <= set(out)
    assert "krypto.passwort_hashing" not in out
    help_text = default_catalog().measure_index()["krypto.passwort_hashing"].help
    assert help_text is not None and "Verzeichnisdienste" in help_text.de
    assert "directory services" in help_text.en


def test_development_measures_ticked_against_the_answer_no_name_each_one() -> None:
    a = clean_assessment()
    a.screening["softwareentwicklung"] = "nein"
    for mid in DEVELOPMENT[2:]:
        a.answers[mid] = Answer(status=Status.ENTFAELLT, reason="keine Entwicklung")
    (hit,) = [f for f in evaluate(a, default_catalog(), today=TODAY) if f.rule_id == RULE]
    assert hit.kind is FindingKind.WIDERSPRUCH and hit.blocks_final
    assert hit.text.de.endswith(
        "Regeln zur sicheren Programmierung und Prüfung von Quellcode-Änderungen."
    )
    a.screening["softwareentwicklung"] = "ja"  # near miss
    assert RULE not in {f.rule_id for f in evaluate(a, default_catalog(), today=TODAY)}
