"""Change log: author, old and new value, filters for the GUI view, carried by the JSON export."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from tests.builders import full_assessment
from tomwizard.cli.main import main
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.history.diff import record_entries
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Status, Subprocessor
from tomwizard.store import TomwStore


@pytest.fixture
def store(tmp_path: Path) -> TomwStore:
    return TomwStore.create(tmp_path / "h.tomw", Assessment(catalog_id="tom", catalog_version="1"))


def test_author_is_the_os_user_unless_the_program_sets_a_name(store: TomwStore) -> None:
    store.set_field("organisation.place", "Kassel")
    store.author = "  Erika   Muster "
    store.set_field("organisation.place", "Bonn")
    assert [r.author for r in store.changes()][1] == "Erika Muster"
    assert store.changes()[0].author not in ("", "Erika Muster")
    for bad in ("", "   ", "x" * 201):
        with pytest.raises(ValueError):
            store.author = bad


def test_each_record_has_time_author_old_and_new(store: TomwStore) -> None:
    before = dt.datetime.now(dt.UTC)
    store.set_answer("zugang.mfa", Answer(status=Status.GEPLANT, note="Token bestellt"))
    store.set_answer("zugang.mfa", Answer(status=Status.UMGESETZT, note="Token bestellt"))
    first, second = store.changes()
    assert first.old is None and first.new["status"] == "geplant"
    assert second.old["status"] == "geplant" and second.new["status"] == "umgesetzt"
    assert before - dt.timedelta(seconds=1) <= first.when <= second.when
    assert (second.kind, second.key, second.section_id) == ("answer", "zugang.mfa", "zugang")
    entries = record_entries(second)
    assert [e.line("de") for e in entries] == ["zugang.mfa – Status: geplant → umgesetzt"]


def test_changes_filter_by_section_measure_time_and_kind(store: TomwStore) -> None:
    store.set_answer("zugang.mfa", Answer(status=Status.UMGESETZT))
    store.put_custom_measure(CustomMeasure(id="c1", section_id="zugang", text="Tokens"))
    store.set_answer("zutritt.alarm", Answer(status=Status.UMGESETZT))
    time.sleep(0.01)
    middle = dt.datetime.now(dt.UTC)
    time.sleep(0.01)
    store.set_field("organisation.place", "Kassel")
    store.put_subprocessor(Subprocessor(id="s1", name="Cloud"))
    store.set_answer("zugang.mfa", Answer(status=Status.TEILWEISE))

    assert [r.target for r in store.changes(section="zugang")] == [
        "answer:zugang.mfa",
        "custom:c1",
        "answer:zugang.mfa",
    ]
    assert [r.target for r in store.changes(measure="c1")] == ["custom:c1"]
    assert [r.target for r in store.changes(since=middle)] == [
        "field:organisation.place",
        "subprocessor:s1",
        "answer:zugang.mfa",
    ]
    assert len(store.changes(until=middle)) == 3
    local_middle = middle.astimezone().replace(tzinfo=None)  # naive = local time
    assert len(store.changes(until=local_middle)) == 3
    assert [r.target for r in store.changes(kinds={"subprocessor"})] == ["subprocessor:s1"]
    assert [r.target for r in store.changes(section="zugang", since=middle)] == [
        "answer:zugang.mfa"
    ]


def test_replace_all_logs_every_changed_row_in_one_go(store: TomwStore) -> None:
    own_id = store.load().assessment_id  # the file's identity is never replaced
    target = full_assessment().model_copy(
        update={"catalog_id": "tom", "catalog_version": "1", "assessment_id": own_id}
    )
    changed = store.replace_all(target)
    assert store.load() == target
    assert changed == len(store.changes())
    kinds = {r.kind for r in store.changes()}
    assert kinds == {"field", "answer", "custom", "subprocessor"}
    assert store.replace_all(target) == 0  # nothing differs, nothing logged
    smaller = target.model_copy(update={"subprocessors": [], "answers": {}})
    assert store.replace_all(smaller) == 1 + len(target.answers)
    assert store.load() == smaller
    assert store.changes()[-1].new is None  # a removed row logs None as the new value


def _file_with_history(tmp_path: Path) -> Path:
    path = tmp_path / "hist.tomw"
    with TomwStore.create(path, full_assessment(), author="Berater") as store:
        store.set_field("organisation.stand", None)  # a JSON null as value
        store.set_answer("org.dsb", Answer(status=Status.UMGESETZT, note="„neu“"))
        store.freeze_version()
        store.delete_subprocessor("s1")
        store.freeze_version(label="2.0")
    return path


def test_json_export_carries_change_log_and_versions_losslessly(tmp_path: Path) -> None:
    path = _file_with_history(tmp_path)
    with TomwStore.open(path, readonly=True) as store:
        first = export_json(store.load(), store.changes(), store.frozen_versions())
        changes = store.changes()
    document = import_document(first)
    assert document.changelog == changes
    assert [v.number for v in document.versions] == [1, 2]
    copy = tmp_path / "copy.tomw"
    TomwStore.create(
        copy, document.assessment, changelog=document.changelog, versions=document.versions
    ).close()
    with TomwStore.open(copy, readonly=True) as store:
        second = export_json(store.load(), store.changes(), store.frozen_versions())
        assert store.version(1).assessment() == document.versions[0].assessment()
    assert second == first
    assert export_json(import_document(second).assessment) == export_json(document.assessment)


def test_cli_export_import_keeps_the_history(tmp_path: Path) -> None:
    path = _file_with_history(tmp_path)
    out = tmp_path / "out.json"
    assert main(["export", str(path), "-o", str(out)]) == 0
    data = json.loads(out.read_text("utf-8"))
    assert {"changelog", "versions"} <= set(data)
    assert data["changelog"][0]["author"] == "Berater"
    back = tmp_path / "back.tomw"
    assert main(["import", str(out), "-o", str(back)]) == 0
    again = tmp_path / "again.json"
    assert main(["export", str(back), "-o", str(again)]) == 0
    assert again.read_text("utf-8") == out.read_text("utf-8")


def test_a_tampered_version_in_json_is_refused(tmp_path: Path) -> None:
    path = _file_with_history(tmp_path)
    with TomwStore.open(path, readonly=True) as store:
        data = json.loads(export_json(store.load(), store.changes(), store.frozen_versions()))
    data["versions"][0]["content"]["organisation"]["place"] = "Anderswo"
    with pytest.raises(ExchangeError, match=r"versions\.0"):
        import_document(json.dumps(data))
    data = json.loads(export_json(full_assessment()))
    assert "changelog" not in data and "versions" not in data  # left out when empty
    data["changelog"] = [{"id": 1, "at": "gestern", "author": "x", "target": "answer:a.b"}]
    with pytest.raises(ExchangeError, match=r"changelog\.0\.at"):
        import_document(json.dumps(data))
