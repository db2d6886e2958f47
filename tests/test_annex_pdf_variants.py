"""The annex in both styles and all three views, with the optional parts, read back with pypdf.

Uses the shipped catalog and the demo assessment, so that every catalog measure is covered.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pikepdf
import pytest
from pypdf import PdfReader

from tomwizard.content.views import VIEW_IDS, assignment, groups, view_specs
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.export.status_marks import MARKS, own_status
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.models.catalog import Catalog, Language, render_text

HEADER = {
    "de": "Anlage 3 zum AVV – Technische und organisatorische Maßnahmen",
    "en": "Annex 3 to the DPA – Technical and organisational measures",
}
ALL_PARTS = ("processing", "subprocessors", "signature")
VISIBLE = "<b>fett</b> &amp; <para> ]]> %s 🙂 „Anführung“"  # 🙂 from the fallback font


@pytest.fixture(scope="module")
def demo(catalog: Catalog) -> Assessment:
    return demo_assessment(catalog)


def render(tmp: Path, assessment: Assessment, catalog: Catalog, **options: Any) -> Path:
    out = tmp / f"annex-{abs(hash(tuple(sorted(map(str, options.items())))))}.pdf"
    out.write_bytes(annex_pdf(assessment, catalog, AnnexOptions(**options)))
    return out


def body(path: Path, lang: Language = "de") -> str:
    """The text of every page without header and footer (drawn last on each page), squashed
    to single spaces."""
    pages = [p.extract_text() for p in PdfReader(path).pages]
    return " ".join(" ".join(p[: p.rindex(HEADER[lang])].split()) for p in pages)


def squash(text: str) -> str:
    return "".join(text.split())


# -- views as data ---------------------------------------------------------------------------


@pytest.mark.parametrize("view", VIEW_IDS)
def test_every_measure_lands_in_exactly_one_group(catalog: Catalog, view: str) -> None:
    placed = assignment(view, catalog)  # raises when a measure appears twice
    assert sorted(placed) == sorted(m.id for m in catalog.measures())
    assert len({g.id for g in groups(view, catalog)}) == len(groups(view, catalog))


def test_group_titles_and_reference_rules(catalog: Catalog) -> None:
    art32 = view_specs()["art32"]
    assert [g.id for g in art32.groups] == [
        *("a", "b_vertraulichkeit", "b_integritaet", "b_verfuegbarkeit"),
        *("c", "d", "art25", "art32_4", "dsorg", "art28"),
    ]
    assert all(g.title.de and g.title.en for g in art32.groups)
    placed = assignment("art32", catalog)
    index = catalog.measure_index()
    for measure_id, group_id in placed.items():
        first = index[measure_id].refs.art32[0]
        assert first in next(g.match for g in art32.groups if g.id == group_id)
    kontrollen = assignment("kontrollen", catalog)
    for measure_id, group_id in kontrollen.items():
        assert index[measure_id].refs.kontrolle[0].value == group_id
    # a sub-measure whose own reference differs stands in its own group
    assert placed["personal.schulung_nachweis"] == "d"
    assert placed["personal.schulung"] == "art32_4"


# The headings of the art32 view are read as the legal classification (DSB review 2, finding 12).
_CONTRACT_DUTIES = (  # Art. 28 (2)–(4) DSGVO, duties owed by contract, not Art. 32 measures
    *("auftrag.weisungsdokumentation", "auftrag.rechtswidrige_weisung", "auftrag.kontrollen"),
    *("auftrag.aenderungsmitteilung", "auftrag.verarbeitungsort", "auftrag.sub_auswahl"),
    *("auftrag.sub_avv", "auftrag.sub_genehmigung", "auftrag.drittland", "auftrag.tia"),
    *("vorfall.meldefrist", "vorfall.meldeinhalt", "vorfall.unterstuetzung"),
    *("technikgestaltung.vertragsende", "technikgestaltung.vertragsende_sicherungen"),
    *("technikgestaltung.anfragen_weiterleitung", "org.dsfa_unterstuetzung", "org.anlaufstelle"),
)


def test_art32_view_files_contract_duties_under_art28_not_art32_or_25(catalog: Catalog) -> None:
    art32 = view_specs()["art32"]
    titles = {g.id: g.title.de for g in art32.groups}
    placed = assignment("art32", catalog)
    index = catalog.measure_index()
    for measure_id, group_id in placed.items():
        refs = index[measure_id].refs.art32
        title = titles[group_id]
        if refs and all(r == "28" for r in refs):
            assert "Art. 28" in title and "Art. 32" not in title and "Art. 25" not in title, (
                measure_id,
                title,
            )
        if "Art. 32" in title or "Art. 25" in title:
            assert refs[0] not in ("28", "30", "37"), (measure_id, title)
    assert {placed[m] for m in _CONTRACT_DUTIES} == {"art28"}
    assert {placed[m] for m in ("org.dsb", "org.dsb_einbindung", "org.vvt")} == {"dsorg"}
    # governance under evaluation, visitors and their log under confidentiality
    for measure_id in ("org.isb", "org.richtlinie", "org.zustaendigkeiten", "vorfall.prozess"):
        assert placed[measure_id] == "d", measure_id
    for measure_id in ("zutritt.besucherregistrierung", "zutritt.protokollierung"):
        assert placed[measure_id] == "b_vertraulichkeit", measure_id
    assert "b_integritaet" not in {placed[m] for m in placed if m.startswith("org.")}


# -- both styles, all views: every implemented measure, in catalog order ----------------------


def _implemented_in_order(
    assessment: Assessment, catalog: Catalog, view: str, style: str
) -> list[str]:
    """Checklist: every implemented or partly implemented measure; prose: the confirmed,
    implemented measures without sub-measures (a parent may be shown as partly)."""
    index = catalog.measure_index()
    texts = []
    for measure_id in assignment(view, catalog):  # group order, catalog order within a group
        answer = assessment.answer(measure_id)
        if style == "prose":
            wanted = own_status(answer) == Status.UMGESETZT and not index[measure_id].children
        else:
            wanted = answer.status in (Status.UMGESETZT, Status.TEILWEISE)
        if wanted:
            texts.append(" ".join(render_text(index[measure_id], "de", answer.params).split()))
    return texts


@pytest.mark.parametrize("style", ["prose", "checklist"])
@pytest.mark.parametrize("view", VIEW_IDS)
def test_implemented_measures_present_in_order(
    tmp_path: Path, catalog: Catalog, demo: Assessment, style: str, view: str
) -> None:
    text = body(render(tmp_path, demo, catalog, style=style, view=view))
    position = 0
    for expected in _implemented_in_order(demo, catalog, view, style):
        found = text.find(expected, position)
        assert found >= 0, expected
        position = found + len(expected)


def test_parameters_with_values(tmp_path: Path, catalog: Catalog, demo: Assessment) -> None:
    for style in ("prose", "checklist"):
        text = body(render(tmp_path, demo, catalog, style=style))
        assert "nach spätestens 5 Minuten" in text
        assert "mindestens alle 24 Stunden" in text
        assert "Protokolldaten werden 90 Tage aufbewahrt" in text


def test_checklist_boxes_and_nesting(tmp_path: Path, catalog: Catalog, demo: Assessment) -> None:
    text = body(render(tmp_path, demo, catalog, style="checklist"))
    index = catalog.measure_index()
    shown = {Status.UMGESETZT, Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT}
    for measure in catalog.measures():
        answer = demo.answer(measure.id)
        rendered = " ".join(render_text(index[measure.id], "de", answer.params).split())
        if answer.status in shown or answer.status == Status.OFFEN:
            if measure.children:  # its mark depends on its sub-measures
                assert rendered in text, rendered
                continue
            box = MARKS[own_status(answer)]  # a Rückfrage shows as open, never as ☒
            assert f"{box} {rendered}" in text, rendered
        else:
            assert rendered not in text  # entfaellt: left out by default
    assert "☒ umgesetzt ◐ teilweise umgesetzt ◷ geplant" in text
    assert "? offen (nicht beantwortet oder nicht bestätigt)" in text
    assert "(geplant, umzusetzen bis 28.02.2027)" in text  # zugang.schnittstellen


def test_entfaellt_listed_only_when_asked(tmp_path: Path, catalog: Catalog) -> None:
    measure = next(m for m in catalog.measures() if not m.children and not m.params)
    assessment = Assessment(
        catalog_id=catalog.id,
        catalog_version=catalog.version,
        answers={measure.id: Answer(status=Status.ENTFAELLT, reason="Kein Serverraum vorhanden")},
    )
    text_de = " ".join(measure.text.de.split())
    for style in ("prose", "checklist"):
        assert text_de not in body(render(tmp_path, assessment, catalog, style=style))
        listed = body(render(tmp_path, assessment, catalog, style=style, list_entfaellt=True))
        assert text_de in listed
        assert "Kein Serverraum vorhanden" in listed
    prose = body(render(tmp_path, assessment, catalog, list_entfaellt=True))
    assert "Entfallende Maßnahmen Die folgenden" in prose


def test_planned_part_in_both_styles(tmp_path: Path, catalog: Catalog, demo: Assessment) -> None:
    mfa = " ".join(catalog.measure_index()["zugang.mfa"].text.de.split())
    for style in ("prose", "checklist"):
        text = body(render(tmp_path, demo, catalog, style=style))
        if style == "prose":
            text = text[text.index("Noch nicht (vollständig) umgesetzte Maßnahmen") :]
        # the demo's Stand is 02.11.2026: the draft says the plan is overdue (DSB review 45)
        assert f"{mfa} (überfällig seit 30.09.2026; neuer Termin noch einzutragen)" in text


def test_custom_measure_in_place_in_every_view(
    tmp_path: Path, catalog: Catalog, demo: Assessment
) -> None:
    with_custom = demo.model_copy(deep=True)
    with_custom.custom_measures.append(
        CustomMeasure(
            id="custom-alarm",
            section_id="zutritt",
            text="Einbruchmeldeanlage mit Aufschaltung auf einen Wachdienst",
            answer=Answer(status=Status.UMGESETZT),
        )
    )
    for view in VIEW_IDS:
        text = body(render(tmp_path, with_custom, catalog, view=view))
        assert text.count("Einbruchmeldeanlage mit Aufschaltung auf einen Wachdienst") == 1


def test_views_use_their_group_titles(tmp_path: Path, catalog: Catalog, demo: Assessment) -> None:
    art32 = body(render(tmp_path, demo, catalog, view="art32"))
    assert "2. Vertraulichkeit (Art. 32 Abs. 1 lit. b DSGVO)" in art32
    assert "8. Verarbeitung nur auf Anweisung (Art. 32 Abs. 4 DSGVO)" in art32
    kontrollen = body(render(tmp_path, demo, catalog, view="kontrollen", lang="en"), "en")
    assert "1. Physical access control" in kontrollen
    assert "9. Organisational control" in kontrollen


# -- optional parts --------------------------------------------------------------------------


def test_processing_subprocessors_signature(
    tmp_path: Path, catalog: Catalog, demo: Assessment
) -> None:
    text = body(render(tmp_path, demo, catalog, parts=ALL_PARTS))
    assert "Beschreibung der Verarbeitung" in text
    assert "1. Beschreibung der Verarbeitung" not in text
    # the sections keep the numbers of the wizard's step list (issue 14)
    for number, section in enumerate(catalog.sections, start=1):
        assert f"{number}. {section.title.de.split()[0]}" in text
    assert "Religionszugehörigkeit (Kirchensteuermerkmal)" in text  # Art. 9
    assert "Es werden keine Daten über strafrechtliche Verurteilungen" in text  # Art. 10
    assert "Jens Ostermann, Geschäftsführer" in text
    assert "Sitz: Tschechien" in text
    assert "keine Drittlandübermittlung (Verarbeitung in der EU/im EWR)" in text
    assert "Sitz: Vereinigte Staaten" in text and "nicht angegeben" in text
    assert "Unterschriften Für den Verantwortlichen" in text
    for label in ("Ort, Datum", "Unterschrift ", "Name, Funktion"):
        assert text.count(label) == 2
    assert text.index("Beschreibung der Verarbeitung") < text.index("Organisation und")
    assert text.index("Unterauftragsverarbeiter Der") > text.index("Noch nicht (vollständig)")
    english = body(render(tmp_path, demo, catalog, lang="en", parts=ALL_PARTS), "en")
    assert "Registered office: Czechia" in english
    assert "No third-country transfer (processing within" in english
    assert "Place, date" in english


def test_empty_parts_are_tidy(tmp_path: Path, catalog: Catalog) -> None:
    blank = Assessment(catalog_id=catalog.id, catalog_version=catalog.version)
    for style in ("prose", "checklist"):
        text = body(render(tmp_path, blank, catalog, style=style, parts=ALL_PARTS))
        # nothing answered, nothing asserted (review 2, finding 4)
        assert "Es werden keine Unterauftragsverarbeiter eingesetzt." not in text
        assert "ob Unterauftragsverarbeiter eingesetzt werden, ist noch nicht beantwortet" in text
        assert "Weisungen erteilen" not in text and "Keine Angabe (noch einzutragen)." in text
        # "none" is not asserted before it is answered (DSB review 3, B1)
        assert "Es werden keine besonderen Kategorien" not in text
        assert "Keine Angabe – ob und welche solche Daten verarbeitet werden" in text
        assert "Noch nicht (vollständig)" not in text
    prose = body(render(tmp_path, blank, catalog))
    # one sentence per area, with where its measures stand (DSB review 3, B11)
    empty = "In diesem Bereich ist derzeit keine Maßnahme vollständig umgesetzt (siehe Nr."
    assert prose.count(empty) == len(catalog.sections)


def test_subprocessor_table_header_repeats_and_long_addresses_wrap(
    tmp_path: Path, catalog: Catalog
) -> None:
    address = "Sehr lange Straße mit vielen Wörtern " * 6 + "Ende der Anschrift"
    subs = [
        Subprocessor(
            id=f"s{i}",
            name=f"Dienstleister {i}",
            address=address,
            country_seat="US",
            service="Hosting",
            transfer_basis=TransferBasis.SCC,
            scc_module="Modul 3",
        )
        for i in range(40)
    ]
    assessment = Assessment(
        catalog_id=catalog.id, catalog_version=catalog.version, subprocessors=subs
    )
    pdf = render(tmp_path, assessment, catalog, parts=("subprocessors",))
    pages = [p.extract_text() for p in PdfReader(pdf).pages]
    table_pages = [p for p in pages if "Dienstleister 1" in p]
    assert len(table_pages) >= 3
    assert all("Name und Anschrift" in p for p in table_pages)
    text = body(pdf)
    assert text.count(" ".join(address.split())) == 40
    assert "Standardvertragsklauseln (Art. 46 Abs. 2 lit. c DSGVO)" in text
    assert "Bewertung der Rechtslage im Drittland (TIA): nicht dokumentiert" in text


# -- pages, metadata, determinism ------------------------------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_page_numbers_and_metadata(
    tmp_path: Path, catalog: Catalog, demo: Assessment, lang: Language
) -> None:
    pdf = render(tmp_path, demo, catalog, style="checklist", lang=lang, parts=ALL_PARTS)
    reader = PdfReader(pdf)
    label = "Seite {} von {}" if lang == "de" else "Page {} of {}"
    for number, page in enumerate(reader.pages, start=1):
        assert label.format(number, len(reader.pages)) in page.extract_text()
    assert reader.metadata is not None
    assert reader.metadata.author == "Lohnkontor Heidemann GmbH"
    assert reader.metadata.title and reader.metadata.title.startswith(HEADER[lang][:6])
    with pikepdf.open(pdf) as doc:
        assert str(doc.Root.Lang) == ("de-DE" if lang == "de" else "en")


def test_same_input_same_bytes(catalog: Catalog, demo: Assessment) -> None:
    options = AnnexOptions(style="checklist", view="art32", parts=ALL_PARTS)
    first = annex_pdf(demo, catalog, options)
    assert annex_pdf(demo, catalog, options) == first
    later = demo.model_copy(
        update={"organisation": demo.organisation.model_copy(update={"stand": dt.date(2027, 1, 1)})}
    )
    assert annex_pdf(later, catalog, options) != first


def test_unknown_options_are_refused() -> None:
    with pytest.raises(ValueError):
        AnnexOptions(style="bunt")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        AnnexOptions(view="nirgends")
    with pytest.raises(ValueError):
        AnnexOptions(parts=("anhang",))  # type: ignore[arg-type]
