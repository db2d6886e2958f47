"""The mapping files between catalog versions (forms/catalog/mappings/) and the chain of steps
from one version to another.

A mapping file describes one step, ``from_version`` → ``to_version``; :func:`chain` finds the
steps from a file's catalog version to this program's. A file made with a newer catalog than
this program knows has no chain: :class:`NewerCatalogError` says to update tomwizard.
:mod:`tomwizard.content.upgrade` carries the answers along the chain.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from pydantic import Field, model_validator

from tomwizard.content.yamlsource import ContentError, load_yaml, validate
from tomwizard.i18n import message_language, tr
from tomwizard.models.catalog import Strict, Text
from tomwizard.paths import forms_path


class CatalogMapping(Strict):
    """One upgrade step between two catalog versions."""

    from_version: str = Field(min_length=1)
    to_version: str = Field(min_length=1)
    note: Text | None = None
    renamed: dict[str, str] = Field(default_factory=dict)  # old id → new id
    split: dict[str, list[str]] = Field(default_factory=dict)  # old id → new ids
    merged: dict[str, list[str]] = Field(default_factory=dict)  # new id → old ids
    removed: dict[str, Text] = Field(default_factory=dict)  # old id → why
    sections: dict[str, str] = Field(default_factory=dict)  # old section id → new section id

    @model_validator(mode="after")
    def _check(self) -> CatalogMapping:
        if self.from_version == self.to_version:
            raise ValueError("from_version and to_version must differ")
        seen: set[str] = set()
        olds = [*self.renamed, *self.split, *self.removed]
        olds += [old for group in self.merged.values() for old in group]
        for old in olds:
            if old in seen:
                raise ValueError(f"id '{old}' is mapped twice")
            seen.add(old)
        for old, targets in self.split.items():
            if len(targets) < 2:
                raise ValueError(f"split of '{old}' needs at least two new ids")
        for new, sources in self.merged.items():
            if len(sources) < 2:
                raise ValueError(f"merge into '{new}' needs at least two old ids")
        return self


class UpgradeError(Exception):
    """No chain of mapping files leads from one version to the other."""


class NewerCatalogError(UpgradeError):
    """The file was made with a newer catalog version than this program knows."""


def mappings_dir() -> Path:
    return forms_path("catalog", "mappings")


def load_mappings(directory: Path | None = None) -> list[CatalogMapping]:
    """All mapping files of a folder, validated (errors name file, line and field)."""
    directory = directory or mappings_dir()
    if not directory.is_dir():
        return []
    result = []
    for path in sorted(directory.glob("*.yaml")):
        data, lines = load_yaml(path)
        result.append(validate(CatalogMapping, data, path, lines))
    starts = [m.from_version for m in result]
    duplicates = sorted({v for v in starts if starts.count(v) > 1})
    if duplicates:
        raise ContentError([f"{directory}: more than one mapping starts at {duplicates}"])
    return result


@cache
def shipped_mappings() -> tuple[CatalogMapping, ...]:
    return tuple(load_mappings())


def version_key(version: str) -> tuple[int, ...]:
    """``2026.4`` → (2026, 4); anything else sorts first."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return ()


def is_newer(
    version: str, than: str, mappings: list[CatalogMapping] | tuple[CatalogMapping, ...]
) -> bool:
    """Whether catalog ``version`` comes after ``than``: a chain of mapping steps leads from
    ``than`` to it, or both are numbered (``2026.4``) and it is the higher number."""
    if version == than:
        return False
    if _steps(than, version, mappings) is not None:
        return True
    mine, other = version_key(version), version_key(than)
    return bool(mine and other) and mine > other


def _steps(
    from_version: str, to_version: str, mappings: list[CatalogMapping] | tuple[CatalogMapping, ...]
) -> list[CatalogMapping] | None:
    by_start = {m.from_version: m for m in mappings}
    steps: list[CatalogMapping] = []
    version = from_version
    while version != to_version:
        step = by_start.get(version)
        if step is None or len(steps) > len(by_start):
            return None
        steps.append(step)
        version = step.to_version
    return steps


def chain(
    from_version: str, to_version: str, mappings: list[CatalogMapping] | tuple[CatalogMapping, ...]
) -> list[CatalogMapping]:
    """The mapping steps from one version to another, in order. Raises NewerCatalogError when
    ``from_version`` is the newer one, UpgradeError when no chain leads there."""
    steps = _steps(from_version, to_version, mappings)
    if steps is not None:
        return steps
    lang = message_language()
    if is_newer(from_version, to_version, mappings):
        newer = tr(
            lang,
            "Die Datei wurde mit einer neueren tomwizard-Version erstellt (Katalogversion "
            "{old}, dieses Programm kennt bis {new}). Bitte tomwizard aktualisieren.",
        )
        raise NewerCatalogError(newer.format(old=from_version, new=to_version))
    missing = tr(lang, "Keine Zuordnung von Katalogversion {old} nach {new} vorhanden.")
    raise UpgradeError(missing.format(old=from_version, new=to_version))
