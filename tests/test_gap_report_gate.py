"""The gap report's page 1 says whether the annex can be final or is a draft, with the blockers
counted by the same function and numbers as page 1 of the annex (review 2, findings 19, 27);
a preset's pre-answers are one entry per section, not one line per measure (finding 35); the
group of unanswered measures does not cite Art. 28 Abs. 3 lit. h (finding 34)."""

from __future__ import annotations

import datetime as dt
from functools import cache

from tests.pdf_words import pdf_words
from tests.rules_fixtures import TODAY, clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.content.presets import assessment_from_preset
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.measure_text import measure_text
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import default_rules, evaluate
from tomwizard.rules.blockers import blockers, counts


@cache
def catalog() -> Catalog:
    return default_catalog()


def test_draft_counts_are_the_annex_counts_on_page_one() -> None:
    a = demo_assessment(catalog())
    found = blockers(a, catalog())
    for lang, lead in (
        ("de", "Die Anlage ist ein ENTWURF; vor der Endfassung zu klären: "),
        ("en", "The annex is a DRAFT; to be resolved before the final version: "),
    ):
        expected = counts(found, lang)
        annex = pdf_words(annex_pdf(a, catalog(), AnnexOptions(lang=lang)), pages=1)  # type: ignore[arg-type]
        assert " ".join(expected.split()) in annex
        gap = pdf_words(gap_report_pdf(a, catalog(), lang, today=TODAY), pages=1)
        assert f"{lead}{' '.join(expected.split())}." in gap


def test_a_final_ready_file_says_so() -> None:
    a = clean_assessment()
    assert not blockers(a, catalog())
    gap = pdf_words(gap_report_pdf(a, catalog(), "de", today=TODAY), pages=1)
    assert "Keine Punkte verhindern die Endfassung." in gap
    assert "mit hoher Schwere" not in gap  # near miss: no serious finding
    assert "ENTWURF" not in gap


def test_a_final_ready_file_still_points_at_its_serious_findings() -> None:
    """DSB review 4, N12: not „nichts steht dem entgegen“ above findings of severity hoch."""
    a = clean_assessment()
    a.processing.data_subjects = ["Patientinnen und Patienten"]
    a.answers["personal.berufsgeheimnis"] = Answer(status=Status.ENTFAELLT, reason="Keine.")
    assert not blockers(a, catalog())
    gap = pdf_words(gap_report_pdf(a, catalog(), "de", today=TODAY), pages=1)
    assert (
        "Keine Punkte verhindern die Endfassung. Der folgende Befund mit hoher Schwere sollte "
        "vor der Unterschrift trotzdem geprüft werden." in gap
    )
    # end-to-end encryption planned, not yet done: email.ohne_ende_zu_ende (hoch, no blocker)
    later = TODAY + dt.timedelta(days=90)
    a.answers["weitergabe.e2e"] = Answer(status=Status.GEPLANT, planned_date=later)
    a.processing.special_data = True
    a.processing.special_categories = ["Gesundheitsdaten"]
    assert not blockers(a, catalog())
    n = sum(f.severity.value in ("hoch", "kritisch") for f in evaluate(a, catalog(), today=TODAY))
    assert n > 1
    gap = pdf_words(gap_report_pdf(a, catalog(), "de", today=TODAY), pages=1)
    assert f"Die folgenden {n} Befunde mit hoher Schwere sollten vor der Unterschrift" in gap
    gap = pdf_words(gap_report_pdf(a, catalog(), "en", today=TODAY), pages=1)
    assert "No issues prevent the final version." in gap
    assert f"The following {n} findings of high severity" in gap


def test_pre_answers_of_a_preset_are_one_entry_per_section() -> None:
    a = assessment_from_preset("buero_cloud", catalog(), "de")
    pre_answered = [m for m in catalog().measures() if a.answer(m.id).follow_up]
    assert len(pre_answered) > 30
    gap = pdf_words(gap_report_pdf(a, catalog(), "de", today=TODAY))
    part = gap[gap.rindex("Offene Rückfragen") : gap.rindex("Notizen und Nachweise")]
    sections = {catalog().section_of()[m.id] for m in pre_answered}
    assert part.count("Vorbelegt aus der Vorlage") == len(sections)
    assert part.count("Vorbelegungen mit demselben Hinweis") == len(sections)
    roles = a.organisation.role_names
    for measure in pre_answered:  # each still listed, with its status
        params = a.answer(measure.id).params
        assert " ".join(measure_text(measure, "de", params, roles).split()) in part, measure.id


def test_unanswered_measures_do_not_cite_audit_information() -> None:
    (rule,) = [r.rule for r in default_rules() if r.rule.id == "abschnitt.offen"]
    assert "Art. 28 Abs. 3 lit. h DSGVO" not in rule.references
    assert "Art. 28 Abs. 3 lit. c DSGVO" in rule.references
