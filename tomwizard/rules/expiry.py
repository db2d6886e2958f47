"""The ``expired`` predicate: a certificate's validity ended before the annex is signed.

The reference day is the later of the annex's Stand and today: a certificate that expired
before the Stand is contradicted by the annex's own date, one that expired since then by the
day of signature (review 2, finding 6)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from tomwizard.i18n import format_date, tr, trc
from tomwizard.models.catalog import LANGUAGES, Language, Text
from tomwizard.rules import predicates as p
from tomwizard.rules.fields import Context


def reference_day(ctx: Context) -> dt.date:
    stand = ctx.assessment.organisation.stand
    return max(stand, ctx.today) if stand is not None else ctx.today


def _dated(value: Any) -> list[tuple[str, dt.date]]:
    """(name, valid until) of a date or of a list of entries with ``valid_until``."""
    if isinstance(value, dt.date):
        return [("", value)]
    out: list[tuple[str, dt.date]] = []
    if isinstance(value, list):
        for entry in value:
            until = getattr(entry, "valid_until", None)
            if isinstance(until, dt.date):
                out.append((str(getattr(entry, "name", "")).strip(), until))
    return out


def _listed(hits: list[tuple[str, dt.date]], lang: Language) -> str:
    """ "ISO 27001 (gültig bis 31.03.2026), …": the expired certificates named, dates by Babel."""
    entry = tr(lang, "{name} (gültig bis {date})")
    unnamed = trc(lang, "certificate", "Zertifikat")
    return ", ".join(
        entry.format(name=name or unnamed, date=format_date(until, lang)) for name, until in hits
    )


def expired(pred: p.Expired, ctx: Context, view: Any) -> bool:
    day = reference_day(ctx)
    hits = [(name, until) for name, until in _dated(ctx.read(pred.expired.path)) if until < day]
    if pred.expired.bind and hits:
        ctx.bindings[pred.expired.bind] = Text(**{lang: _listed(hits, lang) for lang in LANGUAGES})
    return bool(hits)
