"""What the DSB's fourth review (Part B) found in the annex's wording and the demo: the place
of processing says which countries wait for an approval, the demo tells one story per fact, and
the English sub-processor table dates the contract, not the GDPR."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from tests.pdf_boxes import word_boxes
from tests.pdf_words import pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.content.views import groups
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.export.writers import gap_report_bytes
from tomwizard.history.versions import _title
from tomwizard.models.assessment import Assessment, Organisation, RoleNames
from tomwizard.models.catalog import Catalog


@cache
def catalog() -> Catalog:
    return default_catalog()


def _demo() -> Assessment:
    return demo_assessment(catalog())


def _approved(a: Assessment) -> Assessment:
    subs = [s.model_copy(update={"approved_date": dt.date(2026, 11, 20)}) for s in a.subprocessors]
    return a.model_copy(update={"subprocessors": subs})


def test_a_country_only_pending_sub_processors_bring_is_marked_on_the_description() -> None:
    """N3: page 2 lists the Czech Republic and the US only with the sub-processor that waits for
    approval; the place measure says so once (the program's sentence, not the demo's text);
    after approval neither the mark nor the sentence is left."""
    draft = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(parts=PARTS)))
    assert "Vereinigte Staaten – erst nach Genehmigung von Sendwise Inc." in draft
    assert "Tschechien – erst nach Genehmigung von Podpora Systems s.r.o." in draft
    assert "Deutschland – erst" not in draft
    assert draft.count("erst nach Genehmigung von") == 2
    assert draft.count("Noch nicht genehmigt und erst nach Genehmigung") == 1  # place measure
    final = pdf_words(annex_pdf(_approved(_demo()), catalog(), AnnexOptions(parts=PARTS)))
    assert "erst nach Genehmigung von" not in final and "Noch nicht genehmigt" not in final
    assert "Bad Bevensen), Tschechien (Fernwartung der Arbeitsplatzrechner) und" in final
    english = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(lang="en", parts=PARTS)))
    assert "United States – only after authorisation of Sendwise Inc." in english


def test_the_demo_tells_one_story_per_fact() -> None:
    """N6: both notebook measures name the same remedy, no zone or server room is claimed the
    office does not have, the fax reason claims no encryption that is only partly done."""
    text = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(parts=PARTS, list_entfaellt=True)))
    assert text.count("durch verschlüsselte Neugeräte") == 2  # parent and child alike
    assert "Festplatten von zwei" not in text
    assert "Empfang, Büro, Archiv und Serverraum" not in text
    assert "Server und zentrale Netzwerktechnik stehen" not in text
    assert "verschlüsselt per E-Mail oder in Papierform" not in text
    assert "S/MIME-verschlüsselt" in text


def test_english_dates_the_contract_not_the_gdpr() -> None:
    """N11: „Contract dated 12 February 2024 (Art. 28(4) GDPR)“."""
    text = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(lang="en", parts=PARTS)))
    assert "Contract dated 12 February 2024 (Art. 28(4) GDPR)" in text
    assert "GDPR of 12" not in text


def test_an_empty_place_has_no_fourth_dot() -> None:
    """N10: the place measure without a region reads „…: … (offen …)“, not „…. (offen …)“."""
    a = _demo()
    answer = a.answers["auftrag.verarbeitungsort"].model_copy(update={"params": {}})
    a = a.model_copy(update={"answers": {**a.answers, "auftrag.verarbeitungsort": answer}})
    text = pdf_words(annex_pdf(a, catalog(), AnnexOptions(parts=PARTS)))
    assert "…." not in text
    assert "gespeichert und verarbeitet: …" in text


def test_contract_wording_says_each_thing_once() -> None:
    """N10: the planned-dates sentence stands once (in the final provisions), the DSB label is
    short, the contract-end measure names the following sub-measure, no „möglichst“."""
    text = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(parts=PARTS)))
    assert text.count("Als teilweise umgesetzt, geplant oder nicht umgesetzt") == 1
    assert "Schlussbestimmungen" in text.split("Als teilweise umgesetzt, geplant")[0]
    assert "Datenschutzbeauftragte/r" in text
    assert "Datenschutzbeauftragte oder Datenschutzbeauftragter" not in text
    assert "Für Kopien in Datensicherungen gilt die folgende Teilmaßnahme." in text
    assert "möglichst" not in text
    english = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(lang="en", parts=PARTS)))
    assert english.count("planned or not implemented") == 1


def test_a_grouped_follow_up_heading_speaks_the_files_role_words() -> None:
    """N10: follow-ups of one section sharing a note are grouped under the section title – in
    an Auftraggeber/Auftragnehmer file „Auftragskontrolle und Unterauftragnehmer“."""
    a = _demo()
    org = a.organisation.model_copy(update={"role_names": RoleNames.AUFTRAGGEBER})
    answers = dict(a.answers)
    for mid in ("auftrag.weisungsdokumentation", "auftrag.kontrollen"):
        update = {"follow_up": True, "note": "Vorbelegt – bitte prüfen."}
        answers[mid] = answers[mid].model_copy(update=update)
    a = a.model_copy(update={"organisation": org, "answers": answers})
    text = pdf_words(gap_report_bytes(a, catalog(), "de", None, dt.date(2026, 11, 2)))
    assert "Auftragskontrolle und Unterauftragnehmer 2 Vorbelegungen" in text
    assert "Unterauftragsverarbeiter" not in text


def test_the_changes_heading_names_the_annex_the_controller_holds() -> None:
    """N9: by the annex's own version and Stand; without them by the internal number."""
    org = Organisation(version="2.1", stand=dt.date(2026, 11, 2))
    assert _title(4, org, "de") == "Änderungen gegenüber der Fassung 2.1 (Stand 02.11.2026)"
    assert _title(4, org, "en") == "Changes since version 2.1 (as of 2 November 2026)"
    assert _title(4, Organisation(version="", stand=None), "de") == "Änderungen gegenüber Version 4"
    undated = Organisation(version="", stand=dt.date(2026, 11, 2))
    assert _title(4, undated, "de") == "Änderungen gegenüber der Fassung vom 02.11.2026"


def test_a_certificate_name_stays_whole_in_the_sub_processor_table() -> None:
    """N8: „ISO/IEC“ of the certificate „ISO/IEC 27001:2022“ is one word on one line in the
    contract column, German and English (a split left „ISO/“ or „ISO/I“ at a line end)."""
    for lang in ("de", "en"):
        boxes, _pages = word_boxes(
            annex_pdf(_demo(), catalog(), AnnexOptions(lang=lang, parts=PARTS))
        )
        iso = [box.text for box in boxes if box.text.startswith("ISO") or "EC" in box.text]
        assert iso and all(text.startswith("ISO/IEC") for text in iso), (lang, iso)


def test_a_partly_parent_names_its_pending_sub_measure_printed_elsewhere() -> None:
    """N5: in the art32 checklist the emergency plan is partly implemented because its
    rehearsal (placed under Art. 32 Abs. 1 lit. d) is planned: the parent names it and the part
    where it stands, and that part does hold it; English alike; the prose keeps the old note."""
    view = {g.id: g for g in groups("art32", catalog())}
    text = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(view="art32", style="checklist")))
    found = re.search(
        r"noch nicht umgesetzt: regelmäßige Erprobung des Wiederanlaufs, siehe Nr\. (\d+);",
        text,
    )
    assert found, text[text.find("Ein Notfallplan") :][:400]
    number = int(found[1])
    title = list(view.values())[number - 1].title.de
    part = text.split(f"{number}. {title}")[-1].split(f"{number + 1}. ")[0]
    assert "◷ Der Wiederanlauf nach dem Notfallplan wird mindestens alle 12 Monate" in part
    english = pdf_words(
        annex_pdf(_demo(), catalog(), AnnexOptions(lang="en", view="art32", style="checklist"))
    )
    assert "not yet implemented: regular rehearsal of recovery" in english  # review 6, N4
    assert f"recovery, see no. {number}; complete by 31 May 2027)" in english
    prose = pdf_words(annex_pdf(_demo(), catalog(), AnnexOptions(view="art32", style="prose")))
    assert "siehe Nr." not in prose.split("Ein Notfallplan")[1][:300]
