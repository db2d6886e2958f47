"""The incremental evaluator gives exactly what a full evaluation gives, after any edit sequence."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.rules_fixtures import TODAY, _set, clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import (
    Answer,
    Assessment,
    CustomMeasure,
    ProtectionNeed,
    Status,
    Subprocessor,
    TransferBasis,
)
from tomwizard.rules import Evaluator

CATALOG = default_catalog()
MEASURES = list(CATALOG.measure_index().values())
Edit = tuple[str, Callable[[Assessment], None]]  # (target, change)

dates = st.sampled_from([None, TODAY - dt.timedelta(days=400), TODAY, TODAY + dt.timedelta(days=9)])


@st.composite
def answer_edits(draw: st.DrawFn) -> Edit:
    measure = draw(st.sampled_from(MEASURES))
    if draw(st.booleans()) and not draw(st.booleans()):
        return f"measure:{measure.id}", lambda a: a.answers.pop(measure.id, None) and None
    params = {p.id: draw(st.integers(0, 120)) for p in measure.params if p.type == "int"}
    answer = Answer(
        status=draw(st.sampled_from(list(Status))),
        planned_date=draw(dates),
        reason=draw(st.sampled_from(["", "kein Bedarf"])),
        params=draw(st.sampled_from([{}, params])),
    )
    return f"measure:{measure.id}", lambda a: a.answers.__setitem__(measure.id, answer)


FIELD_VALUES: dict[str, list[object]] = {
    "protection_need": list(ProtectionNeed),
    "processing.special_categories": [[], ["Gesundheitsdaten"]],
    "processing.criminal_data": [True, False],
    "processing.persons_processing": [None, 3, 20, 40],
    "processing.places": [[], ["DE"], ["DE", "US"], ["Lüneburg"]],
    "processing.data_categories": [[], ["Stammdaten"], ["Krankmeldungen"]],
    "processing.steps": [[], ["Speichern"], ["Fernwartung"]],
    "processing.subject": ["", "Lohnabrechnung", "Cloud-Hosting"],
    "organisation.dsb.appointed": [True, False],
    "organisation.dsb.email": ["", "dsb@example.org"],
    "organisation.stand": [None, TODAY, dt.date(2024, 1, 1)],
    "organisation.controller.city": ["", "Berlin"],
}


@st.composite
def field_edits(draw: st.DrawFn) -> Edit:
    path = draw(st.sampled_from(sorted(FIELD_VALUES)))
    value = draw(st.sampled_from(FIELD_VALUES[path]))
    return f"field:{path}", _set(path, value)


@st.composite
def subprocessor_edits(draw: st.DrawFn) -> Edit:
    sub_id = draw(st.sampled_from(["s1", "s2", "s3"]))
    if draw(st.booleans()) and not draw(st.booleans()):

        def remove(a: Assessment) -> None:
            a.subprocessors = [s for s in a.subprocessors if s.id != sub_id]

        return f"subprocessor:{sub_id}", remove
    country = draw(st.sampled_from(["DE", "US", "IN", "JP", "CH", ""]))
    sub = Subprocessor(
        id=sub_id,
        name=draw(st.sampled_from(["", "Anbieter"])),
        address=draw(st.sampled_from(["", "Weg 1"])),
        country_seat=country,
        countries_processing=draw(st.sampled_from([[], [country], ["US", "IE"]])),
        service="Hosting",
        transfer_basis=draw(st.sampled_from(list(TransferBasis))),
        dpf_checked=draw(dates),
        tia_done=draw(st.booleans()),
        certification=draw(st.sampled_from(["", "ISO/IEC 27001:2013"])),
        certification_valid_until=draw(dates),
        sub_avv_date=draw(dates),
        approved_date=draw(dates),
    )

    def put(a: Assessment) -> None:
        others = [s for s in a.subprocessors if s.id != sub_id]
        a.subprocessors = [*others, sub]

    return f"subprocessor:{sub_id}", put


@st.composite
def custom_edits(draw: st.DrawFn) -> Edit:
    custom_id = draw(st.sampled_from(["c1", "c2"]))
    custom = CustomMeasure(
        id=custom_id,
        section_id=draw(st.sampled_from(["zutritt", "org", "unbekannt"])),
        text=draw(st.sampled_from(["", "Alarmanlage"])),
        answer=Answer(status=draw(st.sampled_from(list(Status))), planned_date=draw(dates)),
    )
    drop = draw(st.booleans())

    def put(a: Assessment) -> None:
        others = [c for c in a.custom_measures if c.id != custom_id]
        a.custom_measures = others if drop else [*others, custom]

    return f"custom:{custom_id}", put


edits = st.one_of(
    answer_edits(), answer_edits(), field_edits(), subprocessor_edits(), custom_edits()
)
BASES = {"clean": clean_assessment(), "demo": demo_assessment(CATALOG)}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(base=st.sampled_from(sorted(BASES)), steps=st.lists(edits, min_size=1, max_size=12))
def test_incremental_equals_full_after_every_edit(base: str, steps: list[Edit]) -> None:
    assessment = BASES[base].model_copy(deep=True)
    live = Evaluator(CATALOG, today=TODAY)
    live.full(assessment)
    for target, change in steps:
        change(assessment)
        incremental = live.changed(assessment, target)
        assert incremental == Evaluator(CATALOG, today=TODAY).full(assessment), target


def test_changed_before_full_and_unknown_targets_fall_back_to_full() -> None:
    assessment = clean_assessment()
    assessment.answers["verfuegbarkeit.backup"] = Answer(status=Status.NICHT_UMGESETZT)
    expected = Evaluator(CATALOG, today=TODAY).full(assessment)
    assert Evaluator(CATALOG, today=TODAY).changed(assessment, "measure:x") == expected
    live = Evaluator(CATALOG, today=TODAY)
    live.full(clean_assessment())
    assert live.changed(assessment, "something:else") == expected
    assert live.findings == expected


def test_a_measure_change_reevaluates_only_rules_that_read_it() -> None:
    rules = {r.rule.id: r for r in Evaluator(CATALOG).rules}
    assert rules["backup.fehlt"].deps.measures == {"verfuegbarkeit.backup"}
    assert not rules["backup.fehlt"].deps.local_measure
    assert rules["dsb.fehlt"].deps.fields == {
        "processing.persons_processing",
        "organisation.dsb.appointed",
    }
    assert rules["abschnitt.offen"].deps.local_measure
    assert rules["drittland.ohne_grundlage"].deps.subprocessors
    assert rules["sonstige.leer"].deps.custom
    assert rules["schutzbedarf.standard_fehlt"].deps.fields == {"protection_need"}
