"""Evaluate the rule set, fully or incrementally after one change (for live use in the GUI).

    evaluator = Evaluator(catalog)
    findings = evaluator.full(assessment)
    ...the user changes the answer to "zugang.mfa"...
    findings = evaluator.changed(assessment, "measure:zugang.mfa")

``changed`` re-evaluates only the rules whose predicates read the changed target (and, for
rules evaluated per measure or per section, only the affected instances); its result always
equals ``full`` on the same assessment. Targets: ``measure:<id>``, ``field:<path>`` (e.g.
``field:processing.special_categories``, ``field:protection_need``), ``subprocessor:<id>``,
``custom:<id>``, ``section:<id>``; anything else re-evaluates everything.

Findings come sorted by severity, then by rule order, then by catalog/list order.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from tomwizard.content.countries import countries
from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import Catalog, Text, render_text
from tomwizard.models.finding import Finding, FindingKind
from tomwizard.rules.conditions import Check, binds, checks, holds_checks
from tomwizard.rules.country_words import country_codes
from tomwizard.rules.engine import CatalogView
from tomwizard.rules.fields import Context
from tomwizard.rules.loader import LoadedRule, default_rules
from tomwizard.rules.predicates import AllOf, AnyOf, LevelIs, MeasureIn, Not
from tomwizard.rules.render import make_finding, unconfirmed

APPROVAL_MEASURE = "auftrag.sub_genehmigung"  # its text depends on the approval model

Hits = dict[str, tuple[int, Finding]]  # instance key -> (order within the rule, finding)


class Evaluator:
    def __init__(
        self,
        catalog: Catalog,
        rules: Sequence[LoadedRule] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.view = CatalogView.of(catalog)
        every = list(default_rules() if rules is None else rules)
        known = self.view.measures
        # A rule that names a measure the catalog lacks would report nonsense: it is left out
        # (``tomwizard catalog validate`` and a test report it).
        self.disabled = [r for r in every if any(m not in known for _, m in r.measure_refs)]
        self.rules = [r for r in every if r not in self.disabled]
        self._today = today
        # per-measure rules: the candidates in catalog order, and the conditions left to check
        # for them (the static ones hold for every candidate and bind nothing); every rule:
        # its conditions split into checks that bind nothing (cheapest first, stopping at the
        # first that fails) and the rest (all evaluated, as ``all`` does)
        self._ordered = {r.index: self._static_candidates(r) for r in self.rules}
        self._candidates = {index: frozenset(ids) for index, ids in self._ordered.items()}
        self._conditions = {r.index: _conditions(_dynamic_parts(r)) for r in self.rules}
        self._hits: dict[int, Hits] = {}
        self._primed = False
        self.findings: list[Finding] = []

    @property
    def today(self) -> dt.date:
        return self._today or dt.date.today()

    def full(self, assessment: Assessment) -> list[Finding]:
        self._hits = {rule.index: self._run(rule, assessment) for rule in self.rules}
        self._primed = True
        return self._collect()

    def changed(self, assessment: Assessment, target: str) -> list[Finding]:
        return self.changed_many(assessment, (target,))

    def changed_many(self, assessment: Assessment, targets: Iterable[str]) -> list[Finding]:
        """``changed`` for every target of one batch of changes, collected once."""
        if not self._primed:
            return self.full(assessment)
        for target in dict.fromkeys(targets):
            if not self._target_changed(assessment, target):
                return self.full(assessment)
        return self._collect()

    # -- internals --------------------------------------------------------------------------

    def _target_changed(self, assessment: Assessment, target: str) -> bool:
        """Re-run what reads ``target``; False when only a full evaluation will do."""
        kind, _, ident = target.partition(":")
        if kind == "measure" and ident in self.view.measures:
            self._measure_changed(assessment, ident)
        elif kind == "section" and any(s.id == ident for s in self.view.catalog.sections):
            section = next(s for s in self.view.catalog.sections if s.id == ident)
            for measure in section.measures():
                self._measure_changed(assessment, measure.id)
        elif ident == "organisation.sub_approval":  # {measure} of the approval duty quotes it
            return False  # (review 7, N2): rare, so a full evaluation
        elif kind == "field" and ident:
            for rule in self.rules:
                if any(_overlaps(path, ident) for path in rule.deps.fields):
                    self._hits[rule.index] = self._run(rule, assessment)
        elif kind in ("subprocessor", "custom"):
            for rule in self.rules:
                if rule.deps.subprocessors if kind == "subprocessor" else rule.deps.custom:
                    self._hits[rule.index] = self._run(rule, assessment)
        else:
            return False
        return True

    def _measure_changed(self, assessment: Assessment, measure_id: str) -> None:
        for rule in self.rules:
            deps = rule.deps
            if measure_id in deps.measures or deps.any_measure:
                self._hits[rule.index] = self._run(rule, assessment)
            elif deps.local_measure and rule.rule.scope == "measure":
                keys = (measure_id, *self.view.descendants[measure_id])
                self._update(rule, assessment, keys)
            elif deps.local_measure and rule.rule.scope == "section":
                self._update(rule, assessment, (self.view.section_of[measure_id].id,))

    def _update(self, rule: LoadedRule, assessment: Assessment, keys: tuple[str, ...]) -> None:
        hits = self._hits[rule.index]
        for key in keys:
            hits.pop(key, None)
        hits.update(self._run(rule, assessment, keys))

    def _run(self, loaded: LoadedRule, assessment: Assessment, only: Any = None) -> Hits:
        if loaded.rule.scope == "measure":
            return self._run_measures(loaded, assessment, only)
        first, rest = self._conditions[loaded.index]
        hits: Hits = {}
        for key, order, ctx, placeholders, target in self._instances(loaded, assessment, only):
            if holds_checks(first, rest, ctx, self.view):
                hits[key] = (order, self._finding(loaded, assessment, ctx, placeholders, target))
        return hits

    def _run_measures(self, loaded: LoadedRule, assessment: Assessment, only: Any) -> Hits:
        """``_run`` for a per-measure rule: only its candidates, only its dynamic conditions;
        the placeholders are made for the hits alone."""
        candidates = self._candidates[loaded.index]
        keys = self._ordered[loaded.index] if only is None else only
        first, rest = self._conditions[loaded.index]
        view = self.view
        measures = view.measures
        today = self.today
        hits: Hits = {}
        for key in keys:
            if key not in candidates:
                continue
            ctx = Context(assessment, today, measure=measures[key])
            if holds_checks(first, rest, ctx, view):
                placeholders = {"section": view.section_of[key].title}
                finding = self._finding(loaded, assessment, ctx, placeholders, f"measure:{key}")
                hits[key] = (view.order[key], finding)
        return hits

    def _finding(
        self,
        loaded: LoadedRule,
        assessment: Assessment,
        ctx: Context,
        placeholders: dict[str, Any],
        target: str | None,
    ) -> Finding:
        rule = loaded.rule
        if rule.scope == "measure" and ctx.measure is not None:
            params = assessment.answer(ctx.measure.id).params
            placeholders["measure"] = Text(
                de=render_text(ctx.measure, "de", params),
                en=render_text(ctx.measure, "en", params),
            )
            if ctx.measure.id == APPROVAL_MEASURE:  # as the annex prints it (review 7, N2)
                from tomwizard.export.annex_approval import duty_text  # only for this measure

                duty = duty_text(assessment.organisation.sub_approval)
                placeholders["measure"] = duty or placeholders["measure"]
        values = {name: ctx.read(path) for name, path in rule.values.items()}
        finding = make_finding(rule, {**placeholders, **ctx.bindings}, values, target)
        if rule.kind is FindingKind.WIDERSPRUCH:
            finding = unconfirmed(finding, _pre_answers(loaded, assessment))
        return finding

    def _static_candidates(self, loaded: LoadedRule) -> tuple[str, ...]:
        """For a per-measure rule: the measures its answer-independent conditions (level,
        measure_in, and not/all/any of only these, at the top of an ``all``) admit, so that
        the others are never visited."""
        if loaded.rule.scope != "measure":
            return ()
        when = loaded.rule.when
        parts = when.all if isinstance(when, AllOf) else [when]
        admitted = set(self.view.measures)
        for part in parts:
            if _static(part):
                admitted &= self._admitted(part)
        return tuple(measure_id for measure_id in self.view.measures if measure_id in admitted)

    def _admitted(self, part: Any) -> set[str]:
        """The measures a static condition (see ``_static``) holds for."""
        measures = self.view.measures
        if isinstance(part, LevelIs):
            return {mid for mid, measure in measures.items() if measure.level in part.level}
        if isinstance(part, MeasureIn):
            return set(part.measure_in) & measures.keys()
        if isinstance(part, Not):
            return measures.keys() - self._admitted(part.not_)
        children = [
            self._admitted(child) for child in (part.all if isinstance(part, AllOf) else part.any)
        ]
        return set.intersection(*children) if isinstance(part, AllOf) else set.union(*children)

    def _instances(
        self, loaded: LoadedRule, assessment: Assessment, only: Any
    ) -> Iterator[tuple[str, int, Context, dict[str, Any], str | None]]:
        scope = loaded.rule.scope
        today = self.today
        if scope == "section":
            for index, section in enumerate(self.view.catalog.sections):
                if only is None or section.id in only:
                    ctx = Context(assessment, today, section=section)
                    yield (
                        section.id,
                        index,
                        ctx,
                        {"section": section.title},
                        f"section:{section.id}",
                    )
        elif scope in ("subprocessor", "subprocessor_country"):
            for index, sub in enumerate(assessment.subprocessors):
                base = {"name": sub.name.strip() or "?"}
                target = f"subprocessor:{sub.id}"
                if scope == "subprocessor":
                    yield f"{index}", index, Context(assessment, today, sub=sub), base, target
                    continue
                for code in country_codes([sub.country_seat, *sub.countries_processing]):
                    ctx = Context(assessment, today, sub=sub, country=code)
                    country = countries().label(code)
                    yield f"{index}:{code}", index, ctx, {**base, "country": country}, target
        elif scope == "custom":
            titles = {s.id: s.title for s in self.view.catalog.sections}
            for index, custom in enumerate(assessment.custom_measures):
                ctx = Context(assessment, today, custom=custom)
                title = titles.get(custom.section_id)
                placeholders = {"section": title or custom.section_id, "text": custom.text}
                yield f"{index}", index, ctx, placeholders, f"custom:{custom.id}"
        else:
            yield "", 0, Context(assessment, today), {}, None

    def _collect(self) -> list[Finding]:
        ranked: list[tuple[int, int, int, Finding]] = []
        covered: set[str] = set()
        for rule in self.rules:
            if not rule.rule.yields:
                for _, finding in self._hits[rule.index].values():
                    covered.update(t for t in finding.targets if t.startswith("measure:"))
        for rule in self.rules:
            for order, finding in self._hits[rule.index].values():
                if rule.rule.yields and finding.targets and finding.targets[-1] in covered:
                    continue
                ranked.append((finding.severity.rank, rule.index, order, finding))
        ranked.sort(key=lambda item: item[:3])
        self.findings = [item[3] for item in ranked]
        return self.findings


def _dynamic_parts(loaded: LoadedRule) -> list[Any]:
    """The conditions of a rule (the parts of an ``all`` at its top), for a per-measure rule
    besides the static ones ``_static_candidates`` already checked."""
    when = loaded.rule.when
    parts = list(when.all) if isinstance(when, AllOf) else [when]
    if loaded.rule.scope != "measure":
        return parts
    return [part for part in parts if not _static(part)]


def _static(part: Any) -> bool:
    """Whether a condition depends on nothing but which measure is the current one (its
    level and id): it binds nothing and holds or not for a measure whatever the answers."""
    if isinstance(part, LevelIs | MeasureIn):
        return True
    if isinstance(part, Not):
        return _static(part.not_)
    if isinstance(part, AllOf | AnyOf):
        return all(_static(child) for child in (part.all if isinstance(part, AllOf) else part.any))
    return False


def _conditions(parts: list[Any]) -> tuple[tuple[Check, ...], tuple[Any, ...]]:
    """The checks that bind nothing and the conditions that do (see ``holds_checks``)."""
    return checks([part for part in parts if not binds(part)]), tuple(
        part for part in parts if binds(part)
    )


def _overlaps(dependency: str, changed: str) -> bool:
    """``processing`` overlaps ``processing.places`` and vice versa."""
    return (
        dependency == changed
        or dependency.startswith(f"{changed}.")
        or changed.startswith(f"{dependency}.")
    )


def evaluate(
    assessment: Assessment, catalog: Catalog, today: dt.date | None = None
) -> list[Finding]:
    """Every finding for ``assessment``, most severe first."""
    return Evaluator(catalog, today=today).full(assessment)


def _pre_answers(loaded: LoadedRule, assessment: Assessment) -> list[str]:
    """The measures the rule reads whose answers are pre-answers not confirmed yet."""
    return sorted(
        mid
        for mid in loaded.deps.measures
        if (answer := assessment.answers.get(mid)) is not None
        and answer.follow_up
        and answer.status is not Status.OFFEN
    )
