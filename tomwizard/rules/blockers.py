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
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from functools import partial

from tomwizard.i18n import N_, NC_, NN_, Msg, both, format_date, say, trn
from tomwizard.models.assessment import STATUS_LABELS, Answer, Assessment, Status
from tomwizard.models.catalog import LANGUAGES, Catalog, Language, Measure, Text, render_text
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.models.roles import swap_roles
from tomwizard.rules.blocker_place import SUBJECT_MAX as SUBJECT_MAX
from tomwizard.rules.blocker_place import Locator
from tomwizard.rules.blocker_place import short as _short
from tomwizard.rules.evaluator import evaluate
from tomwizard.rules.summary import REASON_SEPARATOR, group_by_subject, merge_group


class BlockerKind(StrEnum):
    UNBEANTWORTET = "unbeantwortet"
    RUECKFRAGE = "rueckfrage"
    TERMIN = "termin"
    OHNE_TERMIN = "ohne_termin"
    OHNE_REST = "ohne_rest"  # teilweise without what remains
    WIDERSPRUCH = "widerspruch"
    VERTRAGSPFLICHT = "vertragspflicht"  # a duty of the AVV not (fully) met (DSB review 3, B4)
    GENEHMIGUNG = "genehmigung"  # a sub-processor without the date of its approval
    OFFEN = "offen"  # a rule's finding of kind offen
    KRITISCH = "kritisch"  # a rule's critical gap (kind luecke, severity kritisch)


# singular, plural (German msgids; the plural form by the language's rule, tomwizard.i18n)
KIND_WORDS: dict[BlockerKind, tuple[str, str]] = {
    BlockerKind.UNBEANTWORTET: NN_("{n} unbeantwortete Maßnahme", "{n} unbeantwortete Maßnahmen"),
    BlockerKind.RUECKFRAGE: NN_("{n} offene Rückfrage", "{n} offene Rückfragen"),
    BlockerKind.TERMIN: NN_("{n} überschrittener Termin", "{n} überschrittene Termine"),
    BlockerKind.OHNE_TERMIN: NN_("{n} fehlender Termin", "{n} fehlende Termine"),
    BlockerKind.OHNE_REST: NN_(
        "{n} teilweise umgesetzte Maßnahme ohne Angabe, was fehlt",
        "{n} teilweise umgesetzte Maßnahmen ohne Angabe, was fehlt",
    ),
    BlockerKind.WIDERSPRUCH: NN_("{n} Widerspruch", "{n} Widersprüche"),
    BlockerKind.VERTRAGSPFLICHT: NN_(
        "{n} nicht erfüllte Pflicht aus dem AVV", "{n} nicht erfüllte Pflichten aus dem AVV"
    ),
    BlockerKind.GENEHMIGUNG: NN_(
        "{n} fehlendes Genehmigungsdatum", "{n} fehlende Genehmigungsdaten"
    ),
    BlockerKind.OFFEN: NN_("{n} offener Punkt", "{n} offene Punkte"),
    BlockerKind.KRITISCH: NN_("{n} kritische Lücke", "{n} kritische Lücken"),
}
_LINE_KIND: dict[BlockerKind, Msg] = {
    BlockerKind.UNBEANTWORTET: NC_("blocker", "unbeantwortet"),
    BlockerKind.RUECKFRAGE: NC_("blocker", "Rückfrage"),
    BlockerKind.TERMIN: NC_("blocker", "Termin"),
    BlockerKind.OHNE_TERMIN: NC_("blocker", "ohne Termin"),
    BlockerKind.OHNE_REST: NC_("blocker", "teilweise ohne Angabe, was fehlt"),
    BlockerKind.WIDERSPRUCH: NC_("blocker", "Widerspruch"),
    BlockerKind.VERTRAGSPFLICHT: NC_("blocker", "Pflicht aus dem AVV"),
    BlockerKind.GENEHMIGUNG: NC_("blocker", "Genehmigung"),
    BlockerKind.OFFEN: NC_("blocker", "offen"),
    BlockerKind.KRITISCH: NC_("blocker", "kritisch"),
}
# under the allgemeine Genehmigung the missing date is the end of the objection period, not an
# approval (DSB review 6, N1): that rule's blockers are counted and labelled in its own words
_OBJECTION_RULE = "unterauftrag.ohne_einspruchsfrist"
_OBJECTION_WORDS = NN_(
    "{n} fehlendes Datum zum Ablauf der Einspruchsfrist",
    "{n} fehlende Daten zum Ablauf der Einspruchsfrist",
)
_OBJECTION_LINE = NC_("blocker", "Einspruchsfrist")
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
    section: dict[Language, str]  # section title, "" where none applies
    subject: dict[Language, str]  # measure id and short text, or "Unterauftragsverarbeiter „…“"

    def line(self, lang: Language = "de", roles: str = "verantwortlicher") -> str:
        """One line: kind, section, measure or sub-processor, and what is wrong (in the role
        words of ``roles``, the file's pair)."""
        where = " – ".join(p for p in (self.section[lang], self.subject[lang]) if p)
        where = f" {swap_roles(where, roles)}" if where else ""
        text = " ".join(self.finding.said(lang, roles).split(REASON_SEPARATOR))  # one line
        label = (
            _OBJECTION_LINE if self.finding.rule_id == _OBJECTION_RULE else _LINE_KIND[self.kind]
        )
        return f"[{say(lang, label)}]{where}: {text}"


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
                text=both(N_("Der Stand der Anlage ist nicht eingetragen.")),
                remedy=both(N_("Den Stand (Datum, auf das sich die Angaben beziehen) eintragen.")),
                targets=["field:organisation.stand"],
                references=["Art. 32 Abs. 1 DSGVO"],
            )
        )
    roles = assessment.organisation.role_names
    for measure in catalog.measures():
        answer = assessment.answer(measure.id)
        label = partial(_measure_label, measure, answer, roles)
        out += _answer_findings(f"measure:{measure.id}", label, answer, stand)
    for custom in assessment.custom_measures:
        if not custom.text.strip():
            continue
        text = custom.text.strip()
        out += _answer_findings(
            f"custom:{custom.id}", partial(Text, de=text, en=text), custom.answer, stand
        )
    return out


def _measure_label(measure: Measure, answer: Answer, roles: str) -> Text:
    text = render_text(measure, "de", dict(answer.params), roles)
    return Text(de=text, en=render_text(measure, "en", dict(answer.params)))


def _answer_findings(
    target: str, make_label: Callable[[], Text], answer: Answer, stand: dt.date
) -> list[Finding]:
    pending = (Status.GEPLANT, Status.TEILWEISE, Status.NICHT_UMGESETZT)
    if answer.status != Status.OFFEN and not answer.follow_up and answer.status not in pending:
        return []  # nothing open (the checks below all need one of these): no label is made
    label = make_label()
    named = {"de": {"name": _short(label.de)}, "en": {"name": _short(label.en)}}
    out: list[Finding] = []
    if answer.status == Status.OFFEN:
        out.append(
            _finding(
                "endfassung.unbeantwortet",
                Severity.HINWEIS,
                target,
                _both(N_("„{name}“ ist noch nicht beantwortet."), named),
                both(N_("Den Status eintragen.")),
            )
        )
    if answer.follow_up:
        out.append(
            _finding(
                "endfassung.rueckfrage",
                Severity.MITTEL,
                target,
                _both(
                    N_("Zu „{name}“ ist eine Rückfrage offen; die Angabe ist nicht bestätigt."),
                    named,
                ),
                both(N_("Die Angabe prüfen und bestätigen (Rückfrage zurücknehmen).")),
            )
        )
    due = answer.planned_date
    if answer.status in pending and due is None:
        out.append(
            _finding(
                "endfassung.ohne_termin",
                Severity.MITTEL,
                target,
                _both(
                    N_("Für „{name}“ ({status}) ist kein Termin der Umsetzung eingetragen."),
                    {
                        lang: {**named[lang], "status": STATUS_LABELS[answer.status][lang]}
                        for lang in LANGUAGES
                    },
                ),
                both(
                    N_("Den Termin der vollständigen Umsetzung eintragen (oder den Status ändern).")
                ),
            )
        )
    if answer.status == Status.TEILWEISE and not answer.remaining.strip():
        out.append(
            _finding(
                "endfassung.ohne_rest",
                Severity.MITTEL,
                target,
                _both(N_("„{name}“ ist teilweise umgesetzt, ohne Angabe, was noch fehlt."), named),
                both(
                    N_(
                        "Unter „Was noch fehlt“ eintragen, welcher Teil noch aussteht (die "
                        "Anlage druckt es), oder den Status ändern."
                    )
                ),
            )
        )
    if answer.status in pending and due is not None and due < max(stand, dt.date.today()):
        out.append(
            _finding(
                "endfassung.termin",
                Severity.MITTEL,
                target,
                _past_due(named, due, stand),
                both(N_("Den Status aktualisieren oder einen neuen Termin eintragen.")),
            )
        )
    return out


def _both(message: Msg, values: dict[str, dict[str, str]]) -> Text:
    """A marked message in both languages, each filled with its own values."""
    return Text(**{lang: say(lang, message).format(**values[lang]) for lang in LANGUAGES})


def _past_due(named: dict[str, dict[str, str]], due: dt.date, stand: dt.date) -> Text:
    """A date before the Stand, or one that has passed since (review 2, finding 24: whoever
    signs today signs a promise already broken)."""
    if due < stand:
        message = N_("Der Termin von „{name}“ ({due}) liegt vor dem Stand der Anlage ({stand}).")
        key, other = "stand", stand
    else:
        message = N_("Der Termin von „{name}“ ({due}) ist bereits überschritten (heute: {today}).")
        key, other = "today", dt.date.today()
    dates = {
        lang: {"due": format_date(due, lang), key: format_date(other, lang)} for lang in LANGUAGES
    }
    return _both(message, {lang: {**named[lang], **dates[lang]} for lang in LANGUAGES})


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
    locator = Locator(assessment, catalog)
    # their texts name the measure already: the line adds its id only
    own = open_findings(assessment, catalog)
    out = [Blocker(_RULE_KIND[f.rule_id], f, *locator.place(f, named=True)) for f in own]
    for finding in rule_findings:
        if not finding.blocks_final or finding.rule_id in _RULE_KIND:
            continue
        kind = _rule_blocker_kind(finding)
        out.append(Blocker(kind, finding, *locator.place(finding)))
    return out


def one_per_subject(found: list[Blocker]) -> list[Blocker]:
    """One blocker per subject with all its reasons (review 2, finding 18: a sub-processor
    was kritisch, two Widersprüche and offen at once), counted under the kind listed first in
    BlockerKind (an open Rückfrage before the contradiction it causes); where it is: the
    first one's. A reason of a kind in ``_OWN_LINE`` is a line of its own beside it (DSB
    review 7, N8: the count names every missing approval date, so each is its own
    „[Genehmigung]“ line, not a sentence inside a „[Widerspruch]“ line). What ``check
    --final``, the annex's page 1, the gap report and the GUI show and count."""
    out = []
    for group in group_by_subject([b.finding for b in found]):
        members = [b for b in found if any(b.finding is f for f in group)]
        rest = [b for b in members if b.kind not in _OWN_LINE]
        own = [b for b in members if b.kind in _OWN_LINE]
        out += [_merged(part) for part in (rest, own) if part]
    return out


def _merged(members: list[Blocker]) -> Blocker:
    kind = min((b.kind for b in members), key=_KIND_ORDER.index)
    first = members[0]
    return Blocker(kind, merge_group([b.finding for b in members]), first.section, first.subject)


_KIND_ORDER = list(BlockerKind)


# rules' findings counted under a kind of their own (page 1 names what they are)
_RULE_FINDING_KIND = {
    "vertragspflicht.fehlt": BlockerKind.VERTRAGSPFLICHT,
    "vertragspflicht.entfaellt": BlockerKind.VERTRAGSPFLICHT,  # DSB review 4, N2
    "unterauftrag.ohne_genehmigung": BlockerKind.GENEHMIGUNG,
    "unterauftrag.ohne_einzelgenehmigung": BlockerKind.GENEHMIGUNG,
    _OBJECTION_RULE: BlockerKind.GENEHMIGUNG,
}


def _rule_blocker_kind(finding: Finding) -> BlockerKind:
    if finding.rule_id in _RULE_FINDING_KIND:
        return _RULE_FINDING_KIND[finding.rule_id]
    if finding.kind is FindingKind.WIDERSPRUCH:
        return BlockerKind.WIDERSPRUCH
    if finding.kind is FindingKind.OFFEN:
        return BlockerKind.OFFEN
    return BlockerKind.KRITISCH


# kinds listed on a line of their own for every subject that has them, even where the
# subject's other reasons are counted under an earlier kind (DSB review 4, N7: a sub-processor
# with a contradiction and no approval date is also one missing approval date, as the table
# shows it; review 7, N8: and the list shows that date as its own line)
_OWN_LINE = (BlockerKind.GENEHMIGUNG,)


def counts(found: list[Blocker], lang: Language) -> str:
    """ "3 unbeantwortete Maßnahmen, 1 Widerspruch": the lines of :func:`one_per_subject`
    counted by kind (the one count of the annex, the gap report and ``check``; every number
    is as many lines of that kind in ``check --final``)."""
    by_kind = Counter(b.kind for b in one_per_subject(found))
    words = dict(KIND_WORDS)
    approvals = {b.finding.rule_id for b in found if b.kind is BlockerKind.GENEHMIGUNG}
    if approvals == {_OBJECTION_RULE}:
        words[BlockerKind.GENEHMIGUNG] = _OBJECTION_WORDS
    parts = []
    for kind in BlockerKind:
        n = by_kind.get(kind, 0)
        if n:
            parts.append(trn(lang, *words[kind], n).format(n=n))
    return ", ".join(parts)
