"""Turn a rule hit into a Finding: fill the placeholders in both languages."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from tomwizard.content.countries import countries
from tomwizard.models.assessment import STATUS_LABELS, ProtectionNeed, TransferBasis
from tomwizard.models.catalog import LANGUAGES, Language, Text
from tomwizard.models.finding import Finding
from tomwizard.rules.fields import COUNTRY_FIELDS
from tomwizard.rules.predicates import Rule

_ABSENT = Text(de="keine Angabe", en="not stated")
_ENUM_LABELS: dict[Enum, Text] = {
    **{status: Text(**labels) for status, labels in STATUS_LABELS.items()},
    ProtectionNeed.NORMAL: Text(de="normal", en="normal"),
    ProtectionNeed.HOCH: Text(de="hoch", en="high"),
    ProtectionNeed.SEHR_HOCH: Text(de="sehr hoch", en="very high"),
    TransferBasis.EU_EWR: Text(
        de="EU/EWR (keine Drittlandübermittlung)", en="EU/EEA (no third-country transfer)"
    ),
    TransferBasis.ADEQUACY: Text(de="Angemessenheitsbeschluss", en="adequacy decision"),
    TransferBasis.DPF: Text(de="EU-US Data Privacy Framework", en="EU-US Data Privacy Framework"),
    TransferBasis.SCC: Text(de="Standardvertragsklauseln", en="standard contractual clauses"),
    TransferBasis.BCR: Text(
        de="verbindliche interne Datenschutzvorschriften", en="binding corporate rules"
    ),
    TransferBasis.ART49: Text(de="Ausnahme nach Art. 49 DSGVO", en="Art. 49 GDPR derogation"),
}


class _Values(dict[str, str]):
    """Placeholders whose predicate was not reached show a dash instead of failing."""

    def __missing__(self, key: str) -> str:
        return "–"


def as_text(value: Any, country_codes: bool = False) -> Text:
    """Show a field value in both languages (dates, lists, enums, country codes)."""
    if isinstance(value, Text):
        return value
    if value is None or (isinstance(value, str | list) and not value):
        return _ABSENT
    if isinstance(value, bool):
        return Text(de="ja" if value else "nein", en="yes" if value else "no")
    if isinstance(value, dt.date):
        return Text(de=value.strftime("%d.%m.%Y"), en=value.isoformat())
    if isinstance(value, list):
        parts = [as_text(item, country_codes) for item in value if item not in ("", None)]
        if not parts:
            return _ABSENT
        return Text(de=", ".join(t.de for t in parts), en=", ".join(t.en for t in parts))
    if isinstance(value, Enum):
        if value in _ENUM_LABELS:
            return _ENUM_LABELS[value]
        value = value.value
    text = str(value).strip() or "–"
    if country_codes and countries().is_known(text):
        return countries().label(text)
    return Text(de=text, en=text)


def make_finding(
    rule: Rule, placeholders: dict[str, Any], values: dict[str, Any], target: str | None
) -> Finding:
    """``placeholders`` come from the scope and bindings; ``values`` from the rule's fields."""
    shown: dict[str, Text] = {name: as_text(v) for name, v in placeholders.items()}
    for name, value in values.items():
        shown[name] = as_text(value, country_codes=rule.values[name] in COUNTRY_FIELDS)

    def fill(template: Text) -> Text:
        def one(lang: Language) -> str:
            return template.get(lang).format_map(
                _Values({k: t.get(lang) for k, t in shown.items()})
            )

        return Text(**{lang: one(lang) for lang in LANGUAGES})

    targets = list(dict.fromkeys([*rule.targets, *([target] if target else [])]))
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        kind=rule.kind,
        text=fill(rule.text),
        remedy=fill(rule.remedy),
        targets=targets,
        references=list(rule.references),
    )
