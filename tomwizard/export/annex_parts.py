"""The parts of the annex around the measures: title with parties, processing description,
sub-processor table and signature block, as blocks of the neutral document model
(:mod:`tomwizard.export.document.model`). One function per part; no layout here."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from tomwizard.content.countries import countries
from tomwizard.export.document.model import (
    Block,
    Heading,
    KeepWithNext,
    Paragraph,
    Run,
    Runs,
    SignatureBlock,
    SignatureParty,
    Table,
    runs,
)
from tomwizard.export.document.typography import NBSP, format_date, one_line, tie
from tomwizard.export.document.words import Words, user
from tomwizard.export.validity import expired
from tomwizard.export.wording import TRANSFER_BASIS
from tomwizard.models.assessment import Assessment, Party, Processing, Subprocessor, TransferBasis
from tomwizard.models.catalog import Language

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from tomwizard.export.pdf_document import Document

BLANK = "_" * 28  # a line to fill in by hand where a party's name is missing
# Subprocessor table: name, address, seat and places of processing; service and data; contract
# and approval (with a certification); transfer basis. The last is as wide as
# "Angemessenheitsbeschluss" at 8.5 pt needs (a narrower one splits the word); four columns keep
# German compounds whole ("Abrechnungsunterlagen"). The third is as wide as a certificate
# "ISO/IEC 27001:2022" (tied to one unit) needs, so that it does not split inside "ISO/IEC"
# (DSB review 4, N8).
SUB_WIDTHS = (0.25, 0.25, 0.22, 0.28)
FACT_WIDTHS = (0.32, 0.68)  # label and value
_COUNTRY_CODE = re.compile(r"^[A-Za-z]{2}$")


class Wording(Protocol):
    """What the small helpers need of a document's wording (:class:`Words` or the PDF's)."""

    lang: Language

    def text(self, key: str, **values: str) -> str: ...


def annex_label(doc: Wording, assessment: Assessment) -> str:
    return doc.text("annex", n=one_line(assessment.organisation.annex_number) or "…")


def stand(doc: Wording, assessment: Assessment) -> str:
    """The annex's "Stand", or a blank to fill in where none is entered (never today's date)."""
    if assessment.organisation.stand is None:
        return doc.text("stand_missing")
    return format_date(assessment.organisation.stand, doc.lang)


def title_part(
    w: Words, assessment: Assessment, legend: str | None, draft_note: Runs | None = None
) -> list[Block]:
    """Title, parties, contract, Stand and version; the intro; in a draft the note why it is
    one; in a checklist the legend of the marks used (``legend``)."""
    org = assessment.organisation
    story: list[Block] = [
        Paragraph(runs(user(annex_label(w, assessment))), "title"),
        Paragraph(runs(w.text("to_contract") + ":"), "subtitle"),
        Paragraph(runs(w.text("tom")), "title_tom"),
        Paragraph(runs(w.text("between")), "centered"),
        *_party(w, org.controller, w.text("controller")),
        Paragraph(runs(w.text("and")), "centered"),
        *_party(w, org.processor, w.text("processor")),
    ]
    # The contract on a line of its own, then "Stand: … · Version …": a long contract name
    # never pushes the date or the version onto a line of their own.
    dated = [w.text("stand", date=stand(w, assessment))]
    if org.version.strip():
        dated.append(w.text("version", v=user(org.version.strip())))
    meta = [" · ".join(dated)]
    if org.contract_reference.strip():
        meta.insert(0, w.text("contract", ref=user(org.contract_reference.strip())))
    story.append(Paragraph(runs("\n".join(meta)), "meta"))
    if draft_note:
        story.append(Paragraph(draft_note, "draft_note"))
    # "offene Angaben" only where there are some (review 2, finding 25)
    intro = f"{w.text('intro')} {w.text('intro_na_open' if draft_note else 'intro_na')}"
    story.append(Paragraph(runs(intro), "intro"))
    if legend:
        story.append(Paragraph(runs(legend), "body"))  # normal weight: the legend is read
    return story


def _party(w: Words, party: Party, role: str) -> list[Block]:
    city = NBSP.join(p for p in (party.postcode.strip(), party.city.strip()) if p)
    lines = [party.street.strip(), city]
    if party.country.strip().upper() not in ("", "DE"):
        lines.append(countries().name(party.country.strip(), w.lang))
    name = Run(user(party.name.strip()), bold=True) if party.name.strip() else Run(BLANK)
    address = ", ".join(user(line) for line in lines if line)
    text = runs(name, "\n" + address if address else "")
    return [Paragraph(text, "party"), Paragraph(runs(role), "centered")]


# -- processing description -------------------------------------------------------------------


def country_or_place(code: str, lang: Language) -> str:
    """A two-letter code as the country's name, anything else (a site) as typed."""
    code = code.strip()
    return countries().name(code, lang) if _COUNTRY_CODE.match(code) else code


_CRIMINAL = {True: "p_criminal_yes", False: "p_criminal_no", None: "p_criminal_open"}


def processing_part(
    w: Words,
    processing: Processing,
    subprocessors: list[Subprocessor] | None = None,
    home: str = "",
    draft: bool = False,
) -> list[Block]:
    """Beschreibung der Verarbeitung: label and value(s) per field in two columns; empty fields
    are left out, except Art. 9/10 data and who gives and receives instructions, which are
    always stated (with a fallback sentence where nobody is named), and in a ``draft`` the
    items Art. 28 Abs. 3 S. 1 DSGVO requires, which say they are still to be entered (DSB
    review 7, S1; a final cannot lack them: rule ``beschreibung.unvollstaendig``). A country
    that only sub-processors not yet approved bring in is marked as such (DSB review 4, N3)."""
    p = processing
    # Unnumbered, as its page in the wizard: the catalog's sections keep the numbers the
    # wizard shows them with („1. Organisation …“ in both), whether or not this part is there.
    heading = w.heading(w.text("processing"), numbered=False)

    def values(items: list[str]) -> list[str]:
        return [user(v.strip()) for v in items if v.strip()]

    def required(items: list[str]) -> list[str]:
        return values(items) or ([w.text("p_required_none")] if draft else [])

    rows: list[tuple[str, list[str]]] = [
        ("p_subject", required([p.subject])),
        ("p_duration", required([p.duration])),
        ("p_purposes", required(p.purposes)),
        ("p_subjects", required(p.data_subjects)),
        ("p_categories", required(p.data_categories)),
        # "none" only on the explicit answer no (DSB review 3, B1)
        (
            "p_special",
            values(p.special_categories)
            or [w.text("p_special_none" if p.special_data is False else "p_special_open")],
        ),
        ("p_criminal", [w.text(_CRIMINAL[p.criminal_data])]),
        ("p_steps", required(p.steps)),
        ("p_places", [_place(w, v, subprocessors or [], home) for v in p.places if v.strip()]),
        ("p_instructing", values(p.instructing_persons) or [w.text("p_instructing_none")]),
        ("p_recipients", values(p.instruction_recipients) or [w.text("p_recipients_none")]),
    ]
    if p.persons_processing is not None:
        rows.append(("p_persons", [str(p.persons_processing)]))
    cells = tuple((runs(w.text(key)), runs(_values(shown))) for key, shown in rows if shown)
    return [heading, Table((), cells, FACT_WIDTHS, "facts")]


def _place(w: Words, place: str, subprocessors: list[Subprocessor], home: str) -> str:
    """A place of processing; a country that only sub-processors not yet approved process in
    (not the processor's own ``home``) with their names: "erst nach Genehmigung von …"."""
    shown = user(country_or_place(place, w.lang))
    code = place.strip().upper()
    if not _COUNTRY_CODE.match(code) or code == home.strip().upper():
        return shown

    def there(sp: Subprocessor) -> bool:
        codes = {sp.country_seat.strip().upper()}
        codes.update(c.strip().upper() for c in sp.countries_processing)
        return code in codes

    named = [sp for sp in subprocessors if sp.name.strip() and there(sp)]
    pending = [sp for sp in named if not sp.approved_date]
    if not pending or len(pending) < len(named):
        return shown
    names = [user(sp.name.strip()) for sp in pending]
    if len(names) > 1:
        names = [f"{', '.join(names[:-1])} {w.text('and')} {names[-1]}"]
    return w.text("p_place_pending", place=shown, names=names[0])


def _values(values: list[str]) -> str:
    """One value as it is; several as bullet lines."""
    if len(values) == 1:
        return values[0]
    return "\n".join(f"•{NBSP}{v}" for v in values)


def lines(*parts: Runs) -> Runs:
    """Runs of several lines: ``parts`` with a line break between each two."""
    out: list[Run] = []
    for index, part in enumerate(parts):
        if index:
            out.append(Run("\n"))
        out += part
    return tuple(out)


# -- subprocessors ------------------------------------------------------------------------------


def subprocessor_part(
    w: Words, subprocessors: list[Subprocessor], disputed: bool | None = False
) -> list[Block]:
    """Approved sub-processors, then those submitted for approval with this annex; with none,
    "none are engaged" unless the answers point to some (``disputed``: then a blank to fill)."""
    story: list[Block] = [w.heading(w.text("subprocessors"))]
    listed = [sp for sp in subprocessors if sp.name.strip() or sp.service.strip()]
    if not listed:
        return [*story, Paragraph(runs(w.text(_none_key(disputed))))]
    keys = ("sub_name_where", "sub_service", "sub_contract", "sub_basis")
    head = (tuple(runs(w.text(key)) for key in keys),)

    def table(chosen: list[Subprocessor]) -> Table:
        return Table(head, tuple(_sub_row(w, sp) for sp in chosen), SUB_WIDTHS, "subprocessors")

    approved = [sp for sp in listed if sp.approved_date]
    pending = [sp for sp in listed if not sp.approved_date]
    if approved:
        story += [Paragraph(runs(w.text("sub_lead")), "lead"), table(approved)]
    if pending:
        # after the first table: set off as a heading is (review 6, N9)
        lead = Paragraph(runs(w.text("sub_pending_lead")), "lead_after" if approved else "lead")
        story += [KeepWithNext(), lead, table(pending)]
    return story


def _none_key(disputed: bool | None) -> str:
    """What an empty list says: none engaged (answered), to be completed (the answers point to
    some: ``True``), or not answered (``None``; review 2, finding 4)."""
    if disputed is None:
        return "sub_unanswered"
    return "sub_missing" if disputed else "sub_none"


def _sub_row(w: Words, sp: Subprocessor) -> tuple[Runs, ...]:
    lang = w.lang
    name = runs(Run(user(sp.name.strip()), bold=True) if sp.name.strip() else "–")
    if sp.address.strip():
        name += runs("\n" + user(sp.address.strip()))
    service: list[Runs] = [runs(user(sp.service.strip()))] if sp.service.strip() else []
    if sp.data_categories.strip():
        service.append(runs(Run(user(sp.data_categories.strip()), muted=True)))
    places = []
    if sp.country_seat.strip():
        places.append(w.text("sub_seat", c=user(country_or_place(sp.country_seat, lang))))
    processing = [user(country_or_place(c, lang)) for c in sp.countries_processing if c.strip()]
    if processing:
        places.append(w.text("sub_processing", c=", ".join(processing)))
    if places:
        name += runs("\n" + "\n".join(places))
    return (name, lines(*service) or runs("–"), _contract(w, sp), runs(_basis(w, sp)))


def _contract(w: Words, sp: Subprocessor) -> Runs:
    """Contract and approval with their dates, a missing one said so (review 2, finding 33);
    the certification, if any, as a further guarantee."""
    lang = w.lang
    if sp.sub_avv_date:
        contract = w.text("sub_avv", date=format_date(sp.sub_avv_date, lang))
    else:
        contract = w.text("sub_avv_missing")
    if sp.approved_date:
        approval = w.text("sub_approved", date=format_date(sp.approved_date, lang))
    else:
        approval = w.text("sub_not_approved")
    out = [contract, approval]
    if sp.certification.strip():
        cert = user(sp.certification.strip())
        if sp.certification_valid_until:
            until = format_date(sp.certification_valid_until, lang)
            key = "sub_cert_expired" if expired(sp.certification_valid_until) else "sub_cert_until"
            cert = w.text(key, c=cert, date=until)
        out.append(w.text("sub_cert", c=cert))
    return runs("\n".join(out))


def pending_places(w: Words, subprocessors: list[Subprocessor]) -> str:
    """For the place-of-processing measure: the named sub-processors not yet approved, with
    their countries, as engaged only after approval ("" when there are none; review 2,
    finding 10)."""
    named = []
    for sp in subprocessors:
        if not sp.name.strip() or sp.approved_date:
            continue
        codes = [sp.country_seat, *sp.countries_processing]
        where = list(dict.fromkeys(country_or_place(c, w.lang) for c in codes if c.strip()))
        text = user(sp.name.strip())
        named.append(f"{text} ({', '.join(user(c) for c in where)})" if where else text)
    return w.text("place_pending", names="; ".join(named)) if named else ""


def _basis(w: Words, sp: Subprocessor) -> str:
    lang = w.lang
    parts = [tie(TRANSFER_BASIS[sp.transfer_basis][lang])]
    if sp.transfer_basis == TransferBasis.DPF and sp.dpf_checked:
        parts.append(w.text("dpf_checked", date=format_date(sp.dpf_checked, lang)))
    if sp.transfer_basis == TransferBasis.SCC:
        if sp.scc_module.strip():
            parts.append(user(sp.scc_module.strip()))
        parts.append(w.text("tia_done" if sp.tia_done else "tia_missing"))
    return "\n".join(parts)


# -- signature block ----------------------------------------------------------------------------


def signature_block(w: Words, assessment: Assessment) -> SignatureBlock:
    """Both parties side by side: Ort, Datum – Unterschrift – Name, Funktion, to be filled in;
    the processor's place printed before the date. Names are printed complete."""
    org = assessment.organisation
    heading: Heading = w.heading(w.text("signatures"))
    parties = (
        _signer(w.text("sig_controller"), org.controller, ""),
        _signer(w.text("sig_processor"), org.processor, org.place),
    )
    labels = (w.text(k) for k in ("sig_place_date", "sig_signature", "sig_name"))
    return SignatureBlock(heading, parties, *labels)


def _signer(role: str, party: Party, place: str) -> SignatureParty:
    name, who = one_line(party.name), one_line(party.representative)
    return SignatureParty(role, user(name), user(place.strip()), user(who))


def signature_part(doc: Document, assessment: Assessment) -> list[Flowable]:
    """The signature block as PDF flowables, numbered after ``doc``'s headings."""
    from tomwizard.export.document.render_pdf import PdfRenderer

    w = Words(doc.lang, doc.wording, doc.roles)
    w._numbers = doc.peek_number(0)
    block = signature_block(w, assessment)
    doc.next_number()
    return PdfRenderer(doc).flowables([block])
