"""The demo tells one plausible story (DSB review 3, B2, B3; review 2, findings 9, 10, 16): every
answer is written by hand for a nine-person payroll office whose servers a data centre runs, none
is derived from a measure's position in the catalog, and the draft still has blockers of every
kind that a careful user would resolve."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog
from tomwizard.content.yamlsource import ContentError, load_yaml, validate
from tomwizard.demo import DemoAnswers, answers_path, demo_answers, demo_assessment
from tomwizard.models.assessment import Status
from tomwizard.models.catalog import Catalog
from tomwizard.rules import evaluate
from tomwizard.rules.blockers import BlockerKind, blockers

# the one plan the demo lets run over (a blocker of kind "Termin") and the one without a date
OVERDUE = {"zugang.mfa"}
WITHOUT_DATE = {"betrieb.patch_ueberwachung"}


def test_every_catalog_measure_is_answered_by_hand_or_deliberately_left_open() -> None:
    """A measure added to the catalog fails here until the demo says something about it."""
    written = demo_answers()
    ids = set(default_catalog().measure_index())
    answered, left_open = set(written.answers), set(written.unanswered)
    assert not answered & left_open
    assert all(a.status != Status.OFFEN for a in written.answers.values())
    assert answered | left_open == ids, {
        "not in the demo": sorted(ids - answered - left_open),
        "not in the catalog": sorted((answered | left_open) - ids),
    }
    assert all(question.strip() for question in written.unanswered.values())
    assert 3 <= len(left_open) <= 6  # a few, not a generated share


def test_no_answer_depends_on_the_position_of_a_measure_in_the_catalog() -> None:
    """The same answers whatever the order of sections and measures (a generator working by
    index, as before, would give other statuses)."""
    catalog = default_catalog()
    shuffled = catalog.model_copy(
        update={
            "sections": [
                s.model_copy(update={"subsections": list(reversed(s.subsections))})
                for s in reversed(catalog.sections)
            ]
        }
    )
    assert demo_assessment(shuffled).answers == demo_assessment(catalog).answers


def test_every_answer_is_complete_and_dated_after_the_stand() -> None:
    written = demo_answers()
    index = default_catalog().measure_index()
    for mid, answer in written.answers.items():
        assert set(answer.params) <= {p.id for p in index[mid].params}, mid
        if answer.status == Status.ENTFAELLT:
            # a reason in sentences that names the circumstance, not a formula
            assert len(answer.reason) >= 60 and answer.reason.endswith("."), mid
        if answer.status == Status.TEILWEISE:
            assert answer.remaining.strip(), mid
        if answer.status in (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT):
            if mid in WITHOUT_DATE:
                assert answer.planned_date is None
            elif mid in OVERDUE:
                assert answer.planned_date is not None and answer.planned_date < written.stand
            else:
                assert answer.planned_date is not None and answer.planned_date > written.stand, mid
    # one "remaining" text per partial measure, written for it
    remaining = [a.remaining for a in written.answers.values() if a.status == Status.TEILWEISE]
    assert len(remaining) == len(set(remaining))
    e2e = written.answers["weitergabe.e2e"]
    assert e2e.status == Status.TEILWEISE and "Sendwise" in e2e.remaining


@pytest.mark.parametrize(
    "mid",
    [
        "verfuegbarkeit.netzersatz",
        "verfuegbarkeit.loeschanlage",
        "verfuegbarkeit.replikation",
        "zutritt.empfang",
        "betrieb.ids",
        "betrieb.sichere_entwicklung",
        "betrieb.code_review",
        "trennung.systemumgebungen",
    ],
)
def test_what_a_nine_person_office_does_not_have_is_not_applicable(mid: str) -> None:
    answer = demo_answers().answers[mid]
    assert answer.status == Status.ENTFAELLT and answer.reason


def test_the_demo_does_not_tick_periodic_password_changes() -> None:
    """Review 2, finding 16: forced periodic changes are no longer good practice."""
    assert demo_answers().answers["zugang.passwort_ablauf"].status != Status.UMGESETZT


def test_statements_that_depend_on_each_other_agree() -> None:
    """Review 2, finding 9 d and f; B3: the restore test backs the recovery time and is not
    contradicted by the emergency test; central accounts and password hashing are answered
    alike; no development measure is ticked."""
    answers = demo_answers().answers
    assert answers["verfuegbarkeit.restore_test"].status == Status.UMGESETZT
    assert answers["verfuegbarkeit.notfalltest"].status != Status.UMGESETZT
    assert answers["zugang.zentrale_anmeldung"].status == Status.UMGESETZT
    assert answers["krypto.passwort_hashing"].status != Status.ENTFAELLT
    development = [m for m in answers if m.startswith("betrieb.") and m in _development_ids()]
    assert development and all(answers[m].status == Status.ENTFAELLT for m in development)


def _development_ids() -> set[str]:
    catalog = default_catalog()
    section = next(s for s in catalog.sections if s.id == "betrieb")
    sub = next(s for s in section.subsections if s.id == "betrieb.entwicklung")
    return {m.id for measure in sub.measures for m in measure.walk()}


def test_the_place_of_processing_agrees_with_the_sub_processors() -> None:
    """Review 2, finding 10: the description names every sub-processor's country, the place
    measure names them too and says which wait for approval; no rule finds a contradiction."""
    catalog = default_catalog()
    demo = demo_assessment(catalog)
    countries = {c for sub in demo.subprocessors for c in sub.countries_processing}
    assert set(demo.processing.places) == countries
    region = str(demo.answer("auftrag.verarbeitungsort").params["region"])
    assert "Tschechien" in region and "Vereinigte Staaten" in region
    assert "Genehmigung" in region
    pending = [sub for sub in demo.subprocessors if sub.approved_date is None]
    assert {c for sub in pending for c in sub.countries_processing} == {"CZ", "US"}
    place_rules = {"verarbeitungsort.widerspruch", "widerspruch.ort_massnahme"}
    place_rules.add("widerspruch.ort_unterauftrag")
    assert not [f.rule_id for f in evaluate(demo, catalog) if f.rule_id in place_rules]


def test_the_demo_is_a_draft_with_blockers_of_every_kind() -> None:
    catalog = default_catalog()
    found = blockers(demo_assessment(catalog), catalog)
    kinds = {b.kind for b in found}
    assert kinds >= {
        BlockerKind.UNBEANTWORTET,
        BlockerKind.RUECKFRAGE,
        BlockerKind.TERMIN,
        BlockerKind.OHNE_TERMIN,
        BlockerKind.WIDERSPRUCH,
        BlockerKind.GENEHMIGUNG,
        BlockerKind.KRITISCH,
    }
    # every partial measure says what remains: no blocker of that kind
    assert BlockerKind.OHNE_REST not in kinds
    critical = [b for b in found if b.kind == BlockerKind.KRITISCH]
    assert len(critical) == 1 and "Sendwise" in critical[0].line()
    termin = [b for b in found if b.kind == BlockerKind.TERMIN]
    assert [b.finding.targets for b in termin] == [[f"measure:{m}"] for m in sorted(OVERDUE)]


def test_a_measure_the_catalog_lacks_is_left_out(tmp_path: Path) -> None:
    catalog = default_catalog()
    kept = [s for s in catalog.sections if s.id != "zutritt"]
    smaller = Catalog.model_validate(catalog.model_copy(update={"sections": kept}).model_dump())
    answers = demo_assessment(smaller).answers
    assert answers and not any(mid.startswith("zutritt.") for mid in answers)


def test_an_unknown_key_in_the_demo_file_is_reported_with_its_line(tmp_path: Path) -> None:
    text = answers_path().read_text(encoding="utf-8")
    broken = tmp_path / "demo.yaml"
    broken.write_text(text.replace("  org.dsb: umgesetzt", "  org.dsb: {staus: umgesetzt}"))
    data, lines = load_yaml(broken)
    with pytest.raises(ContentError) as caught:
        validate(DemoAnswers, data, broken, lines)
    assert str(broken) in str(caught.value) and "staus" in str(caught.value)
