"""OpenAssessment without Qt: batches are all or nothing, undo/redo, findings after a batch."""

from __future__ import annotations

import datetime as dt
import sqlite3
import tempfile
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing import (
    Change,
    DeleteCustomMeasure,
    DeleteSubprocessor,
    OpenAssessment,
    PutCustomMeasure,
    PutSubprocessor,
    ReplaceAll,
    SetAnswer,
    SetField,
    StoreError,
)
from tomwizard.models import assessment as model
from tomwizard.models.assessment import Answer, CustomMeasure, Status, Subprocessor
from tomwizard.models.finding import Finding
from tomwizard.rules import evaluate
from tomwizard.store import rows

CATALOG = default_catalog()
MEASURES = [m.id for m in CATALOG.measure_index().values()]


def _open(folder: Path) -> OpenAssessment:
    return OpenAssessment.create(folder / "a.tomw", CATALOG, demo_assessment(CATALOG))


@pytest.fixture
def doc(tmp_path: Path) -> Any:
    opened = _open(tmp_path)
    yield opened
    opened.close()


def file_content(path: Path) -> tuple[list[Any], ...]:
    """Every row of the file as committed (what another reader sees), change log included."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return tuple(
            conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("fields", "answers", "custom_measures", "subprocessors", "changelog")
        )
    finally:
        conn.close()


BATCH: list[Change] = [
    SetAnswer("zutritt.besucher", Answer(status=Status.GEPLANT, note="mit IT klären")),
    SetAnswer("zugang.mfa", Answer(status=Status.NICHT_UMGESETZT, reason="kein Bedarf")),
    SetField("organisation.controller.city", "Bielefeld"),
    PutCustomMeasure(CustomMeasure(id="c1", section_id="zutritt", text="Alarmanlage")),
    PutSubprocessor(Subprocessor(id="s1", name="Hoster", country_seat="US")),
]


def test_a_batch_is_one_step_and_undo_redo_restore_file_and_memory(doc: OpenAssessment) -> None:
    before_rows = file_content(doc.path)
    before = doc.assessment.model_copy(deep=True)
    applied = doc.apply(BATCH, label="Abschnitt bestätigen")
    after = doc.assessment.model_copy(deep=True)
    assert set(applied.answers) == {"zutritt.besucher", "zugang.mfa"}
    assert set(applied.fields) == {"organisation.controller.city"}
    assert applied.customs == {"c1": BATCH[3].measure}  # type: ignore[union-attr]
    assert doc.history.count == 1 and doc.history.undo_label() == "Abschnitt bestätigen"
    assert doc.store.load() == after
    log = doc.store.changelog()[len(before_rows[4]) :]
    assert len(log) == applied.rows == 5
    assert len({at for at, *_ in log}) == 1  # one group: one time stamp

    undone = doc.undo()
    assert undone is not None and not undone.empty
    assert doc.assessment == before and doc.store.load() == before
    assert file_content(doc.path)[:4] == before_rows[:4]  # rows as before; the log grew
    assert doc.history.can_redo() and not doc.history.can_undo()

    doc.redo()
    assert doc.assessment == after and doc.store.load() == after
    assert doc.findings == evaluate(after, CATALOG)


def test_a_batch_whose_third_write_fails_changes_nothing(
    doc: OpenAssessment, monkeypatch: pytest.MonkeyPatch
) -> None:
    doc.apply([SetAnswer("zutritt.besucher", Answer(status=Status.TEILWEISE))], label="eins")
    rows_before = file_content(doc.path)
    memory_before = doc.assessment.model_copy(deep=True)
    findings_before = list(doc.findings)
    steps_before = (doc.history.count, doc.history.index, doc.history.undo_label())

    calls = {"n": 0}
    real = rows.set_answer_row

    def third_fails(*args: Any) -> bool:
        calls["n"] += 1
        if calls["n"] == 3:
            raise sqlite3.OperationalError("disk I/O error")
        return bool(real(*args))

    monkeypatch.setattr("tomwizard.store.batch.set_answer_row", third_fails)
    batch = [SetAnswer(mid, Answer(status=Status.UMGESETZT, note="x")) for mid in MEASURES[:5]]
    with pytest.raises(StoreError, match="disk I/O error"):
        doc.apply(batch, label="zwei")
    assert calls["n"] == 3
    assert file_content(doc.path) == rows_before
    assert doc.assessment == memory_before
    assert doc.findings == findings_before
    assert (doc.history.count, doc.history.index, doc.history.undo_label()) == steps_before
    monkeypatch.undo()
    doc.undo()  # the earlier step is still the one to undo
    assert doc.answer("zutritt.besucher") == demo_assessment(CATALOG).answer("zutritt.besucher")


def test_an_invalid_field_in_a_batch_writes_nothing(doc: OpenAssessment) -> None:
    rows_before = file_content(doc.path)
    with pytest.raises(ValueError):
        doc.apply(
            [
                SetAnswer("zutritt.besucher", Answer(status=Status.GEPLANT)),
                SetField("organisation.controller.city", "Berlin"),
                SetField("processing.persons_processing", "viele"),
            ]
        )
    assert file_content(doc.path) == rows_before
    assert doc.history.count == 0


def test_a_readonly_file_refuses_the_batch(tmp_path: Path) -> None:
    _open(tmp_path).close()
    with closing(OpenAssessment.open(tmp_path / "a.tomw", CATALOG, readonly=True)) as doc:
        before = doc.assessment.model_copy(deep=True)
        with pytest.raises(StoreError):
            doc.apply(BATCH)
        assert doc.assessment == before
        assert before.answers == demo_assessment(CATALOG).answers
        assert doc.history.count == 0


def test_consecutive_text_edits_with_one_merge_key_are_one_step(doc: OpenAssessment) -> None:
    original = doc.answer("zutritt.besucher")
    key = "answer:zutritt.besucher"
    for note in ("a", "ab", "abc"):
        doc.apply(
            [SetAnswer("zutritt.besucher", original.model_copy(update={"note": note}))],
            "Text ändern",
            key,
        )
    assert doc.history.count == 1
    doc.history.end_merge()
    doc.apply(
        [SetAnswer("zutritt.besucher", original.model_copy(update={"note": "neu"}))],
        "Text ändern",
        key,
    )
    assert doc.history.count == 2
    doc.undo()
    assert doc.answer("zutritt.besucher").note == "abc"
    doc.undo()
    assert doc.answer("zutritt.besucher") == original
    doc.redo()
    assert doc.store.load().answer("zutritt.besucher").note == "abc"


def test_a_change_that_changes_nothing_records_no_step(doc: OpenAssessment) -> None:
    rows_before = file_content(doc.path)
    unanswered = next(m for m in MEASURES if m not in doc.assessment.answers)
    same = doc.answer("zutritt.besucher")
    applied = doc.apply([SetAnswer("zutritt.besucher", same), SetAnswer(unanswered, Answer())])
    assert applied.empty and doc.history.count == 0
    assert file_content(doc.path) == rows_before


def test_replace_all_and_its_undo(doc: OpenAssessment) -> None:
    before = doc.assessment.model_copy(deep=True)
    other = before.model_copy(deep=True)
    other.answers["zutritt.besucher"] = Answer(status=Status.ENTFAELLT, reason="kein Publikum")
    other.subprocessors = []
    applied = doc.apply([ReplaceAll(other)], label="Zusammenführen")
    assert applied.replaced and doc.store.load() == other
    doc.undo()
    assert doc.store.load() == before == doc.assessment


def test_undo_of_a_deleted_custom_measure_puts_it_back(doc: OpenAssessment) -> None:
    doc.apply([PutCustomMeasure(CustomMeasure(id="c1", section_id="zutritt", text="A"))])
    doc.apply([PutCustomMeasure(CustomMeasure(id="c2", section_id="zutritt", text="B"))])
    ids = [c.id for c in doc.assessment.custom_measures]
    doc.apply([DeleteCustomMeasure("c1")])
    assert [c.id for c in doc.assessment.custom_measures] == [i for i in ids if i != "c1"]
    doc.undo()
    assert [c.id for c in doc.assessment.custom_measures] == ids
    assert {c.id for c in doc.store.load().custom_measures} == set(ids)


# -- findings after random batches -----------------------------------------------------------

DATES = st.sampled_from([None, dt.date(2020, 1, 1), dt.date.today() + dt.timedelta(days=9)])
FIELDS: dict[str, list[object]] = {
    "protection_need": list(model.ProtectionNeed),
    "processing.special_categories": [[], ["Gesundheitsdaten"]],
    "processing.places": [[], ["DE"], ["DE", "US"]],
    "organisation.dsb.appointed": [True, False],
    "organisation.controller.city": ["", "Berlin"],
}


@st.composite
def changes(draw: st.DrawFn) -> Change:
    kind = draw(st.sampled_from(["answer", "answer", "field", "custom", "sub"]))
    if kind == "answer":
        answer = Answer(
            status=draw(st.sampled_from(list(Status))),
            planned_date=draw(DATES),
            reason=draw(st.sampled_from(["", "kein Bedarf"])),
        )
        return SetAnswer(draw(st.sampled_from(MEASURES)), answer)
    if kind == "field":
        path = draw(st.sampled_from(sorted(FIELDS)))
        return SetField(path, draw(st.sampled_from(FIELDS[path])))
    if kind == "custom":
        custom_id = draw(st.sampled_from(["c1", "c2"]))
        if draw(st.booleans()):
            return DeleteCustomMeasure(custom_id)
        status = draw(st.sampled_from(list(Status)))
        return PutCustomMeasure(
            CustomMeasure(id=custom_id, section_id="zutritt", answer=Answer(status=status))
        )
    sub_id = draw(st.sampled_from(["s1", "s2"]))
    if draw(st.booleans()):
        return DeleteSubprocessor(sub_id)
    country = draw(st.sampled_from(["DE", "US", ""]))
    sub = Subprocessor(
        id=sub_id,
        name="Anbieter",
        country_seat=country,
        transfer_basis=draw(st.sampled_from(list(model.TransferBasis))),
    )
    return PutSubprocessor(sub)


def _key(finding: Finding) -> str:
    return finding.model_dump_json()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batches=st.lists(st.lists(changes(), min_size=1, max_size=6), min_size=1, max_size=3))
def test_the_findings_delta_of_a_batch_equals_a_full_evaluation(
    batches: list[list[Change]],
) -> None:
    with tempfile.TemporaryDirectory() as folder, closing(_open(Path(folder))) as doc:
        start = doc.assessment.model_copy(deep=True)
        for batch in batches:
            before = Counter(_key(f) for f in doc.findings)
            applied = doc.apply(batch)
            full = evaluate(doc.assessment, CATALOG)
            assert applied.findings == full
            after = before + Counter(_key(f) for f in applied.added)
            after.subtract(Counter(_key(f) for f in applied.removed))
            assert +after == Counter(_key(f) for f in full)
            assert doc.store.load() == doc.assessment
        while doc.history.can_undo():
            doc.undo()
        assert doc.assessment == start == doc.store.load()
        assert doc.findings == evaluate(start, CATALOG)
