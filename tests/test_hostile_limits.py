"""Lists have bounds (tomwizard.models.limits): 8 000 sub-processors took 95 s to export.

Nothing makes a list grow beyond its bound (JSON import, merge, the GUI's add buttons); a file
that already holds more still opens, and the export refuses it with a message naming the list.
"""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.builders import copy_as, digest
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.editing import (
    DeleteSubprocessor,
    OpenAssessment,
    PutCustomMeasure,
    PutSubprocessor,
    SetField,
    StoreError,
)
from tomwizard.exchange import ExchangeError, export_json, import_document
from tomwizard.i18n import set_message_language
from tomwizard.models.assessment import Assessment, CustomMeasure, Subprocessor
from tomwizard.models.limits import (
    MAX_CUSTOM_MEASURES,
    MAX_LIST_ENTRIES,
    MAX_SUBPROCESSORS,
    too_many,
)
from tomwizard.store import TomwStore


def with_subs(n: int) -> Assessment:
    assessment = demo_assessment(default_catalog())
    subs = [Subprocessor(id=f"s{i}", name=f"Sub {i}", country_seat="DE") for i in range(n)]
    return assessment.model_copy(update={"subprocessors": subs})


def make_file(path: Path, assessment: Assessment) -> Path:
    """A file written past the bounds (as other tools or an older tomwizard could)."""
    TomwStore.create(path, assessment).close()
    return path


def listing(folder: Path) -> dict[str, str]:
    return {p.name: digest(p) for p in folder.iterdir()}


def test_the_bounds_are_generous_for_a_small_business() -> None:
    assert MAX_SUBPROCESSORS >= 100 and MAX_CUSTOM_MEASURES >= 100 and MAX_LIST_ENTRIES >= 50
    assert too_many(with_subs(MAX_SUBPROCESSORS)) is None
    message = too_many(with_subs(MAX_SUBPROCESSORS + 1))
    assert message == "Zu viele Einträge unter „Unterauftragsverarbeiter“ (501, höchstens 500)."


def test_a_json_import_with_too_many_sub_processors_is_refused_in_the_users_language() -> None:
    text = export_json(with_subs(MAX_SUBPROCESSORS + 1))
    with pytest.raises(ExchangeError, match="Unterauftragsverarbeiter“ \\(501, höchstens 500\\)"):
        import_document(text)
    set_message_language("en")
    with pytest.raises(ExchangeError, match="under “Sub-processors” \\(501, at most 500\\)"):
        import_document(text)
    assert len(import_document(export_json(with_subs(10))).assessment.subprocessors) == 10


def test_a_json_import_with_too_many_purposes_names_the_list() -> None:
    data = json.loads(export_json(with_subs(0)))
    data["assessment"]["processing"]["purposes"] = [f"Zweck {i}" for i in range(1000)]
    with pytest.raises(ExchangeError, match=r"„Zwecke der Verarbeitung“ \(1\.000, höchstens"):
        import_document(json.dumps(data))


def test_the_command_line_import_refuses_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main

    source = tmp_path / "viele.json"
    source.write_text(export_json(with_subs(MAX_SUBPROCESSORS + 1)), encoding="utf-8")
    before = listing(tmp_path)
    assert main(["import", str(source), "-o", str(tmp_path / "neu.tomw")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Zu viele Einträge" in err[0]
    assert listing(tmp_path) == before


def test_a_file_with_too_many_still_opens_but_the_annex_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main

    path = make_file(tmp_path / "viele.tomw", with_subs(MAX_SUBPROCESSORS + 1))
    before = listing(tmp_path)
    for fmt in ("pdf", "docx"):
        out = tmp_path / f"anlage.{fmt}"
        assert main(["export", str(path), "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert "Unterauftragsverarbeiter“ (501, höchstens 500)" in err
        assert "bitte in der Oberfläche Einträge entfernen" in err
    assert listing(tmp_path) == before
    # the data stay reachable: the exchange file is written, the check runs
    assert main(["export", str(path), "--format", "json", "-o", str(tmp_path / "a.json")]) == 0
    assert main(["check", str(path)]) in (0, 1)


def test_editing_cannot_add_beyond_the_bound_but_can_remove_and_undo(tmp_path: Path) -> None:
    path = make_file(tmp_path / "voll.tomw", with_subs(MAX_SUBPROCESSORS))
    with closing(OpenAssessment.open(path, default_catalog())) as doc:
        before = digest(path)  # (opening for writing gives the file its id)
        with pytest.raises(StoreError, match="höchstens 500"):
            doc.apply([PutSubprocessor(Subprocessor(id="neu"))])
        assert len(doc.assessment.subprocessors) == MAX_SUBPROCESSORS
        assert digest(path) == before  # nothing written
        # changing one that is there, or one out and one in, is fine
        doc.apply([PutSubprocessor(Subprocessor(id="s3", name="Anders"))])
        doc.apply([DeleteSubprocessor("s4"), PutSubprocessor(Subprocessor(id="neu"))])
        assert len(doc.assessment.subprocessors) == MAX_SUBPROCESSORS
        with pytest.raises(StoreError, match="Eigene Maßnahmen"):
            section = default_catalog().sections[0].id
            customs = [CustomMeasure(id=f"c{i}", section_id=section) for i in range(501)]
            doc.apply([PutCustomMeasure(c) for c in customs])
        with pytest.raises(StoreError, match="Zwecke der Verarbeitung"):
            doc.apply([SetField("processing.purposes", ["x"] * (MAX_LIST_ENTRIES + 1))])


def test_a_file_over_the_bound_can_be_brought_under_it(tmp_path: Path) -> None:
    path = make_file(tmp_path / "viele.tomw", with_subs(MAX_SUBPROCESSORS + 3))
    with closing(OpenAssessment.open(path, default_catalog())) as doc:
        doc.apply([PutSubprocessor(Subprocessor(id="s1", name="umbenannt"))])
        doc.apply([DeleteSubprocessor("s0")])
        doc.undo()  # gives back what was there, even over the bound
        assert len(doc.assessment.subprocessors) == MAX_SUBPROCESSORS + 3
        with pytest.raises(StoreError):
            doc.apply([PutSubprocessor(Subprocessor(id="neu"))])


def test_merging_in_a_file_with_too_many_is_refused_and_ours_is_unchanged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tomwizard.cli.main import main

    ours = make_file(tmp_path / "unsere.tomw", with_subs(2))
    many = with_subs(MAX_SUBPROCESSORS + 1).subprocessors
    theirs = copy_as(ours, tmp_path / "kunde.tomw", subprocessors=many)  # the same assessment
    before = listing(tmp_path)
    assert main(["merge", str(ours), str(theirs), "--take", "theirs"]) == 2
    assert "Zu viele Einträge unter „Unterauftragsverarbeiter“" in capsys.readouterr().err
    assert listing(tmp_path) == before


def test_the_gui_add_button_at_the_bound_says_so(
    qtbot: QtBot, tmp_path: Path, errors: list[tuple[str, str]]
) -> None:
    from ui.controllers.main import MainController

    path = make_file(tmp_path / "voll.tomw", with_subs(MAX_SUBPROCESSORS))
    controller = MainController(default_catalog())
    qtbot.addWidget(controller.window)
    assert controller.open_file(path)
    before = digest(path)
    controller.navigation.go_to(controller.subprocessor_index)
    assert controller.subprocessors is not None
    controller.subprocessors.page.add_button.click()
    assert errors and "Unterauftragsverarbeiter“ (501, höchstens 500)" in errors[-1][1]
    assert digest(path) == before
    controller.window.close()
