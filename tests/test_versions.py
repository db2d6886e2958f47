"""Versions: freeze, diff between versions and against the current state, CLI, annex data."""

from __future__ import annotations

import json
import sqlite3
from functools import cache
from pathlib import Path

import pytest

from tests.builders import digest
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.history.changelog import canonical_json, content_hash
from tomwizard.history.versions import annex_changes, diff_versions
from tomwizard.models.assessment import (
    Answer,
    CustomMeasure,
    ProtectionNeed,
    Status,
    Subprocessor,
)
from tomwizard.models.catalog import Catalog
from tomwizard.store import TomwStore, errors


@cache
def _catalog() -> Catalog:
    return default_catalog()


def _open_measure(store: TomwStore) -> str:
    assessment = store.load()
    return next(
        m.id
        for m in _catalog().measures()
        if assessment.answer(m.id).status == Status.OFFEN and not m.params
    )


def ten_changes(store: TomwStore) -> set[str]:
    """Ten edits a user makes after freezing; returns the diff entry id each should give."""
    demo = store.load()
    mfa = demo.answer("zugang.mfa")
    store.set_answer("zugang.mfa", mfa.model_copy(update={"status": Status.UMGESETZT}))
    password = demo.answer("zugang.passwort")
    store.set_answer("zugang.passwort", password.model_copy(update={"params": {"length": 14}}))
    restore = demo.answer("verfuegbarkeit.restore_test")
    store.set_answer(
        "verfuegbarkeit.restore_test", restore.model_copy(update={"note": "Test im Mai 2027."})
    )
    open_id = _open_measure(store)
    store.set_answer(open_id, Answer(status=Status.UMGESETZT))
    store.set_field("organisation.processor.name", "Lohnkontor Heidemann & Partner GmbH")
    store.set_field("processing.purposes", [*demo.processing.purposes, "Archivierung"])
    store.set_field("protection_need", ProtectionNeed.SEHR_HOCH.value)
    store.put_subprocessor(Subprocessor(id="sp-druck", name="Druckhaus Nord", country_seat="DE"))
    store.delete_subprocessor("sp-support")
    store.put_custom_measure(
        CustomMeasure(id="custom-tresor", section_id="verfuegbarkeit", text="Tresor für Bänder")
    )
    return {
        "measure:zugang.mfa:status",
        "measure:zugang.passwort:params",
        "measure:verfuegbarkeit.restore_test:note",
        f"measure:{open_id}:status",
        "organisation:organisation.processor.name",
        "processing:processing.purposes",
        "meta:protection_need",
        "subprocessor:sp-druck",
        "subprocessor:sp-support",
        "custom_measure:custom-tresor",
    }


def test_freeze_keeps_number_date_catalog_hash_and_content(demo_file: Path) -> None:
    with TomwStore.open(demo_file, author="Erika Muster") as store:
        first = store.freeze_version()
        second = store.freeze_version(label="Vertragsentwurf")
        frozen = store.version(1)
        current = store.load()
    assert (first.number, second.number) == (1, 2)
    assert first.author == "Erika Muster"
    assert first.label == current.organisation.version  # the annex's own version by default
    assert (first.catalog_id, first.catalog_version) == (_catalog().id, _catalog().version)
    assert first.content_hash == content_hash(canonical_json(current.model_dump(mode="json")))
    assert frozen.assessment() == current
    with TomwStore.open(demo_file, readonly=True) as store:
        assert [v.label for v in store.versions()] == ["2.1", "Vertragsentwurf"]
        assert [c.target for c in store.changes(kinds={"version"})] == ["version:1", "version:2"]


def test_diff_after_ten_changes_shows_exactly_those_ten(demo_file: Path) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        expected = ten_changes(store)
        result = diff_versions(store, catalog=_catalog())
        annex = annex_changes(store, _catalog())
    assert {e.entry_id for e in result.entries} == expected
    assert len(result.entries) == 10
    lines = result.lines("de")
    assert (
        "Status: geplant → umgesetzt" in lines[[e.key for e in result.entries].index("zugang.mfa")]
    )
    assert any("Passwörter haben mindestens 14 Zeichen" in line for line in lines)
    assert any(line.startswith("Unterauftragsverarbeiter: Druckhaus Nord – neu") for line in lines)
    assert any(line.endswith("entfernt") for line in lines)
    assert any(line == "Schutzbedarf: hoch → sehr hoch" for line in lines)
    assert all(line == line.strip() and "\n" not in line for line in result.lines("en"))
    # the annex appendix gets the same ten entries with a title in both languages
    assert annex is not None
    assert annex.title.de == "Änderungen gegenüber der Fassung 2.1 (Stand 02.11.2026)"
    assert [e.entry_id for e in annex.entries] == [e.entry_id for e in result.entries]


def test_diff_order_follows_the_document(demo_file: Path) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        ten_changes(store)
        areas = [e.area.value for e in diff_versions(store, catalog=_catalog()).entries]
    order = ["meta", "organisation", "processing", "measure", "custom_measure", "subprocessor"]
    assert areas == sorted(areas, key=order.index)


def test_cli_diff_prints_the_ten_changes(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        expected = ten_changes(store)
    before = digest(demo_file)
    assert main(["diff", str(demo_file)]) == 0
    text = capsys.readouterr().out.splitlines()
    assert text[0] == "Änderungen von Version 1 zu aktuellem Stand – 10 Änderungen:"
    assert [line.split(".", 1)[0].strip() for line in text[1:]] == [str(n) for n in range(1, 11)]
    assert main(["diff", str(demo_file), "--from", "1", "--to", "current", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert {change["id"] for change in document["changes"]} == expected
    assert document["to"] == "current" and document["from"]["number"] == 1
    assert digest(demo_file) == before  # diff only reads


def test_diff_between_two_versions_and_no_changes(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        store.set_field("organisation.place", "Hamburg")
        store.freeze_version()
        store.set_field("organisation.place", "Bremen")
        between = diff_versions(store, 1, 2)
        since_two = diff_versions(store)
        same = diff_versions(store, 2, 2)
    assert [e.line("de") for e in between.entries] == ["Ort der Unterzeichnung: Lüneburg → Hamburg"]
    assert [e.line("en") for e in since_two.entries] == ["Place of signature: Hamburg → Bremen"]
    assert same.entries == []
    assert main(["diff", str(demo_file), "--from", "2", "--to", "2", "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip().endswith("No changes.")


def test_annex_changes_compare_with_the_version_before_the_one_just_frozen(
    demo_file: Path,
) -> None:
    with TomwStore.open(demo_file) as store:
        assert annex_changes(store) is None  # nothing frozen yet
        store.freeze_version()
        store.set_field("organisation.place", "Hamburg")
        store.freeze_version()  # "Version festschreiben" while exporting
        annex = annex_changes(store)
    assert annex is not None and annex.since.number == 1
    assert [e.key for e in annex.entries] == ["organisation.place"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["diff", "{file}"], "noch keine festgeschriebene Version"),
        (["diff", "{file}", "--from", "4"], None),
        (["diff", "{missing}"], "Datei nicht gefunden"),
    ],
)
def test_cli_diff_bad_input_is_one_line_and_exit_2(
    demo_file: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str | None,
) -> None:
    if message is None:
        with TomwStore.open(demo_file) as store:
            store.freeze_version()
        message = "Version 4 gibt es nicht (vorhanden: 1)"
    before = digest(demo_file)
    argv = [a.format(file=demo_file, missing=demo_file.with_name("nix.tomw")) for a in args]
    assert main(argv) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert digest(demo_file) == before


def test_cli_versions_lists_and_freezes(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["versions", str(demo_file)]) == 0
    assert "Noch keine" in capsys.readouterr().out
    assert main(["versions", str(demo_file), "--freeze", "--label", "1.0", "--author", "DSB"]) == 0
    assert "festgeschrieben: Version 1 „1.0“" in capsys.readouterr().out
    assert main(["versions", str(demo_file)]) == 0
    assert f", DSB, Katalog tom {_catalog().version}, sha256:" in capsys.readouterr().out


def test_cli_freeze_on_a_file_open_elsewhere_says_why(
    demo_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TomwStore.open(demo_file):
        assert main(["versions", str(demo_file), "--freeze"]) == 2
    err = capsys.readouterr().err
    assert "in diesem Programm bereits zum Bearbeiten geöffnet" in err
    assert err.count("\n") == 1
    with TomwStore.open(demo_file, readonly=True) as store:
        assert store.versions() == []


def test_an_altered_frozen_version_is_reported_as_damaged(demo_file: Path) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
    conn = sqlite3.connect(demo_file)
    conn.execute("UPDATE versions SET content = replace(content, 'Lüneburg', 'Lübeck')")
    conn.commit()
    conn.close()
    before = digest(demo_file)
    for readonly in (True, False):  # refused on opening, before anything is written
        with pytest.raises(errors.DamagedError, match="Inhalt der Datei ist ungültig"):
            TomwStore.open(demo_file, readonly=readonly)
    assert digest(demo_file) == before
