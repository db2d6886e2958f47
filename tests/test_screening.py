"""Rahmenbedingungen (screening): content, applying it in one undoable batch, re-applying it
without overwriting the user's decisions, storage, presets, rules and the annex."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_annex_pdf_variants import body, render
from tomwizard.content.presets import assessment_from_preset, list_presets
from tomwizard.content.screening import load_screening_form, screening_form
from tomwizard.content.yamlsource import ContentError
from tomwizard.editing import OpenAssessment, SetAnswer
from tomwizard.editing.screening import ruled_out, screening_changes
from tomwizard.exchange import export_json, import_json
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import Evaluator, evaluate

SOFTWARE = [
    "betrieb.sichere_entwicklung",
    "betrieb.code_review",
    "betrieb.abhaengigkeiten",
    "betrieb.codeanalyse",
    "betrieb.geheimnisse",
    "betrieb.release_test",
    "trennung.systemumgebungen",
]


@pytest.fixture
def doc(tmp_path: Path, catalog: Catalog) -> OpenAssessment:
    opened = OpenAssessment.create(tmp_path / "a.tomw", catalog, author="Test")
    yield opened  # type: ignore[misc]
    opened.close()


def _screen(doc: OpenAssessment, **answers: str) -> None:
    merged = {**doc.assessment.screening, **answers}
    doc.apply(screening_changes(doc.assessment, doc.catalog, merged), "Rahmenbedingungen")  # type: ignore[arg-type]


def test_questions_name_only_measures_of_the_catalog(catalog: Catalog) -> None:
    form = load_screening_form()
    assert 12 <= len(form.questions) <= 20
    assert form.problems(catalog) == []
    for question in form.questions:
        assert question.text.de != question.text.en
        assert question.ja.not_applicable or question.nein.not_applicable or question.ja.raises


def test_a_no_rules_out_its_measures_with_a_reason_in_one_undo_step(doc: OpenAssessment) -> None:
    _screen(doc, softwareentwicklung="nein")
    for measure_id in SOFTWARE:
        answer = doc.answer(measure_id)
        assert answer.status is Status.ENTFAELLT
        assert answer.reason == "Keine eigene Softwareentwicklung"
        assert answer.from_screening
    assert doc.assessment.screening == {"softwareentwicklung": "nein"}
    assert doc.history.can_undo()
    doc.undo()  # one step takes the answer and all its consequences back
    assert doc.assessment.screening == {}
    assert all(doc.answer(m).status is Status.OFFEN for m in SOFTWARE)
    assert not doc.history.can_undo()


def test_changing_the_answer_reapplies_it_and_keeps_the_users_decisions(
    doc: OpenAssessment,
) -> None:
    doc.apply([SetAnswer("betrieb.release_test", Answer(status=Status.UMGESETZT))], "user")
    _screen(doc, softwareentwicklung="nein")
    assert doc.answer("betrieb.release_test").status is Status.UMGESETZT  # the user's decision
    # the user rewrites one generated reason: from then on it is the user's answer
    edited = doc.answer("betrieb.code_review").model_copy(
        update={"reason": "Nur Konfiguration, kein Code", "from_screening": False}
    )
    doc.apply([SetAnswer("betrieb.code_review", edited)], "user")
    _screen(doc, softwareentwicklung="ja")
    assert doc.answer("betrieb.sichere_entwicklung").status is Status.OFFEN
    assert "betrieb.sichere_entwicklung" not in doc.assessment.answers
    assert doc.answer("betrieb.code_review").reason == "Nur Konfiguration, kein Code"
    assert doc.answer("betrieb.release_test").status is Status.UMGESETZT
    _screen(doc, softwareentwicklung="nein")  # and back again
    assert doc.answer("betrieb.sichere_entwicklung").status is Status.ENTFAELLT


def test_answers_are_stored_in_the_file_and_logged(tmp_path: Path, catalog: Catalog) -> None:
    path = tmp_path / "s.tomw"
    with_doc = OpenAssessment.create(path, catalog, author="Test")
    _screen(with_doc, video="nein", fax="nein")
    rows = with_doc.store.changelog()
    with_doc.close()
    assert any("screening" in str(row) for row in rows)
    again = OpenAssessment.open(path, catalog)
    try:
        assert again.assessment.screening == {"video": "nein", "fax": "nein"}
        assert again.answer("zutritt.video").from_screening
    finally:
        again.close()


def test_old_files_load_without_screening() -> None:
    old = {"catalog_id": "x", "catalog_version": "1", "answers": {"a.b": {"status": "offen"}}}
    assessment = Assessment.model_validate(old)
    assert assessment.screening == {} and not assessment.answer("a.b").from_screening


def test_sub_measures_go_with_their_parent(catalog: Catalog) -> None:
    out = ruled_out(screening_form(), catalog, {"fernwartung": "nein"}, "en")
    children = [c.id for c in catalog.measure_index()["betrieb.fernwartung"].walk()]
    assert len(children) > 1 and all(
        out[c] == "No remote maintenance by service providers" for c in children
    )


def test_unknown_changes_nothing(doc: OpenAssessment) -> None:
    _screen(doc, softwareentwicklung="unbekannt")
    assert all(doc.answer(m).status is Status.OFFEN for m in SOFTWARE)


@pytest.mark.parametrize("preset", [p.id for p in list_presets()])
def test_presets_answer_every_question(preset: str, catalog: Catalog) -> None:
    assessment = assessment_from_preset(preset, catalog)
    asked = {q.id for q in screening_form().questions}
    assert set(assessment.screening) == asked


def test_office_preset_rules_out_software_development(catalog: Catalog) -> None:
    assessment = assessment_from_preset("buero_cloud", catalog)
    assert assessment.answer("betrieb.codeanalyse").status is Status.ENTFAELLT
    assert assessment.answer("betrieb.codeanalyse").from_screening


def test_no_baseline_finding_for_a_ruled_out_measure(catalog: Catalog) -> None:
    assessment = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    assessment.protection_need = "sehr_hoch"  # type: ignore[assignment]
    before = {t for f in evaluate(assessment, catalog) for t in f.targets}
    assert "measure:betrieb.codeanalyse" in before  # erhöht, expected at sehr hoch
    for measure_id, reason in ruled_out(
        screening_form(), catalog, {"softwareentwicklung": "nein"}, "de"
    ).items():
        assessment.answers[measure_id] = Answer(status=Status.ENTFAELLT, reason=reason)
    after = {t for f in evaluate(assessment, catalog) for t in f.targets}
    assert not {f"measure:{m}" for m in SOFTWARE} & after


def test_annex_lists_ruled_out_measures_only_when_asked(tmp_path: Path, catalog: Catalog) -> None:
    assessment = assessment_from_preset("buero_cloud", catalog)
    # the preset's answers confirmed (an unconfirmed pre-answer is printed as open)
    for measure_id, answer in list(assessment.answers.items()):
        assessment.answers[measure_id] = answer.model_copy(update={"follow_up": False})
    # the reason the screening wrote, as printed in the annex
    reason = "Keine eigene Softwareentwicklung"
    plain = body(render(tmp_path, assessment, catalog))
    listed = body(render(tmp_path, assessment, catalog, list_entfaellt=True))
    assert reason not in plain
    assert reason in listed


def test_screening_travels_in_the_exchange_format(catalog: Catalog) -> None:
    assessment = assessment_from_preset("buero_cloud", catalog)
    back = import_json(export_json(assessment))
    assert back.screening == assessment.screening
    assert back.answer("betrieb.codeanalyse").from_screening


def test_a_forms_folder_without_screening_has_no_questions(tmp_path: Path) -> None:
    assert load_screening_form(tmp_path / "screening.yaml").questions == []


def test_a_broken_screening_file_names_file_and_field(tmp_path: Path) -> None:
    path = tmp_path / "screening.yaml"
    path.write_text(
        'version: "1"\nquestions:\n  - id: x\n    text: {de: a, en: b}\n'
        "    nein: {not_applicable: [zugang.mfa]}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as caught:
        load_screening_form(path)
    assert "screening.yaml" in str(caught.value) and "reason" in str(caught.value)


def test_incremental_rules_follow_a_screening_change(doc: OpenAssessment) -> None:
    doc.apply([SetAnswer("zutritt.video", Answer(status=Status.UMGESETZT))], "user")
    assert not any(f.rule_id == "widerspruch.rahmen_video" for f in doc.findings)
    _screen(doc, video="nein")  # the user's tick stays: now a contradiction
    assert any(f.rule_id == "widerspruch.rahmen_video" for f in doc.findings)
    assert doc.findings == Evaluator(doc.catalog).full(doc.assessment)
    _screen(doc, video="ja")
    assert not any(f.rule_id == "widerspruch.rahmen_video" for f in doc.findings)
