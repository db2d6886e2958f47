"""Presets are realistic starting points: they fit the catalog, set the protection need, and
mark every pre-filled answer for follow-up so that nothing is signed unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import (
    Preset,
    assessment_from_preset,
    get_preset,
    list_presets,
    load_presets,
)
from tomwizard.content.processing_form import processing_form
from tomwizard.content.yamlsource import ContentError
from tomwizard.models.assessment import ProtectionNeed, Status
from tomwizard.models.finding import FindingKind
from tomwizard.rules import evaluate

PRESETS = list_presets()


def test_four_realistic_starting_points_exist() -> None:
    ids = {p.id for p in PRESETS}
    assert {"buero_cloud", "arztpraxis", "agentur_software", "hosting"} <= ids
    assert get_preset("arztpraxis").protection_need == ProtectionNeed.HOCH
    assert get_preset("buero_cloud").protection_need == ProtectionNeed.NORMAL
    for preset in PRESETS:
        assert "Ausgangspunkt" in preset.notice.de and "starting point" in preset.notice.en


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_preset_fits_the_catalog_and_is_marked_for_checking(preset: Preset) -> None:
    catalog = default_catalog()
    assert preset.problems(catalog) == []
    for lang in ("de", "en"):
        assessment = assessment_from_preset(preset.id, catalog, lang)
        assert assessment.protection_need == preset.protection_need
        assert assessment.answers
        for answer in assessment.answers.values():
            assert answer.follow_up and answer.note  # every pre-answer asks to be confirmed
            assert answer.status != Status.ENTFAELLT or answer.reason
        evaluate(assessment, catalog)  # the gap rules accept it


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_preset_numbers_follow_the_recommendations(preset: Preset) -> None:
    index = default_catalog().measure_index()
    for measure_id, values in preset.params.items():
        for param in index[measure_id].params:
            value = values.get(param.id)
            if isinstance(value, int):
                assert param.recommended_min is None or value >= param.recommended_min
                assert param.recommended_max is None or value <= param.recommended_max
    # every measure the preset implements renders without a gap ("…")
    assessment = assessment_from_preset(preset, default_catalog())
    for measure_id, answer in assessment.answers.items():
        if answer.status == Status.UMGESETZT:
            assert set(answer.params) == {p.id for p in index[measure_id].params}, measure_id


def test_art9_suggestions_use_the_form_choices() -> None:
    field = next(
        f for f in processing_form().group("processing").fields if f.id == "special_categories"
    )
    labels = {c.label.de for c in field.choices}
    assessment = assessment_from_preset("arztpraxis", default_catalog())
    assert assessment.processing.special_categories == ["Gesundheitsdaten"]
    assert assessment.processing.special_data is True  # the Art. 9 question answered with them
    other = assessment_from_preset("buero_cloud", default_catalog())
    assert other.processing.special_categories == [] and other.processing.special_data is None
    assert set(assessment.processing.special_categories) <= labels


def test_broken_preset_is_reported_with_file(tmp_path: Path) -> None:
    source = (Path(__file__).parents[1] / "forms" / "presets" / "buero-cloud.yaml").read_text()
    (tmp_path / "p.yaml").write_text(source.replace("  - org.vvt\n", "  - org.gibtsnicht\n"))
    with pytest.raises(ContentError) as info:
        load_presets(tmp_path, catalog=default_catalog())
    assert info.value.lines == [f"{tmp_path / 'p.yaml'}: unknown measure 'org.gibtsnicht'"]
    (tmp_path / "p.yaml").write_text(
        source.replace("protection_need: normal", "protection_need: mittel")
    )
    with pytest.raises(ContentError, match=r"p\.yaml:\d+: protection_need"):
        load_presets(tmp_path)
    with pytest.raises(KeyError):
        get_preset("gibtsnicht")


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.id)
def test_a_fresh_file_from_a_preset_does_not_contradict_itself(preset: Preset) -> None:
    """Review 2, finding 21: a pre-answer must not contradict the preset's own story (a DSB
    ticked as designated while the preset cannot name one, mobile work against its screening)."""
    catalog = default_catalog()
    for lang in ("de", "en"):
        findings = evaluate(assessment_from_preset(preset, catalog, lang), catalog)
        assert [f.rule_id for f in findings if f.kind == FindingKind.WIDERSPRUCH] == []


def test_the_practice_preset_is_the_service_provider_not_the_practice() -> None:
    """DSB review 3, B15: the practice is the controller; the preset is for the provider that
    works for it, bound as a contributing person under section 203 (3), (4) StGB."""
    preset = get_preset("arztpraxis")
    assert "Dienstleister" in preset.title.de and "service provider" in preset.title.en.lower()
    assert "mitwirkende Personen nach § 203 Abs. 3, 4 StGB" in preset.description.de
    assert "ärztlichen Schweigepflicht" not in preset.description.de
    for lang, words in (("de", "des Verantwortlichen"), ("en", "of the controller")):
        subjects = assessment_from_preset(preset, default_catalog(), lang).processing
        assert subjects.data_subjects and all(words in s for s in subjects.data_subjects)
    assert "personal.berufsgeheimnis" in preset.implemented
