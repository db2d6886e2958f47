"""The shoulds and nits of the seventh DSB review, read back from the PDFs: a draft prints the
items Art. 28 Abs. 3 S. 1 DSGVO requires even when empty (S1); the gap report names the
unanswered measures and the missing dates it counts (S2) and only the fields that are missing
(N8); the English wording (S4, N7); the closing provision only with measures still to be
implemented (N3); hints with the file's real path (N4); citations kept whole (N6)."""

from __future__ import annotations

import datetime as dt
import io
import re
import shlex
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.pdf_words import annex_words, pdf_words
from tests.rules_fixtures import clean_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.demo import demo_assessment
from tomwizard.export.document.typography import tie
from tomwizard.export.document.words import Words
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Processing, Status
from tomwizard.models.catalog import Catalog, Language, render_text
from tomwizard.rules.blockers import blockers
from tomwizard.shell_words import shell_word
from tomwizard.store import TomwStore

REQUIRED = {
    "de": (
        "Gegenstand",
        "Dauer",
        "Zweck der Verarbeitung",
        "Kategorien betroffener Personen",
        "Kategorien personenbezogener Daten",
    ),
    "en": (
        "Subject matter",
        "Duration",
        "Purpose of the processing",
        "Categories of data subjects",
        "Categories of personal data",
    ),
}
TO_ENTER = {"de": "Keine Angabe (noch einzutragen).", "en": "Not stated (still to be entered)."}


def _processing_part(text: str, lang: Language) -> str:
    start = text.index("Beschreibung der Verarbeitung" if lang == "de" else "Description of the")
    return text[start : text.index("Weisungsberechtigte" if lang == "de" else "Persons entitled")]


# -- S1: the required items of the processing description ------------------------------------


@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_draft_prints_every_required_item_of_the_description_when_empty(lang: Language) -> None:
    a = clean_assessment()
    a.processing = Processing(instructing_persons=["A. Chef"], instruction_recipients=["B. B."])
    part = _processing_part(annex_words(a, lang), lang)
    for label in REQUIRED[lang]:
        assert f"{label} {TO_ENTER[lang]}" in part, label


def test_a_fresh_preset_draft_names_the_required_items_it_lacks() -> None:
    catalog = default_catalog()
    a = assessment_from_preset("hosting", catalog, "de")
    assert a.processing.purposes and a.processing.steps  # the preset fills these two
    part = _processing_part(annex_words(a), "de")
    for label in REQUIRED["de"]:
        filled = label == "Zweck der Verarbeitung"
        assert (f"{label} {TO_ENTER['de']}" in part) is not filled, label


@pytest.mark.parametrize(
    "field", ["subject", "duration", "purposes", "data_subjects", "data_categories"]
)
def test_a_final_cannot_lack_a_required_item(field: str) -> None:
    a = clean_assessment()
    empty: str | list[str] = "" if field in ("subject", "duration") else []
    a.processing = a.processing.model_copy(update={field: empty})
    found = [b for b in blockers(a, default_catalog()) if "beschreibung" in b.finding.rule_id]
    assert len(found) == 1


def test_a_final_prints_no_placeholder_in_the_description() -> None:
    a = clean_assessment()
    assert blockers(a, default_catalog()) == []
    assert TO_ENTER["de"] not in annex_words(a)


# -- S2: the gap report names what page 1 counts ----------------------------------------------

UPDATES = "betrieb.patch_ueberwachung"


def _report(a: Assessment, lang: Language = "de") -> str:
    return pdf_words(gap_report_pdf(a, default_catalog(), lang, None, dt.date(2026, 12, 6)))


def _text(measure_id: str, lang: Language = "de") -> str:
    measure = default_catalog().measure_index()[measure_id]
    return " ".join(render_text(measure, lang, {}).split())


def test_the_gap_report_names_the_measure_without_a_date() -> None:
    a = demo_assessment(default_catalog())
    assert a.answers[UPDATES].status is Status.NICHT_UMGESETZT
    assert a.answers[UPDATES].planned_date is None
    report = _report(a)
    findings = report[report.index("1. Befunde") : report.index("2. Offene Rückfragen")]
    assert "(nicht umgesetzt) ist kein Termin der Umsetzung eingetragen." in findings
    assert "Abhilfe: Den Termin der vollständigen Umsetzung eintragen" in findings
    english = _report(a, "en")
    assert "(not implemented)." in english and "No implementation date is entered for" in english


def test_a_missing_date_a_rule_names_already_is_not_listed_twice() -> None:
    a = demo_assessment(default_catalog())
    a.answers[UPDATES] = Answer(status=Status.GEPLANT)  # rule geplant.ohne_termin names it
    report = _report(a)
    assert "ist kein Termin der Umsetzung eingetragen" not in report
    assert report.count("ist als geplant markiert, aber ohne Umsetzungstermin") == 1


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_gap_report_lists_every_unanswered_measure_by_section(lang: Language) -> None:
    catalog = default_catalog()
    a = demo_assessment(catalog)
    unanswered = [m.id for m in catalog.measures() if a.answer(m.id).status is Status.OFFEN]
    assert len(unanswered) == 4
    report = _report(a, lang)
    heading = "3. Noch nicht beantwortete Maßnahmen" if lang == "de" else "3. Measures not yet"
    part = report[report.index(heading) : report.index("4. ")]
    for measure_id in unanswered:
        assert _text(measure_id, lang) in part, measure_id
    section = "Verfügbarkeit, Belastbarkeit" if lang == "de" else "Availability"
    assert part.count(section) == 1  # the section's two measures under one title


def test_a_gap_report_without_unanswered_measures_says_so() -> None:
    report = _report(clean_assessment())
    assert "Noch nicht beantwortete Maßnahmen Alle Maßnahmen sind beantwortet." in report


# -- N3: the closing provision on measures still to be implemented ----------------------------

PLANNED_CLAUSE = {
    "de": "Als teilweise umgesetzt, geplant oder nicht umgesetzt gekennzeichnete Maßnahmen",
    "en": "implements the measures marked as partly implemented, planned or not implemented",
}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_closing_provision_on_pending_measures_needs_one(lang: Language) -> None:
    a = clean_assessment()  # every measure implemented
    text = annex_words(a, lang)
    assert "Schlussbestimmungen" in text or "Final provisions" in text
    assert PLANNED_CLAUSE[lang] not in text
    for status in (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT):
        a.answers["zugang.passwort"] = Answer(
            status=status, planned_date=dt.date(2027, 3, 1), remaining="Rest"
        )
        assert PLANNED_CLAUSE[lang] in annex_words(a, lang), status


def test_a_fresh_preset_promises_no_dates() -> None:
    a = assessment_from_preset("arztpraxis", default_catalog(), "de")
    assert PLANNED_CLAUSE["de"] not in annex_words(a)


def test_a_pending_custom_measure_keeps_the_closing_provision() -> None:
    a = clean_assessment()
    custom = CustomMeasure(
        id="c1",
        section_id="zugang",
        text="Hardware-Token für alle Administratoren",
        answer=Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 3, 1)),
    )
    a.custom_measures.append(custom)
    assert PLANNED_CLAUSE["de"] in annex_words(a)


# -- S4, N7: English wording --------------------------------------------------------------------


def test_english_names_measures_not_applicable_as_such() -> None:
    a = clean_assessment()
    a.answers["zutritt.einbruchschutz"] = Answer(status=Status.ENTFAELLT, reason="No own premises.")
    final = annex_words(a, "en", style="prose", list_entfaellt=True)
    assert blockers(a, default_catalog()) == []
    assert (
        "Measures not applicable The following measures do not apply, for the reasons given:"
        in (final)
    )
    assert "not applied" not in final
    assert "No assurance is given for measures marked as not applicable." in final
    a.processing.subject = ""
    draft = annex_words(a, "en")
    assert (
        "No assurance is given for measures marked as not applicable or for open entries." in draft
    )
    assert "contain no assurance" not in final + draft


def test_english_sub_processor_table_and_private_services_wording() -> None:
    a = demo_assessment(default_catalog())
    english = annex_words(a, "en")
    assert "Registered office: Germany" in english and "Seat:" not in english
    assert "are not used for personal data processed for business purposes." in english
    assert "business personal data" not in english


# -- N8: „Betrifft“ names only the fields that are missing --------------------------------------


def test_the_gap_report_names_only_the_missing_fields_of_the_description() -> None:
    a = clean_assessment()
    a.processing.subject = ""
    a.processing.data_categories = []
    report = _report(a)
    start = report.index("Die Beschreibung der Verarbeitung ist unvollständig")
    entry = report[start : report.index("Betrifft:", start) + 200]
    entry = entry[: entry.index("2. Offene Rückfragen")] if "2. Offene" in entry else entry
    concerns = entry[entry.index("Betrifft:") :]
    assert concerns.startswith(
        "Betrifft: Angabe „Gegenstand“; Angabe „Kategorien personenbezogener Daten“"
    )
    assert "Dauer" not in concerns and "Zweck" not in concerns


# -- N4: the hints name the file as typed -------------------------------------------------------


@pytest.fixture
def spaced_file(tmp_path: Path, catalog: Catalog) -> Path:
    path = tmp_path / "Praxis Müller 2026.tomw"
    TomwStore.create(path, demo_assessment(catalog)).close()
    return path


def test_the_draft_notice_names_the_check_command_for_the_file(
    spaced_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anlage.pdf"
    assert main(["export", str(spaced_file), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"„tomwizard check {shlex.quote(str(spaced_file))} --final“" in err
    assert "DATEI" not in err


def test_the_changes_hint_names_the_freeze_command_for_the_file(
    spaced_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anlage.pdf"
    assert main(["export", str(spaced_file), "-o", str(out), "--changes"]) == 2
    assert f"„tomwizard versions {shlex.quote(str(spaced_file))} --freeze“" in (
        capsys.readouterr().err
    )
    assert main(["diff", str(spaced_file)]) == 2
    assert f"„tomwizard versions {shlex.quote(str(spaced_file))} --freeze“" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("path", "windows", "word"),
    [
        ("anlage.tomw", False, "anlage.tomw"),
        ("Praxis Müller.tomw", False, "'Praxis Müller.tomw'"),
        ("it's.tomw", False, "'it'\"'\"'s.tomw'"),
        (r"C:\Akten\anlage.tomw", True, r"C:\Akten\anlage.tomw"),
        (r"C:\Akten\Praxis Müller.tomw", True, r'"C:\Akten\Praxis Müller.tomw"'),
    ],
)
def test_a_path_is_quoted_for_the_shell(path: str, windows: bool, word: str) -> None:
    assert shell_word(path, windows=windows) == word


# -- N6: a citation in a heading is kept whole ---------------------------------------------------


@pytest.mark.parametrize("style", ["prose", "checklist"])
def test_a_heading_breaks_before_its_citation_never_inside(style: str) -> None:
    catalog = default_catalog()
    options = AnnexOptions(lang="de", view="art32", style=style, parts=PARTS)  # type: ignore[arg-type]
    pdf = annex_pdf(demo_assessment(catalog), catalog, options)
    lines = [
        line.replace("\xa0", " ").strip()
        for page in PdfReader(io.BytesIO(pdf)).pages
        for line in page.extract_text().splitlines()
    ]
    cited = [line for line in lines if "(Art. 32 Abs." in line]
    assert len(cited) >= 6  # lit. a to d, Abs. 4 …
    for line in cited:
        assert re.search(r"\(Art\. 32 Abs\. \d( lit\. [a-d])? DSGVO\)", line), line
    # the two long headings of the demo start their citation on a line of its own
    assert "(Art. 32 Abs. 1 lit. d DSGVO)" in lines


def test_citations_are_tied_in_headings_only() -> None:
    title = "Regelmäßige Überprüfung, Bewertung und Evaluierung (Art. 32 Abs. 1 lit. d DSGVO)"
    heading = Words("de", {}).heading(title)
    assert heading.text.endswith("(Art.\xa032\xa0Abs.\xa01\xa0lit.\xa0d\xa0DSGVO)")
    assert "Bewertung und Evaluierung" in heading.text  # the words before still break
    assert "32 Abs." in tie("nach Art. 32 Abs. 1 lit. d DSGVO")  # body text as before
