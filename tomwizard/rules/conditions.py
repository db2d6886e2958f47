"""The conditions of a rule as the evaluator checks them: those that fill no placeholder are
tried first, cheapest first, and stop at the first that fails; the others are all evaluated, in
order, as ``all`` does. The findings are the same as when every condition is evaluated."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tomwizard.rules import predicates as p
from tomwizard.rules.engine import _HANDLERS, CatalogView
from tomwizard.rules.fields import Context

Check = tuple[Callable[[Any, Context, CatalogView], bool], Any]  # (handler, predicate)


def checks(predicates: list[Any]) -> tuple[Check, ...]:
    """``predicates`` that fill no placeholder, cheapest first, each with its handler: for
    :func:`holds_checks`, which stops at the first that does not hold."""
    ordered = sorted(predicates, key=_cost)  # stable: equal costs keep the rule's order
    return tuple((_HANDLERS[type(pred)], pred) for pred in ordered)


def holds_checks(
    first: tuple[Check, ...], rest: tuple[Any, ...], ctx: Context, view: CatalogView
) -> bool:
    """Whether every check of ``first`` and every predicate of ``rest`` holds. The checks fill
    no placeholder: they are tried first and stop at the first that fails; ``rest`` are then
    all evaluated, in order, as ``all`` does, so that the bindings of a hit are the same as
    when every condition is evaluated."""
    for handler, pred in first:
        if not handler(pred, ctx, view):
            return False
    return all([_HANDLERS[type(pred)](pred, ctx, view) for pred in rest])


def binds(pred: Any) -> bool:
    """Whether evaluating ``pred`` may fill a placeholder (``ctx.bindings``); the others only
    read, so whether and in which order they are evaluated changes nothing but the time."""
    match pred:
        case p.AllOf():
            return any(binds(child) for child in pred.all)
        case p.AnyOf():
            return any(binds(child) for child in pred.any)
        case p.Not():
            return binds(pred.not_)
        case p.Parent():
            return binds(pred.parent)
        case p.ParamIs():
            return pred.param.bind is not None
        case p.Among():
            return pred.among.bind is not None
        case p.Expired():
            return pred.expired.bind is not None
        case p.NamesCountries():
            return pred.names_countries.bind is not None
        case p.CountIs() | p.OutOfRange() | p.Linked() | p.Naming():
            return True
    return False


_CHEAP = (p.StatusIs, p.Missing, p.Done, p.LevelIs, p.MeasureIn, p.NeedIs, p.ScreeningIs)
_COSTLY = (p.RaisedByScreening, p.CountIs, p.Contains, p.CountryIs, p.NamesCountries)


def _cost(pred: Any) -> int:
    """A rough rank of what evaluating ``pred`` costs (for the order of checks)."""
    match pred:
        case p.AllOf():
            return 1 + sum(_cost(child) for child in pred.all)
        case p.AnyOf():
            return 1 + sum(_cost(child) for child in pred.any)
        case p.Not():
            return _cost(pred.not_)
        case p.Parent():
            return 1 + _cost(pred.parent)
    if isinstance(pred, _CHEAP):
        return 1
    return 8 if isinstance(pred, _COSTLY) else 2
