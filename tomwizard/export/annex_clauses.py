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
from tomwizard.i18n import N_, Wording
from tomwizard.models.assessment import Assessment, Certificate, Organisation, Status
from tomwizard.models.catalog import Catalog

CLAUSES = Wording(
    {
        # No gender is derived from a name: the part names people ("Ansprechpersonen"), the
        # office is named in both forms in the short form contracts use before a name
        # ("Datenschutzbeauftragte/r: …"; DSB review 4, N10).
        "contacts": N_("Ansprechpersonen für den Datenschutz"),
        "dsb": N_("Datenschutzbeauftragte/r"),
        "dsb_external": N_("extern"),
        "dsb_internal": N_("intern"),
        "contact_point": N_("Anlaufstelle für Fragen zum Datenschutz"),
        "contact_is_dsb": N_(
            "Anlaufstelle für Fragen des {verantwortlichen_gen} zum Datenschutz ist {name}."
        ),
        "contact_is_dsb_unnamed": N_(
            "Anlaufstelle für Fragen des {verantwortlichen_gen} zum Datenschutz ist die oder der "
            "Datenschutzbeauftragte des {auftragsverarbeiters}."
        ),
        "email": N_("E-Mail: {v}"),
        "phone": N_("Telefon: {v}"),
        "reach": N_("Kontakt: {v}"),
        "certificates": N_("Zertifikate und Testate"),
        "cert_lead": N_(
            "Der {auftragsverarbeiter} verfügt über die folgenden Zertifikate oder Testate; "
            "maßgeblich ist jeweils der genannte Geltungsbereich:"
        ),
        "cert_name": N_("Zertifikat"),
        "cert_scope": N_("Geltungsbereich"),
        "cert_issuer": N_("Ausgestellt von"),
        "cert_until": N_("Gültig bis"),
        "cert_expired": N_("abgelaufen am {date}"),
        "closing": N_("Schlussbestimmungen"),
        "clause_list": N_(
            "Die Aufzählung der Maßnahmen in dieser Anlage ist nicht abschließend; der "
            "{auftragsverarbeiter} kann weitere Maßnahmen treffen."
        ),
        "clause_change": N_(
            "Die Maßnahmen dürfen an den Stand der Technik und an geänderte Verhältnisse "
            "angepasst werden, solange das hier beschriebene Schutzniveau nicht unterschritten "
            "wird."
        ),
        "clause_notify": N_(
            "Wesentliche Änderungen dokumentiert der {auftragsverarbeiter}; er teilt sie dem "
            "{verantwortlichen} vorab in Textform (z. B. per E-Mail) mit."
        ),
        "clause_planned": N_(
            "Als teilweise umgesetzt, geplant oder nicht umgesetzt gekennzeichnete Maßnahmen "
            "setzt der {auftragsverarbeiter} bis zu den jeweils genannten Terminen um. Er teilt "
            "dem {verantwortlichen} die Umsetzung oder eine absehbare Verzögerung unverzüglich in "
            "Textform mit und nennt bei einer Verzögerung einen neuen Termin und die "
            "Übergangsmaßnahmen."
        ),
        # printed in the English annex only: its entries may be German
        "clause_language": N_(
            "Die Angaben der Parteien sind so wiedergegeben, wie sie eingetragen wurden, und "
            "können deutsch sein. Besteht diese Anlage auch in deutscher Sprache, ist die "
            "deutsche Fassung maßgeblich."
        ),
    }
)
CERT_WIDTHS = (0.28, 0.34, 0.22, 0.16)


def contacts_part(doc: Words, org: Organisation) -> list[Block]:
    """The DSB (when one is appointed) and the contact point: as entered, else the contact
    entered for the processor (review 2, finding 17), else the DSB by name."""
    w = CLAUSES[doc.lang]
    rows: list[tuple[Runs, Runs]] = []
    dsb = org.dsb
    if dsb.appointed:
        kind = w["dsb_external"] if dsb.external else w["dsb_internal"]
        name = user(dsb.name.strip()) or "…"
        lines = [f"{name} ({kind})", *_reach(doc, dsb.email, dsb.phone)]
        rows.append((runs(_text(doc, "dsb")), runs("\n".join(lines))))
    cp, general = org.contact_point, org.processor.contact.strip()
    lines = [user(cp.name.strip())] if cp.name.strip() else []
    reach = _reach(doc, cp.email, cp.phone)
    if general and not reach and (lines or not dsb.appointed):
        reach = [w["reach"].format(v=user(general)) if lines else user(general)]
    if lines or reach:
        rows.append((runs(w["contact_point"]), runs("\n".join(lines + reach))))
    if not rows:
        return []
    story: list[Block] = [
        doc.heading(w["contacts"]),
        Table((), tuple(rows), FACT_WIDTHS, "contacts"),
    ]
    if dsb.appointed and len(rows) == 1:  # the DSB answers: say so with the name
        if dsb.name.strip():
            sentence = _text(doc, "contact_is_dsb").format(name=user(dsb.name.strip()))
        else:
            sentence = _text(doc, "contact_is_dsb_unnamed")
        story.append(Paragraph(runs(sentence)))
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


def closing_part(doc: Words, pending: bool = True) -> list[Block]:
    """Not exhaustive; adaptable without lowering the level of protection; significant changes
    documented and notified in advance; where measures are ``pending`` (partly implemented,
    planned or not implemented: DSB review 7, N3), these carried out by their dates, delays
    reported."""
    keys = ["clause_list", "clause_change", "clause_notify"]
    if pending:
        keys.append("clause_planned")
    if doc.lang != "de":  # the entries may be German (review 2, finding 31)
        keys.append("clause_language")
    heading = doc.heading(CLAUSES[doc.lang]["closing"])
    return [heading, *(Paragraph(runs(_text(doc, k))) for k in keys)]


_PENDING = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)


def has_pending(assessment: Assessment, catalog: Catalog) -> bool:
    """Whether a measure (catalog or custom) is partly implemented, planned or not
    implemented: only then does the annex promise to implement such measures by their dates."""
    if any(assessment.answer(m.id).status in _PENDING for m in catalog.measures()):
        return True
    return any(c.answer.status in _PENDING for c in assessment.custom_measures)


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
