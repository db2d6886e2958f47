"""DSB review 6: under the allgemeine Genehmigung (Art. 28 Abs. 2 S. 2 DSGVO) ``check``, the gap
report and the draft banner speak of the end of the objection period, not of an approval (N1); a
file with sub-processors but no chosen model gets a hint to choose it (N3); ``export --help``
names what each option does and its default (N5)."""

from __future__ import annotations

import subprocess
import sys
from functools import cache

import pytest

from tests.builders import demo_with_model
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Assessment, SubApproval
from tomwizard.models.catalog import Catalog
from tomwizard.models.finding import Severity
from tomwizard.rules import evaluate
from tomwizard.rules.blockers import blockers, counts

OBJECTION = "ist nicht eingetragen, wann die Einspruchsfrist des Verantwortlichen abgelaufen ist"
APPROVAL = "ist nicht eingetragen, wann der Verantwortliche die Unterbeauftragung genehmigt hat"


@cache
def catalog() -> Catalog:
    return default_catalog()


def _lines(model: SubApproval | None, lang: str = "de") -> list[str]:
    return [b.line(lang) for b in blockers(demo_with_model(model), catalog())]  # type: ignore[arg-type]


def test_demo_has_sub_processors_without_a_date() -> None:
    """The cases below need them: the demo's pending sub-processors."""
    assert any(sp.approved_date is None for sp in demo_with_model(None).subprocessors)


def test_general_authorisation_lines_speak_of_the_objection_period() -> None:
    lines = [line for line in _lines(SubApproval.ALLGEMEIN) if OBJECTION in line]
    assert len(lines) >= 1
    assert all(line.startswith("[Einspruchsfrist]") for line in lines), lines
    assert not any(APPROVAL in line or "[Genehmigung]" in line for line in _lines("allgemein"))  # type: ignore[arg-type]
    english = " ".join(_lines(SubApproval.ALLGEMEIN, "en"))
    assert "objection period" in english and "authorised the engagement" not in english


@pytest.mark.parametrize("model", [None, SubApproval.EINZELN])
def test_specific_or_open_model_keeps_the_approval_wording(model: SubApproval | None) -> None:
    lines = _lines(model)
    assert any(APPROVAL in line and line.startswith("[Genehmigung]") for line in lines)
    assert not any("Einspruchsfrist" in line for line in lines)


def test_page_one_count_names_the_objection_period() -> None:
    general = counts(blockers(demo_with_model(SubApproval.ALLGEMEIN), catalog()), "de")
    assert "2 fehlende Daten zum Ablauf der Einspruchsfrist" in general
    assert "Genehmigungsdat" not in general
    assert "objection period" in counts(
        blockers(demo_with_model(SubApproval.ALLGEMEIN), catalog()), "en"
    )
    specific = counts(blockers(demo_with_model(SubApproval.EINZELN), catalog()), "de")
    assert "2 fehlende Genehmigungsdaten" in specific and "Einspruchsfrist" not in specific


def _model_hints(a: Assessment) -> list[str]:
    return [
        f.text.de for f in evaluate(a, catalog()) if f.rule_id == "unterauftrag.genehmigungsmodell"
    ]


def test_sub_processors_without_a_model_get_a_hint_that_points_to_the_field() -> None:
    a = demo_with_model(None)
    (finding,) = [
        f for f in evaluate(a, catalog()) if f.rule_id == "unterauftrag.genehmigungsmodell"
    ]
    assert finding.severity is Severity.HINWEIS and not finding.blocks_final
    assert finding.targets == ["field:organisation.sub_approval"]
    assert "beide Regelungen" in finding.text.de
    assert "Genehmigung von Unterauftragsverarbeitern" in finding.remedy.de
    assert "Authorisation of sub-processors" in finding.remedy.en


def test_no_model_hint_with_a_model_or_without_sub_processors() -> None:
    for model in SubApproval:
        assert _model_hints(demo_with_model(model)) == []
    a = demo_with_model(None)
    a.subprocessors = []
    assert _model_hints(a) == []


def test_model_hint_does_not_block_the_final() -> None:
    a = demo_with_model(None)
    assert not any(
        b.finding.rule_id == "unterauftrag.genehmigungsmodell" for b in blockers(a, catalog())
    )


def test_export_help_names_each_option_and_its_default() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "tomwizard", "export", "--help"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    flat = " ".join(out.split())
    assert "Zieldatei" in flat
    assert "Ausgabeformat (Vorgabe: nach der Endung der Zieldatei)" in flat
    assert "Gliederung der Maßnahmen" in flat and "Vorgabe: catalog" in flat
    assert "Fließtext); Vorgabe: prose" in flat
    english = subprocess.run(
        [sys.executable, "-m", "tomwizard", "--lang", "en", "export", "--help"],
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"},
    ).stdout
    flat_en = " ".join(english.split())
    assert "default: catalog" in flat_en and "default: prose" in flat_en
    assert "Vorgabe" not in flat_en
