"""One finding per subject with all its reasons in `check` lines and `--final` blockers, not
only in the gap report (review 2, finding 18): the place of processing against the
sub-processors' countries is one entry, however many sub-processors and rules see it; one
sub-processor with several defects is one entry."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.rules_fixtures import TODAY, clean_assessment
from tomwizard.content.catalog import default_catalog
from tomwizard.models.assessment import Answer, Assessment, Status, Subprocessor, TransferBasis
from tomwizard.rules.blockers import BlockerKind, blockers, counts, one_per_subject
from tomwizard.store import TomwStore


def _sub(sid: str, name: str, country: str, **extra: object) -> Subprocessor:
    return Subprocessor(
        id=sid,
        name=name,
        address="Weg 1",
        country_seat=country,
        countries_processing=[country],
        service="Fernwartung",
        sub_avv_date=dt.date(2025, 1, 1),
        approved_date=dt.date(2025, 2, 1),
        **extra,  # type: ignore[arg-type]
    )


def _places() -> Assessment:
    """Germany as the place of processing; a Czech and a US sub-processor besides."""
    a = clean_assessment()
    a.answers["auftrag.verarbeitungsort"] = Answer(
        status=Status.UMGESETZT, params={"region": "Deutschland"}
    )
    a.subprocessors += [
        _sub("cz", "Podpora s.r.o.", "CZ", transfer_basis=TransferBasis.EU_EWR),
        _sub("us", "Sendwise Inc.", "US", transfer_basis=TransferBasis.DPF, dpf_checked=TODAY),
    ]
    return a


def _lines(a: Assessment, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    from tomwizard.cli.main import main
    from tomwizard.i18n import set_message_language

    path = tmp_path / "f.tomw"
    TomwStore.create(path, a).close()
    try:
        main(["--lang", "de", "check", str(path), "--final"])
    finally:  # the command line language is global in this process
        set_message_language("de")
    out = capsys.readouterr()
    return (out.out + out.err).splitlines()


def test_the_place_of_processing_is_one_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _places()
    found = blockers(a, default_catalog())
    assert len(found) == 4  # two rules for each of two sub-processors
    assert [b.kind for b in one_per_subject(found)] == [BlockerKind.WIDERSPRUCH]
    (place,) = one_per_subject(found)
    assert place.line().startswith("[Widerspruch] Angaben – Ort der Verarbeitung: ")
    text = place.finding.text.de
    assert "Podpora" in text and "Sendwise" in text and "\n" in text  # every reason
    assert counts(found, "de") == "1 Widerspruch"
    lines = _lines(a, tmp_path, capsys)
    about = [line for line in lines if "Podpora" in line]
    assert len(about) == 2  # one check line, one blocker line
    assert all("Sendwise" in line for line in about)


def test_one_sub_processor_with_several_defects_is_one_entry(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = clean_assessment()
    a.answers["auftrag.drittland"] = Answer(status=Status.UMGESETZT)
    a.processing.places = ["DE", "US"]
    sub = _sub("us", "Sendwise Inc.", "US", transfer_basis=TransferBasis.NONE)
    a.subprocessors.append(sub.model_copy(update={"sub_avv_date": None, "approved_date": None}))
    found = one_per_subject(blockers(a, default_catalog()))
    # every reason on one line but the missing approval date: counted apart, listed apart
    # (DSB review 7, N8)
    about, approval = [b for b in found if "Sendwise" in b.line()]
    ids = about.finding.rule_id
    for rule in ("drittland.ohne_grundlage", "widerspruch.unterauftrag_ohne_vertrag"):
        assert rule in ids
    assert about.kind is BlockerKind.WIDERSPRUCH
    assert approval.kind is BlockerKind.GENEHMIGUNG
    assert approval.finding.rule_id == "unterauftrag.ohne_einzelgenehmigung"
    lines = _lines(a, tmp_path, capsys)
    assert len([line for line in lines if "Sendwise" in line]) == 3  # check line + 2 blockers


def test_near_miss_different_subjects_stay_apart() -> None:
    a = _places()
    a.subprocessors[-1] = a.subprocessors[-1].model_copy(update={"approved_date": None})
    a.answers["zugang.mfa"] = Answer(status=Status.GEPLANT)  # no date: its own blocker
    kinds = sorted(b.kind for b in one_per_subject(blockers(a, default_catalog())))
    assert kinds == sorted(
        [BlockerKind.OHNE_TERMIN, BlockerKind.WIDERSPRUCH, BlockerKind.GENEHMIGUNG]
    )
