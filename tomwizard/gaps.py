"""First gap rules: conditions in code, texts from forms/rules/basic.yaml.

``evaluate`` returns findings sorted by severity (most severe first).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from functools import cache
from typing import Literal

from pydantic import Field

from tomwizard.countries import countries
from tomwizard.models.assessment import Assessment, Status, TransferBasis
from tomwizard.models.catalog import LANGUAGES, Catalog, Strict, Text, render_text
from tomwizard.models.finding import Finding, Severity
from tomwizard.paths import forms_path
from tomwizard.yamlsource import load_yaml, validate

Value = str | int | Text
Hit = tuple[str, dict[str, Value], list[str]]  # rule id, placeholder values, targets

BACKUP = "verfuegbarkeit.backup"
MELDEFRIST = "vorfall.meldefrist"
MAX_NOTICE_HOURS = 72
DSB_THRESHOLD = 20


class RuleText(Strict):
    id: str
    severity: Severity
    text: Text
    remedy: Text
    references: list[str] = Field(default_factory=list)
    targets: list[str] = Field(default_factory=list)


class RuleFile(Strict):
    rules: list[RuleText]


@cache
def rule_texts() -> dict[str, RuleText]:
    path = forms_path("rules", "basic.yaml")
    data, lines = load_yaml(path)
    return {rule.id: rule for rule in validate(RuleFile, data, path, lines).rules}


def evaluate(
    assessment: Assessment, catalog: Catalog, today: dt.date | None = None
) -> list[Finding]:
    today = today or dt.date.today()
    texts = rule_texts()
    findings = [
        _finding(texts[rule_id], values, targets)
        for rule_id, values, targets in _hits(assessment, catalog, today)
    ]
    return sorted(findings, key=lambda f: f.severity.rank)


def _finding(rule: RuleText, values: dict[str, Value], targets: list[str]) -> Finding:
    def fill(lang: Literal["de", "en"], template: str) -> str:
        plain = {k: v.get(lang) if isinstance(v, Text) else str(v) for k, v in values.items()}
        return template.format_map(plain)

    text = Text(**{lang: fill(lang, rule.text.get(lang)) for lang in LANGUAGES})
    return Finding(
        rule_id=rule.id,
        severity=rule.severity,
        text=text,
        remedy=rule.remedy,
        targets=[*rule.targets, *targets],
        references=rule.references,
    )


def _hits(assessment: Assessment, catalog: Catalog, today: dt.date) -> Iterator[Hit]:
    measures = catalog.measure_index()
    if BACKUP in measures and assessment.answer(BACKUP).status != Status.UMGESETZT:
        yield "backup.fehlt", {}, []
    yield from _notice_deadline(assessment, measures.keys())
    yield from _third_countries(assessment)
    persons = assessment.processing.persons_processing
    if (
        persons is not None
        and persons >= DSB_THRESHOLD
        and not assessment.organisation.dsb.appointed
    ):
        yield "dsb.fehlt", {"persons": persons}, []
    for section in catalog.sections:
        open_count = 0
        for measure in section.measures():
            answer = assessment.answer(measure.id)
            label = Text(
                de=render_text(measure, "de", answer.params),
                en=render_text(measure, "en", answer.params),
            )
            target = [f"measure:{measure.id}"]
            if answer.status == Status.OFFEN:
                open_count += 1
            elif answer.status == Status.GEPLANT and (
                answer.planned_date is None or answer.planned_date < today
            ):
                yield "geplant.ohne_termin", {"measure": label}, target
            elif answer.status == Status.ENTFAELLT and not answer.reason.strip():
                yield "entfaellt.ohne_begruendung", {"measure": label}, target
        if open_count:
            yield (
                "abschnitt.offen",
                {"section": section.title, "count": open_count},
                [f"section:{section.id}"],
            )
        for custom in assessment.custom_measures:
            if custom.section_id == section.id and not custom.text.strip():
                yield "sonstige.leer", {"section": section.title}, [f"custom:{custom.id}"]


def _notice_deadline(assessment: Assessment, known: object) -> Iterator[Hit]:
    if MELDEFRIST not in known:  # type: ignore[operator]
        return
    answer = assessment.answer(MELDEFRIST)
    hours = answer.params.get("hours")
    if answer.status != Status.UMGESETZT or not isinstance(hours, int) or hours > MAX_NOTICE_HOURS:
        shown = (
            Text(de=f"{hours} Stunden", en=f"{hours} hours")
            if isinstance(hours, int)
            else Text(de="keine Angabe", en="not stated")
        )
        yield "meldefrist.zu_lang", {"hours": shown}, []


def _third_countries(assessment: Assessment) -> Iterator[Hit]:
    groups = countries()
    for sub in assessment.subprocessors:
        if sub.transfer_basis != TransferBasis.NONE:
            continue
        places = [sub.country_seat, *sub.countries_processing]
        for code in dict.fromkeys(c.upper() for c in places if c):
            if groups.is_third_country(code) and not groups.has_adequacy(code):
                country = Text(de=groups.name(code, "de"), en=groups.name(code, "en"))
                yield (
                    "drittland.ohne_grundlage",
                    {"name": sub.name or "?", "country": country},
                    [f"subprocessor:{sub.id}"],
                )
