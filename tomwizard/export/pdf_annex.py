"""The TOM annex as a signature-ready PDF, prose style (design card §6).

The document reads like an annex a careful law firm would attach to a data processing agreement:
title and parties, then per catalog section "Die folgenden Maßnahmen sind umgesetzt:" with a bullet
list (sub-measures nested), then the planned measures with their dates. Measures that are open,
not implemented or not applicable are not listed. Every text that reaches reportlab's paragraph
markup goes through :func:`escape` first, catalog texts included.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
import pathlib
import re
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from tomwizard.export.pdf_fonts import FONT_REGULAR, printable, register_fonts
from tomwizard.export.pdf_styles import (
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAGE_SIZE,
    NumberedCanvas,
    PageFurniture,
    Styles,
    bullet,
    item_style,
    make_styles,
)
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Party, Status
from tomwizard.models.catalog import Catalog, Language, Measure, Section, render_text

_TEXTS: dict[Language, dict[str, str]] = {
    "de": {
        "annex": "Anlage {n}",
        "to_contract": "zum Vertrag über die Auftragsverarbeitung",
        "tom": "Technische und organisatorische Maßnahmen (Art. 32 DSGVO)",
        "short": "Anlage {n} zum AVV – Technische und organisatorische Maßnahmen",
        "subject": "Technische und organisatorische Maßnahmen des Auftragsverarbeiters "
        "nach Art. 32 DSGVO",
        "between": "zwischen",
        "and": "und",
        "controller": "– Verantwortlicher (Auftraggeber) –",
        "processor": "– Auftragsverarbeiter (Auftragnehmer) –",
        "contract": "Vertrag: {ref}",
        "stand": "Stand: {date}",
        "version": "Version {v}",
        "intro": "Der Auftragsverarbeiter trifft die nachfolgend beschriebenen technischen und "
        "organisatorischen Maßnahmen, um ein dem Risiko angemessenes Schutzniveau im Sinne "
        "des Art. 32 DSGVO zu gewährleisten.",
        "implemented": "Die folgenden Maßnahmen sind umgesetzt:",
        "partly": "(teilweise umgesetzt)",
        "none": "In diesem Bereich sind keine Maßnahmen dokumentiert.",
        "none_planned": "In diesem Bereich sind derzeit keine Maßnahmen umgesetzt; die geplanten "
        "Maßnahmen sind unter Nr. {n} aufgeführt.",
        "planned": "Geplante Maßnahmen",
        "planned_lead": "Die folgenden Maßnahmen sind geplant und werden bis zu dem jeweils "
        "genannten Termin umgesetzt:",
        "due": "bis {date}",
        "open_date": "Termin offen",
        "page": "Seite {page} von {pages}",
    },
    "en": {
        "annex": "Annex {n}",
        "to_contract": "to the Data Processing Agreement",
        "tom": "Technical and Organisational Measures (Art. 32 GDPR)",
        "short": "Annex {n} to the DPA – Technical and organisational measures",
        "subject": "Technical and organisational measures of the processor under Art. 32 GDPR",
        "between": "between",
        "and": "and",
        "controller": "– Controller –",
        "processor": "– Processor –",
        "contract": "Agreement: {ref}",
        "stand": "Date: {date}",
        "version": "Version {v}",
        "intro": "The processor takes the technical and organisational measures described below "
        "to ensure a level of security appropriate to the risk within the meaning of "
        "Art. 32 GDPR.",
        "implemented": "The following measures are implemented:",
        "partly": "(partly implemented)",
        "none": "No measures are documented in this area.",
        "none_planned": "No measures are implemented in this area at present; the planned "
        "measures are listed under no. {n}.",
        "planned": "Planned measures",
        "planned_lead": "The following measures are planned and will be implemented by the "
        "date given:",
        "due": "by {date}",
        "open_date": "date open",
        "page": "Page {page} of {pages}",
    },
}
_MONTHS_EN = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
_LISTED = (Status.UMGESETZT, Status.TEILWEISE)
_BLANK = "_" * 28  # a line to fill in by hand where a party's name is missing
_NEWLINES = re.compile(r"\r\n?")
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")  # Cc but \t \n; Cs


def clean(text: str) -> str:
    """Drop control characters (except newline and tab) and unpaired surrogates."""
    return _UNWANTED.sub("", _NEWLINES.sub("\n", text))


def escape(text: str) -> str:
    """Make user text safe for reportlab paragraph markup: clean, xml-escape, ``\\n`` → ``<br/>``.

    Characters the embedded fonts lack become "�" (see :func:`printable`). Overlong unbreakable
    runs need no markup: the paragraph styles set ``splitLongWords``.
    """
    return html.escape(printable(clean(text)), quote=False).replace("\n", "<br/>")


def plain(text: str) -> str:
    """User text for one line drawn outside paragraph markup (header, footer, metadata)."""
    return " ".join(printable(clean(text)).split())


def format_date(date: dt.date, lang: Language) -> str:
    if lang == "de":
        return date.strftime("%d.%m.%Y")
    return f"{date.day} {_MONTHS_EN[date.month - 1]} {date.year}"


@dataclass
class _Item:
    """One bullet: its markup and nested sub-measures.

    Notes, evidence and follow-up flags are internal working material: they go into the gap
    report, never into the annex that is sent to the controller.
    """

    markup: str
    status: Status
    children: list[_Item] = field(default_factory=list)


class _Annex:
    """Builds the flowables of one annex; one method per part of the document."""

    def __init__(self, assessment: Assessment, catalog: Catalog, lang: Language) -> None:
        self.a = assessment
        self.catalog = catalog
        self.lang = lang
        self.t = _TEXTS[lang]
        self.styles: Styles = make_styles()

    # -- texts -------------------------------------------------------------------------------

    def annex(self) -> str:
        return self.t["annex"].format(n=plain(self.a.organisation.annex_number) or "…")

    def title(self) -> str:
        return f"{self.annex()} {self.t['to_contract']}: {self.t['tom']}"

    def stand(self) -> str:
        return format_date(self.a.organisation.stand or dt.date.today(), self.lang)

    def furniture(self) -> PageFurniture:
        org = self.a.organisation
        footer = self.t["stand"].format(date=self.stand())
        footer += " · " + self.t["version"].format(v=plain(org.version))
        return PageFurniture(
            header_left=self.t["short"].format(n=plain(org.annex_number)),
            header_right=plain(org.processor.name),
            footer_left=footer,
            page_label=self.t["page"],
        )

    # -- parts -------------------------------------------------------------------------------

    def flowables(self) -> list[Flowable]:
        planned_number = len(self.catalog.sections) + 1
        story = self.title_part()
        for number, section in enumerate(self.catalog.sections, start=1):
            story += self.section_part(number, section, planned_number)
        story += self.planned_part(planned_number)
        return story

    def title_part(self) -> list[Flowable]:
        s = self.styles
        org = self.a.organisation
        story: list[Flowable] = [
            Paragraph(escape(self.annex()), s.title),
            Paragraph(self.t["to_contract"] + ":", s.subtitle),
            Paragraph(self.t["tom"].replace("Art. 32 ", "Art.&nbsp;32&nbsp;"), s.title_tom),
        ]
        story.append(Paragraph(self.t["between"], s.centered))
        story += self._party(org.controller, self.t["controller"])
        story.append(Paragraph(self.t["and"], s.centered))
        story += self._party(org.processor, self.t["processor"])
        meta = []
        if org.contract_reference.strip():
            meta.append(self.t["contract"].format(ref=escape(org.contract_reference.strip())))
        meta.append(self.t["stand"].format(date=self.stand()))
        meta.append(self.t["version"].format(v=escape(org.version.strip())))
        story.append(Paragraph(" · ".join(meta), s.meta))
        story.append(Paragraph(self.t["intro"], s.body.clone("AnnexIntro", spaceBefore=18)))
        return story

    def _party(self, party: Party, role: str) -> list[Flowable]:
        s = self.styles
        city = " ".join(p for p in (party.postcode.strip(), party.city.strip()) if p)
        lines = [party.street.strip(), city]
        if party.country.strip().upper() not in ("", "DE"):
            lines.append(party.country.strip())
        name = f"<b>{escape(party.name.strip())}</b>" if party.name.strip() else _BLANK
        address = ", ".join(escape(line) for line in lines if line)
        markup = name + (f"<br/>{address}" if address else "")
        return [Paragraph(markup, s.party), Paragraph(role, s.centered)]

    def section_part(self, number: int, section: Section, planned_number: int) -> list[Flowable]:
        s = self.styles
        story: list[Flowable] = [
            Paragraph(f"{number}.&nbsp;&nbsp;{escape(section.title.get(self.lang))}", s.heading)
        ]
        items = self._section_items(section)
        if items:
            story.append(Paragraph(self.t["implemented"], s.lead))
            story += self._list(items, depth=0)
        elif self._planned_in(section):
            story.append(Paragraph(self.t["none_planned"].format(n=planned_number), s.body))
        else:
            story.append(Paragraph(self.t["none"], s.body))
        return story

    def planned_part(self, number: int) -> list[Flowable]:
        items = [item for sec in self.catalog.sections for item in self._planned_in(sec)]
        if not items:
            return []
        s = self.styles
        return [
            Paragraph(f"{number}.&nbsp;&nbsp;{escape(self.t['planned'])}", s.heading),
            Paragraph(self.t["planned_lead"], s.lead),
            *self._list(items, depth=0),
        ]

    # -- measures ----------------------------------------------------------------------------

    def _section_items(self, section: Section) -> list[_Item]:
        items = [
            item for sub in section.subsections for m in sub.measures for item in self._tree(m)
        ]
        items += [self._custom_item(c) for c in self._customs(section, _LISTED)]
        return _implemented_first(items)

    def _tree(self, measure: Measure) -> list[_Item]:
        """The measure as a bullet with its listed sub-measures; unlisted parents step aside."""
        children = [item for child in measure.children for item in self._tree(child)]
        answer = self.a.answer(measure.id)
        if answer.status not in _LISTED:
            return children
        text = render_text(measure, self.lang, answer.params)
        return [self._item(text, answer, _implemented_first(children))]

    def _custom_item(self, custom: CustomMeasure) -> _Item:
        return self._item(custom.text.strip(), custom.answer, [])

    def _item(self, text: str, answer: Answer, children: list[_Item]) -> _Item:
        markup = escape(text)
        if answer.status == Status.TEILWEISE:
            markup += f" <i>{self.t['partly']}</i>"
        return _Item(markup, answer.status, children)

    def _customs(self, section: Section, statuses: tuple[Status, ...]) -> list[CustomMeasure]:
        return [
            c
            for c in self.a.custom_measures
            if c.section_id == section.id and c.text.strip() and c.answer.status in statuses
        ]

    def _planned_in(self, section: Section) -> list[_Item]:
        """The planned measures of a section, sub-measures flattened, custom measures last."""
        items = []
        for measure in section.measures():
            answer = self.a.answer(measure.id)
            if answer.status == Status.GEPLANT:
                text = render_text(measure, self.lang, answer.params)
                items.append(self._planned_item(text, answer))
        for custom in self._customs(section, (Status.GEPLANT,)):
            items.append(self._planned_item(custom.text.strip(), custom.answer))
        return items

    def _planned_item(self, text: str, answer: Answer) -> _Item:
        if answer.planned_date is None:
            due = self.t["open_date"]
        else:
            due = self.t["due"].format(date=format_date(answer.planned_date, self.lang))
        markup = f"{escape(text)} <i>({due})</i>"
        return _Item(markup, Status.GEPLANT)

    def _list(self, items: list[_Item], depth: int) -> list[Flowable]:
        """Bullet paragraphs (cheaper than ListFlowable), sub-measures one level further in."""
        item = item_style(self.styles, depth)
        story: list[Flowable] = []
        for entry in items:
            story.append(Paragraph(entry.markup, item, bulletText=bullet(depth)))
            if entry.children:
                story += self._list(entry.children, depth + 1)
        return story


def _implemented_first(items: list[_Item]) -> list[_Item]:
    """Implemented measures first, then the partly implemented ones, each in catalog order."""
    return sorted(items, key=lambda item: item.status != Status.UMGESETZT)


def write_annex_pdf(
    assessment: Assessment, catalog: Catalog, out: pathlib.Path, lang: Language = "de"
) -> None:
    """Write the TOM annex of ``assessment`` as a PDF to ``out`` (prose style)."""
    register_fonts()
    annex = _Annex(assessment, catalog, lang)
    buffer = io.BytesIO()  # nothing is written to ``out`` unless the whole document was built
    doc = SimpleDocTemplate(
        buffer,
        pagesize=PAGE_SIZE,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=annex.title(),
        author=plain(assessment.organisation.processor.name),
        subject=_TEXTS[lang]["subject"],
        creator="tomwizard",
        lang="de-DE" if lang == "de" else "en",
        initialFontName=FONT_REGULAR,  # no unembedded Helvetica in the page streams
        displayDocTitle=1,
    )
    canvas = functools.partial(NumberedCanvas, furniture=annex.furniture())
    doc.build(annex.flowables(), canvasmaker=canvas)
    out.write_bytes(buffer.getvalue())
