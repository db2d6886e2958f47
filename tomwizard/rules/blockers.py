"""What keeps an annex a draft (ENTWURF): its blockers.

An annex is *final* only without blockers:

- every catalog measure answered (all views show every measure) and every custom measure too;
- no open Rückfrage (``follow_up``: a preset's pre-answer counts until confirmed);
- no planned, partly or not implemented measure whose date lies before the "Stand" of the
  annex or before today (the day of signature);
- no partly implemented, planned or not implemented measure without a date (the annex promises
  the date of each), and no partly implemented one without what remains („Was noch fehlt“);
- a "Stand" entered (the reference date of every statement; the annex never invents one);
- no finding that blocks the final version (kind ``widerspruch``, ``offen`` from a rule, or a
  critical gap: :attr:`Finding.blocks_final`).

The first three are computed here and come as findings of kind ``offen`` (``check`` lists them
beside the rules' findings); the last are the rules' own findings.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from tomwizard.models.assessment import STATUS_LABELS, Answer, Assessment, Status
from tomwizard.models.catalog import Catalog, Language, Text, render_text
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules.evaluator import evaluate
from tomwizard.rules.field_labels import field_label

SUBJECT_MAX = 70  # characters of a measure's text in a blocker line


class BlockerKind(StrEnum):
    UNBEANTWORTET = "unbeantwortet"
    RUECKFRAGE = "rueckfrage"
    TERMIN = "termin"
    OHNE_TERMIN = "ohne_termin"
    OHNE_REST = "ohne_rest"  # teilweise without what remains
    WIDERSPRUCH = "widerspruch"
    OFFEN = "offen"  # a rule's finding of kind offen
    KRITISCH = "kritisch"  # a rule's critical gap (kind luecke, severity kritisch)


# singular, plural
KIND_WORDS: dict[BlockerKind, dict[Language, tuple[str, str]]] = {
    BlockerKind.UNBEANTWORTET: {
        "de": ("unbeantwortete Maßnahme", "unbeantwortete Maßnahmen"),
        "en": ("unanswered measure", "unanswered measures"),
    },
    BlockerKind.RUECKFRAGE: {
        "de": ("offene Rückfrage", "offene Rückfragen"),
        "en": ("open follow-up question", "open follow-up questions"),
    },
    BlockerKind.TERMIN: {
        "de": ("überschrittener Termin", "überschrittene Termine"),
        "en": ("target date passed", "target dates passed"),
    },
    BlockerKind.OHNE_TERMIN: {
        "de": ("fehlender Termin", "fehlende Termine"),
        "en": ("missing target date", "missing target dates"),
    },
    BlockerKind.OHNE_REST: {
        "de": (
            "teilweise umgesetzte Maßnahme ohne Angabe, was fehlt",
            "teilweise umgesetzte Maßnahmen ohne Angabe, was fehlt",
        ),
        "en": (
            "partly implemented measure without what remains",
            "partly implemented measures without what remains",
        ),
    },
    BlockerKind.WIDERSPRUCH: {
        "de": ("Widerspruch", "Widersprüche"),
        "en": ("contradiction", "contradictions"),
    },
    BlockerKind.OFFEN: {
        "de": ("offener Punkt", "offene Punkte"),
        "en": ("open point", "open points"),
    },
    BlockerKind.KRITISCH: {
        "de": ("kritische Lücke", "kritische Lücken"),
        "en": ("critical gap", "critical gaps"),
    },
}
_LINE_KIND: dict[BlockerKind, str] = {
    BlockerKind.UNBEANTWORTET: "unbeantwortet",
    BlockerKind.RUECKFRAGE: "Rückfrage",
    BlockerKind.TERMIN: "Termin",
    BlockerKind.OHNE_TERMIN: "ohne Termin",
    BlockerKind.OHNE_REST: "teilweise ohne Angabe, was fehlt",
    BlockerKind.WIDERSPRUCH: "Widerspruch",
    BlockerKind.OFFEN: "offen",
    BlockerKind.KRITISCH: "kritisch",
}
_RULE_KIND = {
    "endfassung.unbeantwortet": BlockerKind.UNBEANTWORTET,
    "endfassung.rueckfrage": BlockerKind.RUECKFRAGE,
    "endfassung.termin": BlockerKind.TERMIN,
    "endfassung.ohne_termin": BlockerKind.OHNE_TERMIN,
    "endfassung.ohne_rest": BlockerKind.OHNE_REST,
    "endfassung.stand": BlockerKind.OFFEN,
}


@dataclass(frozen=True)
class Blocker:
    """One reason why the annex cannot be final, with where it is."""

    kind: BlockerKind
    finding: Finding
    section: str  # section title (German), "" where none applies
    subject: str  # measure id and short text, or "Unterauftragsverarbeiter „…“"

    def line(self) -> str:
        """One German line: kind, section, measure or sub-processor, and what is wrong."""
        where = " – ".join(p for p in (self.section, self.subject) if p)
        where = f" {where}" if where else ""
        return f"[{_LINE_KIND[self.kind]}]{where}: {self.finding.text.de}"


def stand_date(assessment: Assessment) -> dt.date:
    """The annex's "Stand" (today where none is entered, as the annex prints it)."""
    return assessment.organisation.stand or dt.date.today()


def open_findings(assessment: Assessment, catalog: Catalog) -> list[Finding]:
    """Unanswered measures, open Rückfragen and dates before the Stand, as findings of kind
    ``offen`` (catalog order, custom measures last)."""
    stand = stand_date(assessment)
    out: list[Finding] = []
    if assessment.organisation.stand is None:
        out.append(
            Finding(
                rule_id="endfassung.stand",
                severity=Severity.MITTEL,
                kind=FindingKind.OFFEN,
                text=Text(
                    de="Der Stand der Anlage ist nicht eingetragen.",
                    en="The as-of date of the annex is not entered.",
                ),
                remedy=Text(
                    de="Den Stand (Datum, auf das sich die Angaben beziehen) eintragen.",
                    en="Enter the as-of date (the date the statements refer to).",
                ),
                targets=["field:organisation.stand"],
                references=["Art. 32 Abs. 1 DSGVO"],
            )
        )
    for measure in catalog.measures():
        answer = assessment.answer(measure.id)
        text = render_text(measure, "de", dict(answer.params), assessment.organisation.role_names)
        text_en = render_text(measure, "en", dict(answer.params))
        out += _answer_findings(f"measure:{measure.id}", Text(de=text, en=text_en), answer, stand)
    for custom in assessment.custom_measures:
        if not custom.text.strip():
            continue
        label = Text(de=custom.text.strip(), en=custom.text.strip())
        out += _answer_findings(f"custom:{custom.id}", label, custom.answer, stand)
    return out


def _answer_findings(target: str, label: Text, answer: Answer, stand: dt.date) -> list[Finding]:
    de, en = _short(label.de), _short(label.en)
    out: list[Finding] = []
    if answer.status == Status.OFFEN:
        out.append(
            _finding(
                "endfassung.unbeantwortet",
                Severity.HINWEIS,
                target,
                Text(de=f"„{de}“ ist noch nicht beantwortet.", en=f"“{en}” is not yet answered."),
                Text(de="Den Status eintragen.", en="Enter the status."),
            )
        )
    if answer.follow_up:
        out.append(
            _finding(
                "endfassung.rueckfrage",
                Severity.MITTEL,
                target,
                Text(
                    de=f"Zu „{de}“ ist eine Rückfrage offen; die Angabe ist nicht bestätigt.",
                    en=f"A follow-up question on “{en}” is open; the answer is not confirmed.",
                ),
                Text(
                    de="Die Angabe prüfen und bestätigen (Rückfrage zurücknehmen).",
                    en="Check and confirm the answer (clear the follow-up flag).",
                ),
            )
        )
    due = answer.planned_date
    pending = (Status.GEPLANT, Status.TEILWEISE, Status.NICHT_UMGESETZT)
    if answer.status in pending and due is None:
        out.append(
            _finding(
                "endfassung.ohne_termin",
                Severity.MITTEL,
                target,
                Text(
                    de=f"Für „{de}“ ({STATUS_LABELS[answer.status]['de']}) ist kein Termin der "
                    "Umsetzung eingetragen.",
                    en=f"No implementation date is entered for “{en}” "
                    f"({STATUS_LABELS[answer.status]['en']}).",
                ),
                Text(
                    de="Den Termin der vollständigen Umsetzung eintragen (oder den Status ändern).",
                    en="Enter the date of full implementation (or change the status).",
                ),
            )
        )
    if answer.status == Status.TEILWEISE and not answer.remaining.strip():
        out.append(
            _finding(
                "endfassung.ohne_rest",
                Severity.MITTEL,
                target,
                Text(
                    de=f"„{de}“ ist teilweise umgesetzt, ohne Angabe, was noch fehlt.",
                    en=f"“{en}” is partly implemented, without stating what remains.",
                ),
                Text(
                    de="Unter „Was noch fehlt“ eintragen, welcher Teil noch aussteht (die "
                    "Anlage druckt es), oder den Status ändern.",
                    en="Enter under “What remains” which part is still outstanding (the annex "
                    "prints it), or change the status.",
                ),
            )
        )
    if answer.status in pending and due is not None and due < max(stand, dt.date.today()):
        out.append(
            _finding(
                "endfassung.termin",
                Severity.MITTEL,
                target,
                _past_due(de, en, due, stand),
                Text(
                    de="Den Status aktualisieren oder einen neuen Termin eintragen.",
                    en="Update the status or enter a new date.",
                ),
            )
        )
    return out


def _past_due(de: str, en: str, due: dt.date, stand: dt.date) -> Text:
    """A date before the Stand, or one that has passed since (review 2, finding 24: whoever
    signs today signs a promise already broken)."""
    if due < stand:
        return Text(
            de=f"Der Termin von „{de}“ ({due:%d.%m.%Y}) liegt vor dem Stand der "
            f"Anlage ({stand:%d.%m.%Y}).",
            en=f"The date of “{en}” ({due.isoformat()}) lies before the as-of date "
            f"({stand.isoformat()}).",
        )
    today = dt.date.today()
    return Text(
        de=f"Der Termin von „{de}“ ({due:%d.%m.%Y}) ist bereits überschritten "
        f"(heute: {today:%d.%m.%Y}).",
        en=f"The date of “{en}” ({due.isoformat()}) has already passed "
        f"(today: {today.isoformat()}).",
    )


def _finding(rule_id: str, severity: Severity, target: str, text: Text, remedy: Text) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=severity,
        kind=FindingKind.OFFEN,
        text=text,
        remedy=remedy,
        targets=[target],
        references=["Art. 28 Abs. 3 lit. c DSGVO", "Art. 32 Abs. 1 DSGVO"],
    )


def blockers(
    assessment: Assessment, catalog: Catalog, findings: list[Finding] | None = None
) -> list[Blocker]:
    """Every blocker of ``assessment``: the open findings computed here, then the rules'
    findings that block the final version (``findings``: the rules' findings if already
    evaluated)."""
    rule_findings = evaluate(assessment, catalog) if findings is None else findings
    locator = _Locator(assessment, catalog)
    # their texts name the measure already: the line adds its id only
    own = open_findings(assessment, catalog)
    out = [locator.blocker(_RULE_KIND[f.rule_id], f, named=True) for f in own]
    for finding in rule_findings:
        if not finding.blocks_final or finding.rule_id in _RULE_KIND:
            continue
        kind = _rule_blocker_kind(finding)
        out.append(locator.blocker(kind, finding))
    return out


def _rule_blocker_kind(finding: Finding) -> BlockerKind:
    if finding.kind is FindingKind.WIDERSPRUCH:
        return BlockerKind.WIDERSPRUCH
    if finding.kind is FindingKind.OFFEN:
        return BlockerKind.OFFEN
    return BlockerKind.KRITISCH


def counts(found: list[Blocker], lang: Language) -> str:
    """ "3 unbeantwortete Maßnahmen, 1 Widerspruch": the blockers counted by kind."""
    by_kind = Counter(b.kind for b in found)
    parts = []
    for kind in BlockerKind:
        n = by_kind.get(kind, 0)
        if n:
            singular, plural = KIND_WORDS[kind][lang]
            parts.append(f"{n} {singular if n == 1 else plural}")
    return ", ".join(parts)


class _Locator:
    """Section and subject of a finding's first target, in German."""

    def __init__(self, assessment: Assessment, catalog: Catalog) -> None:
        self.a = assessment
        self.measures = catalog.measure_index()
        self.section_of = catalog.section_of()
        self.titles = {s.id: s.title.de for s in catalog.sections}

    def blocker(self, kind: BlockerKind, finding: Finding, named: bool = False) -> Blocker:
        for target in finding.targets:
            found = self._locate(target, named)
            if found is not None:
                return Blocker(kind, finding, *found)
        return Blocker(kind, finding, "", "")

    def _locate(self, target: str, named: bool) -> tuple[str, str] | None:
        kind, _, ident = target.partition(":")
        if kind == "measure" and ident in self.measures and named:
            return self.titles.get(self.section_of.get(ident, ""), ""), f"Maßnahme {ident}"
        if kind == "measure" and ident in self.measures:
            answer = self.a.answer(ident)
            roles = self.a.organisation.role_names
            text = render_text(self.measures[ident], "de", dict(answer.params), roles)
            section = self.titles.get(self.section_of.get(ident, ""), "")
            return section, f"Maßnahme {ident} „{_short(text)}“"
        if kind == "custom":
            custom = next((c for c in self.a.custom_measures if c.id == ident), None)
            if custom is not None and named:
                return self.titles.get(custom.section_id, ""), "sonstige Maßnahme"
            if custom is not None:
                section = self.titles.get(custom.section_id, "")
                return section, f"sonstige Maßnahme „{_short(custom.text.strip())}“"
        if kind == "subprocessor":
            sub = next((s for s in self.a.subprocessors if s.id == ident), None)
            if sub is not None:
                name = sub.name.strip() or sub.id
                return "Unterauftragsverarbeiter", f"„{_short(name)}“"
        if kind == "section" and ident in self.titles:
            return self.titles[ident], ""
        if kind == "field":
            return "Angaben", field_label(ident, "de")
        return None


def _short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUBJECT_MAX:
        return text
    cut = text[: SUBJECT_MAX - 1]
    if " " in cut:  # at a word boundary, never mid-word (review 2, finding 29)
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"
