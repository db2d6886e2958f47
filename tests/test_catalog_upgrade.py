"""Answers survive a catalog upgrade: renamed, split and merged measures carry their answers;
whatever cannot be carried over is reported, never dropped silently."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.builders import full_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.content.upgrade import (
    CatalogMapping,
    NewerCatalogError,
    UpgradeError,
    load_mappings,
    shipped_mappings,
    upgrade_answers,
)
from tomwizard.content.yamlsource import ContentError
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status
from tomwizard.models.catalog import (
    Catalog,
    Level,
    Measure,
    Parameter,
    References,
    Section,
    Subsection,
    Text,
)

DAYS = Parameter(
    id="days", type="int", label=Text(de="Tage", en="Days"), unit=Text(de="Tage", en="days")
)


def _m(mid: str, params: list[Parameter] | None = None) -> Measure:
    placeholder = " {days}" if params else ""
    return Measure(
        id=mid,
        text=Text(de=f"Maßnahme {mid}{placeholder}.", en=f"Measure {mid}{placeholder}."),
        help=Text(de="Hilfe", en="Help"),
        level=Level.BASIS,
        refs=References(art32=["32.1.b"]),
        params=params or [],
    )


def _catalog(version: str, section_id: str, *measures: Measure) -> Catalog:
    section = Section(
        id=section_id,
        title=Text(de="Abschnitt", en="Section"),
        subsections=[
            Subsection(id=f"{section_id}.a", title=Text(de="A", en="A"), measures=list(measures))
        ],
    )
    return Catalog(
        id="t",
        version=version,
        languages=["de", "en"],
        title=Text(de="T", en="T"),
        sections=[section],
    )


V1 = _catalog(
    "1",
    "alt",
    _m("alt.passwort"),
    _m("alt.backup", [DAYS]),
    _m("alt.usv"),
    _m("alt.klima"),
    _m("alt.rauch"),
    _m("alt.fax"),
    _m("alt.bleibt", [DAYS]),
)
V2 = _catalog(
    "2",
    "neu",
    _m("alt.kennwort"),
    _m("alt.backup_taeglich", [DAYS]),
    _m("alt.backup_extern"),
    _m("alt.technikraum"),
    _m("alt.bleibt"),
)
STEP = CatalogMapping(
    from_version="1",
    to_version="2",
    renamed={"alt.passwort": "alt.kennwort"},
    split={"alt.backup": ["alt.backup_taeglich", "alt.backup_extern"]},
    merged={"alt.technikraum": ["alt.usv", "alt.klima", "alt.rauch"]},
    removed={"alt.fax": Text(de="Fax wird nicht mehr abgefragt.", en="Fax is no longer asked.")},
    sections={"alt": "neu"},
)


def _assessment(
    answers: dict[str, Answer], customs: list[CustomMeasure] | None = None
) -> Assessment:
    return Assessment(
        catalog_id="t", catalog_version="1", answers=answers, custom_measures=customs or []
    )


def test_rename_split_and_merge_carry_answers() -> None:
    before = _assessment(
        {
            "alt.passwort": Answer(status=Status.UMGESETZT, note="12 Zeichen"),
            "alt.backup": Answer(status=Status.TEILWEISE, params={"days": 7}),
            "alt.usv": Answer(status=Status.UMGESETZT, note="USV 30 min"),
            "alt.klima": Answer(status=Status.UMGESETZT),
            "alt.rauch": Answer(status=Status.UMGESETZT, evidence="Wartungsprotokoll"),
        },
        [CustomMeasure(id="c1", section_id="alt", text="Tresor im Keller")],
    )
    after, report = upgrade_answers(before, "1", V2, [STEP])
    assert after.catalog_version == "2"
    assert after.answers["alt.kennwort"].note == "12 Zeichen"  # renamed
    assert "alt.passwort" not in after.answers
    for part in ("alt.backup_taeglich", "alt.backup_extern"):  # split: both parts answered
        assert after.answers[part].status == Status.TEILWEISE
    assert after.answers["alt.backup_taeglich"].params == {"days": 7}
    merged = after.answers["alt.technikraum"]  # merged, all three agreed
    assert merged.status == Status.UMGESETZT
    assert merged.note == "USV 30 min" and merged.evidence == "Wartungsprotokoll"
    assert after.custom_measures[0].section_id == "neu"
    assert {n.kind for n in report.carried} == {"renamed", "split", "merged"}
    assert report.not_carried == []


def test_what_cannot_be_carried_over_is_reported() -> None:
    before = _assessment(
        {
            "alt.usv": Answer(status=Status.UMGESETZT),
            "alt.klima": Answer(status=Status.NICHT_UMGESETZT),  # merge conflict
            "alt.fax": Answer(status=Status.UMGESETZT),  # removed
            "alt.bleibt": Answer(status=Status.UMGESETZT, params={"days": 3}),  # param gone
            "alt.geister": Answer(status=Status.UMGESETZT),  # unknown to both versions
        }
    )
    after, report = upgrade_answers(before, "1", V2, [STEP])
    kinds = {n.kind: n for n in report.not_carried}
    assert set(kinds) == {"merge_conflict", "removed", "param_dropped", "unknown"}
    assert "Fax wird nicht mehr abgefragt." in kinds["removed"].text.de
    merged = after.answers["alt.technikraum"]
    assert merged.status == Status.TEILWEISE and merged.follow_up  # never better than its parts
    assert after.answers["alt.bleibt"].params == {}
    assert "alt.fax" not in after.answers and "alt.geister" not in after.answers


def test_steps_chain_and_missing_steps_are_an_error() -> None:
    v3 = _catalog("3", "neu", _m("alt.zugangswort"), _m("alt.bleibt"))
    second = CatalogMapping(
        from_version="2", to_version="3", renamed={"alt.kennwort": "alt.zugangswort"}
    )
    before = _assessment(
        {"alt.passwort": Answer(status=Status.GEPLANT, planned_date=dt.date(2027, 1, 1))}
    )
    after, _ = upgrade_answers(before, "1", v3, [second, STEP])
    assert after.answers["alt.zugangswort"].planned_date == dt.date(2027, 1, 1)
    with pytest.raises(UpgradeError, match="Katalogversion 0 nach 2"):
        upgrade_answers(before, "0", V2, [second, STEP])  # no mapping from there
    with pytest.raises(NewerCatalogError, match="Katalogversion 3, dieses Programm kennt bis 2"):
        upgrade_answers(before, "3", V2, [second, STEP])  # a newer file: update tomwizard


def test_shipped_mapping_carries_an_old_assessment_over() -> None:
    before = full_assessment()  # written against catalog 2026.1
    assert before.catalog_version == "2026.1"
    catalog = default_catalog()
    after, report = upgrade_answers(before, "2026.1", catalog)
    assert after.catalog_version == catalog.version
    assert set(after.answers) == set(before.answers)
    index = catalog.measure_index()
    for mid, answer in before.answers.items():
        declared = {p.id for p in index[mid].params}
        kept = {k: v for k, v in answer.params.items() if k in declared}
        assert after.answers[mid] == answer.model_copy(update={"params": kept})
    # the builder gives some measures parameters they never had: those, and only those, are named
    stale = {
        mid
        for mid, a in before.answers.items()
        if set(a.params) - {p.id for p in index[mid].params}
    }
    assert {n.measure_id for n in report.not_carried} == stale
    assert {n.kind for n in report.not_carried} <= {"param_dropped"}
    assert [m.to_version for m in shipped_mappings()][-1] == catalog.version


def test_bad_mapping_files_name_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(
        "from_version: '1'\nto_version: '2'\nrenamed: {x.a: x.b}\n"
        "removed:\n  x.a: {de: w, en: w}\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as info:
        load_mappings(tmp_path)
    assert str(tmp_path / "a.yaml") + ":1:" in info.value.lines[0]
    assert "mapped twice" in info.value.lines[0]
    (tmp_path / "a.yaml").write_text("from_version: '1'\nto_version: '2'\nsplit: {x.a: [x.b]}\n")
    with pytest.raises(ContentError, match="at least two"):
        load_mappings(tmp_path)


STATUSES = st.sampled_from(list(Status))
OLD_IDS = st.sampled_from([m.id for m in V1.measures()] + ["alt.geister"])


@settings(max_examples=60, deadline=None)
@given(st.dictionaries(OLD_IDS, STATUSES, max_size=8))
def test_no_answer_is_lost_silently(statuses: dict[str, Status]) -> None:
    """Every old answer ends up in the new assessment or in the report."""
    answers = {
        mid: Answer(
            status=s,
            planned_date=dt.date(2027, 1, 1) if s == Status.GEPLANT else None,
            reason="r" if s == Status.ENTFAELLT else "",
        )
        for mid, s in statuses.items()
    }
    after, report = upgrade_answers(_assessment(answers), "1", V2, [STEP])
    reported = {n.measure_id for n in [*report.carried, *report.not_carried]}
    targets = {**STEP.renamed, **{o: n for n, olds in STEP.merged.items() for o in olds}}
    for old in answers:
        landed = old in after.answers or targets.get(old) in after.answers
        landed = landed or any(t in after.answers for t in STEP.split.get(old, []))
        assert landed or old in reported, old
    assert set(after.answers) <= set(V2.measure_index())
