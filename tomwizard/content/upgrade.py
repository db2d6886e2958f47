"""Carry answers over to a later catalog version (mapping files in forms/catalog/mappings/,
read by :mod:`tomwizard.content.mappings`).

A mapping file describes one step, ``from_version`` → ``to_version``: which measure ids were
renamed, split into several or merged into one, which were removed, and which sections were
renamed. Ids not named keep their meaning. :func:`upgrade_answers` walks the chain of steps
from the assessment's version to the target catalog and reports what it carried over and what
it could not carry over; nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from tomwizard.content.mappings import (
    CatalogMapping,
    NewerCatalogError,
    UpgradeError,
    chain,
    load_mappings,
    mappings_dir,
    shipped_mappings,
)
from tomwizard.i18n import N_, Msg, say
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import Catalog, Language, Text

__all__ = [
    "CatalogMapping",
    "NewerCatalogError",
    "UpgradeError",
    "UpgradeNote",
    "UpgradeReport",
    "chain",
    "load_mappings",
    "mappings_dir",
    "shipped_mappings",
    "upgrade_answers",
]

# When merged measures were answered differently, the result is never better than its parts.
_RANK = {
    Status.NICHT_UMGESETZT: 0,
    Status.OFFEN: 1,
    Status.GEPLANT: 2,
    Status.TEILWEISE: 3,
    Status.UMGESETZT: 4,
    Status.ENTFAELLT: 5,
}


Kind = Literal[
    "renamed",
    "split",
    "merged",
    "merge_conflict",
    "removed",
    "unknown",
    "param_dropped",
    "section_missing",
    "collision",
]


@dataclass(frozen=True)
class UpgradeNote:
    """One line of the upgrade report."""

    kind: Kind
    measure_id: str
    text: Text


@dataclass
class UpgradeReport:
    from_version: str
    to_version: str
    carried: list[UpgradeNote] = field(default_factory=list)  # moved to another id, kept
    not_carried: list[UpgradeNote] = field(default_factory=list)  # lost or needs a look


def upgrade_answers(
    assessment: Assessment,
    from_version: str,
    to_catalog: Catalog,
    mappings: list[CatalogMapping] | tuple[CatalogMapping, ...] | None = None,
) -> tuple[Assessment, UpgradeReport]:
    """Carry the answers of ``assessment`` (made with ``from_version``) over to ``to_catalog``."""
    steps = chain(
        from_version, to_catalog.version, shipped_mappings() if mappings is None else mappings
    )
    report = UpgradeReport(from_version, to_catalog.version)
    answers = dict(assessment.answers)
    customs = list(assessment.custom_measures)
    for step in steps:
        answers = _apply(step, answers, report)
        customs = [_move_custom(step, c) for c in customs]
    siblings = {new for step in steps for group in step.split.values() for new in group}
    answers = _fit_to_catalog(answers, to_catalog, report, siblings)
    _check_customs(customs, to_catalog, report)
    upgraded = assessment.model_copy(
        update={
            "answers": answers,
            "custom_measures": customs,
            "catalog_version": to_catalog.version,
        }
    )
    return Assessment.model_validate(upgraded.model_dump()), report


def _apply(
    step: CatalogMapping, answers: dict[str, Answer], report: UpgradeReport
) -> dict[str, Answer]:
    merged_from = {old: new for new, olds in step.merged.items() for old in olds}
    result: dict[str, Answer] = {}
    pending: dict[str, list[tuple[str, Answer]]] = {}

    def put(new_id: str, answer: Answer, old_id: str) -> None:
        if new_id in result:
            report.not_carried.append(
                _note(
                    "collision",
                    old_id,
                    N_(
                        "„{old}“ trifft auf die bereits beantwortete Maßnahme „{new}“; "
                        "die Antwort von „{old}“ wurde nicht übernommen."
                    ),
                    old=old_id,
                    new=new_id,
                )
            )
            return
        result[new_id] = answer

    # untouched ids first, so that a mapped id landing on them is reported, not overwritten
    for old_id, answer in answers.items():
        if not (
            old_id in step.renamed
            or old_id in step.split
            or old_id in step.removed
            or old_id in merged_from
        ):
            put(old_id, answer, old_id)
    for old_id, answer in answers.items():
        if old_id in step.renamed:
            new_id = step.renamed[old_id]
            put(new_id, answer, old_id)
            report.carried.append(
                _note(
                    "renamed",
                    old_id,
                    N_("„{old}“ heißt jetzt „{new}“."),
                    old=old_id,
                    new=new_id,
                )
            )
        elif old_id in step.split:
            targets = step.split[old_id]
            for new_id in targets:
                put(new_id, answer.model_copy(deep=True), old_id)
            names = ", ".join(targets)
            report.carried.append(
                _note(
                    "split",
                    old_id,
                    N_(
                        "„{old}“ wurde aufgeteilt; die Antwort gilt jetzt für {names}. "
                        "Bitte prüfen."
                    ),
                    old=old_id,
                    names=names,
                )
            )
        elif old_id in step.removed:
            reason = step.removed[old_id]
            report.not_carried.append(
                _note(
                    "removed",
                    old_id,
                    N_("„{old}“ ist entfallen: {reason}"),
                    old=old_id,
                    reason=reason,
                )
            )
        elif old_id in merged_from:
            pending.setdefault(merged_from[old_id], []).append((old_id, answer))
    for new_id, parts in pending.items():
        put(new_id, _merge(new_id, parts, step, report), parts[0][0])
    return result


def _merge(
    new_id: str, parts: list[tuple[str, Answer]], step: CatalogMapping, report: UpgradeReport
) -> Answer:
    sources = step.merged[new_id]
    answered = {old: answer for old, answer in parts}
    missing = [old for old in sources if old not in answered]
    statuses = {answer.status for answer in answered.values()}
    if missing:
        statuses.add(Status.OFFEN)  # an unanswered part is open
    first = answered[sources[0]] if sources[0] in answered else parts[0][1]
    notes = [a.note.strip() for a in answered.values() if a.note.strip()]
    evidence = [a.evidence.strip() for a in answered.values() if a.evidence.strip()]
    params: dict[str, int | str] = {}
    for answer in answered.values():
        for key, value in answer.params.items():
            params.setdefault(key, value)
    names = ", ".join(sources)
    if len(statuses) == 1:
        report.carried.append(
            _note(
                "merged",
                new_id,
                N_("{names} wurden zu „{new}“ zusammengefasst."),
                names=names,
                new=new_id,
            )
        )
        return first.model_copy(
            update={"note": "\n".join(notes), "evidence": "\n".join(evidence), "params": params}
        )
    weakest = min(statuses, key=_RANK.__getitem__)
    partly = weakest != Status.UMGESETZT and (
        Status.UMGESETZT in statuses or Status.TEILWEISE in statuses
    )
    status = Status.TEILWEISE if partly else weakest
    report.not_carried.append(
        _note(
            "merge_conflict",
            new_id,
            N_(
                "{names} waren unterschiedlich beantwortet und wurden zu „{new}“ "
                "zusammengefasst; übernommen als „{status}“, bitte prüfen."
            ),
            names=names,
            new=new_id,
            status=status.value,
        )
    )
    planned = next((a.planned_date for a in answered.values() if a.planned_date), None)
    reason = next((a.reason for a in answered.values() if a.reason.strip()), "")
    return Answer(
        status=status,
        note="\n".join(notes),
        params=params,
        follow_up=True,
        evidence="\n".join(evidence),
        planned_date=planned if status == Status.GEPLANT else None,
        reason=reason if status == Status.ENTFAELLT else "",
    )


def _fit_to_catalog(
    answers: dict[str, Answer], catalog: Catalog, report: UpgradeReport, split_parts: set[str]
) -> dict[str, Answer]:
    """Keep answers the target catalog knows; drop (and report) the rest and stale parameters.

    A part of a split measure drops the parameters another part took over without a report.
    """
    index = catalog.measure_index()
    kept_by_parts = {
        p.id for mid in split_parts if mid in index and mid in answers for p in index[mid].params
    }
    fitted: dict[str, Answer] = {}
    for measure_id, answer in answers.items():
        measure = index.get(measure_id)
        if measure is None:
            report.not_carried.append(
                _note(
                    "unknown",
                    measure_id,
                    N_(
                        "„{measure}“ gibt es in Katalogversion {version} nicht; die Antwort "
                        "wurde nicht übernommen."
                    ),
                    measure=measure_id,
                    version=catalog.version,
                )
            )
            continue
        declared = {p.id for p in measure.params}
        stale = sorted(set(answer.params) - declared)
        lost = [k for k in stale if measure_id not in split_parts or k not in kept_by_parts]
        if lost:
            report.not_carried.append(
                _note(
                    "param_dropped",
                    measure_id,
                    N_("Parameter {names} von „{measure}“ entfallen."),
                    names=", ".join(lost),
                    measure=measure_id,
                )
            )
        if stale:
            answer = answer.model_copy(
                update={"params": {k: v for k, v in answer.params.items() if k in declared}}
            )
        fitted[measure_id] = answer
    return fitted


def _move_custom(step: CatalogMapping, custom: CustomMeasure) -> CustomMeasure:
    new_section = step.sections.get(custom.section_id)
    if new_section is None:
        return custom
    return custom.model_copy(update={"section_id": new_section})


def _check_customs(customs: list[CustomMeasure], catalog: Catalog, report: UpgradeReport) -> None:
    sections = {s.id for s in catalog.sections}
    for custom in customs:
        if custom.section_id not in sections:
            report.not_carried.append(
                _note(
                    "section_missing",
                    custom.id,
                    N_(
                        "Die eigene Maßnahme „{text}“ gehört zu Abschnitt „{section}“, den es "
                        "nicht mehr gibt; sie bleibt gespeichert, bitte einem Abschnitt zuordnen."
                    ),
                    text=custom.text,
                    section=custom.section_id,
                )
            )


def _note(kind: Kind, measure_id: str, message: Msg, **values: str | Text) -> UpgradeNote:
    """A note in both languages; a :class:`Text` value is filled in its language."""

    def one(lang: Language) -> str:
        filled = {k: v.get(lang) if isinstance(v, Text) else v for k, v in values.items()}
        return say(lang, message).format(**filled)

    return UpgradeNote(kind, measure_id, Text(de=one("de"), en=one("en")))
