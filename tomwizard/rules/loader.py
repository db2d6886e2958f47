"""Load the rule files (forms/rules/*.yaml, in file-name order); errors name file, line, field."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from tomwizard.content.cache import load_cached
from tomwizard.content.yamlsource import ContentError, load_yaml
from tomwizard.models.catalog import Catalog, Strict
from tomwizard.paths import forms_path
from tomwizard.rules.analysis import Deps, Loc, analyse
from tomwizard.rules.predicates import PREDICATE_TYPES, Rule, RuleFile

LineMap = dict[tuple[str | int, ...], int]


@dataclass(frozen=True)
class LoadedRule:
    """A validated rule with what it reads and where it was written."""

    rule: Rule
    index: int  # position in the rule set: the order of findings within a severity
    deps: Deps
    measure_refs: tuple[tuple[str, str], ...]  # ("file:line: field", measure id)
    origin: str  # "file:line" of the rule's id


def default_rules_dir() -> Path:
    return forms_path("rules")


def is_rules_source(path: Path) -> bool:
    """Whether ``path`` names rule files rather than a catalog (for `catalog validate PATH`)."""
    if path.is_dir():
        return not (path / "catalog.yaml").exists() and any(path.glob("*.yaml"))
    if path.suffix not in (".yaml", ".yml") or path.name == "catalog.yaml":
        return False
    try:
        head = path.read_text(encoding="utf-8")[:4000]
    except (OSError, UnicodeDecodeError):
        return False
    return any(line.startswith("rules:") for line in head.splitlines())


def rule_files(source: Path) -> list[Path]:
    if source.is_dir():
        return sorted([*source.glob("*.yaml"), *source.glob("*.yml")])
    return [source]


def load_rules(source: Path | None = None, catalog: Catalog | None = None) -> list[LoadedRule]:
    """Load and check every rule file; with ``catalog``, also check the measure ids used.

    Raises ContentError with one "file:line: field: message" per problem.
    """
    errors: list[str] = []
    loaded: list[LoadedRule] = []
    first_seen: dict[str, str] = {}
    files = rule_files(source or default_rules_dir())
    if not files:
        raise ContentError([f"{source}: no rule files (*.yaml) found"])
    for path in files:
        try:
            data, lines = load_yaml(path)
        except ContentError as exc:
            errors.extend(exc.lines)
            continue
        try:
            parsed = RuleFile.model_validate(data)
        except ValidationError as exc:
            errors.extend(
                _describe(error["loc"], error["msg"], path, lines) for error in exc.errors()
            )
            continue
        for number, rule in enumerate(parsed.rules):
            base: Loc = ("rules", number)
            origin = f"{path}:{_line(lines, (*base, 'id'))}"
            if rule.id in first_seen:
                errors.append(
                    f"{origin}: rules.{number}.id: rule id '{rule.id}' is used twice "
                    f"(first at {first_seen[rule.id]})"
                )
                continue
            first_seen[rule.id] = origin
            result = analyse(rule)
            errors += [_describe((*base, *loc), msg, path, lines) for loc, msg in result.problems]
            refs = tuple(
                (_describe((*base, *loc), "", path, lines).rstrip(": "), measure_id)
                for loc, measure_id in result.measure_refs
            )
            loaded.append(LoadedRule(rule, len(loaded), result.deps, refs, origin))
    if catalog is not None:
        errors += unknown_measures(loaded, catalog)
    if errors:
        raise ContentError(errors)
    return loaded


def unknown_measures(rules: list[LoadedRule], catalog: Catalog) -> list[str]:
    """One message per measure id that a rule uses but the catalog does not have."""
    known = set(catalog.measure_index())
    return [
        f"{where}: measure '{measure_id}' is not in catalog '{catalog.id}' {catalog.version}"
        for loaded in rules
        for where, measure_id in loaded.measure_refs
        if measure_id not in known
    ]


class _CachedDeps(Strict):
    """A rule's ``Deps`` (what the analysis at loading found), kept so that a start from the
    cache does not analyse every rule again."""

    measures: list[str]
    fields: list[str]
    any_measure: bool
    local_measure: bool
    subprocessors: bool
    custom: bool

    @classmethod
    def of(cls, deps: Deps) -> _CachedDeps:
        return cls(
            measures=sorted(deps.measures),
            fields=sorted(deps.fields),
            any_measure=deps.any_measure,
            local_measure=deps.local_measure,
            subprocessors=deps.subprocessors,
            custom=deps.custom,
        )

    def deps(self) -> Deps:
        return Deps(
            set(self.measures),
            set(self.fields),
            self.any_measure,
            self.local_measure,
            self.subprocessors,
            self.custom,
        )


class _CachedRule(Strict):
    rule: Rule
    deps: _CachedDeps
    measure_refs: list[tuple[str, str]]
    origin: str


class _CachedRules(Strict):
    """What the content cache keeps of the shipped rules."""

    rules: list[_CachedRule]


def _to_cache(rules: list[LoadedRule]) -> _CachedRules:
    return _CachedRules(
        rules=[
            _CachedRule(
                rule=r.rule,
                deps=_CachedDeps.of(r.deps),
                measure_refs=list(r.measure_refs),
                origin=r.origin,
            )
            for r in rules
        ]
    )


@cache
def default_rules() -> tuple[LoadedRule, ...]:
    """The rules shipped with the program (loaded once per process, from the content cache
    when the rule files are unchanged)."""
    files = rule_files(default_rules_dir())
    cached = load_cached("rules", files, _CachedRules, lambda: _to_cache(load_rules()))
    return tuple(
        LoadedRule(c.rule, index, c.deps.deps(), tuple(c.measure_refs), c.origin)
        for index, c in enumerate(cached.rules)
    )


def _clean_loc(loc: tuple[Any, ...]) -> Loc:
    """Drop the union tags pydantic puts into locations ("all.all.0" -> "all.0")."""
    cleaned: list[str | int] = []
    dropped = False
    for part in loc:
        if not dropped and cleaned and part == cleaned[-1] and part in PREDICATE_TYPES:
            dropped = True  # the tag and the field of the same name: keep one
            continue
        dropped = False
        cleaned.append(part)
    return tuple(cleaned)


def _line(lines: LineMap, loc: Loc) -> int:
    probe = loc
    while probe not in lines and probe:
        probe = probe[:-1]
    return lines.get(probe, 1)


def _describe(loc: tuple[Any, ...], message: str, path: Path, lines: LineMap) -> str:
    cleaned = _clean_loc(loc)
    field = ".".join(str(part) for part in cleaned) or "(top level)"
    return f"{path}:{_line(lines, cleaned)}: {field}: {message}"
