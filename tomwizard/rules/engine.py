"""Interpret predicates against an assessment (no eval: one small function per predicate type)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from tomwizard.content.countries import countries
from tomwizard.content.screening import screening_form
from tomwizard.i18n import N_, NC_, both, format_list, say
from tomwizard.models.assessment import Answer, LinkKind, ScreeningAnswer, Status
from tomwizard.models.catalog import (
    Catalog,
    Language,
    Measure,
    Parameter,
    Section,
    Text,
    render_text,
)
from tomwizard.rules import predicates as p
from tomwizard.rules.country_words import EU_WORDS, country_codes, named_countries, texts
from tomwizard.rules.expiry import expired
from tomwizard.rules.fields import Context, is_empty
from tomwizard.rules.stand_dates import after_stand

NOT_MISSING = frozenset({Status.UMGESETZT, Status.ENTFAELLT})


@dataclass(frozen=True)
class CatalogView:
    """The catalog indexed for rule evaluation."""

    catalog: Catalog
    measures: dict[str, Measure]
    parent: dict[str, Measure]
    section_of: dict[str, Section]
    descendants: dict[str, tuple[str, ...]]
    order: dict[str, int]

    @classmethod
    def of(cls, catalog: Catalog) -> CatalogView:
        parent: dict[str, Measure] = {}
        descendants: dict[str, tuple[str, ...]] = {}
        section_of: dict[str, Section] = {}
        for section in catalog.sections:
            for measure in section.measures():
                section_of[measure.id] = section
                descendants[measure.id] = tuple(m.id for m in measure.walk())[1:]
                for child in measure.children:
                    parent[child.id] = measure
        measures = catalog.measure_index()
        order = {measure_id: index for index, measure_id in enumerate(measures)}
        return cls(catalog, measures, parent, section_of, descendants, order)


def holds(predicate: Any, ctx: Context, view: CatalogView) -> bool:
    """Whether ``predicate`` holds in ``ctx``. Children of all/any are all evaluated, so that
    placeholders bound inside them are filled whichever branch decides."""
    handler: Callable[[Any, Context, CatalogView], bool] = _HANDLERS[type(predicate)]
    return handler(predicate, ctx, view)


def holds_all(predicates: tuple[Any, ...], ctx: Context, view: CatalogView) -> bool:
    """Whether every one of ``predicates`` holds (all are evaluated, as in ``all``)."""
    return all([_HANDLERS[type(pred)](pred, ctx, view) for pred in predicates])


def _status_of(ctx: Context, measure_id: str | None) -> Status | None:
    """The status of the measure's answer (an unanswered measure reads as ``offen``), of the
    current answer without ``measure_id``, or None when there is no current answer. Reads the
    answers directly: no ``Answer()`` is built for an unanswered measure."""
    if measure_id is None:
        if ctx.measure is not None:
            measure_id = ctx.measure.id
        else:
            return ctx.custom.answer.status if ctx.custom is not None else None
    answer = ctx.assessment.answers.get(measure_id)
    return answer.status if answer else Status.OFFEN


# The combinators call the handlers directly (not through ``holds``): they are the hot loop.
def _all(pred: p.AllOf, ctx: Context, view: CatalogView) -> bool:
    return all([_HANDLERS[type(child)](child, ctx, view) for child in pred.all])


def _any(pred: p.AnyOf, ctx: Context, view: CatalogView) -> bool:
    return any([_HANDLERS[type(child)](child, ctx, view) for child in pred.any])


def _not(pred: p.Not, ctx: Context, view: CatalogView) -> bool:
    child = pred.not_
    return not _HANDLERS[type(child)](child, ctx, view)


def _status(pred: p.StatusIs, ctx: Context, view: CatalogView) -> bool:
    status = _status_of(ctx, pred.status.measure)
    return status is not None and status in pred.status.in_


def _missing(pred: p.Missing, ctx: Context, view: CatalogView) -> bool:
    return _status_of(ctx, pred.missing) not in NOT_MISSING


def _done(pred: p.Done, ctx: Context, view: CatalogView) -> bool:
    return _status_of(ctx, pred.done) == Status.UMGESETZT


def _compare(value: int, spec: p._Comparison) -> bool:
    (op, limit), *_ = spec.comparisons()
    match op:
        case "lt":
            return value < limit
        case "le":
            return value <= limit
        case "gt":
            return value > limit
        case "ge":
            return value >= limit
        case _:
            return value == limit


def param_value(measure: Measure, answer: Answer, param: Parameter) -> int | str | None:
    """The value the annex shows: the answer's, else the catalog default."""
    value = answer.params.get(param.id, param.default)
    return None if value == "" else value


def with_unit(value: int | str | None, param: Parameter) -> Text:
    if value is None:
        return both(NC_("value", "keine Angabe"))
    if param.unit is None:
        return Text(de=str(value), en=str(value))
    return Text(de=f"{value} {param.unit.de}", en=f"{value} {param.unit.en}")


def _param(pred: p.ParamIs, ctx: Context, view: CatalogView) -> bool:
    spec = pred.param
    measure = view.measures.get(spec.measure) if spec.measure else ctx.measure
    param = next((x for x in measure.params if x.id == spec.name), None) if measure else None
    if measure is None or param is None:
        return False
    value = param_value(measure, ctx.assessment.answer(measure.id), param)
    if spec.bind:
        ctx.bindings[spec.bind] = with_unit(value, param)
    if not isinstance(value, int) or isinstance(value, bool):
        return spec.when_absent
    return _compare(value, spec)


def _range_text(param: Parameter) -> Text:
    low, high = param.recommended_min, param.recommended_max
    unit = param.unit or Text(de="", en="")
    if low is not None and high is not None:
        return Text(de=f"{low}–{high} {unit.de}", en=f"{low}–{high} {unit.en}")
    bound = low if low is not None else high
    shown = N_("mindestens {n} {unit}") if low is not None else N_("höchstens {n} {unit}")
    return Text(
        de=say("de", shown).format(n=bound, unit=unit.de),
        en=say("en", shown).format(n=bound, unit=unit.en),
    )


def _out_of_range(pred: p.OutOfRange, ctx: Context, view: CatalogView) -> bool:
    measure = ctx.measure
    if measure is None:
        return False
    answer = ctx.assessment.answer(measure.id)
    for param in measure.params:
        value = param_value(measure, answer, param)
        if not isinstance(value, int) or isinstance(value, bool):
            continue
        low, high = param.recommended_min, param.recommended_max
        if (low is not None and value < low) or (high is not None and value > high):
            ctx.bindings.update(
                param=param.label, value=with_unit(value, param), range=_range_text(param)
            )
            return True
    return False


def _empty(pred: p.Empty, ctx: Context, view: CatalogView) -> bool:
    return is_empty(ctx.read(pred.empty))


def _field(pred: p.FieldIs, ctx: Context, view: CatalogView) -> bool:
    spec = pred.field
    value = ctx.read(spec.path)
    if spec.equals is not None:
        return bool(value == spec.equals)
    if spec.in_ is not None:
        return value in spec.in_
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    return _compare(value, spec)


def _contains(pred: p.Contains, ctx: Context, view: CatalogView) -> bool:
    words = [word.casefold() for word in pred.contains.any_of]
    for path in pred.contains.paths:
        for text in texts(ctx.read(path)):
            folded = text.casefold()
            if any(word in folded for word in words):
                return True
    return False


def months_before(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 - months
    year, month = divmod(total, 12)
    for last_day in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month + 1, last_day)
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def _date(pred: p.DateIs, ctx: Context, view: CatalogView) -> bool:
    value = ctx.read(pred.date.path)
    if not isinstance(value, dt.date):
        return False
    return value < months_before(ctx.today, pred.date.older_than_months)


def _country(pred: p.CountryIs, ctx: Context, view: CatalogView) -> bool:
    groups = countries()
    codes = country_codes(ctx.read(pred.country.path))
    hits = [any(groups.in_group(code, g) for g in pred.country.in_) for code in codes]
    if pred.country.quantifier == "all":
        return bool(hits) and all(hits)
    return any(hits)


def _count(pred: p.CountIs, ctx: Context, view: CatalogView) -> bool:
    spec = pred.count
    where = spec.where
    number = 0
    if spec.of == "measures":
        measures = ctx.section.measures() if ctx.section else view.measures.values()
        for measure in measures:
            number += where is None or holds(where, ctx.with_measure(measure), view)
    elif spec.of == "subprocessors":
        for sub in ctx.assessment.subprocessors:
            number += where is None or holds(where, ctx.with_sub(sub), view)
    else:
        for custom in ctx.assessment.custom_measures:
            if ctx.section is None or custom.section_id == ctx.section.id:
                number += where is None or holds(where, ctx.with_custom(custom), view)
    if spec.bind:
        ctx.bindings[spec.bind] = number
    return number >= spec.at_least if spec.at_least is not None else number <= (spec.at_most or 0)


def _need(pred: p.NeedIs, ctx: Context, view: CatalogView) -> bool:
    return ctx.assessment.protection_need in pred.protection_need


def _level(pred: p.LevelIs, ctx: Context, view: CatalogView) -> bool:
    return ctx.measure is not None and ctx.measure.level in pred.level


def _measure_in(pred: p.MeasureIn, ctx: Context, view: CatalogView) -> bool:
    return ctx.measure is not None and ctx.measure.id in pred.measure_in


def _parent(pred: p.Parent, ctx: Context, view: CatalogView) -> bool:
    parent = view.parent.get(ctx.measure.id) if ctx.measure else None
    return parent is not None and holds(pred.parent, ctx.with_measure(parent), view)


def _linked(pred: p.Linked, ctx: Context, view: CatalogView) -> bool:
    linked = view.measures.get(ctx.custom.linked_measure) if ctx.custom else None
    if linked is None:
        return False
    params = ctx.assessment.answer(linked.id).params
    ctx.bindings["linked"] = Text(  # quoted inside a sentence: without its full stop
        de=render_text(linked, "de", params).rstrip("."),
        en=render_text(linked, "en", params).rstrip("."),
    )
    return holds(pred.linked, ctx.with_measure(linked), view)


def _replaced(pred: p.Replaced, ctx: Context, view: CatalogView) -> bool:
    """A custom measure with a description replaces the current one (as the annex sees it)."""
    measure_id = ctx.measure.id if ctx.measure is not None else None
    return measure_id is not None and any(
        c.linked_measure == measure_id and c.link_kind == LinkKind.REPLACES and c.text.strip()
        for c in ctx.assessment.custom_measures
    )


def join_labels(labels: list[Text]) -> Text:
    """["Name", "Anschrift", "Leistung"] → "Name, Anschrift und Leistung" (and in English)."""

    def one(lang: Language) -> str:
        return format_list([label.get(lang) for label in labels], lang) or "–"

    return Text(de=one("de"), en=one("en"))


def _naming(pred: p.Naming, ctx: Context, view: CatalogView) -> bool:
    spec = pred.naming
    hits = [item.label for item in spec.items if holds(item.when, ctx, view)]
    ctx.bindings[spec.bind] = join_labels(hits)
    return bool(hits)


def _among(pred: p.Among, ctx: Context, view: CatalogView) -> bool:
    codes = country_codes(ctx.read(pred.among.path))
    listed = set(country_codes(ctx.read(pred.among.in_field)))
    if pred.among.bind:  # "in Irland, den Niederlanden und den Vereinigten Staaten"
        others = [countries().in_phrase_of(c) for c in codes if c not in listed]
        ctx.bindings[pred.among.bind] = join_labels(others)
    return bool(codes) and all(code in listed for code in codes)


def _names_countries(pred: p.NamesCountries, ctx: Context, view: CatalogView) -> bool:
    spec = pred.names_countries
    measure = view.measures.get(spec.measure)
    param = next((x for x in measure.params if x.id == spec.param), None) if measure else None
    if measure is None or param is None:
        return False
    value = param_value(measure, ctx.assessment.answer(measure.id), param)
    listed = country_codes(ctx.read(spec.outside))
    named = named_countries(str(value or ""))
    if spec.omitting and not str(value or "").strip():
        outside = []  # no list of places: nothing it could leave out
    elif spec.omitting:
        eu_named = EU_WORDS.search(str(value or "")) is not None
        outside = [
            c
            for c in dict.fromkeys(listed)
            if c not in named and not (eu_named and countries().is_eu_eea(c))
        ]
    else:
        outside = [c for c in named if c not in set(listed)]
    if spec.bind:
        ctx.bindings[spec.bind] = join_labels([countries().label(c) for c in outside])
    return bool(outside)


def _screening(pred: p.ScreeningIs, ctx: Context, view: CatalogView) -> bool:
    spec = pred.screening
    answer = ctx.assessment.screening.get(spec.question)
    if spec.equals is not None:
        return answer == spec.equals
    return answer is not None and answer in (spec.in_ or [])


def _raised(pred: p.RaisedByScreening, ctx: Context, view: CatalogView) -> bool:
    if ctx.measure is None or not ctx.assessment.screening:
        return False
    return ctx.measure.id in raised_measures(tuple(sorted(ctx.assessment.screening.items())))


@lru_cache(maxsize=8)
def raised_measures(answers: tuple[tuple[str, ScreeningAnswer], ...]) -> frozenset[str]:
    """The measures the given screening answers make more important."""
    return frozenset(screening_form().raised(dict(answers)))


_HANDLERS: dict[type, Callable[[Any, Context, CatalogView], bool]] = {
    p.AllOf: _all,
    p.AnyOf: _any,
    p.Not: _not,
    p.StatusIs: _status,
    p.Missing: _missing,
    p.Done: _done,
    p.ParamIs: _param,
    p.OutOfRange: _out_of_range,
    p.Empty: _empty,
    p.FieldIs: _field,
    p.Contains: _contains,
    p.DateIs: _date,
    p.CountryIs: _country,
    p.CountIs: _count,
    p.NeedIs: _need,
    p.LevelIs: _level,
    p.MeasureIn: _measure_in,
    p.Parent: _parent,
    p.Linked: _linked,
    p.Replaced: _replaced,
    p.Naming: _naming,
    p.Among: _among,
    p.Expired: expired,
    p.NamesCountries: _names_countries,
    p.ScreeningIs: _screening,
    p.RaisedByScreening: _raised,
    p.AfterStand: after_stand,
}
