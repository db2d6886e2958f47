"""A consultant's file and the customer's copy of it, filled in partly, for the merge tests."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.exchange import export_json
from tomwizard.models.assessment import Answer, Status
from tomwizard.store import TomwStore

MFA = "zugang.mfa"
CUSTOMER_NAME = "Kunde Muster GmbH"


@dataclass(frozen=True)
class MergeFiles:
    ours: Path  # the consultant's file
    theirs: Path  # the customer's .tomw
    theirs_json: Path  # the same as a JSON exchange file
    open_measure: str  # answered only by the customer


def open_measure() -> str:
    """A measure the demo leaves open, without parameters."""
    demo = demo_assessment(default_catalog())
    return next(
        m.id
        for m in default_catalog().measures()
        if demo.answer(m.id).status == Status.OFFEN and not m.params and m.id != MFA
    )


def merge_files(folder: Path, conflict: bool = True) -> MergeFiles:
    """The consultant freezes „an Kunden“ and mails a copy; the customer sets the MFA measure to
    „umgesetzt“, answers an open measure and enters the controller's name. With ``conflict``
    the consultant meanwhile set the MFA measure to „teilweise umgesetzt“."""
    ours, theirs = folder / "berater.tomw", folder / "kunde.tomw"
    with TomwStore.create(ours, demo_assessment(default_catalog()), author="Berater") as store:
        store.freeze_version(label="an Kunden")
    theirs.write_bytes(ours.read_bytes())
    measure = open_measure()
    with TomwStore.open(theirs, author="Kunde") as store:
        mfa = store.load().answer(MFA)
        store.set_answer(MFA, mfa.model_copy(update={"status": Status.UMGESETZT}))
        store.set_answer(measure, Answer(status=Status.UMGESETZT, note="seit 2024"))
        store.set_field("organisation.controller.name", CUSTOMER_NAME)
        text = export_json(store.load(), store.changes(), store.frozen_versions())
    as_json = folder / "kunde.json"
    as_json.write_text(text, encoding="utf-8")
    if conflict:
        with TomwStore.open(ours, author="Berater") as store:
            mfa = store.load().answer(MFA)
            store.set_answer(MFA, mfa.model_copy(update={"status": Status.TEILWEISE}))
    return MergeFiles(ours, theirs, as_json, measure)
