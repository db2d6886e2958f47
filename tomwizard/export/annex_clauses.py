"""The parts of the annex that real annexes carry beside the measures: the data protection
officer and the contact point (when there are any), the certificates (when named) and the
closing clauses (always). One function of blocks per part; wording German and English, the
role words those of the file (see :mod:`tomwizard.models.roles`)."""

from __future__ import annotations

import datetime as dt

from tomwizard.export.annex_parts import FACT_WIDTHS
from tomwizard.export.document.model import Block, Paragraph, Run, Runs, Table, runs
from tomwizard.export.document.typography import format_date, tie
from tomwizard.export.document.words import Words, user
from tomwizard.export.validity import expired
from tomwizard.models.assessment import Certificate, Organisation
from tomwizard.models.catalog import Language

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


def contacts_part(doc: Words, org: Organisation) -> list[Block]:
    """The DSB (when one is appointed) and the contact point (when named, else the DSB)."""
    w = CLAUSES[doc.lang]
    rows: list[tuple[Runs, Runs]] = []
    dsb = org.dsb
    if dsb.appointed:
        kind = w["dsb_external"] if dsb.external else w["dsb_internal"]
        name = user(dsb.name.strip()) or "…"
        lines = [f"{name} ({kind})", *_reach(doc, dsb.email, dsb.phone)]
        rows.append((runs(_text(doc, "dsb")), runs("\n".join(lines))))
    cp = org.contact_point
    if cp.name.strip() or cp.email.strip() or cp.phone.strip():
        lines = [user(cp.name.strip())] if cp.name.strip() else []
        value = "\n".join(lines + _reach(doc, cp.email, cp.phone))
        rows.append((runs(w["contact_point"]), runs(value)))
    if not rows:
        return []
    story: list[Block] = [
        doc.heading(w["contacts"]),
        Table((), tuple(rows), FACT_WIDTHS, "contacts"),
    ]
    if dsb.appointed and len(rows) == 1:
        story.append(Paragraph(runs(_text(doc, "contact_is_dsb"))))
    return story


def certificates_part(
    doc: Words, certificates: list[Certificate], stand: dt.date | None = None
) -> list[Block]:
    """The certificates with a name, as a table (an expired one says so); nothing when there
    are none."""
    named = [c for c in certificates if c.name.strip()]
    if not named:
        return []
    w = CLAUSES[doc.lang]
    head = (tuple(runs(w[k]) for k in ("cert_name", "cert_scope", "cert_issuer", "cert_until")),)
    rows: list[tuple[Runs, ...]] = []
    for cert in named:
        until = format_date(cert.valid_until, doc.lang) if cert.valid_until else "–"
        if expired(cert.valid_until, stand):
            until = w["cert_expired"].format(date=until)
        name = runs(Run(user(cert.name.strip()), bold=True))
        scope, issuer = user(cert.scope.strip()) or "–", user(cert.issuer.strip()) or "–"
        rows.append((name, runs(scope), runs(issuer), runs(until)))
    lead = Paragraph(runs(_text(doc, "cert_lead")), "lead")
    table = Table(head, tuple(rows), CERT_WIDTHS, "certificates")
    return [doc.heading(w["certificates"]), lead, table]


def closing_part(doc: Words) -> list[Block]:
    """Not exhaustive; adaptable without lowering the level of protection; significant changes
    documented and notified in advance; planned measures carried out by their dates, delays
    reported."""
    every = ("clause_list", "clause_change", "clause_notify", "clause_planned", "clause_language")
    keys = [k for k in every if k in CLAUSES[doc.lang]]  # the language clause: English only
    heading = doc.heading(CLAUSES[doc.lang]["closing"])
    return [heading, *(Paragraph(runs(_text(doc, k))) for k in keys)]


def _text(doc: Words, key: str) -> str:
    """A clause text with the file's role words and typographic ties."""
    return tie(doc.roled(CLAUSES[doc.lang][key]))


def _reach(doc: Words, email: str, phone: str) -> list[str]:
    w = CLAUSES[doc.lang]
    out = []
    if email.strip():
        out.append(w["email"].format(v=user(email.strip())))
    if phone.strip():
        out.append(w["phone"].format(v=user(phone.strip())))
    return out
