"""The internal gap report as PDF: a cover with counts per severity and a chart per section,
the findings grouped by severity with remedy and references, the open follow-up questions
("Rückfrage") and the notes and evidence. It is a working paper for the DSB or consultant and
is never attached to the contract.
"""

from __future__ import annotations

import datetime as dt
import pathlib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from tomwizard.export.annex_parts import annex_label, stand
from tomwizard.export.citations import cite
from tomwizard.export.gap_chart import progress_chart, section_stats
from tomwizard.export.measure_text import measure_text
from tomwizard.export.pdf_document import CONTENT_WIDTH, Document, DocumentInfo, table_style
from tomwizard.export.pdf_keep import Room
from tomwizard.export.pdf_long import paragraphs
from tomwizard.export.pdf_styles import RULE, PageFurniture, make_styles
from tomwizard.export.pdf_text import format_date, local_dates, markup, plain
from tomwizard.export.status_marks import MARKS
from tomwizard.export.wording import ANNEX, REPORT, SEVERITY, STATUS
from tomwizard.models.assessment import Answer, Assessment
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding, Severity
from tomwizard.rules import evaluate, merge_by_subject
from tomwizard.rules.field_labels import field_label
from tomwizard.rules.summary import REASON_SEPARATOR

SEVERITY_COLOUR: dict[Severity, str] = {
    Severity.KRITISCH: "#b3261e",
    Severity.HOCH: "#c8640c",
    Severity.MITTEL: "#9a7b0a",
    Severity.HINWEIS: "#3f6f9f",
}


# Finding targets "field:<path>" shown with the label the annex uses for that field.
FIELD_LABELS: dict[str, str] = {
    "processing.subject": "p_subject",
    "processing.duration": "p_duration",
    "processing.purposes": "p_purposes",
    "processing.data_subjects": "p_subjects",
    "processing.data_categories": "p_categories",
    "processing.special_categories": "p_special",
    "processing.criminal_data": "p_criminal",
    "processing.steps": "p_steps",
    "processing.places": "p_places",
    "processing.instructing_persons": "p_instructing",
    "processing.instruction_recipients": "p_recipients",
    "processing.persons_processing": "p_persons",
}


@dataclass(frozen=True)
class _Answered:
    """A measure (catalog or custom) with its answer and where it sits."""

    section: str
    text: str
    answer: Answer


def gap_report_pdf(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
) -> bytes:
    """The gap report as PDF bytes; ``findings`` default to :func:`tomwizard.rules.evaluate`."""
    today = today or dt.date.today()
    if findings is None:
        findings = evaluate(assessment, catalog, today)
    doc, story = gap_report_story(assessment, catalog, lang, findings, today)
    org = assessment.organisation
    annex = Document(lang, ANNEX[lang], org.role_names)
    info = DocumentInfo(
        title=f"{doc.text('title')}: {annex_label(annex, assessment)}",
        author=plain(org.processor.name),
        subject=doc.text("subject"),
        dated=today,
        furniture=PageFurniture(
            header_left=doc.text("short"),
            header_right=plain(org.processor.name),
            footer_left=doc.text("as_of", date=format_date(today, lang)),
            page_label=doc.text("page"),
        ),
    )
    return doc.render(story, info)


def gap_report_story(
    assessment: Assessment,
    catalog: Catalog,
    lang: Language,
    findings: list[Finding],
    today: dt.date,
) -> tuple[Document, list[Flowable]]:
    """The document and its flowables, before layout (the benchmark's baseline uses them)."""
    doc = Document(lang, REPORT[lang], assessment.organisation.role_names)
    answered = list(_answered(assessment, catalog, lang))
    findings = merge_by_subject(findings)  # one entry per subject with all its reasons
    story = cover_part(doc, assessment, catalog, findings, today)
    story += findings_part(doc, assessment, catalog, findings)
    story += follow_up_part(doc, [a for a in answered if a.answer.follow_up])
    story += notes_part(
        doc, [a for a in answered if a.answer.note.strip() or a.answer.evidence.strip()]
    )
    return doc, story


def write_gap_report_pdf(
    assessment: Assessment,
    catalog: Catalog,
    out: pathlib.Path,
    lang: Language = "de",
    findings: list[Finding] | None = None,
    today: dt.date | None = None,
) -> None:
    """Write the internal gap report of ``assessment`` as a PDF to ``out``."""
    out.write_bytes(gap_report_pdf(assessment, catalog, lang, findings, today))


# -- parts ----------------------------------------------------------------------------------


def cover_part(
    doc: Document,
    assessment: Assessment,
    catalog: Catalog,
    findings: list[Finding],
    today: dt.date,
) -> list[Flowable]:
    s = doc.styles
    org = assessment.organisation
    annex = Document(doc.lang, ANNEX[doc.lang])
    lines = [markup(org.processor.name.strip())] if org.processor.name.strip() else []
    if org.controller.name.strip():
        lines.append(markup(org.controller.name.strip()))
    story: list[Flowable] = [
        Paragraph(doc.text("title"), s.title),
        Paragraph(
            doc.text("for", n=markup(assessment.organisation.annex_number.strip() or "…")),
            s.subtitle,
        ),
        *(
            p
            for i, line in enumerate(lines)
            for p in paragraphs(f"<b>{line}</b>" if i == 0 else line, s.party)
        ),
        Paragraph(
            " · ".join(
                [
                    annex.text("stand", date=stand(annex, assessment)),
                    doc.text("as_of", date=format_date(today, doc.lang)),
                ]
            ),
            s.meta,
        ),
        Paragraph(
            f'<font color="{SEVERITY_COLOUR[Severity.KRITISCH]}">{doc.text("internal")}</font>',
            s.meta,
        ),
        *doc.heading(doc.text("counts"), numbered=False),
        _counts_table(doc, findings),
    ]
    placed = _placed(findings, assessment, catalog)
    stats = section_stats(assessment, catalog, placed, doc.lang, doc.text("chart_other"))
    done = sum(st.answered for st in stats)
    total = sum(st.total for st in stats)
    pct = str(round(100 * done / total)) if total else "100"
    story.append(
        Paragraph(
            doc.text("progress", done=str(done), total=str(total), pct=pct),
            s.body.clone("Progress", spaceBefore=8),
        )
    )
    story += doc.heading(doc.text("chart"), numbered=False)
    story.append(
        progress_chart(stats, CONTENT_WIDTH, doc.text("chart_done"), doc.text("chart_findings"))
    )
    story.append(PageBreak())
    return story


def _counts_table(doc: Document, findings: list[Finding]) -> Table:
    s = doc.styles
    head = [Paragraph(f"<b>{SEVERITY[sev][doc.lang]}</b>", s.cell) for sev in Severity]
    head.append(Paragraph(f"<b>{doc.text('count_total')}</b>", s.cell))
    numbers = [sum(f.severity == sev for f in findings) for sev in Severity]
    values = [
        Paragraph(
            f'<font size="16" color="{SEVERITY_COLOUR[sev] if n else "#5a5a5a"}">{n}</font>',
            s.cell.clone("Count", leading=20),
        )
        for sev, n in zip(Severity, numbers, strict=True)
    ]
    values.append(
        Paragraph(f'<font size="16">{len(findings)}</font>', s.cell.clone("Count", leading=20))
    )
    table = Table([head, values], colWidths=[CONTENT_WIDTH / 5] * 5, hAlign="LEFT")
    table.setStyle(
        table_style(
            *[
                ("LINEBELOW", (0, 0), (-1, 0), 0.4, RULE),
                ("LINEBELOW", (0, 1), (-1, 1), 0.4, RULE),
                *(
                    ("LINEABOVE", (i, 0), (i, 0), 2.5, colors.HexColor(SEVERITY_COLOUR[sev]))
                    for i, sev in enumerate(Severity)
                ),
                ("LINEABOVE", (4, 0), (4, 0), 2.5, colors.HexColor("#5a5a5a")),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def findings_part(
    doc: Document, assessment: Assessment, catalog: Catalog, findings: list[Finding]
) -> list[Flowable]:
    story = doc.heading(doc.text("findings"))
    if not findings:
        return [*story, doc.para(doc.text("no_findings"))]
    labels = _target_labels(doc, assessment, catalog)
    for severity in Severity:
        group = [f for f in findings if f.severity == severity]
        if not group:
            continue
        colour = SEVERITY_COLOUR[severity]
        title = Paragraph(
            f'<font color="{colour}">■</font> {SEVERITY[severity][doc.lang]} ({len(group)})',
            _styles().severity,
        )
        for index, finding in enumerate(group):
            block: list[Flowable] = [title] if index == 0 else []  # never alone at a page foot
            text = _reasons(finding.text.get(doc.lang), doc.lang)
            block += paragraphs(f"<b>{text}</b>", _styles().finding)
            remedy = _reasons(finding.remedy.get(doc.lang), doc.lang, own_line=True)
            details = [doc.text("remedy", text=remedy)]
            if finding.references:
                refs = "; ".join(cite(ref, doc.lang) for ref in finding.references)
                details.append(doc.text("refs", text=markup(refs)))
            # Measure texts end with a full stop; in a list of several it would read ".;".
            concerns = [_target_label(labels, t, doc.lang).rstrip(".") for t in finding.targets]
            if concerns:
                details.append(doc.text("concerns", text=markup("; ".join(concerns))))
            block += [p for d in details for p in paragraphs(d, _styles().detail)]
            story += [Room(keep=len(block)), *block]
    return story


@dataclass(frozen=True)
class _ReportStyles:
    severity: ParagraphStyle
    finding: ParagraphStyle
    detail: ParagraphStyle
    facts: ParagraphStyle
    entry: ParagraphStyle


@cache
def _styles() -> _ReportStyles:
    s = make_styles()
    return _ReportStyles(
        severity=s.subheading.clone("Severity", keepWithNext=0),  # a Room keeps it with more
        finding=s.body.clone("Finding", spaceBefore=5, spaceAfter=2, leftIndent=12),
        detail=s.small.clone("Detail", leftIndent=12),
        facts=s.small.clone("Facts", spaceBefore=6, spaceAfter=0),
        entry=s.body.clone("Entry", spaceAfter=1),
    )


def follow_up_part(doc: Document, entries: list[_Answered]) -> list[Flowable]:
    story = doc.heading(doc.text("follow_ups"))
    if not entries:
        return [*story, doc.para(doc.text("no_follow_ups"))]
    return story + [f for entry in entries for f in _answered_block(doc, entry)]


def notes_part(doc: Document, entries: list[_Answered]) -> list[Flowable]:
    story = doc.heading(doc.text("notes"))
    if not entries:
        return [*story, doc.para(doc.text("no_notes"))]
    return story + [f for entry in entries for f in _answered_block(doc, entry)]


def _answered_block(doc: Document, entry: _Answered) -> list[Flowable]:
    s = doc.styles
    answer = entry.answer
    status = f"{MARKS[answer.status]}\u00a0{STATUS[answer.status][doc.lang]}"  # as in the annex
    facts = [markup(entry.section), doc.text("status", text=status)]
    story: list[Flowable] = [
        *paragraphs(" · ".join(facts), _styles().facts),
        *paragraphs(markup(entry.text), _styles().entry),
    ]
    if answer.note.strip():
        story += paragraphs(doc.text("note", text=markup(answer.note.strip())), s.small)
    if answer.evidence.strip():
        evidence = markup(answer.evidence.strip())
        story += paragraphs(doc.text("evidence", text=evidence), s.small)
    return [Room(keep=len(story)), *story]


# -- helpers --------------------------------------------------------------------------------


def _reasons(text: str, lang: Language, own_line: bool = False) -> str:
    """A finding's text as markup; the reasons of a merged finding one per line, bulleted
    (``own_line``: the first bullet starts on a new line, after a label like "Abhilfe:")."""
    parts = [_local(part, lang) for part in text.split(REASON_SEPARATOR)]
    if len(parts) == 1:
        return parts[0]
    return ("<br/>" if own_line else "") + "<br/>".join(f"• {part}" for part in parts)


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


def _local(text: str, lang: Language) -> str:
    """A rule's text as markup, with its dates written the way the report writes dates."""
    return markup(local_dates(text, lang) if lang == "en" else text)


def _answered(assessment: Assessment, catalog: Catalog, lang: Language) -> Iterator[_Answered]:
    """Catalog measures with an answer, in catalog order; custom measures after their section."""
    for section in catalog.sections:
        title = section.title.get(lang)
        for measure in section.measures():
            answer = assessment.answers.get(measure.id)
            if answer is not None:
                yield _Answered(title, measure_text(measure, lang, answer.params), answer)
        for custom in assessment.custom_measures:
            if custom.section_id == section.id:
                text = custom.text.strip() or REPORT[lang]["custom"]
                yield _Answered(title, text, custom.answer)


def _target_labels(doc: Document, assessment: Assessment, catalog: Catalog) -> dict[str, str]:
    """Plain-text labels for finding targets ("measure:<id>" → the measure's text, …)."""
    lang = doc.lang
    labels: dict[str, str] = {}
    for section in catalog.sections:
        labels[f"section:{section.id}"] = REPORT[lang]["section"].format(
            name=section.title.get(lang)
        )
        for measure in section.measures():
            params = assessment.answer(measure.id).params
            labels[f"measure:{measure.id}"] = measure_text(measure, lang, params)
    for custom in assessment.custom_measures:
        labels[f"custom:{custom.id}"] = custom.text.strip() or REPORT[lang]["custom"]
    for sp in assessment.subprocessors:
        labels[f"subprocessor:{sp.id}"] = REPORT[lang]["subprocessor"].format(
            name=sp.name.strip() or sp.id
        )
    for field, key in FIELD_LABELS.items():
        labels[f"field:{field}"] = REPORT[lang]["field"].format(name=ANNEX[lang][key])
    return labels


def _target_label(labels: dict[str, str], target: str, lang: Language) -> str:
    if target in labels:
        return labels[target]
    kind, _, ref = target.partition(":")
    if kind != "field":
        return target
    return REPORT[lang]["field"].format(name=field_label(ref, lang))  # review 2, finding 20
