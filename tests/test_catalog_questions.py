"""Interview questions (forms/catalog/questions/): one per measure, both languages, checked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tomwizard.cli.main import main
from tomwizard.content import cache as content_cache
from tomwizard.content.cache import content_key, load_cached
from tomwizard.content.catalog import default_catalog_dir, load_catalog
from tomwizard.content.questions import without_question
from tomwizard.content.yamlsource import ContentError
from tomwizard.models.catalog import Catalog

CATALOG_DIR = default_catalog_dir()


@pytest.fixture
def catalog_copy(tmp_path: Path) -> Path:
    target = tmp_path / "catalog"
    shutil.copytree(CATALOG_DIR, target)
    return target


def test_every_measure_has_a_question_in_both_languages() -> None:
    catalog = load_catalog()
    assert without_question(catalog) == []
    for measure in catalog.measures():
        assert measure.question is not None
        for lang in ("de", "en"):
            text = measure.question.get(lang)
            assert text.endswith("?"), (measure.id, lang, text)
            assert "{" not in text, (measure.id, lang)
            assert text != measure.text.get(lang), "the question is not the statement"
        assert measure.question.de != measure.question.en, measure.id


def test_the_question_files_name_only_known_measures() -> None:
    import yaml

    known = {m.id for m in load_catalog().measures()}
    for path in sorted((CATALOG_DIR / "questions").glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert set(data) <= known, (path.name, set(data) - known)


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_an_unknown_id_is_an_error_with_file_and_line(catalog_copy: Path) -> None:
    path = catalog_copy / "questions" / "03-zutritt.yaml"
    _append(path, "zutritt.gibtsnicht:\n  de: Gibt es das?\n  en: Does it exist?\n")
    line = path.read_text(encoding="utf-8").count("\n") - 2
    with pytest.raises(ContentError) as info:
        load_catalog(catalog_copy)
    assert f"{path}:{line}: zutritt.gibtsnicht: unknown measure id" in str(info.value)


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ("  de: Keine Frage.\n  en: Is it?\n", "de: a question ends with '?'"),
        ("  de: Gilt das?\n", "expected exactly the keys de and en"),
        ("  de: Gilt das?\n  en: Within {minutes}?\n", "en: a question has no placeholders"),
    ],
)
def test_a_malformed_question_is_an_error(catalog_copy: Path, entry: str, message: str) -> None:
    path = catalog_copy / "questions" / "03-zutritt.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("zutritt.verschluss:")
    end = text.index("zutritt.einbruchschutz:")
    path.write_text(text[:start] + "zutritt.verschluss:\n" + entry + text[end:], encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_catalog(catalog_copy)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_a_section_without_question_file_loads_and_validate_names_the_gap(
    catalog_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (catalog_copy / "questions" / "06-trennung.yaml").unlink()
    catalog = load_catalog(catalog_copy)
    missing = without_question(catalog)
    assert missing and all(item.startswith("trennung.") for item in missing)
    assert main(["catalog", "validate", str(catalog_copy)]) == 0
    err = capsys.readouterr().err
    assert f"{len(missing)} Maßnahmen ohne Interviewfrage" in err


def test_changing_a_question_file_invalidates_the_cached_catalog(
    catalog_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(content_cache.ENV_DIR, str(tmp_path / "cache"))

    def cached() -> Catalog:
        sources = sorted(catalog_copy.rglob("*.yaml"))
        return load_cached("catalog", sources, Catalog, lambda: load_catalog(catalog_copy))

    assert cached().measure_index()["zutritt.verschluss"].question is not None
    before = content_key("catalog", sorted(catalog_copy.rglob("*.yaml")))
    path = catalog_copy / "questions" / "03-zutritt.yaml"
    old = "Werden Büros und Außentüren abgeschlossen, wenn niemand da ist?"
    new = "Schließen Sie ab, wenn niemand da ist?"
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert content_key("catalog", sorted(catalog_copy.rglob("*.yaml"))) != before
    question = cached().measure_index()["zutritt.verschluss"].question
    assert question is not None and question.de == new


def test_a_question_file_and_a_section_file_of_the_same_name_hash_apart(tmp_path: Path) -> None:
    for folder in ("sections", "questions"):
        (tmp_path / folder).mkdir()
    (tmp_path / "sections" / "a.yaml").write_text("x", encoding="utf-8")
    (tmp_path / "questions" / "a.yaml").write_text("y", encoding="utf-8")
    sources = sorted(tmp_path.rglob("*.yaml"))
    key = content_key("catalog", sources)
    (tmp_path / "sections" / "a.yaml").write_text("y", encoding="utf-8")
    (tmp_path / "questions" / "a.yaml").write_text("x", encoding="utf-8")
    assert content_key("catalog", sources) != key, "swapped contents must change the key"
