"""The internal gap report as a neutral document: :func:`build_gap_report`.

A cover with counts per severity and a chart per section, the findings grouped by severity
with remedy and references, the open follow-up questions ("Rückfrage"), the measures not
yet answered and the notes and evidence. It is a working paper for the DSB or consultant and
is never attached to the contract.
"""

from __future__ import annotations

import datetime as dt

from tomwizard.export.annex_parts import annex_label, stand
from tomwizard.export.citations import cite
from tomwizard.export.document.gap_report_answers import (
    answered_measures,
    answered_part,
    follow_up_part,
    has_notes,
)
from tomwizard.export.document.gap_report_open import open_points, unanswered_part
from tomwizard.export.document.model import (
    Block,
    Chart,
    ChartRow,
    Document,
    DocumentMeta,
    KeepTogether,
    PageBreak,
    Paragraph,
    Run,
    Table,
    runs,
)
from tomwizard.export.document.typography import format_date, one_line
from tomwizard.export.document.words import Words, user
from tomwizard.export.finding_state import answer_state, subject_answer
from tomwizard.export.measure_text import measure_text
from tomwizard.export.wording import ANNEX, REPORT, SEVERITY
from tomwizard.i18n import N_, NN_, say, trn
from tomwizard.models.assessment import Assessment, Status
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.models.roles import swap_roles
from tomwizard.rules import merge_by_subject
from tomwizard.rules.blockers import Blocker, blockers, counts
from tomwizard.rules.field_labels import field_label
from tomwizard.rules.fields import Context, is_empty
from tomwizard.rules.summary import REASON_SEPARATOR

SEVERITY_COLOUR: dict[Severity, str] = {
    Severity.KRITISCH: "#b3261e",
    Severity.HOCH: "#c8640c",
    Severity.MITTEL: "#9a7b0a",
    Severity.HINWEIS: "#3f6f9f",
}
TOTAL_COLOUR = "#5a5a5a"
# Finding targets "field:<path>" shown with the label the annex uses for that field.
FIELD_LABELS: dict[str, str] = {
    f"processing.{name}": key
    for name, key in (
        ("subject", "p_subject"),
        ("duration", "p_duration"),
        ("purposes", "p_purposes"),
        ("data_subjects", "p_subjects"),
        ("data_categories", "p_categories"),
        ("special_categories", "p_special"),
        ("special_data", "p_special"),
        ("criminal_data", "p_criminal"),
        ("steps", "p_steps"),
        ("places", "p_places"),
        ("instructing_persons", "p_instructing"),
        ("instruction_recipients", "p_recipients"),
        ("persons_processing", "p_persons"),
    )
}


def build_gap_report(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language,
    findings: list[Finding],
    today: dt.date,
    found: list[Blocker] | None = None,
) -> Document:
    """The gap report of ``assessment`` with ``findings`` (as evaluated on ``today``;
    ``found``: their blockers, if already known)."""
    org = assessment.organisation
    w = Words(lang, REPORT[lang], org.role_names)
    answered = list(answered_measures(assessment, catalog, w))
    if found is None:  # as the annex counts them on page 1
        found = blockers(assessment, catalog, findings)
    # what page 1 counts is named here too: a missing date as a finding (DSB review 7, S2)
    findings = merge_by_subject([*findings, *open_points(found, findings)])  # one per subject
    blocks = cover_part(w, assessment, catalog, findings, today, found)
    blocks += findings_part(w, assessment, catalog, findings)
    follow_ups = [a for a in answered if a.answer.follow_up]
    blocks += follow_up_part(w, follow_ups)
    blocks += unanswered_part(w, assessment, catalog, found)
    # the follow-up part already shows the notes of its answers (review finding 38)
    noted = [a for a in answered if has_notes(a.answer) and not a.answer.follow_up]
    blocks += answered_part(w, "notes", noted)
    annex = Words(lang, ANNEX[lang], org.role_names)
    meta = DocumentMeta(
        title=f"{w.text('title')}: {annex_label(annex, assessment)}",
        subject=w.text("subject"),
        author=one_line(org.processor.name),
        language=lang,
        header_left=w.text("short"),
        header_right=one_line(org.processor.name),
        footer_left=w.text("as_of", date=format_date(today, lang)),
        page_label=w.text("page"),
        dated=today,
        letterhead=org.letterhead,
    )
    return Document(meta, tuple(blocks))


def cover_part(
    w: Words,
    assessment: Assessment,
    catalog: Catalog,
    findings: list[Finding],
    today: dt.date,
    found: list[Blocker] | None = None,
) -> list[Block]:
    org = assessment.organisation
    annex = Words(w.lang, ANNEX[w.lang])
    names = [n for n in (org.processor.name.strip(), org.controller.name.strip()) if n]
    parties: list[Block] = [
        Paragraph(runs(Run(user(name), bold=index == 0)), "party")
        for index, name in enumerate(names)
    ]
    dated = [
        annex.text("stand", date=stand(annex, assessment)),
        w.text("as_of", date=format_date(today, w.lang)),
    ]
    internal = Run(w.text("internal"), colour=SEVERITY_COLOUR[Severity.KRITISCH])
    blocks: list[Block] = [
        Paragraph(runs(w.text("title")), "title"),
        Paragraph(runs(w.text("for", n=user(org.annex_number.strip() or "…"))), "subtitle"),
        *parties,
        Paragraph(runs(" · ".join(dated)), "meta"),
        Paragraph(runs(internal), "meta"),
        Paragraph(runs(_gate_line(w.lang, found or [], findings)), "summary"),
        w.heading(w.text("counts"), numbered=False),
        _counts_table(w, findings),
    ]
    placed = _placed(findings, assessment, catalog)
    stats = section_stats(assessment, catalog, placed, w.lang, w.text("chart_other"))
    done = sum(st.answered for st in stats)
    total = sum(st.total for st in stats)
    pct = str(round(100 * done / total)) if total else "100"
    progress = w.text("progress", done=str(done), total=str(total), pct=pct)
    progress += _unconfirmed_note(w, assessment, catalog)
    space = "" if w.lang == "en" else "\u00a0"  # 98 %, 98% (as the progress line)
    chart = Chart("", w.text("chart_done"), w.text("chart_findings"), tuple(stats), space)
    blocks += [
        Paragraph(runs(progress), "summary"),
        w.heading(w.text("chart"), numbered=False),
        chart,
        PageBreak(),
    ]
    return blocks


def _counts_table(w: Words, findings: list[Finding]) -> Table:
    head = [runs(Run(SEVERITY[sev][w.lang], bold=True)) for sev in Severity]
    head.append(runs(Run(w.text("count_total"), bold=True)))
    numbers = [sum(f.severity == sev for f in findings) for sev in Severity]
    values = [
        runs(Run(str(n), colour=SEVERITY_COLOUR[sev] if n else "", muted=not n))
        for sev, n in zip(Severity, numbers, strict=True)
    ]
    values.append(runs(str(len(findings))))
    accents = (*(SEVERITY_COLOUR[sev] for sev in Severity), TOTAL_COLOUR)
    return Table((tuple(head),), (tuple(values),), (0.2,) * 5, "counts", accents)


def findings_part(
    w: Words, assessment: Assessment, catalog: Catalog, findings: list[Finding]
) -> list[Block]:
    blocks: list[Block] = [w.heading(w.text("findings"))]
    if not findings:
        return [*blocks, Paragraph(runs(w.text("no_findings")))]
    labels = _target_labels(w, assessment, catalog)
    for severity in Severity:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        mark = Run("■", colour=SEVERITY_COLOUR[severity])
        title = Paragraph(
            runs(mark, f" {SEVERITY[severity][w.lang]} ({len(group)})"), "group_title"
        )
        for index, finding in enumerate(group):
            kept: list[Block] = [title] if index == 0 else []  # never alone at a page foot
            text = _reasons(finding.text.get(w.lang), w)
            kept.append(Paragraph(runs(Run(text, bold=True)), "finding"))
            remedy = _reasons(finding.remedy.get(w.lang), w, own_line=True)
            details = [w.text("remedy", text=remedy)]
            if finding.references:
                refs = "; ".join(cite(ref, w.lang) for ref in finding.references)
                details.append(w.text("refs", text=user(refs)))
            # Measure texts end with a full stop; in a list of several it would read ".;".
            targets = _missing_first(finding, assessment)
            concerns = [_target_label(labels, t, w).rstrip(".") for t in targets]
            if concerns:
                details.append(w.text("concerns", text=user("; ".join(concerns))))
            state = answer_state(subject_answer(assessment, finding.targets), w.lang)
            if state:
                details.append(w.text("measure_state", text=user(state)))
            kept += [Paragraph(runs(d), "detail") for d in details]
            blocks.append(KeepTogether(tuple(kept)))
    return blocks


_DRAFT = N_("Die Anlage ist ein ENTWURF; vor der Endfassung zu klären: {counts}.")
_FINAL = N_("Keine Punkte verhindern die Endfassung.")
# DSB review 4, N12: the gate is open, the serious findings still want a look before signing
_SERIOUS = NN_(
    "Der folgende Befund mit hoher Schwere sollte vor der Unterschrift trotzdem geprüft werden.",
    "Die folgenden {n} Befunde mit hoher Schwere sollten vor der Unterschrift trotzdem geprüft "
    "werden.",
)


def _gate_line(lang: Language, found: list[Blocker], findings: list[Finding]) -> Run:
    """Draft or final, with the blockers counted as on page 1 of the annex (review 2,
    findings 19 and 27); a final names the findings of severity hoch or kritisch (as counted
    in the table below)."""
    if not found:
        text = say(lang, _FINAL)
        serious = sum(f.severity in (Severity.KRITISCH, Severity.HOCH) for f in findings)
        if serious:
            text += " " + trn(lang, *_SERIOUS, serious).format(n=serious)
        return Run(text, bold=True)
    text = say(lang, _DRAFT).format(counts=counts(found, lang))
    return Run(text, bold=True, colour=SEVERITY_COLOUR[Severity.KRITISCH])


# -- helpers --------------------------------------------------------------------------------


def _unconfirmed_note(w: Words, assessment: Assessment, catalog: Catalog) -> str:
    """ "; davon 5 noch nicht bestätigt (Rückfrage)": answered measures that are not confirmed
    yet (a preset's pre-answers) count as answered, but the reader must see how many."""
    n = sum(
        1
        for m in catalog.measures()
        if (a := assessment.answer(m.id)).status != Status.OFFEN and a.follow_up
    )
    return w.text("progress_unconfirmed", n=str(n)) if n else ""


def _reasons(text: str, w: Words, own_line: bool = False) -> str:
    """A finding's text; the reasons of a merged finding one per line, bulleted (``own_line``:
    the first bullet starts on a new line, after a label like "Abhilfe:")."""
    parts = [_local(part, w) for part in text.split(REASON_SEPARATOR)]
    if len(parts) == 1:
        return parts[0]
    return ("\n" if own_line else "") + "\n".join(f"• {part}" for part in parts)


def _local(text: str, w: Words) -> str:
    """A rule's text in the file's role words (the rules write the first pair)."""
    return user(w.roled(text))


def _placed(findings: list[Finding], assessment: Assessment, catalog: Catalog) -> list[Finding]:
    """Each finding with only the first target that lies in a section (if any), so that the
    chart counts it in one section and the counts per section add up to the total."""
    section_of = catalog.section_of()
    custom = {f"custom:{c.id}" for c in assessment.custom_measures}
    sections = {f"section:{s.id}" for s in catalog.sections}

    def in_section(target: str) -> bool:
        kind, _, ref = target.partition(":")
        return (kind == "measure" and ref in section_of) or target in custom | sections

    placed = []
    for finding in findings:
        home = next((t for t in finding.targets if in_section(t)), None)
        placed.append(finding if home is None else finding.model_copy(update={"targets": [home]}))
    return placed


def section_stats(
    assessment: Assessment, catalog: Catalog, findings: list[Finding], lang: Language, other: str
) -> list[ChartRow]:
    """One row per catalog section, plus ``other`` for findings that name no section."""
    roles = assessment.organisation.role_names
    section_of = catalog.section_of()
    custom_section = {c.id: c.section_id for c in assessment.custom_measures}
    counts = {s.id: 0 for s in catalog.sections}
    unplaced = 0
    for finding in findings:
        hit: set[str] = set()
        for target in finding.targets:
            kind, _, ref = target.partition(":")
            if kind == "measure" and ref in section_of:
                hit.add(section_of[ref])
            elif kind == "section" and ref in counts:
                hit.add(ref)
            elif kind == "custom" and custom_section.get(ref) in counts:
                hit.add(custom_section[ref])
        for section_id in hit:
            counts[section_id] += 1
        unplaced += not hit
    stats = []
    for section in catalog.sections:
        measures = list(section.measures())
        answered = sum(assessment.answer(m.id).status != Status.OFFEN for m in measures)
        title = one_line(swap_roles(section.title.get(lang), roles))
        stats.append(ChartRow(title, answered, len(measures), counts[section.id]))
    if unplaced:
        stats.append(ChartRow(other, 0, 0, unplaced))
    return stats


def _missing_first(finding: Finding, assessment: Assessment) -> list[str]:
    """The targets of ``finding``; of an open point (kind ``offen``) about fields, only the
    fields that are actually empty, where some are (DSB review 7, N8: „Zweck der Verarbeitung“
    was named as missing though filled)."""
    if finding.kind is not FindingKind.OFFEN:
        return finding.targets
    context = Context(assessment, dt.date.today())

    def empty(target: str) -> bool | None:
        kind, _, path = target.partition(":")
        if kind != "field":
            return None
        try:
            return is_empty(context.read(path))
        except AttributeError:  # a path the model does not have
            return None

    if not any(empty(t) for t in finding.targets):
        return finding.targets
    return [t for t in finding.targets if empty(t) is not False]


def _target_labels(w: Words, assessment: Assessment, catalog: Catalog) -> dict[str, str]:
    """Plain-text labels for finding targets ("measure:<id>" → the measure's text, …), in
    the file's role words (user texts as entered)."""
    lang, words = w.lang, REPORT[w.lang]
    labels: dict[str, str] = {}
    for section in catalog.sections:
        name = w.roled(section.title.get(lang))
        labels[f"section:{section.id}"] = words["section"].format(name=name)
        for measure in section.measures():
            params = assessment.answer(measure.id).params
            labels[f"measure:{measure.id}"] = measure_text(measure, lang, params, w.roles)
    for custom in assessment.custom_measures:
        labels[f"custom:{custom.id}"] = custom.text.strip() or words["custom"]
    for sp in assessment.subprocessors:
        labels[f"subprocessor:{sp.id}"] = w.roled(words["subprocessor"]).format(
            name=sp.name.strip() or sp.id
        )
    for field, key in FIELD_LABELS.items():
        labels[f"field:{field}"] = words["field"].format(name=w.roled(ANNEX[lang][key]))
    return labels


def _target_label(labels: dict[str, str], target: str, w: Words) -> str:
    if target in labels:
        return labels[target]
    kind, _, ref = target.partition(":")
    if kind != "field":
        return target
    name = w.roled(field_label(ref, w.lang))
    return REPORT[w.lang]["field"].format(name=name)  # review 2, finding 20
