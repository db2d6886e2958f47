"""Map the assessment's scalar parts to rows of the ``fields`` table, one row per leaf.

A leaf is a field of the assessment, its organisation or its processing description that is
not itself a model (lists such as ``processing.purposes`` are one leaf). Storing leaves one by
one lets every edit in the UI be one small transaction.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Annotated, Any

from pydantic import BaseModel

from tomwizard.models.assessment import Assessment

if TYPE_CHECKING:
    from pydantic import TypeAdapter

_ROW_PARTS = ("answers", "custom_measures", "subprocessors")


def _leaf_annotations(model: type[BaseModel], prefix: str = "") -> dict[str, Any]:
    leaves: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        if not prefix and name in _ROW_PARTS:
            continue
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            leaves.update(_leaf_annotations(annotation, f"{prefix}{name}."))
        elif info.metadata:  # keep constraints such as ge=0
            leaves[f"{prefix}{name}"] = Annotated[annotation, *info.metadata]
        else:
            leaves[f"{prefix}{name}"] = annotation
    return leaves


@cache
def _leaves() -> dict[str, Any]:
    """Every field path and its annotation (the paths are what reading a file needs)."""
    return _leaf_annotations(Assessment)


@cache
def _adapter(path: str) -> TypeAdapter[Any]:
    """The validator of one field path, built when that field is first set (building all 47
    before the first open was read cost a few ms of every start; pydantic.type_adapter is
    imported then too: reading a file needs none)."""
    from pydantic import TypeAdapter

    return TypeAdapter(_leaves()[path])


def field_paths() -> list[str]:
    """Every settable field path, e.g. ``organisation.processor.name``."""
    return list(_leaves())


def validate_field(path: str, value: Any) -> Any:
    """Validate a value for a field path; return it in JSON form. Raises ValueError."""
    if path not in _leaves():
        raise ValueError(f"unknown field: {path}")
    adapter = _adapter(path)
    return adapter.dump_python(adapter.validate_python(value), mode="json")


def field_rows(assessment: Assessment) -> list[tuple[str, Any]]:
    data = assessment.model_dump(mode="json")
    rows = []
    for path in _leaves():
        value: Any = data
        for part in path.split("."):
            value = value[part]
        rows.append((path, value))
    return rows


def assessment_from_rows(
    fields: dict[str, Any],
    answers: dict[str, Any],
    custom_measures: list[Any],
    subprocessors: list[Any],
) -> Assessment:
    data: dict[str, Any] = {
        "answers": answers,
        "custom_measures": custom_measures,
        "subprocessors": subprocessors,
    }
    for path, value in fields.items():
        if path not in _leaves():
            continue  # a field a later schema dropped; kept in the file, ignored here
        node = data
        *parents, leaf = path.split(".")
        for part in parents:
            node = node.setdefault(part, {})
        node[leaf] = value
    return Assessment.model_validate(data)
