"""The processing description and sub-processor fields as data (forms/processing.yaml)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.processing_form import load_processing_form, processing_form
from tomwizard.content.yamlsource import ContentError
from tomwizard.models.assessment import Dsb, Processing, Subprocessor, TransferBasis

FORM = processing_form()
SOURCE = Path(__file__).parents[1] / "forms" / "processing.yaml"


@pytest.mark.parametrize(
    ("group", "model", "not_in_form"),
    [
        ("processing", Processing, set()),
        ("dsb", Dsb, set()),
        ("subprocessor", Subprocessor, {"id"}),
    ],
)
def test_form_covers_every_field_of_the_model(
    group: str, model: type, not_in_form: set[str]
) -> None:
    fields = {f.id for f in FORM.group(group).fields}
    assert fields == set(model.model_fields) - not_in_form


def test_choices_match_the_law_and_the_model() -> None:
    processing = {f.id: f for f in FORM.group("processing").fields}
    art9 = processing["special_categories"]
    assert len(art9.choices) == 8 and not art9.free_entry  # the eight categories of Art. 9 (1)
    assert processing["criminal_data"].kind == "yes_no"  # Art. 10: yes, no or not answered
    for field_id in ("data_subjects", "data_categories", "purposes", "steps"):
        assert len(processing[field_id].choices) >= 5 and processing[field_id].free_entry
    assert processing["instructing_persons"].fallback is not None
    basis = next(f for f in FORM.group("subprocessor").fields if f.id == "transfer_basis")
    assert [c.id for c in basis.choices] == [b.value for b in TransferBasis]
    for group in FORM.groups:
        for field in group.fields:
            assert field.label.de and field.label.en and field.help.de and field.help.en


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("      - id: duration\n", "      - id: dauer\n"), "Processing has no field 'dauer'"),
        (
            (
                "      - id: criminal_data\n        kind: yes_no",
                "      - id: criminal_data\n        kind: int",
            ),
            "cannot be a int field",
        ),
        (("          - {id: eu_ewr,", "          - {id: eu,"), "must list exactly"),
        (
            (
                "        required: true\n        label:\n          de: Gegenstand",
                "        colour: red\n        label:\n          de: Gegenstand",
            ),
            "Extra inputs",
        ),
    ],
)
def test_errors_name_file_line_and_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert change[0] in text
    path = tmp_path / "processing.yaml"
    path.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_processing_form(path)
    line = info.value.lines[0]
    assert line.startswith(f"{path}:") and expected in line, line


def test_shipped_form_validates_against_the_models_types() -> None:
    """The kind check reads the models' resolved types, postponed annotations or not."""
    assert load_processing_form(SOURCE) == FORM


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "id: dpf_checked\n        kind: date",
            "id: dpf_checked\n        kind: text",
            "(date | None)",
        ),
        ("id: places\n        kind: country_list", "id: places\n        kind: list", None),
        ("id: places\n        kind: country_list", "id: places\n        kind: text", "(list[str])"),
        ("id: tia_done\n        kind: bool", "id: tia_done\n        kind: yes_no", "(bool)"),
    ],
)
def test_field_kinds_follow_the_model_type(
    tmp_path: Path, old: str, new: str, expected: str | None
) -> None:
    text = SOURCE.read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "processing.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    if expected is None:
        load_processing_form(path)
        return
    with pytest.raises(ContentError) as info:
        load_processing_form(path)
    assert expected in info.value.lines[0] and "cannot be a" in info.value.lines[0]
