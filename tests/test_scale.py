"""A catalog ten times the size (issue 13), loaded the way a firm's own catalog is: a whole
``forms/`` folder named by ``TOMWIZARD_FORMS_DIR``. It loads, evaluates and exports the annex
and the gap report (its chart over several pages); a folder that is no forms folder is one line
and exit 2 for every command; two folders never share a content cache entry. Timing belongs to
``benchmarks/bench_scale.py``, not here."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from benchmarks.scaled_forms import write_scaled_catalog, write_scaled_forms
from tests.pdf_boxes import layout_problems
from tomwizard.content.cache import load_cached
from tomwizard.content.catalog import INDEX_NAME, default_catalog, load_catalog
from tomwizard.demo import demo_assessment
from tomwizard.export.gap_report import gap_report_pdf
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.catalog import Catalog
from tomwizard.paths import FORMS_ENV, FormsDirError, data_dir
from tomwizard.rules import evaluate
from tomwizard.store import TomwStore

TODAY = dt.date(2026, 11, 22)
FACTOR = 10


@pytest.fixture(scope="module")
def big_forms(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_scaled_forms(tmp_path_factory.mktemp("scaled") / "forms", FACTOR)


@pytest.fixture(scope="module")
def big(big_forms: Path) -> Catalog:
    return load_catalog(big_forms / "catalog")


def _run(*args: str, forms: Path | str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, FORMS_ENV: str(forms), "TOMWIZARD_CACHE_DIR": str(cwd / "cache")}
    return subprocess.run(
        [sys.executable, "-m", "tomwizard", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
    )


def test_ten_times_the_catalog_loads_evaluates_and_exports(big: Catalog) -> None:
    shipped = default_catalog()
    assert len(big.sections) == FACTOR * len(shipped.sections)
    assert sum(1 for _ in big.measures()) == FACTOR * sum(1 for _ in shipped.measures())
    assessment = demo_assessment(big)
    findings = evaluate(assessment, big, TODAY)
    annex = annex_pdf(assessment, big, AnnexOptions(style="checklist", view="art32"))
    assert annex.startswith(b"%PDF")
    report = gap_report_pdf(assessment, big, "de", findings=findings, today=TODAY)
    # 150 sections: the chart alone takes several pages (a LayoutError before); nothing in the
    # report overlaps or leaves the page.
    assert layout_problems(report) == []


def test_the_cli_uses_the_forms_folder_named_by_the_environment(
    big_forms: Path, tmp_path: Path
) -> None:
    demo = _run("demo", "-o", "out", forms=big_forms, cwd=tmp_path)
    assert demo.returncode == 0, demo.stderr
    # the demo answers the shipped measures; the copies of the big catalog are there, unanswered
    check = _run("check", "out/demo.tomw", "--format", "json", forms=big_forms, cwd=tmp_path)
    targets = {t for finding in json.loads(check.stdout) for t in finding["targets"]}
    assert f"section:zugang-x{FACTOR}" in targets


def test_the_demo_leaves_out_answers_for_measures_a_catalog_lacks(tmp_path: Path) -> None:
    """A firm's catalog without some of the shipped sections: the demo answers what is there."""
    shipped = default_catalog()
    kept = [s for s in shipped.sections if s.id not in ("zugang", "zutritt")]
    small = shipped.model_copy(update={"sections": kept})
    assessment = demo_assessment(load_catalog(write_scaled_catalog(small, tmp_path, 1)))
    ids = {m.id for m in small.measures()}
    assert assessment.answers and set(assessment.answers) <= ids
    assert "zugang.passwort" not in assessment.answers  # set by the demo where it exists
    assert {c.section_id for c in assessment.custom_measures} <= {s.id for s in kept}


def _broken_yaml(folder: Path) -> Path:
    shutil.copytree(data_dir("forms"), folder)
    (folder / "catalog" / INDEX_NAME).write_text("id: [unclosed\n", encoding="utf-8")
    return folder


def _no_views(folder: Path) -> Path:
    shutil.copytree(data_dir("forms"), folder)
    (folder / "views.yaml").unlink()
    return folder


@pytest.mark.parametrize(
    "make",
    [
        lambda tmp: tmp / "missing",
        lambda tmp: (tmp / "empty").mkdir() or tmp / "empty",
        lambda tmp: (tmp / "a-file").write_text("x") and tmp / "a-file",
        lambda tmp: _no_views(tmp / "no-views"),
        lambda tmp: _broken_yaml(tmp / "broken"),
    ],
    ids=["missing", "empty", "file", "no-views", "broken-yaml"],
)
def test_a_bad_forms_folder_is_one_line_and_exit_2(tmp_path: Path, make: object) -> None:
    forms = make(tmp_path)  # type: ignore[operator]
    tomw = tmp_path / "kunde.tomw"
    TomwStore.create(tomw, demo_assessment(default_catalog())).close()
    before = tomw.read_bytes()
    # every command loads its content the same way: "check" for each kind of bad folder,
    # "demo" and the GUI for one
    commands = [("check", str(tomw))]
    if forms.name == "no-views":
        commands += [("demo", "-o", "out"), ("gui", "--smoke", str(tomw))]
    for args in commands:
        result = _run(*args, forms=forms, cwd=tmp_path)
        assert result.returncode == 2, (args, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (args, lines)
        assert "Traceback" not in result.stderr
    assert tomw.read_bytes() == before
    assert not (tmp_path / "out").exists()


def test_the_environment_variable_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(FORMS_ENV, raising=False)
    shipped = data_dir("forms")
    monkeypatch.setenv(FORMS_ENV, str(tmp_path))
    with pytest.raises(FormsDirError) as raised:
        data_dir("forms")
    assert len(raised.value.lines) == 1 and "catalog/catalog.yaml" in raised.value.lines[0]
    assert data_dir("resources").is_dir()  # fonts and icons always come with the program
    monkeypatch.setenv(FORMS_ENV, " ")
    assert data_dir("forms") == shipped  # empty: the shipped folder
    good = shutil.copytree(shipped, tmp_path / "own-forms")
    monkeypatch.setenv(FORMS_ENV, str(good))
    assert data_dir("forms") == good.resolve()


def test_two_forms_folders_never_share_a_cache_entry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Identical files in two folders: each folder gets its own entry (cached content names
    its files, e.g. where a rule is defined)."""
    shipped = default_catalog()  # (cached in the user's folder, not in this test's)
    monkeypatch.setenv("TOMWIZARD_CACHE_DIR", str(tmp_path / "cache"))
    folders = [write_scaled_catalog(shipped, tmp_path / name, 1) for name in ("a", "b")]
    loads: list[Path] = []

    def loader(folder: Path) -> Catalog:
        loads.append(folder)
        return load_catalog(folder)

    for folder in [*folders, *folders]:
        sources = sorted(folder.glob("*.yaml"))
        assert load_cached("catalog", sources, Catalog, lambda f=folder: loader(f)) == (
            load_catalog(folders[0])
        )
    assert loads == folders  # each folder loaded once, then read from its own entry
    assert len(list((tmp_path / "cache").glob("catalog-*.pickle"))) == 2


def test_the_scaled_forms_folder_keeps_the_id_register_complete(
    big_forms: Path, big: Catalog
) -> None:
    register = (big_forms / "catalog" / "id-register.txt").read_text(encoding="utf-8").split()
    assert {m.id for m in big.measures()} <= set(register)
    index = yaml.safe_load((big_forms / "catalog" / INDEX_NAME).read_text(encoding="utf-8"))
    assert len(index["sections"]) == len(big.sections)
