"""The processing description, DSB and sub-processor fields as data (forms/processing.yaml).

The GUI builds its forms from :func:`processing_form`; a field's ``id`` is the attribute of the
model named by its group's ``target``, which the validator checks, so that a typo in the file is
reported instead of producing a form field that stores nothing.
"""

from functools import cache
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Self, Union, get_args, get_origin

from pydantic import BaseModel, Field, model_validator

from tomwizard.content.cache import load_cached
from tomwizard.content.yamlsource import load_yaml, validate
from tomwizard.models.assessment import ContactPoint, Dsb, Processing, Subprocessor, TransferBasis
from tomwizard.models.catalog import ID_PATTERN, Strict, Text
from tomwizard.paths import forms_path

FieldKind = Literal[
    "text",
    "multiline",
    "list",
    "bool",
    "yes_no",
    "int",
    "date",
    "country",
    "country_list",
    "choice",
]
Target = Literal["processing", "organisation.dsb", "organisation.contact_point", "subprocessor"]

TARGET_MODELS: dict[str, type[BaseModel]] = {
    "processing": Processing,
    "organisation.dsb": Dsb,
    "organisation.contact_point": ContactPoint,
    "subprocessor": Subprocessor,
}
# the model attribute each kind of form field may write to (by the field's type, see _type_name)
_KINDS_FOR: dict[str, set[str]] = {
    "str": {"text", "multiline", "country", "choice"},
    "list[str]": {"list", "country_list"},
    "bool": {"bool"},
    "bool | None": {"yes_no"},  # unanswered / ja / nein
    "int | None": {"int"},
    "date | None": {"date"},
    "TransferBasis": {"choice"},
}


class Choice(Strict):
    id: str = Field(pattern=r"^([a-z][a-z0-9_]*)?$")
    label: Text


class FormField(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    kind: FieldKind
    label: Text
    help: Text
    required: bool = False
    choices: list[Choice] = Field(default_factory=list)
    free_entry: bool = True  # list fields: own entries beside the choices
    fallback: Text | None = None  # printed when the field is left empty

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.kind == "choice" and not self.choices:
            raise ValueError("a choice field needs choices")
        if self.kind not in ("text", "multiline", "list", "choice") and self.choices:
            raise ValueError(f"a {self.kind} field has no choices")
        if not self.free_entry and self.kind != "list":
            raise ValueError("free_entry applies to list fields only")
        ids = [c.id for c in self.choices]
        if len(set(ids)) != len(ids):
            raise ValueError("choice ids must be unique")
        return self


class FormGroup(Strict):
    id: str = Field(pattern=ID_PATTERN)
    target: Target
    title: Text
    intro: Text | None = None
    fields: list[FormField] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_fields(self) -> Self:
        model = TARGET_MODELS[self.target]
        seen: set[str] = set()
        for form_field in self.fields:
            if form_field.id in seen:
                raise ValueError(f"field '{form_field.id}' appears twice")
            seen.add(form_field.id)
            info = model.model_fields.get(form_field.id)
            if info is None:
                raise ValueError(f"{model.__name__} has no field '{form_field.id}'")
            annotation = _type_name(info.annotation)
            if form_field.kind not in _KINDS_FOR.get(annotation, set()):
                raise ValueError(
                    f"field '{form_field.id}' ({annotation}) cannot be a {form_field.kind} field"
                )
            if annotation == "TransferBasis":
                allowed = {b.value for b in TransferBasis}
                if {c.id for c in form_field.choices} != allowed:
                    raise ValueError(f"'{form_field.id}' must list exactly {sorted(allowed)}")
        return self


class ProcessingForm(Strict):
    version: str = Field(min_length=1)
    groups: list[FormGroup] = Field(min_length=1)

    def group(self, group_id: str) -> FormGroup:
        return next(g for g in self.groups if g.id == group_id)


def _type_name(annotation: Any) -> str:
    """The field's type as written in a model, e.g. ``list[str]``, ``date | None``.

    Made from the resolved type (``str``, ``list[str]``, ``Optional[date]`` …), not from the
    annotation's source text, so it is the same whether or not the model module postpones its
    annotations; ``None`` always comes last in a union.
    """
    if annotation is None or annotation is type(None):
        return "None"
    args = get_args(annotation)
    if get_origin(annotation) in (Union, UnionType):
        parts = [_type_name(a) for a in args if a is not type(None)]
        return " | ".join(parts + ["None"] * (len(parts) < len(args)))
    if args:
        origin = get_origin(annotation)
        inner = ", ".join(_type_name(a) for a in args)
        return f"{getattr(origin, '__name__', str(origin))}[{inner}]"
    return getattr(annotation, "__name__", str(annotation))


def load_processing_form(path: Path | None = None) -> ProcessingForm:
    path = path or forms_path("processing.yaml")
    data, lines = load_yaml(path)
    return validate(ProcessingForm, data, path, lines)


@cache
def processing_form() -> ProcessingForm:
    """The shipped form (loaded once per process, from the content cache if unchanged)."""
    path = forms_path("processing.yaml")
    return load_cached("processing", [path], ProcessingForm, lambda: load_processing_form(path))
