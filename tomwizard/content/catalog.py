"""Load the TOM catalog from forms/: an index file naming one YAML file per section."""

from functools import cache
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationError

from tomwizard.content.cache import load_cached
from tomwizard.content.questions import merge_questions
from tomwizard.content.yamlsource import (
    ContentError,
    describe_error,
    describe_errors,
    load_yaml,
    without_cycle_collection,
)
from tomwizard.models.catalog import Catalog, Language, Strict, Text
from tomwizard.paths import forms_path

INDEX_NAME = "catalog.yaml"
LineMap = dict[tuple[str | int, ...], int]


class CatalogIndex(Strict):
    id: str
    version: str
    languages: list[Language]
    title: Text
    sections: list[str] = Field(min_length=1)  # file names relative to the index


def default_catalog_dir() -> Path:
    return forms_path("catalog")


def load_catalog(directory: Path | None = None) -> Catalog:
    """Load and validate a catalog; raise ContentError naming file, line and field."""
    with without_cycle_collection():
        return _load_catalog(directory or default_catalog_dir())


def _load_catalog(directory: Path) -> Catalog:
    index_path = directory / INDEX_NAME if directory.is_dir() else directory
    directory = index_path.parent
    data, lines = load_yaml(index_path)
    try:
        index = CatalogIndex.model_validate(data)
    except ValidationError as exc:
        raise ContentError(describe_errors(exc, index_path, lines)) from exc

    errors: list[str] = []
    sections: list[Any] = []
    where: list[tuple[Path, dict[tuple[str | int, ...], int]]] = []
    for name in index.sections:
        section_path = directory / name
        try:
            section_data, section_lines = load_yaml(section_path)
        except ContentError as exc:
            errors.extend(exc.lines)
            continue
        sections.append(section_data)
        where.append((section_path, section_lines))
    errors += _duplicate_ids(sections, where)
    if not errors:
        errors += merge_questions(directory, index.sections, sections)
    if errors:
        raise ContentError(errors)

    payload = {**index.model_dump(exclude={"sections"}), "sections": sections}
    try:
        return Catalog.model_validate(payload)
    except ValidationError as exc:
        raise ContentError(_split_by_file(exc, index_path, lines, where)) from exc


def _duplicate_ids(
    sections: list[Any], where: list[tuple[Path, dict[tuple[str | int, ...], int]]]
) -> list[str]:
    """Name both places of an id used twice (the model check alone cannot say where)."""
    first: dict[str, str] = {}
    messages = []

    def visit(node: Any, loc: tuple[str | int, ...], path: Path, lines: LineMap) -> None:
        if isinstance(node, dict):
            item_id = node.get("id")
            if isinstance(item_id, str):
                place = f"{path}:{lines.get((*loc, 'id'), 1)}"
                if item_id in first:
                    field = ".".join(map(str, (*loc, "id"))) or "id"
                    earlier = first[item_id]
                    messages.append(
                        f"{place}: {field}: id '{item_id}' is used twice (first at {earlier})"
                    )
                else:
                    first[item_id] = place
            for key in ("subsections", "measures", "children"):
                children = node.get(key)
                if isinstance(children, list):
                    for index, child in enumerate(children):
                        visit(child, (*loc, key, index), path, lines)

    for section, (path, lines) in zip(sections, where, strict=True):
        visit(section, (), path, lines)
    return messages


def _split_by_file(
    exc: ValidationError,
    index_path: Path,
    index_lines: dict[tuple[str | int, ...], int],
    where: list[tuple[Path, dict[tuple[str | int, ...], int]]],
) -> list[str]:
    """Attribute each error to the section file it comes from."""
    messages = []
    for error in exc.errors():
        loc = error["loc"]
        if len(loc) >= 2 and loc[0] == "sections" and isinstance(loc[1], int):
            path, lines = where[loc[1]]
            messages.append(describe_error(error, path, lines, skip=2))
        else:
            messages.append(describe_error(error, index_path, index_lines))
    return messages


@cache
def default_catalog() -> Catalog:
    """The catalog shipped with the program (loaded once per process, from the content cache
    when its files are unchanged: the section and the question files)."""
    directory = default_catalog_dir()
    sources = sorted(directory.rglob("*.yaml"))
    return load_cached("catalog", sources, Catalog, lambda: load_catalog(directory))
