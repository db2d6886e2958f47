"""Static checks of a rule and the dependencies derived from its predicates.

The checks catch what the pydantic models alone cannot: a field path that does not exist or is
not available in the rule's scope, a predicate about "the current measure" where there is none,
a placeholder that nothing fills. The dependencies tell the incremental evaluator which rules a
change can affect.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from tomwizard.rules import predicates as p
from tomwizard.rules.fields import GLOBAL_ROOTS, check_path

Loc = tuple[str | int, ...]
Locality = Literal["instance", "any", "custom"]

SCOPE_PLACEHOLDERS: dict[str, frozenset[str]] = {
    "assessment": frozenset(),
    "section": frozenset({"section"}),
    "measure": frozenset({"measure", "section"}),
    "subprocessor": frozenset({"name"}),
    "subprocessor_country": frozenset({"name", "country"}),
    "custom": frozenset({"section", "text"}),
}


@dataclass
class Deps:
    """What a rule reads. ``local_measure``: the answer of the instance's own measure(s)."""

    measures: set[str] = field(default_factory=set)
    fields: set[str] = field(default_factory=set)
    any_measure: bool = False
    local_measure: bool = False
    subprocessors: bool = False
    custom: bool = False


@dataclass(frozen=True)
class _Env:
    roots: frozenset[str]
    measure: Locality | None = None  # who "the current measure" is, if there is one
    answer: Locality | None = None  # whose answer "answer.*" and status without id read
    in_section: bool = False  # counts of measures are local to the instance's section


@dataclass
class Analysis:
    deps: Deps = field(default_factory=Deps)
    problems: list[tuple[Loc, str]] = field(default_factory=list)
    measure_refs: list[tuple[Loc, str]] = field(default_factory=list)
    binds: set[str] = field(default_factory=set)

    def _local(self, who: Locality | None, loc: Loc, what: str) -> None:
        if who is None:
            self.problems.append((loc, f"{what} needs a current measure (scope measure or count)"))
        elif who == "instance":
            self.deps.local_measure = True
        elif who == "any":
            self.deps.any_measure = True
        else:
            self.deps.custom = True

    def _path(self, path: str, env: _Env, loc: Loc) -> None:
        problem = check_path(path, env.roots)
        if problem:
            self.problems.append((loc, problem))
            return
        root = path.split(".")[0]
        if root in GLOBAL_ROOTS:
            self.deps.fields.add(path)
        elif root in ("sub", "country"):
            self.deps.subprocessors = True
        elif root == "custom":
            self.deps.custom = True
        else:
            self._local(env.answer, loc, "'answer.*'")

    def _measure(self, measure_id: str | None, env: _Env, loc: Loc, answer_ok: bool) -> None:
        if measure_id is not None:
            self.deps.measures.add(measure_id)
            self.measure_refs.append((loc, measure_id))
        elif answer_ok:
            self._local(env.answer, loc, "a status without 'measure'")
        else:
            self._local(env.measure, loc, "a parameter without 'measure'")

    def visit(self, pred: Any, env: _Env, loc: Loc) -> None:
        match pred:
            case p.AllOf():
                for index, child in enumerate(pred.all):
                    self.visit(child, env, (*loc, "all", index))
            case p.AnyOf():
                for index, child in enumerate(pred.any):
                    self.visit(child, env, (*loc, "any", index))
            case p.Not():
                self.visit(pred.not_, env, (*loc, "not"))
            case p.StatusIs():
                self._measure(pred.status.measure, env, (*loc, "status", "measure"), True)
            case p.Missing():
                self._measure(pred.missing, env, (*loc, "missing"), True)
            case p.Done():
                self._measure(pred.done, env, (*loc, "done"), True)
            case p.ParamIs():
                self._measure(pred.param.measure, env, (*loc, "param", "measure"), False)
                if pred.param.bind:
                    self.binds.add(pred.param.bind)
            case p.OutOfRange():
                self._local(env.measure, (*loc, "out_of_range"), "out_of_range")
                self.binds |= {"param", "value", "range"}
            case p.Empty():
                self._path(pred.empty, env, (*loc, "empty"))
            case p.FieldIs():
                self._path(pred.field.path, env, (*loc, "field", "path"))
            case p.Contains():
                for index, path in enumerate(pred.contains.paths):
                    self._path(path, env, (*loc, "contains", "paths", index))
            case p.DateIs():
                self._path(pred.date.path, env, (*loc, "date", "path"))
            case p.CountryIs():
                self._path(pred.country.path, env, (*loc, "country", "path"))
            case p.CountIs():
                self._count(pred.count, env, (*loc, "count"))
            case p.NeedIs():
                self.deps.fields.add("protection_need")
            case p.LevelIs() | p.MeasureIn():
                key = "level" if isinstance(pred, p.LevelIs) else "measure_in"
                self._local(env.measure, (*loc, key), key)
                if isinstance(pred, p.MeasureIn):
                    for index, measure_id in enumerate(pred.measure_in):
                        self.measure_refs.append(((*loc, key, index), measure_id))
            case p.Parent():
                self._local(env.measure, (*loc, "parent"), "parent")
                if env.measure is not None:
                    self.visit(pred.parent, env, (*loc, "parent"))
            case p.Linked():
                if "custom" not in env.roots:
                    self.problems.append(((*loc, "linked"), "linked needs a custom measure"))
                    return
                self.deps.custom = True
                self.deps.any_measure = True
                self.binds.add("linked")
                inner = replace(env, measure="any", answer="any")
                self.visit(pred.linked, inner, (*loc, "linked"))
            case p.Replaced():
                self._local(env.measure, (*loc, "replaced"), "replaced")
                self.deps.custom = True  # a custom measure's link or text changes it
            case p.Naming():
                self.binds.add(pred.naming.bind)
                for index, item in enumerate(pred.naming.items):
                    self.visit(item.when, env, (*loc, "naming", "items", index, "when"))
            case p.Among():
                self._path(pred.among.path, env, (*loc, "among", "path"))
                self._path(pred.among.in_field, env, (*loc, "among", "in_field"))
                if pred.among.bind:
                    self.binds.add(pred.among.bind)
            case p.Expired():
                self._path(pred.expired.path, env, (*loc, "expired", "path"))
                self.deps.fields.add("organisation.stand")  # the reference day
                if pred.expired.bind:
                    self.binds.add(pred.expired.bind)
            case p.AfterStand():
                self._path(pred.after_stand, env, (*loc, "after_stand"))
                self.deps.fields.add("organisation.stand")
            case p.NamesCountries():
                spec = pred.names_countries
                self._measure(spec.measure, env, (*loc, "names_countries", "measure"), False)
                self._path(spec.outside, env, (*loc, "names_countries", "outside"))
                if spec.bind:
                    self.binds.add(spec.bind)
            case p.ScreeningIs():
                self.deps.fields.add("screening")
            case p.RaisedByScreening():
                self.deps.fields.add("screening")
                self._local(env.measure, (*loc, "raised_by_screening"), "raised_by_screening")

    def _count(self, spec: p.CountSpec, env: _Env, loc: Loc) -> None:
        if spec.bind:
            self.binds.add(spec.bind)
        if spec.of == "measures":
            who: Locality = "instance" if env.in_section else "any"
            inner = replace(env, measure=who, answer=who, roots=env.roots | {"answer"})
            if who == "any":
                self.deps.any_measure = True
            else:
                self.deps.local_measure = True
        elif spec.of == "subprocessors":
            self.deps.subprocessors = True
            inner = replace(env, roots=env.roots | {"sub"})
        else:
            self.deps.custom = True
            inner = _Env(
                env.roots | {"custom", "answer"}, answer="custom", in_section=env.in_section
            )
        if spec.where is not None:
            self.visit(spec.where, inner, (*loc, "where"))


def scope_env(scope: p.Scope) -> _Env:
    base = GLOBAL_ROOTS
    match scope:
        case "measure":
            return _Env(base | {"answer"}, measure="instance", answer="instance")
        case "section":
            return _Env(base, in_section=True)
        case "subprocessor":
            return _Env(base | {"sub"})
        case "subprocessor_country":
            return _Env(base | {"sub", "country"})
        case "custom":
            return _Env(base | {"custom", "answer"}, answer="custom")
        case _:
            return _Env(base)


def analyse(rule: p.Rule) -> Analysis:
    """Check a validated rule and derive its dependencies; problems carry their YAML location."""
    result = Analysis()
    env = scope_env(rule.scope)
    if rule.scope in ("subprocessor", "subprocessor_country"):
        result.deps.subprocessors = True
    elif rule.scope == "custom":
        result.deps.custom = True
    elif rule.scope == "measure":
        result.deps.local_measure = True  # {measure} shows the answer's parameter values
    result.visit(rule.when, env, ("when",))
    for name, path in rule.values.items():
        result._path(path, env, ("values", name))
    for index, target in enumerate(rule.targets):
        kind, _, target_id = target.partition(":")
        if kind == "measure":
            result.measure_refs.append((("targets", index), target_id))
    provided = SCOPE_PLACEHOLDERS[rule.scope] | result.binds | set(rule.values)
    for part in ("text", "remedy"):
        for lang in ("de", "en"):
            template = getattr(rule, part).get(lang)
            problem = _placeholder_problem(template, provided)
            if problem:
                result.problems.append(((part, lang), problem))
    return result


def _placeholder_problem(template: str, provided: set[str] | frozenset[str]) -> str | None:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError as exc:
        return f"invalid placeholder syntax: {exc}"
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            return f"placeholder '{{{name}}}' must be a plain name"
        if name not in provided:
            known = ", ".join(sorted(provided)) or "none"
            return f"placeholder '{{{name}}}' is not filled by this rule (available: {known})"
    return None
