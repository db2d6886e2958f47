"""What the DSB's third review found in the annex's own wording (issue 11): the sub-processor
table names contract and approval in their own column, the place of processing tells pending
sub-processors apart, page 1 counts missing approval dates by that name, and the English annex
writes percentages, quotes and references the English way."""

from __future__ import annotations

import datetime as dt
import io
import re
from functools import cache

from pypdf import PdfReader

from tests.pdf_words import pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    Organisation,
    Party,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog
from tomwizard.rules.blockers import blockers, counts

STAND = dt.date(2026, 11, 2)


@cache
def catalog() -> Catalog:
    return default_catalog()


def _assessment() -> Assessment:
    """Two sub-processors: one approved with a contract, one pending without a contract date."""
    org = Organisation(
        processor=Party(name="Lohnbüro GmbH", street="Markt 1", postcode="21335", city="Lüneburg"),
        controller=Party(name="Kunde AG", street="Ring 2", postcode="34117", city="Kassel"),
        stand=STAND,
    )
    approved = Subprocessor(
        id="rz",
        name="Rechenzentrum Nord GmbH",
        service="Hosting",
        country_seat="DE",
        countries_processing=["DE"],
        transfer_basis=TransferBasis.EU_EWR,
        sub_avv_date=dt.date(2025, 1, 15),
        approved_date=dt.date(2025, 2, 1),
        certification="ISO/IEC 27001",
    )
    pending = Subprocessor(
        id="mail",
        name="Mailversand Inc.",
        service="E-Mail-Versand",
        country_seat="US",
        countries_processing=["US"],
        transfer_basis=TransferBasis.SCC,
    )
    a = Assessment(
        catalog_id=catalog().id,
        catalog_version=catalog().version,
        organisation=org,
        subprocessors=[approved, pending],
    )
    a.answers["auftrag.verarbeitungsort"] = Answer(
        status=Status.UMGESETZT, params={"region": "Deutschland und Vereinigte Staaten"}
    )
    return a


def test_contract_and_approval_have_their_own_column_and_a_missing_date_is_said() -> None:
    a = _assessment()
    text = pdf_words(annex_pdf(a, catalog(), AnnexOptions(style="checklist", parts=PARTS)))
    assert "Vertrag und Genehmigung" in text  # the column head
    approved = text[text.index("Rechenzentrum Nord GmbH") :]
    assert "Vertrag nach Art. 28 Abs. 4 DSGVO vom 15.01.2025" in approved
    assert "genehmigt am 01.02.2025" in approved
    pending = text[text.index("Mailversand Inc.") :]
    assert "Vertrag nach Art. 28 Abs. 4 DSGVO: Datum nicht eingetragen" in pending
    assert "noch nicht genehmigt" in pending
    # "Leistung und Daten" holds the service only
    service = approved[: approved.index("Vertrag nach")]
    assert "Hosting" in service and "Zertifizierung" not in service
    english = pdf_words(annex_pdf(a, catalog(), AnnexOptions(lang="en", parts=PARTS)))
    pending_en = english[english.index("Mailversand Inc.") :]
    assert "date not entered" in pending_en and "not yet authorised" in pending_en


def test_the_place_of_processing_names_pending_sub_processors_as_pending() -> None:
    """Review 2, finding 10: the measure may not state in present tense that data are processed
    where only a sub-processor not yet approved would process them."""
    a = _assessment()
    for style in ("checklist", "prose"):
        text = pdf_words(annex_pdf(a, catalog(), AnnexOptions(style=style, parts=PARTS)))
        place = text[text.index("Die Daten werden ausschließlich") :]
        place = place[: place.index("eingesetzt:") + 60]
        assert "Noch nicht genehmigt und erst nach Genehmigung durch den Verantwortlichen" in place
        assert "Mailversand Inc. (Vereinigte Staaten)" in place
        assert "Rechenzentrum Nord" not in place  # approved: no remark
    a.subprocessors[1].approved_date = dt.date(2026, 10, 1)
    text = pdf_words(annex_pdf(a, catalog(), AnnexOptions(parts=PARTS)))
    assert "Noch nicht genehmigt und erst nach" not in text


def test_page_one_counts_missing_approval_dates_by_that_name() -> None:
    a = _assessment()
    found = blockers(a, catalog())
    assert "1 fehlendes Genehmigungsdatum" in counts(found, "de")
    assert "1 missing authorisation date" in counts(found, "en")
    assert "offener Punkt" not in counts(
        [b for b in found if b.finding.rule_id == "unterauftrag.ohne_genehmigung"], "de"
    )
    text = pdf_words(annex_pdf(a, catalog(), AnnexOptions()))
    assert "1 fehlendes Genehmigungsdatum" in text


def test_english_writes_the_english_way_and_quotes_entries_as_entered() -> None:
    a = _assessment()
    a.organisation.contract_reference = "AVV Lohnabrechnung vom 01.03.2024"
    a.answers["personal.berufsgeheimnis"] = Answer(status=Status.UMGESETZT)
    a.answers["zugang.mfa"] = Answer(
        status=Status.ENTFAELLT, reason="Keine Fernzugriffe vorhanden."
    )
    raw = " ".join(
        p.extract_text() or ""
        for p in PdfReader(
            io.BytesIO(
                annex_pdf(
                    a, catalog(), AnnexOptions(lang="en", style="checklist", list_entfaellt=True)
                )
            )
        ).pages
    )
    assert "Section 203(3)" in raw.replace("\xa0", " ")
    assert not re.search(r"Section\s*\n\s*\d", raw)  # never "Section⏎203(3)" (r2, finding 30)
    text = " ".join(raw.replace("\xa0", " ").split())
    assert "Agreement title: “AVV Lohnabrechnung vom 01.03.2024”" in text
    assert "(not applicable; reason as entered: “Keine Fernzugriffe vorhanden.”)" in text
    assert "Open entries (draft)" in pdf_words(
        annex_pdf(a, catalog(), AnnexOptions(lang="en", style="prose"))
    )
    report = pdf_words(gap_report_pdf(a, catalog(), "en", None, STAND))
    assert "%)" in report and " %)" not in report  # "(3%)", as the chart: "100%"
    assert "100%" in report and "100 %" not in report
