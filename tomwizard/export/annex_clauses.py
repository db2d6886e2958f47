"""The parts of the annex that real annexes carry beside the measures: the data protection
officer and the contact point (when there are any), the certificates (when named) and the
closing clauses (always). One function of flowables per part; wording German and English, the
role words those of the file (see :mod:`tomwizard.models.roles`)."""

from __future__ import annotations

import datetime as dt

from reportlab.platypus import Flowable, Paragraph, Table

from tomwizard.export.annex_parts import _tables, tall_rows
from tomwizard.export.pdf_document import CONTENT_WIDTH, Document, table_style
from tomwizard.export.pdf_styles import RULE
from tomwizard.export.pdf_text import format_date, markup, tie
from tomwizard.export.validity import expired
from tomwizard.models.assessment import Certificate, Organisation
from tomwizard.models.catalog import Language
from tomwizard.models.roles import fill_roles

CLAUSES: dict[Language, dict[str, str]] = {
    "de": {
        "contacts": "Datenschutzbeauftragte/r und Anlaufstelle",
        "dsb": "Datenschutzbeauftragte/r des {auftragsverarbeiters}",
        "dsb_external": "extern",
        "dsb_internal": "intern",
        "contact_point": "Anlaufstelle für Fragen zum Datenschutz",
        "contact_is_dsb": "Anlaufstelle für Fragen des {verantwortlichen_gen} zum Datenschutz "
        "ist die oder der Datenschutzbeauftragte des {auftragsverarbeiters}.",
        "email": "E-Mail: {v}",
        "phone": "Telefon: {v}",
        "certificates": "Zertifikate und Testate",
        "cert_lead": "Der {auftragsverarbeiter} verfügt über die folgenden Zertifikate oder "
        "Testate; maßgeblich ist jeweils der genannte Geltungsbereich:",
        "cert_name": "Zertifikat",
        "cert_scope": "Geltungsbereich",
        "cert_issuer": "Ausgestellt von",
        "cert_until": "Gültig bis",
        "cert_expired": "abgelaufen am {date}",
        "closing": "Schlussbestimmungen",
        "clause_list": "Die Aufzählung der Maßnahmen in dieser Anlage ist nicht abschließend; "
        "der {auftragsverarbeiter} kann weitere Maßnahmen treffen.",
        "clause_change": "Die Maßnahmen dürfen an den Stand der Technik und an geänderte "
        "Verhältnisse angepasst werden, solange das hier beschriebene Schutzniveau nicht "
        "unterschritten wird.",
        "clause_notify": "Wesentliche Änderungen dokumentiert der {auftragsverarbeiter}; er teilt "
        "sie dem {verantwortlichen} vorab in Textform (z. B. per E-Mail) mit.",
        "clause_planned": "Als teilweise umgesetzt, geplant oder nicht umgesetzt gekennzeichnete "
        "Maßnahmen setzt der {auftragsverarbeiter} bis zu den jeweils genannten Terminen um. Er "
        "teilt dem {verantwortlichen} die Umsetzung oder eine absehbare Verzögerung unverzüglich "
        "in Textform mit und nennt bei einer Verzögerung einen neuen Termin und die "
        "Übergangsmaßnahmen.",
    },
    "en": {
        "contacts": "Data protection officer and contact point",
        "dsb": "Data protection officer of the processor",
        "dsb_external": "external",
        "dsb_internal": "internal",
        "contact_point": "Contact point for data protection questions",
        "contact_is_dsb": "The contact point for the controller's data protection questions is "
        "the processor's data protection officer.",
        "email": "Email: {v}",
        "phone": "Phone: {v}",
        "certificates": "Certificates and attestations",
        "cert_lead": "The processor holds the following certificates or attestations; each "
        "applies within the scope stated:",
        "cert_name": "Certificate",
        "cert_scope": "Scope",
        "cert_issuer": "Issued by",
        "cert_until": "Valid until",
        "cert_expired": "expired on {date}",
        "closing": "Final provisions",
        "clause_list": "The list of measures in this annex is not exhaustive; the processor may "
        "take further measures.",
        "clause_change": "The measures may be adapted to the state of the art and to changed "
        "circumstances, provided that the level of protection described here is not reduced.",
        "clause_notify": "The processor documents significant changes and notifies the "
        "controller of them in advance in text form (e.g. by email).",
        "clause_planned": "The processor implements the measures marked as partly implemented, "
        "planned or not implemented by the dates given for each. It informs the controller in "
        "text form without undue delay when they are implemented or when a delay is foreseeable, "
        "and in case of a delay names a new date and the interim measures.",
        "clause_language": "Entries made by the parties are reproduced as entered and may be in "
        "German. Where this annex also exists in German, the German version prevails.",
    },
}
CERT_WIDTHS = (0.28, 0.34, 0.22, 0.16)


def contacts_part(doc: Document, org: Organisation) -> list[Flowable]:
    """The DSB (when one is appointed) and the contact point (when named, else the DSB)."""
    w = CLAUSES[doc.lang]
    rows: list[tuple[str, str]] = []
    dsb = org.dsb
    if dsb.appointed:
        kind = w["dsb_external"] if dsb.external else w["dsb_internal"]
        name = markup(dsb.name.strip()) or "…"
        lines = [f"{name} ({kind})", *_reach(doc, dsb.email, dsb.phone)]
        rows.append((_text(doc, "dsb"), "<br/>".join(lines)))
    cp = org.contact_point
    if cp.name.strip() or cp.email.strip() or cp.phone.strip():
        lines = [markup(cp.name.strip())] if cp.name.strip() else []
        rows.append((w["contact_point"], "<br/>".join(lines + _reach(doc, cp.email, cp.phone))))
    if not rows:
        return []
    s = doc.styles

    def card(row: list[str]) -> list[Flowable]:  # a row too long for one page
        return [Paragraph(row[0], s.cell_label), Paragraph(row[1], s.cell_value)]

    widths = [0.32 * CONTENT_WIDTH, 0.68 * CONTENT_WIDTH]
    too_tall = tall_rows(widths, s.cell_value)
    table = _tables([list(r) for r in rows], lambda chunk: _table(doc, chunk), card, too_tall)
    story = [*doc.heading(w["contacts"]), *table]
    if dsb.appointed and len(rows) == 1:
        story.append(doc.para(_text(doc, "contact_is_dsb")))
    return story


def certificates_part(
    doc: Document, certificates: list[Certificate], stand: dt.date | None = None
) -> list[Flowable]:
    """The certificates with a name, as a table (an expired one says so); nothing when there
    are none."""
    named = [c for c in certificates if c.name.strip()]
    if not named:
        return []
    w = CLAUSES[doc.lang]
    s = doc.styles
    head = [Paragraph(w[k], s.cell_head) for k in ("cert_name", "cert_scope", "cert_issuer")]
    head.append(Paragraph(w["cert_until"], s.cell_head))
    rows: list[list[str]] = []
    for cert in named:
        until = format_date(cert.valid_until, doc.lang) if cert.valid_until else "–"
        if expired(cert.valid_until, stand):
            until = w["cert_expired"].format(date=until)
        cells = [f"<b>{markup(cert.name.strip())}</b>", markup(cert.scope.strip()) or "–"]
        rows.append([*cells, markup(cert.issuer.strip()) or "–", until])

    def table(chunk: list[list[str]]) -> Table:
        data: list[list[Paragraph]] = [head, *([Paragraph(c, s.cell) for c in r] for r in chunk)]
        result = Table(data, colWidths=[w_ * CONTENT_WIDTH for w_ in CERT_WIDTHS], repeatRows=1)
        result.hAlign = "LEFT"
        result.setStyle(
            table_style(
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
                ("LINEABOVE", (0, 0), (-1, 0), 0.4, RULE),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            )
        )
        return result

    def card(row: list[str]) -> list[Flowable]:  # a certificate too long for one page
        return [Paragraph(cell, s.cell) for cell in row]

    lead = doc.para(_text(doc, "cert_lead"), s.lead)
    too_tall = tall_rows([w_ * CONTENT_WIDTH for w_ in CERT_WIDTHS], s.cell)
    return [*doc.heading(w["certificates"]), lead, *_tables(rows, table, card, too_tall)]


def closing_part(doc: Document) -> list[Flowable]:
    """Not exhaustive; adaptable without lowering the level of protection; significant changes
    documented and notified in advance; planned measures carried out by their dates, delays
    reported."""
    every = ("clause_list", "clause_change", "clause_notify", "clause_planned", "clause_language")
    keys = [k for k in every if k in CLAUSES[doc.lang]]  # the language clause: English only
    return [*doc.heading(CLAUSES[doc.lang]["closing"]), *(doc.para(_text(doc, k)) for k in keys)]


def _text(doc: Document, key: str) -> str:
    """A clause text with the file's role words and typographic ties."""
    return tie(fill_roles(CLAUSES[doc.lang][key], doc.roles))


def _reach(doc: Document, email: str, phone: str) -> list[str]:
    w = CLAUSES[doc.lang]
    out = []
    if email.strip():
        out.append(w["email"].format(v=markup(email.strip())))
    if phone.strip():
        out.append(w["phone"].format(v=markup(phone.strip())))
    return out


def _table(doc: Document, rows: list[list[str]]) -> Table:
    s = doc.styles
    data = [[Paragraph(k, s.cell_label), Paragraph(v, s.cell_value)] for k, v in rows]
    table = Table(data, colWidths=[0.32 * CONTENT_WIDTH, 0.68 * CONTENT_WIDTH], hAlign="LEFT")
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        )
    )
    return table
