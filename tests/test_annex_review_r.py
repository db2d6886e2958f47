"""The remaining findings of the first DSB review (issue 11): an unanswered Art. 10 question is
not printed as "no" and blocks the final version; a partly implemented measure states what
remains (annex, gap report, action plan) or blocks; an overdue plan says so; "nicht umgesetzt"
has the empty box, not a cross; the gap report counts unconfirmed answers and names a
finding's state."""

from __future__ import annotations

import datetime as dt
import io
from functools import cache

from pypdf import PdfReader
from reportlab.pdfbase import pdfmetrics

from tests.pdf_words import pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.action_plan import action_plan_rows
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.export.pdf_fonts import FONT_BOLD, FONT_ITALIC, FONT_REGULAR, register_fonts
from tomwizard.export.status_marks import MARKS
from tomwizard.models.assessment import Answer, Assessment, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules.blockers import BlockerKind, blockers, counts

MEASURE = "zugang.passwort"
REMAINS = "Umstellung der beiden Kassenrechner auf lange Passwörter"


@cache
def catalog() -> Catalog:
    return default_catalog()


def _annex(a: Assessment, style: str = "prose", lang: str = "de") -> str:
    options = AnnexOptions(lang=lang, style=style, parts=PARTS)  # type: ignore[arg-type]
    return pdf_words(annex_pdf(a, catalog(), options))


def _partly(a: Assessment, remaining: str) -> None:
    a.answers[MEASURE] = Answer(
        status=Status.TEILWEISE,
        planned_date=dt.date(2027, 5, 31),
        remaining=remaining,
        note="intern: Kassen erst nach dem Jahresabschluss",
    )


def test_unanswered_art10_prints_no_statement_and_blocks_final() -> None:
    a = demo_assessment(catalog())
    a.processing.criminal_data = None
    text = _annex(a)
    assert "Keine Angabe – ob solche Daten verarbeitet werden, ist noch zu klären." in text
    assert "Es werden keine Daten über strafrechtliche" not in text
    assert "beschreibung.art10_offen" in {b.finding.rule_id for b in blockers(a, catalog())}
    assert "Not stated – whether such data are processed" in _annex(a, lang="en")
    a.processing.criminal_data = False
    assert "Es werden keine Daten über strafrechtliche" in _annex(a)
    assert "beschreibung.art10_offen" not in {b.finding.rule_id for b in blockers(a, catalog())}


def test_partly_implemented_states_what_remains_in_annex_report_and_plan() -> None:
    a = demo_assessment(catalog())
    _partly(a, REMAINS + ".")
    for style in ("prose", "checklist"):
        text = _annex(a, style)
        assert f"(teilweise umgesetzt; noch ausstehend: {REMAINS}; vollständig bis 31.05.2027)" in (
            text
        ), style
        assert "Kassen erst nach" not in text  # the internal note stays internal
    assert f"outstanding (as entered): “{REMAINS}”" in _annex(a, lang="en")
    report = pdf_words(gap_report_pdf(a, catalog(), "de", today=dt.date(2026, 11, 2)))
    assert f"Was noch fehlt: {REMAINS}" in report
    row = next(r for r in action_plan_rows(a, catalog(), "de") if r.ref_id == MEASURE)
    assert row.note.startswith(f"Was noch fehlt: {REMAINS}")
    assert "Kassen erst nach" in row.note
    assert not any(
        b.kind is BlockerKind.OHNE_REST and f"measure:{MEASURE}" in b.finding.targets
        for b in blockers(a, catalog())
    )


def test_partly_implemented_without_what_remains_blocks_final() -> None:
    a = demo_assessment(catalog())
    _partly(a, "  ")
    found = [
        b
        for b in blockers(a, catalog())
        if b.kind is BlockerKind.OHNE_REST and f"measure:{MEASURE}" in b.finding.targets
    ]
    assert len(found) == 1
    assert found[0].line().startswith("[teilweise ohne Angabe, was fehlt]")
    assert "ohne Angabe, was fehlt" in counts(found, "de")
    a.answers[MEASURE] = a.answers[MEASURE].model_copy(update={"status": Status.GEPLANT})
    assert not any(
        b.kind is BlockerKind.OHNE_REST
        for b in blockers(a, catalog())
        if f"measure:{MEASURE}" in b.finding.targets
    )


def test_an_overdue_plan_says_so_in_the_draft() -> None:
    a = demo_assessment(catalog())
    assert a.organisation.stand is not None
    due = a.organisation.stand - dt.timedelta(days=10)
    a.answers[MEASURE] = Answer(status=Status.GEPLANT, planned_date=due)
    text = _annex(a)
    # review 3, B13: the lead promises a date, so an overdue item asks for a new one
    assert f"(überfällig seit {due:%d.%m.%Y}; neuer Termin noch einzutragen)" in text
    assert "(overdue since " in _annex(a, lang="en")
    stand = a.organisation.stand
    a.answers[MEASURE] = Answer(status=Status.GEPLANT, planned_date=stand)
    text = _annex(a)
    assert f"(geplant, umzusetzen bis {stand:%d.%m.%Y})" in text
    assert f"Umsetzung bis {stand:%d.%m.%Y})" not in text


def test_not_implemented_is_the_empty_box_and_only_implemented_is_crossed() -> None:
    """In a German form a cross is the affirmative mark: ☒ is kept for "umgesetzt" alone;
    "nicht umgesetzt" is the box not crossed, followed by its status words (review 3, B14)."""
    crosses = set("☒☑✓✔✗✘×xX")
    assert {s for s, mark in MARKS.items() if set(mark) & crosses} == {Status.UMGESETZT}
    assert len(set(MARKS.values())) == len(MARKS)  # one mark per status, offen is not ☐
    a = demo_assessment(catalog())
    a.answers[MEASURE] = Answer(status=Status.NICHT_UMGESETZT, planned_date=dt.date(2027, 1, 1))
    text = _annex(a, "checklist")
    assert "☐ nicht umgesetzt" in text  # the legend
    assert "✗" not in text
    first = catalog().measure_index()[MEASURE].text.de.split()[0]
    line = text.split(f"☐ {first}")[1].split("☒")[0]
    assert "(nicht umgesetzt; umzusetzen bis 01.01.2027)" in line


def test_every_mark_is_drawn_by_the_embedded_dejavu_fonts() -> None:
    """No mark needs a fallback font or turns into "�": every style of DejaVu Sans has each,
    and a checklist with every status embeds the DejaVu family and nothing else."""
    register_fonts()
    for name in (FONT_REGULAR, FONT_BOLD, FONT_ITALIC):
        glyphs = pdfmetrics.getFont(name).face.charToGlyph
        assert all(ord(mark) in glyphs for mark in MARKS.values()), name
    a = demo_assessment(catalog())
    a.answers[MEASURE] = Answer(status=Status.NICHT_UMGESETZT, planned_date=dt.date(2027, 1, 1))
    options = AnnexOptions(style="checklist", parts=PARTS, list_entfaellt=True)
    reader = PdfReader(io.BytesIO(annex_pdf(a, catalog(), options)))
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert fonts == {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"}


def test_gap_report_counts_unconfirmed_answers_and_states_the_measure() -> None:
    a = demo_assessment(catalog())
    unconfirmed = sum(
        1
        for m in catalog().measures()
        if a.answer(m.id).status != Status.OFFEN and a.answer(m.id).follow_up
    )
    assert unconfirmed
    report = pdf_words(gap_report_pdf(a, catalog(), "de", today=dt.date(2026, 11, 2)))
    assert f"davon {unconfirmed} noch nicht bestätigt (Rückfrage)" in report
    assert "Stand der Maßnahme: geplant, bis 28.02.2027" in report  # zugang.schnittstellen


def test_a_partly_parent_names_its_open_sub_measure_and_where_it_is() -> None:
    a = demo_assessment(catalog())
    a.answers["verfuegbarkeit.backup"] = Answer(status=Status.UMGESETZT, params={"hours": 24})
    a.answers["verfuegbarkeit.backup_ueberwachung"] = Answer(
        status=Status.NICHT_UMGESETZT, planned_date=dt.date(2027, 3, 31)
    )
    text = _annex(a)
    remaining = text.index("Die folgenden Maßnahmen sind noch nicht vollständig umgesetzt")
    parent = text.index("nicht alle Teilmaßnahmen sind umgesetzt", remaining)
    child = text.index("(nicht umgesetzt; umzusetzen bis 31.03.2027)", remaining)
    assert parent < child


def test_a_parent_keeps_its_status_when_a_sub_measure_is_merely_open() -> None:
    """Review 2, finding 7: unanswered is not "not implemented"; the sub-measure stands in the
    open part of the draft, the parent as answered."""
    a = demo_assessment(catalog())
    a.answers["verfuegbarkeit.backup"] = Answer(status=Status.UMGESETZT, params={"hours": 24})
    a.answers["verfuegbarkeit.backup_ueberwachung"] = Answer(status=Status.OFFEN)
    text = _annex(a)
    open_part = text.index("Offene Angaben (Entwurf) Zu den folgenden")
    remaining = text.index("Die folgenden Maßnahmen sind noch nicht vollständig umgesetzt")
    backup = "Personenbezogene Daten werden mindestens alle 24 Stunden automatisch gesichert."
    assert backup in text[:remaining]  # among the implemented measures
    assert backup not in text[remaining:open_part]
