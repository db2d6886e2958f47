"""Turn a rule hit into a Finding: fill the placeholders in both languages."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from tomwizard.content.countries import countries
from tomwizard.i18n import N_, NC_, Msg, both, format_date, say
from tomwizard.models.assessment import STATUS_LABELS, ProtectionNeed, Status, TransferBasis
from tomwizard.models.catalog import LANGUAGES, Language, Text
from tomwizard.models.finding import Finding, FindingKind
from tomwizard.rules.fields import COUNTRY_FIELDS
from tomwizard.rules.predicates import Rule

_ABSENT = NC_("value", "keine Angabe")
_ENUM_LABELS: dict[Enum, Msg] = {
    ProtectionNeed.NORMAL: NC_("value", "normal"),
    ProtectionNeed.HOCH: NC_("value", "hoch"),
    ProtectionNeed.SEHR_HOCH: NC_("value", "sehr hoch"),
    TransferBasis.EU_EWR: NC_("value", "EU/EWR (keine Drittlandübermittlung)"),
    TransferBasis.ADEQUACY: NC_("value", "Angemessenheitsbeschluss"),
    TransferBasis.DPF: NC_("value", "EU-US Data Privacy Framework"),
    TransferBasis.SCC: NC_("value", "Standardvertragsklauseln"),
    TransferBasis.BCR: NC_("value", "verbindliche interne Datenschutzvorschriften"),
    TransferBasis.ART49: NC_("value", "Ausnahme nach Art. 49 DSGVO"),
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
        return both(_ABSENT)
    if isinstance(value, bool):
        return both(NC_("value", "ja") if value else NC_("value", "nein"))
    if isinstance(value, dt.date):
        return Text(de=format_date(value, "de"), en=format_date(value, "en"))
    if isinstance(value, list):
        parts = [as_text(item, country_codes) for item in value if item not in ("", None)]
        if not parts:
            return both(_ABSENT)
        return Text(de=", ".join(t.de for t in parts), en=", ".join(t.en for t in parts))
    if isinstance(value, Enum):
        if isinstance(value, Status):
            labels = STATUS_LABELS[value]
            return Text(de=labels["de"], en=labels["en"])
        if value in _ENUM_LABELS:
            return both(_ENUM_LABELS[value])
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
        subject=rule.subject or "",
    )


_UNCONFIRMED = N_(
    "Das beruht auf einer noch nicht bestätigten Vorbelegung (Rückfrage): beim Bestätigen "
    "richtigstellen."
)


def unconfirmed(finding: Finding, measures: list[str]) -> Finding:
    """A contradiction that rests on pre-answers not confirmed yet (``measures``: their ids) is
    an open point to confirm, not yet a contradiction of the file (review 2, finding 21: right
    after a preset „Datenschutzbeauftragter benannt“ stood against an empty DSB)."""
    if finding.kind is not FindingKind.WIDERSPRUCH or not measures:
        return finding

    def one(lang: Language) -> str:
        return f"{finding.text.get(lang)} {say(lang, _UNCONFIRMED)}"

    return finding.model_copy(
        update={"kind": FindingKind.OFFEN, "text": Text(**{lang: one(lang) for lang in LANGUAGES})}
    )
