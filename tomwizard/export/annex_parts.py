"""The parts of the annex around the measures: title with parties, processing description,
subprocessor table and signature block. One function of flowables per part."""

from __future__ import annotations

import re
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Paragraph, Spacer, Table

from tomwizard.content.countries import countries
from tomwizard.export.pdf_document import CONTENT_WIDTH, Document, table_style
from tomwizard.export.pdf_keep import CONTENT_HEIGHT, HEADING_ROOM, Room
from tomwizard.export.pdf_styles import RULE
from tomwizard.export.pdf_text import NBSP, format_date, markup, plain, tie
from tomwizard.export.validity import expired
from tomwizard.export.wording import TRANSFER_BASIS
from tomwizard.models.assessment import Assessment, Party, Processing, Subprocessor, TransferBasis

BLANK = "_" * 28  # a line to fill in by hand where a party's name is missing
# Table rows move to the next page whole; a row with a cell this long is set as paragraphs.
HUGE_CELL = 1500
SIGNATURE_ROOM = 2 * cm  # height of the line to sign on
CELL_PADDING = 3.0  # reportlab's default top and bottom padding of a table cell
PLACE_ROOM = 17.0  # room above the place to write the date (the row is at least 34 pt)
NAME_ROOM = 13.0  # room above the representative's printed name (the row is at least 30 pt)
# Up to this height the signature block is a table that is kept on one page.
SIGNATURE_MAX_HEIGHT = 0.6 * CONTENT_HEIGHT
# Subprocessor table: name and address, service and data, seat, transfer basis. The last is
# as wide as "Angemessenheitsbeschluss" at 8.5 pt needs (a narrower one splits the word).
SUB_WIDTHS = (0.26, 0.27, 0.19, 0.28)
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")
_HEAD_FILL = colors.HexColor("#ececec")
MUTED_HEX = "#5a5a5a"


def annex_label(doc: Document, assessment: Assessment) -> str:
    return doc.text("annex", n=plain(assessment.organisation.annex_number) or "…")


def stand(doc: Document, assessment: Assessment) -> str:
    """The annex's "Stand", or a blank to fill in where none is entered (never today's date)."""
    if assessment.organisation.stand is None:
        return doc.text("stand_missing")
    return format_date(assessment.organisation.stand, doc.lang)


def title_part(
    doc: Document, assessment: Assessment, legend: str | None, draft_note: str | None = None
) -> list[Flowable]:
    """Title, parties, contract, Stand and version; the intro; in a draft the note why it is
    one; in a checklist the legend of the marks used (``legend``)."""
    s = doc.styles
    org = assessment.organisation
    story: list[Flowable] = [
        Paragraph(markup(annex_label(doc, assessment)), s.title),
        Paragraph(doc.text("to_contract") + ":", s.subtitle),
        Paragraph(doc.text("tom"), s.title_tom),
        Paragraph(doc.text("between"), s.centered),
        *_party(doc, org.controller, doc.text("controller")),
        Paragraph(doc.text("and"), s.centered),
        *_party(doc, org.processor, doc.text("processor")),
    ]
    # The contract on a line of its own, then "Stand: … · Version …": a long contract name
    # never pushes the date or the version onto a line of their own.
    dated = [doc.text("stand", date=stand(doc, assessment))]
    if org.version.strip():
        dated.append(doc.text("version", v=markup(org.version.strip())))
    meta = [" · ".join(dated)]
    if org.contract_reference.strip():
        meta.insert(0, doc.text("contract", ref=markup(org.contract_reference.strip())))
    story.append(Paragraph("<br/>".join(meta), s.meta))
    if draft_note:
        story.append(Paragraph(draft_note, s.draft_note))
    # "offene Angaben" only where there are some (review 2, finding 25)
    intro = f"{doc.text('intro')} {doc.text('intro_na_open' if draft_note else 'intro_na')}"
    story.append(Paragraph(intro, s.body.clone("Intro", spaceBefore=18)))
    if legend:
        story.append(Paragraph(legend, s.small))
    return story


def _party(doc: Document, party: Party, role: str) -> list[Flowable]:
    s = doc.styles
    city = NBSP.join(p for p in (party.postcode.strip(), party.city.strip()) if p)
    lines = [party.street.strip(), city]
    if party.country.strip().upper() not in ("", "DE"):
        lines.append(countries().name(party.country.strip(), doc.lang))
    name = f"<b>{markup(party.name.strip())}</b>" if party.name.strip() else BLANK
    address = ", ".join(markup(line) for line in lines if line)
    text = name + (f"<br/>{address}" if address else "")
    return [Paragraph(text, s.party), Paragraph(role, s.centered)]


# -- processing description -------------------------------------------------------------------


def country_or_place(code: str, doc: Document) -> str:
    """A two-letter code as the country's name, anything else (a site) as typed."""
    code = code.strip()
    return countries().name(code, doc.lang) if _COUNTRY_CODE.match(code) else code


def processing_part(doc: Document, processing: Processing) -> list[Flowable]:
    """Beschreibung der Verarbeitung: label and value(s) per field in two columns; empty fields
    are left out, except Art. 9/10 data and who gives and receives instructions, which are
    always stated (with a fallback sentence where nobody is named)."""
    p = processing
    # Unnumbered, as its page in the wizard: the catalog's sections keep the numbers the
    # wizard shows them with („1. Organisation …“ in both), whether or not this part is there.
    story = doc.heading(doc.text("processing"), numbered=False)

    def values(items: list[str]) -> list[str]:
        return [markup(v.strip()) for v in items if v.strip()]

    rows: list[tuple[str, list[str]]] = [
        ("p_subject", values([p.subject])),
        ("p_duration", values([p.duration])),
        ("p_purposes", values(p.purposes)),
        ("p_subjects", values(p.data_subjects)),
        ("p_categories", values(p.data_categories)),
        ("p_special", values(p.special_categories) or [doc.text("p_special_none")]),
        ("p_criminal", [doc.text("p_criminal_yes" if p.criminal_data else "p_criminal_no")]),
        ("p_steps", values(p.steps)),
        ("p_places", [markup(country_or_place(v, doc)) for v in p.places if v.strip()]),
        ("p_instructing", values(p.instructing_persons) or [doc.text("p_instructing_none")]),
        ("p_recipients", values(p.instruction_recipients) or [doc.text("p_recipients_none")]),
    ]
    if p.persons_processing is not None:
        rows.append(("p_persons", [str(p.persons_processing)]))
    s = doc.styles
    markups = [[doc.text(key), _values_markup(shown)] for key, shown in rows if shown]
    widths = [0.32 * CONTENT_WIDTH, 0.68 * CONTENT_WIDTH]

    def table(chunk: list[list[str]]) -> Table:
        data = [[Paragraph(k, s.cell_label), Paragraph(v, s.cell_value)] for k, v in chunk]
        result = Table(data, colWidths=widths, hAlign="LEFT")
        result.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            )
        )
        return result

    def card(row: list[str]) -> list[Flowable]:
        return [Paragraph(row[0], s.subheading), Paragraph(row[1], s.body)]

    return [*story, *_tables(markups, table, card, tall_rows(widths, s.cell_value))]


def _values_markup(values: list[str]) -> str:
    """One value as it is; several as bullet lines."""
    if len(values) == 1:
        return values[0]
    return "<br/>".join(f"•&nbsp;{v}" for v in values)


def headed_table(head: list[Flowable], rows: list[list[Flowable]], widths: list[float]) -> Table:
    """A table of the annex with a shaded head row repeated on every page (subprocessors,
    changes since a version)."""
    result = Table([head, *rows], colWidths=widths, repeatRows=1, hAlign="LEFT")
    result.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BACKGROUND", (0, 0), (-1, 0), _HEAD_FILL),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
            ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return result


def tall_rows(widths: list[float], style: ParagraphStyle) -> Callable[[list[str]], bool]:
    """For ``_tables``: a row whose tallest cell (``style``, columns ``widths``, 4 pt padding
    each side) needs more than half a page: a table row cannot be split across pages, and a
    narrow column makes a row that tall long before HUGE_CELL characters."""

    def too_tall(row: list[str]) -> bool:
        cells = zip(row, widths, strict=True)
        height = max(Paragraph(t, style).wrap(w - 8, CONTENT_HEIGHT)[1] for t, w in cells)
        return bool(height > CONTENT_HEIGHT / 2)

    return too_tall


def _tables(
    rows: list[list[str]],
    table: Callable[[list[list[str]]], Table],
    card: Callable[[list[str]], list[Flowable]],
    too_tall: Callable[[list[str]], bool] | None = None,
) -> list[Flowable]:
    """``rows`` as tables; a row with a cell too long for one page (a table row cannot be split
    cheaply) stands between them as paragraphs, which split across pages in linear time. A row
    is too long with a cell of more than HUGE_CELL characters or when ``too_tall`` says so."""
    out: list[Flowable] = []
    pending: list[list[str]] = []
    for row in rows:
        if any(len(cell) > HUGE_CELL for cell in row) or (too_tall is not None and too_tall(row)):
            if pending:
                out.append(table(pending))
                pending = []
            out += card(row)
        else:
            pending.append(row)
    if pending:
        out.append(table(pending))
    return out


# -- subprocessors ------------------------------------------------------------------------------


def subprocessor_part(
    doc: Document, subprocessors: list[Subprocessor], disputed: bool | None = False
) -> list[Flowable]:
    """Approved sub-processors, then those submitted for approval with this annex; with none,
    "none are engaged" unless the answers point to some (``disputed``: then a blank to fill)."""
    story = doc.heading(doc.text("subprocessors"))
    listed = [sp for sp in subprocessors if sp.name.strip() or sp.service.strip()]
    if not listed:
        return [*story, doc.para(doc.text(_none_key(disputed)))]
    s = doc.styles
    head = [
        Paragraph(doc.text(key), s.cell_head)
        for key in ("sub_name", "sub_service", "sub_countries", "sub_basis")
    ]
    widths = [w * CONTENT_WIDTH for w in SUB_WIDTHS]

    def table(chunk: list[list[str]]) -> Table:
        return headed_table(head, [[Paragraph(m, s.cell) for m in row] for row in chunk], widths)

    labels = [doc.text(k) for k in ("sub_name", "sub_service", "sub_countries", "sub_basis")]

    def card(row: list[str]) -> list[Flowable]:
        return [
            Paragraph(f"<b>{label}:</b> {markup}", s.cell.clone("Card", spaceBefore=3))
            for label, markup in zip(labels, row, strict=True)
        ]

    approved = [_sub_row(doc, sp) for sp in listed if sp.approved_date]
    pending = [_sub_row(doc, sp) for sp in listed if not sp.approved_date]
    too_tall = tall_rows(widths, s.cell)
    if approved:
        lead = doc.para(doc.text("sub_lead"), s.lead)
        story += [lead, *_tables(approved, table, card, too_tall)]
    if pending:
        lead = doc.para(doc.text("sub_pending_lead"), s.lead)
        story += [Room(HEADING_ROOM), lead, *_tables(pending, table, card, too_tall)]
    return story


def _none_key(disputed: bool | None) -> str:
    """What an empty list says: none engaged (answered), to be completed (the answers point to
    some: ``True``), or not answered (``None``; review 2, finding 4)."""
    if disputed is None:
        return "sub_unanswered"
    return "sub_missing" if disputed else "sub_none"


def _sub_row(doc: Document, sp: Subprocessor) -> list[str]:
    lang = doc.lang
    name = f"<b>{markup(sp.name.strip())}</b>" if sp.name.strip() else "–"
    if sp.address.strip():
        name += "<br/>" + markup(sp.address.strip())
    service = [markup(sp.service.strip())] if sp.service.strip() else []
    if sp.data_categories.strip():
        service.append(f'<font color="{MUTED_HEX}">{markup(sp.data_categories.strip())}</font>')
    if sp.certification.strip():
        cert = markup(sp.certification.strip())
        if sp.certification_valid_until:
            key = "sub_cert_expired" if expired(sp.certification_valid_until) else "sub_cert_until"
            cert = doc.text(key, c=cert, date=format_date(sp.certification_valid_until, lang))
        service.append(doc.text("sub_cert", c=cert))
    dates = []
    if sp.sub_avv_date:
        dates.append(doc.text("sub_avv", date=format_date(sp.sub_avv_date, lang)))
    if sp.approved_date:
        dates.append(doc.text("sub_approved", date=format_date(sp.approved_date, lang)))
    if dates:
        service.append("; ".join(dates))
    places = []
    if sp.country_seat.strip():
        places.append(doc.text("sub_seat", c=markup(country_or_place(sp.country_seat, doc))))
    processing = [markup(country_or_place(c, doc)) for c in sp.countries_processing if c.strip()]
    if processing:
        places.append(doc.text("sub_processing", c=", ".join(processing)))
    return [name, "<br/>".join(service) or "–", "<br/>".join(places) or "–", _basis(doc, sp)]


def _basis(doc: Document, sp: Subprocessor) -> str:
    lang = doc.lang
    parts = [tie(TRANSFER_BASIS[sp.transfer_basis][lang])]
    if sp.transfer_basis == TransferBasis.DPF and sp.dpf_checked:
        parts.append(doc.text("dpf_checked", date=format_date(sp.dpf_checked, lang)))
    if sp.transfer_basis == TransferBasis.SCC:
        if sp.scc_module.strip():
            parts.append(markup(sp.scc_module.strip()))
        parts.append(doc.text("tia_done" if sp.tia_done else "tia_missing"))
    return "<br/>".join(parts)


# -- signature block ----------------------------------------------------------------------------


def signature_part(doc: Document, assessment: Assessment) -> list[Flowable]:
    """Both parties side by side: Ort, Datum – Unterschrift – Name, Funktion, to be filled in.

    Every row grows with its text (the room to write stays above the text, which sits on its
    rule), so a long place or a representative over several lines never runs into the line
    above; names are printed complete. A block too tall for one page (names of thousands of
    characters) is set one party below the other as paragraphs, which split across pages."""
    org = assessment.organisation
    heading = doc.heading(doc.text("signatures"))
    columns = [
        (doc.text("sig_controller"), org.controller, ""),
        (doc.text("sig_processor"), org.processor, org.place),
    ]
    cells = [_signature_cells(doc, role, party, place) for role, party, place in columns]
    gap = 0.08 * CONTENT_WIDTH
    half = (CONTENT_WIDTH - gap) / 2
    rows = [[left, Spacer(1, 1), right] for left, right in zip(cells[0], cells[1], strict=True)]
    table = Table(rows, colWidths=[half, gap, half], hAlign="LEFT")
    table.setStyle(
        table_style(
            *[
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("VALIGN", (0, 0), (-1, 1), "TOP"),  # role and name
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                *(
                    ("LINEABOVE", (col, row), (col, row), 0.6, RULE)
                    for row in (3, 5, 7)
                    for col in (0, 2)
                ),
            ]
        )
    )
    # The heading goes into the block itself, without its Room: a zero-height first flowable
    # makes KeepTogether leave the heading's space before out of its measure.
    title = [f for f in heading if isinstance(f, Paragraph)]
    if table.wrap(CONTENT_WIDTH, CONTENT_HEIGHT)[1] <= SIGNATURE_MAX_HEIGHT:
        return [KeepTogether([*title, Spacer(1, 6), table])]
    stacked: list[Flowable] = [*heading]
    for party_cells in cells:
        stacked += _stacked(party_cells, CONTENT_WIDTH)
    return stacked


def _signature_cells(
    doc: Document, role: str, party: Party, place: str
) -> list[Flowable | list[Flowable]]:
    """The column of one party: role, name, place (room above it), signature, representative
    (room above it), each line to fill in with its label below."""
    s = doc.styles
    name = plain(party.name)
    who = plain(party.representative)
    place_text = markup(f"{place.strip()}, ") if place.strip() else "&nbsp;"
    return [
        Paragraph(role, s.small),
        Paragraph(f"<b>{markup(name)}</b>" if name else "&nbsp;", s.cell),
        ([Spacer(1, PLACE_ROOM), Paragraph(place_text, s.cell)]),
        Paragraph(doc.text("sig_place_date"), s.small),
        Spacer(1, SIGNATURE_ROOM - 2 * CELL_PADDING),
        Paragraph(doc.text("sig_signature"), s.small),
        ([Spacer(1, NAME_ROOM), Paragraph(markup(who) if who else "&nbsp;", s.cell)]),
        Paragraph(doc.text("sig_name"), s.small),
    ]


def _stacked(cells: list[Flowable | list[Flowable]], width: float) -> list[Flowable]:
    """One party's column as a run of flowables across the full width: the long parts are
    paragraphs that split across pages; each rule is drawn above its label and kept with it
    and with the text above it (as far as a page holds them)."""
    out: list[Flowable] = []
    for first in range(0, len(cells), 2):
        group: list[Flowable] = []
        for index in (first, first + 1):
            cell = cells[index]
            if index in (3, 5, 7):
                group.append(HRFlowable(width=width, thickness=0.6, color=RULE, spaceBefore=0))
            group += cell if isinstance(cell, list) else [cell]
        out.append(KeepTogether(group))
    out.append(Spacer(1, 18))
    return out
