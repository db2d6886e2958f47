"""Presets: realistic starting points that pre-answer typical measures (forms/presets/*.yaml).

A preset never stands for a finished annex. :func:`assessment_from_preset` marks every answer
it fills in for follow-up ("Rückfrage") with a note naming the preset, so that the wizard and
the gap report show what the user still has to confirm.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, model_validator

from tomwizard.content.cache import load_cached
from tomwizard.content.screening import screening_form
from tomwizard.content.yamlsource import ContentError, load_yaml, validate
from tomwizard.i18n import N_, say
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Processing,
    ProtectionNeed,
    ScreeningAnswer,
    Status,
)
from tomwizard.models.catalog import Catalog, Language, Measure, Strict, Text
from tomwizard.paths import forms_path

ParamValues = dict[str, int | str]


class PresetProcessing(Strict):
    """Typical entries for the processing description (suggestions, in both languages)."""

    purposes: list[Text] = Field(default_factory=list)
    steps: list[Text] = Field(default_factory=list)
    data_subjects: list[Text] = Field(default_factory=list)
    data_categories: list[Text] = Field(default_factory=list)
    special_categories: list[Text] = Field(default_factory=list)


class Preset(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: Text
    description: Text
    notice: Text  # says that this is a starting point to be checked
    protection_need: ProtectionNeed
    processing: PresetProcessing = Field(default_factory=PresetProcessing)
    implemented: list[str] = Field(min_length=1)
    params: dict[str, ParamValues] = Field(default_factory=dict)
    not_applicable: dict[str, Text] = Field(default_factory=dict)  # measure id → reason
    # typical answers to the Rahmenbedingungen (forms/screening.yaml), applied after the above
    screening: dict[str, ScreeningAnswer] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check(self) -> Preset:
        if len(set(self.implemented)) != len(self.implemented):
            raise ValueError("a measure is listed twice under implemented")
        both = set(self.implemented) & set(self.not_applicable)
        if both:
            raise ValueError(f"implemented and not applicable at once: {sorted(both)}")
        orphans = set(self.params) - set(self.implemented)
        if orphans:
            raise ValueError(f"parameters for measures not implemented: {sorted(orphans)}")
        return self

    def problems(self, catalog: Catalog) -> list[str]:
        """What does not fit ``catalog``: unknown ids, unknown or mistyped parameters."""
        index = catalog.measure_index()
        out = [
            f"unknown measure '{mid}'"
            for mid in [*self.implemented, *self.not_applicable]
            if mid not in index
        ]
        for mid, values in self.params.items():
            if mid in index:
                out += _param_problems(index[mid], values)
        questions = {q.id for q in screening_form().questions}
        out += [f"unknown screening question '{q}'" for q in self.screening if q not in questions]
        return out


def _param_problems(measure: Measure, values: ParamValues) -> list[str]:
    declared = {p.id: p for p in measure.params}
    out = []
    for key, value in values.items():
        param = declared.get(key)
        if param is None:
            out.append(f"measure '{measure.id}' has no parameter '{key}'")
        elif param.type == "int" and (isinstance(value, bool) or not isinstance(value, int)):
            out.append(f"parameter '{measure.id}.{key}' needs a whole number")
        elif param.type == "choice" and value not in param.choices:
            out.append(f"parameter '{measure.id}.{key}' must be one of {param.choices}")
    return out


def presets_dir() -> Path:
    return forms_path("presets")


def load_presets(directory: Path | None = None, catalog: Catalog | None = None) -> list[Preset]:
    """Every preset of a folder, validated; against ``catalog`` too when one is given."""
    directory = directory or presets_dir()
    presets: list[Preset] = []
    errors: list[str] = []
    for path in sorted(directory.glob("*.yaml")):
        data, lines = load_yaml(path)
        preset = validate(Preset, data, path, lines)
        if catalog is not None:
            errors += [f"{path}: {problem}" for problem in preset.problems(catalog)]
        presets.append(preset)
    ids = [p.id for p in presets]
    errors += [
        f"{directory}: preset id '{i}' is used twice" for i in sorted(set(ids)) if ids.count(i) > 1
    ]
    if errors:
        raise ContentError(errors)
    return presets


class _CachedPresets(Strict):
    """What the content cache keeps of the shipped presets."""

    presets: list[Preset]


@cache
def _shipped() -> tuple[Preset, ...]:
    """The shipped presets, from the content cache when their files are unchanged (the start
    page lists them: a start from the cache parses no YAML)."""
    files = sorted(presets_dir().glob("*.yaml"))
    cached = load_cached(
        "presets", files, _CachedPresets, lambda: _CachedPresets(presets=load_presets())
    )
    return tuple(cached.presets)


def list_presets() -> list[Preset]:
    """The shipped presets, in file-name order."""
    return list(_shipped())


def get_preset(preset_id: str) -> Preset:
    for preset in _shipped():
        if preset.id == preset_id:
            return preset
    raise KeyError(f"Unbekannte Vorlage: {preset_id}")


def assessment_from_preset(
    preset_id: str | Preset, catalog: Catalog, lang: Language = "de"
) -> Assessment:
    """A new assessment pre-answered from a preset; every answer is marked for follow-up."""
    preset = preset_id if isinstance(preset_id, Preset) else get_preset(preset_id)
    problems = preset.problems(catalog)
    if problems:
        raise ContentError([f"preset '{preset.id}': {p}" for p in problems])
    note = say(lang, _NOTE).format(title=preset.title.get(lang))
    answers: dict[str, Answer] = {}
    for measure_id in preset.implemented:
        answers[measure_id] = Answer(
            status=Status.UMGESETZT,
            params=dict(preset.params.get(measure_id, {})),
            follow_up=True,
            note=note,
        )
    # what the preset's Rahmenbedingungen rule out is theirs to say (folded on the section pages)
    ruled = _screened_out(preset, catalog)
    for measure_id, reason in preset.not_applicable.items():
        if measure_id in ruled:
            continue
        answers[measure_id] = Answer(
            status=Status.ENTFAELLT, reason=reason.get(lang), follow_up=True, note=note
        )
    suggested = preset.processing
    processing = Processing(
        purposes=[t.get(lang) for t in suggested.purposes],
        steps=[t.get(lang) for t in suggested.steps],
        data_subjects=[t.get(lang) for t in suggested.data_subjects],
        data_categories=[t.get(lang) for t in suggested.data_categories],
        special_categories=[t.get(lang) for t in suggested.special_categories],
        # the Art. 9 question answered as the suggested categories say (yes when there are any)
        special_data=True if suggested.special_categories else None,
    )
    assessment = Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        language=lang,
        processing=processing,
        protection_need=preset.protection_need,
        answers=answers,
    )
    if not preset.screening:
        return assessment
    from tomwizard.editing.screening import with_screening  # editing builds on content

    screened = with_screening(assessment, catalog, dict(preset.screening))
    for measure_id, answer in screened.answers.items():
        if answer.from_screening:  # also a pre-answer to be confirmed
            screened.answers[measure_id] = answer.model_copy(
                update={"follow_up": True, "note": note}
            )
    return screened


def _screened_out(preset: Preset, catalog: Catalog) -> set[str]:
    from tomwizard.editing.screening import ruled_out  # editing builds on content

    return set(ruled_out(screening_form(), catalog, dict(preset.screening), "de"))


_NOTE = N_("Vorbelegt aus der Vorlage „{title}“ – bitte prüfen und bestätigen.")

PRESET_NOTE = _NOTE  # the note of a pre-answer, until confirmed (tomwizard/editing/confirm.py)
