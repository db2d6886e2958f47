"""Merging a customer's partly filled-in file into the consultant's file."""

from __future__ import annotations

from pathlib import Path

import pytest

from tomwizard.exchange import export_json
from tomwizard.history.merge import (
    MergeError,
    apply_merge,
    common_base,
    compute_merge,
    load_merge_source,
)
from tomwizard.models.assessment import Answer, Assessment, Status, Subprocessor
from tomwizard.store import TomwStore


def _sent() -> Assessment:
    """What the consultant sent to the customer."""
    return Assessment(
        catalog_id="tom",
        catalog_version="1",
        answers={"zugang.mfa": Answer(status=Status.GEPLANT, note="Rückfrage")},
        subprocessors=[Subprocessor(id="s1", name="Cloud AG", service="Hosting")],
    )


def _set(assessment: Assessment, **answers: Answer) -> Assessment:
    merged = {**assessment.answers, **{k.replace("__", "."): v for k, v in answers.items()}}
    return assessment.model_copy(deep=True, update={"answers": merged})


def test_changes_only_the_customer_made_are_applied_automatically() -> None:
    base = _sent()
    theirs = _set(base, zutritt__alarm=Answer(status=Status.UMGESETZT))
    theirs.organisation.controller.name = "Kunde GmbH"
    ours = _set(base, zugriff__rollen=Answer(status=Status.TEILWEISE))
    result = compute_merge(ours, theirs, base)
    assert result.conflicts == []
    assert {e.entry_id for e in result.auto_applied} == {
        "measure:zutritt.alarm:status",
        "organisation:organisation.controller.name",
    }
    merged = apply_merge(ours, result, {})
    assert merged.answer("zutritt.alarm").status == Status.UMGESETZT
    assert merged.answer("zugriff.rollen").status == Status.TEILWEISE  # ours kept
    assert merged.organisation.controller.name == "Kunde GmbH"


def test_both_changed_the_same_thing_is_a_conflict_to_decide() -> None:
    base = _sent()
    mfa = base.answer("zugang.mfa")
    theirs = _set(base, zugang__mfa=mfa.model_copy(update={"status": Status.UMGESETZT}))
    ours = _set(base, zugang__mfa=mfa.model_copy(update={"status": Status.NICHT_UMGESETZT}))
    ours_note = _set(ours, zugang__mfa=ours.answer("zugang.mfa").model_copy(update={"note": "x"}))
    result = compute_merge(ours_note, theirs, base)
    assert [c.conflict_id for c in result.conflicts] == ["measure:zugang.mfa"]
    conflict = result.conflicts[0]
    assert conflict.ours[0].new_value == "nicht_umgesetzt"
    assert conflict.theirs[0].line("de").endswith("Status: geplant → umgesetzt")
    with pytest.raises(MergeError, match="nicht entschieden"):
        apply_merge(ours_note, result, {})
    taken = apply_merge(ours_note, result, {"measure:zugang.mfa": "theirs"})
    # a decision takes the whole answer: their status and their (empty) note
    assert taken.answer("zugang.mfa") == theirs.answer("zugang.mfa")
    kept = apply_merge(ours_note, result, {}, default="ours")
    assert kept == ours_note


def test_same_change_on_both_sides_is_no_conflict() -> None:
    base = _sent()
    both = _set(base, zutritt__alarm=Answer(status=Status.UMGESETZT))
    result = compute_merge(both, both, base)
    assert result.auto_applied == [] and result.conflicts == []


def test_subprocessor_removed_here_and_changed_there_is_decided_as_a_whole() -> None:
    base = _sent()
    ours = base.model_copy(update={"subprocessors": []})
    changed = base.subprocessors[0].model_copy(update={"country_seat": "IE"})
    added = Subprocessor(id="s2", name="Druck GmbH")
    theirs = base.model_copy(update={"subprocessors": [changed, added]})
    result = compute_merge(ours, theirs, base)
    assert [c.conflict_id for c in result.conflicts] == ["subprocessor:s1"]
    assert result.conflicts[0].whole
    assert [e.entry_id for e in result.auto_applied] == ["subprocessor:s2"]
    merged = apply_merge(ours, result, {"subprocessor:s1": "theirs"})
    assert [s.id for s in merged.subprocessors] == ["s1", "s2"]
    assert merged.subprocessors[0].country_seat == "IE"
    merged = apply_merge(ours, result, {"subprocessor:s1": "ours"})
    assert [s.id for s in merged.subprocessors] == ["s2"]


def test_without_a_base_anything_filled_differently_is_a_conflict() -> None:
    ours = _sent()
    theirs = _set(ours, zutritt__alarm=Answer(status=Status.UMGESETZT))
    theirs = _set(theirs, zugang__mfa=Answer(status=Status.UMGESETZT, note="Rückfrage"))
    result = compute_merge(ours, theirs)  # base: an empty assessment
    assert [c.conflict_id for c in result.conflicts] == ["measure:zugang.mfa"]
    assert [e.entry_id for e in result.auto_applied] == ["measure:zutritt.alarm:status"]


def test_whole_round_trip_through_files_finds_the_shared_version(tmp_path: Path) -> None:
    consultant = tmp_path / "berater.tomw"
    with TomwStore.create(consultant, _sent(), author="Berater") as store:
        store.freeze_version(label="an Kunden")
    customer = tmp_path / "kunde.tomw"
    customer.write_bytes(consultant.read_bytes())  # the file mailed to the customer
    with TomwStore.open(customer, author="Kunde") as store:
        store.set_answer("zutritt.schliesssystem", Answer(status=Status.UMGESETZT))
        store.set_answer("zugang.mfa", Answer(status=Status.UMGESETZT, note="Rückfrage"))
        as_json = tmp_path / "kunde.json"
        as_json.write_text(export_json(store.load(), versions=store.frozen_versions()), "utf-8")
    with TomwStore.open(consultant, author="Berater") as store:
        store.set_answer("zugang.mfa", Answer(status=Status.GEPLANT, note="Token bestellt"))
        for source_path in (customer, as_json):
            source = load_merge_source(source_path)
            base = common_base(store, source.versions)
            assert base is not None and base.label == "an Kunden"
            result = compute_merge(
                store.load(), source.assessment, base.assessment(), base_version=base.info()
            )
            assert [e.entry_id for e in result.auto_applied] == [
                "measure:zugang.mfa:status",
                "measure:zutritt.schliesssystem:status",
            ]
            assert result.conflicts == []  # the note changed only on our side
        merged = apply_merge(store.load(), result, {})
        changed = store.replace_all(merged)
        assert changed == 2
        assert [r.author for r in store.changes()][-2:] == ["Berater", "Berater"]
        assert store.load().answer("zugang.mfa").note == "Token bestellt"
        assert store.load().answer("zugang.mfa").status == Status.UMGESETZT
