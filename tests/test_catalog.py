"""The shipped catalog loads, and broken catalog files are reported by file, line and field."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from tomwizard.content.catalog import default_catalog, load_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.demo import demo_answers
from tomwizard.models.catalog import LANGUAGES, render_text

INDEX = "id: t\nversion: '1'\nlanguages: [de, en]\ntitle: {de: T, en: T}\nsections: [s.yaml]\n"
MEASURE = """\
id: s
title: {de: S, en: S}
subsections:
  - id: s.a
    title: {de: A, en: A}
    measures:
      - id: s.m
        text: {de: "Sperre nach {minutes} Minuten", en: "Lock after {minutes} minutes"}
        help: {de: H, en: H}
        level: basis
        refs: {art32: ["32.1.b"]}
        params:
          - id: minutes
            type: int
            label: {de: Minuten, en: Minutes}
            unit: {de: Minuten, en: minutes}
"""


def _write(tmp_path: Path, section: str) -> Path:
    (tmp_path / "catalog.yaml").write_text(INDEX, encoding="utf-8")
    (tmp_path / "s.yaml").write_text(section, encoding="utf-8")
    return tmp_path


def test_valid_minimal_catalog_loads_and_renders(tmp_path: Path) -> None:
    catalog = load_catalog(_write(tmp_path, MEASURE))
    (measure,) = catalog.measures()
    assert render_text(measure, "de", {"minutes": 5}) == "Sperre nach 5 Minuten"
    assert render_text(measure, "en", {}) == "Lock after … minutes"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("level: basis", "level: hoch"), ":10: subsections.0.measures.0.level:"),
        (("help: {de: H, en: H}", "help: {de: H}"), ":9: subsections.0.measures.0.help.en:"),
        (('refs: {art32: ["32.1.b"]}', "refs: {}"), ":7: subsections.0.measures.0:"),
        (("{minutes} Minuten", "{minuten} Minuten"), ":7: subsections.0.measures.0:"),
        (
            ("unit: {de: Minuten, en: minutes}", "colour: red"),
            ":16: subsections.0.measures.0.params.0.colour: Extra inputs",
        ),
        (("id: s.m", "id: s.a"), ":7: subsections.0.measures.0.id: id 's.a' is used twice"),
        (("id: s.m", "id: S M"), ":7: subsections.0.measures.0.id:"),
    ],
)
def test_errors_name_file_line_and_field(
    tmp_path: Path, change: tuple[str, str], expected: str
) -> None:
    directory = _write(tmp_path, MEASURE.replace(*change))
    with pytest.raises(ContentError) as info:
        load_catalog(directory)
    assert any(line.startswith(str(tmp_path / "s.yaml")) for line in info.value.lines)
    assert any(expected in line for line in info.value.lines), info.value.lines


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    directory = _write(tmp_path, MEASURE.replace("level: basis", "level: [basis"))
    with pytest.raises(ContentError) as info:
        load_catalog(directory)
    assert f"{tmp_path / 's.yaml'}:11: invalid YAML" in info.value.lines[0]


def test_missing_section_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "catalog.yaml").write_text(INDEX, encoding="utf-8")
    with pytest.raises(ContentError, match=r"s\.yaml: cannot be read"):
        load_catalog(tmp_path)


def test_yaml_is_data_only(tmp_path: Path) -> None:
    evil = MEASURE.replace("level: basis", "level: !!python/object/apply:os.system ['true']")
    with pytest.raises(ContentError):
        load_catalog(_write(tmp_path, evil))


def test_shipped_catalog_is_complete_and_bilingual() -> None:
    catalog = default_catalog()
    assert catalog.languages == list(LANGUAGES)
    measures = list(catalog.measures())
    assert len(catalog.sections) == 15
    assert len(measures) >= 60
    for measure in measures:
        for lang in LANGUAGES:
            assert measure.text.get(lang).strip() and measure.help.get(lang).strip()
        for param in measure.params:
            assert param.type != "int" or param.unit is not None


def test_ids_that_code_relies_on_exist() -> None:
    index = default_catalog().measure_index()
    written = demo_answers().answers
    required = {"verfuegbarkeit.backup", "vorfall.meldefrist", "org.dsb", *written}
    assert required <= set(index), sorted(required - set(index))
    for measure_id, answer in written.items():
        assert set(answer.params) <= {p.id for p in index[measure_id].params}, measure_id


@pytest.mark.parametrize("enabled", [True, False])
def test_loading_leaves_the_cycle_collector_as_it_was(tmp_path: Path, enabled: bool) -> None:
    broken = tmp_path / "catalog.yaml"
    broken.write_text("id: [unclosed\n", encoding="utf-8")
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        load_catalog()
        assert gc.isenabled() is enabled
        with pytest.raises(ContentError):
            load_catalog(tmp_path)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
