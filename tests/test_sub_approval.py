"""Review 5, P5: the approval model of Art. 28 Abs. 2 DSGVO the contract chose
(``organisation.sub_approval``): unanswered – as every older file reads – the annex names both
models as before; chosen, it states only that one, in the file's role words, German and
English; the field goes through the file, the exchange JSON, the change labels and the form."""

from __future__ import annotations

import json
import shutil
from functools import cache
from pathlib import Path

import pytest

from tests.builders import stored
from tests.fixtures.make_schema_fixture import fixture_dir
from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing import OpenAssessment, SetField
from tomwizard.exchange import json_schema_text
from tomwizard.history.diff_labels import field_label, show_value
from tomwizard.models.assessment import Assessment, RoleNames, SubApproval
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore

BOTH = (
    "Neue oder geänderte Unterauftragsverarbeiter werden erst nach Genehmigung durch den "
    "Verantwortlichen oder nach Ablauf seiner Einspruchsfrist eingesetzt."
)


@cache
def catalog() -> Catalog:
    return default_catalog()


def _demo(model: SubApproval | None, roles: RoleNames = RoleNames.VERANTWORTLICHER) -> Assessment:
    a = demo_assessment(catalog())
    a.organisation.sub_approval = model
    a.organisation.role_names = roles
    return a


@cache
def _annex(model: SubApproval | None, lang: str = "de", roles: str = "verantwortlicher") -> str:
    return annex_words(_demo(model, RoleNames(roles)), lang, style="checklist")  # type: ignore[arg-type]


def test_unanswered_the_annex_names_both_models_as_before() -> None:
    text = _annex(None)
    assert BOTH in text
    assert "sie werden erst nach seiner Genehmigung eingesetzt" in text  # the pending lead


def test_a_specific_authorisation_is_stated_alone() -> None:
    text = _annex(SubApproval.EINZELN)
    assert (  # in the statute's terms (review 6, N8)
        "Jede Hinzuziehung oder Ersetzung eines Unterauftragsverarbeiters nimmt der "
        "Auftragsverarbeiter erst vor, wenn der Verantwortliche sie vorher gesondert schriftlich "
        "genehmigt hat (Art. 28 Abs. 2 DSGVO)."
    ) in text
    assert BOTH not in text and "Einspruch" not in text
    english = _annex(SubApproval.EINZELN, "en")
    assert (
        "The processor adds or replaces a sub-processor only after the controller has "
        "specifically authorised this in writing in advance (Art. 28(2) GDPR)."
    ) in english
    assert "objection" not in english
    # one term in English: the table and the place of processing say „authorised“ too (N8)
    assert "The controller has authorised the engagement of the following" in english
    assert "authorised on 01/03/2024" in english or "authorised on 1 March 2024" in english
    assert "United States – only after authorisation of Sendwise Inc." in english
    for word in ("approved the engagement", "approved on", "not yet approved", "approval of"):
        assert word not in english


def test_a_general_authorisation_speaks_of_the_objection_period_only() -> None:
    text = _annex(SubApproval.ALLGEMEIN)
    assert (  # in the statute's terms: beabsichtigte Hinzuziehung oder Ersetzung (review 6, N8)
        "Der Auftragsverarbeiter teilt dem Verantwortlichen jede beabsichtigte Hinzuziehung oder "
        "Ersetzung eines Unterauftragsverarbeiters vorher mit und nimmt sie erst vor, wenn der "
        "Verantwortliche innerhalb der vereinbarten Frist keinen Einspruch dagegen erhoben hat "
        "(allgemeine schriftliche Genehmigung, Art. 28 Abs. 2 DSGVO)."
    ) in text
    assert BOTH not in text
    # the sub-processor part and the place of processing follow the model
    assert "hat der Verantwortliche keinen Einspruch erhoben" in text
    assert "Einspruchsfrist abgelaufen am 01.03.2024" in text
    assert "Einspruchsfrist läuft noch" in text
    assert "Vertrag und Einspruchsfrist" in text  # the column head (review 6, N2)
    assert "erst nach Ablauf der Einspruchsfrist für Podpora Systems s.r.o." in text
    assert "Genehmigung von" not in text and "noch nicht genehmigt" not in text
    english = _annex(SubApproval.ALLGEMEIN, "en")
    assert (
        "The processor informs the controller in advance of every intended addition or "
        "replacement of a sub-processor and carries it out only if the controller has not "
        "objected to it within the agreed period (general written authorisation, Art. 28(2) GDPR)."
    ) in english
    assert "not yet authorised" not in english and "only after authorisation of" not in english


def test_the_models_speak_in_the_files_role_words() -> None:
    specific = _annex(SubApproval.EINZELN, "de", "auftraggeber")
    assert "Ersetzung eines Unterauftragnehmers nimmt der Auftragnehmer erst vor" in specific
    general = _annex(SubApproval.ALLGEMEIN, "de", "auftraggeber")
    assert "Der Auftragnehmer teilt dem Auftraggeber jede beabsichtigte Hinzuziehung" in general
    assert "Gegen die Beauftragung der folgenden Unterauftragnehmer hat der Auftraggeber" in general
    assert "teilt der Auftragnehmer dem Auftraggeber mit dieser Anlage mit" in general
    assert "Einspruchsfrist des Auftraggebers eingesetzt" in general
    for text in (specific, general):  # (the demo's own subject names „des Verantwortlichen“)
        assert "Auftragsverarbeiter" not in text and "Verantwortliche " not in text


def test_the_field_is_stored_and_older_files_read_it_as_unanswered(tmp_path: Path) -> None:
    old = tmp_path / "alt.tomw"
    shutil.copyfile(fixture_dir(4) / "full.tomw", old)
    with TomwStore.open(old, readonly=True) as store:
        assert store.load().organisation.sub_approval is None
    path = tmp_path / "neu.tomw"
    doc = OpenAssessment.create(path, catalog(), _demo(None))
    try:
        doc.apply([SetField("organisation.sub_approval", "allgemein")], "Feld")
        assert doc.assessment.organisation.sub_approval is SubApproval.ALLGEMEIN
        assert not doc.apply([SetField("organisation.sub_approval", "allgemein")]).rows
        doc.undo()
        assert doc.assessment.organisation.sub_approval is None
    finally:
        doc.close()
    assert stored(path).organisation.sub_approval is None
    with pytest.raises(ValueError):
        OpenAssessment.open(path, catalog()).apply(
            [SetField("organisation.sub_approval", "muendlich")]
        )


def test_the_exchange_json_carries_it_and_an_empty_choice_reads_as_unanswered() -> None:
    a = _demo(SubApproval.EINZELN)
    data = json.loads(a.model_dump_json())
    assert data["organisation"]["sub_approval"] == "einzeln"
    assert Assessment.model_validate(data).organisation.sub_approval is SubApproval.EINZELN
    data["organisation"]["sub_approval"] = ""
    assert Assessment.model_validate(data).organisation.sub_approval is None
    del data["organisation"]["sub_approval"]  # an exchange file of an older version
    assert Assessment.model_validate(data).organisation.sub_approval is None
    schema = json.loads(json_schema_text())
    assert schema["$defs"]["SubApproval"]["enum"] == ["einzeln", "allgemein"]


def test_the_change_labels_name_the_field_and_its_values() -> None:
    label = field_label("organisation.sub_approval")
    assert (label.de, label.en) == (
        "Genehmigung von Unterauftragsverarbeitern",
        "Authorisation of sub-processors",
    )
    assert (
        show_value("allgemein", "sub_approval").de == "allgemeine Genehmigung mit Einspruchsrecht"
    )
    assert show_value("einzeln", "sub_approval").en == "specific authorisation"
    assert show_value(None, "sub_approval").de == "keine Angabe (beide Regelungen genannt)"
