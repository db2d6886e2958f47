"""The content cache: the same content as from YAML, and never a reason to fail or to be wrong."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tomwizard.content import cache as content_cache
from tomwizard.content.cache import load_cached
from tomwizard.content.catalog import default_catalog_dir, load_catalog
from tomwizard.content.countries import Countries, countries
from tomwizard.content.processing_form import ProcessingForm, load_processing_form
from tomwizard.content.yamlsource import ContentError
from tomwizard.models.catalog import Catalog
from tomwizard.rules.loader import _CachedRules, _to_cache, load_rules, rule_files

CATALOG_DIR = default_catalog_dir()


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(content_cache.ENV_DIR, str(folder))
    return folder


def _catalog_sources(directory: Path = CATALOG_DIR) -> list[Path]:
    return sorted(directory.rglob("*.yaml"))


def _counting(load: object) -> tuple[list[int], object]:
    calls: list[int] = []

    def counted() -> object:
        calls.append(1)
        return load()  # type: ignore[operator]

    return calls, counted


def test_a_cached_catalog_equals_the_one_read_from_yaml(cache: Path) -> None:
    fresh = load_catalog()
    calls, load = _counting(load_catalog)
    first = load_cached("catalog", _catalog_sources(), Catalog, load)  # type: ignore[arg-type]
    second = load_cached("catalog", _catalog_sources(), Catalog, load)  # type: ignore[arg-type]
    assert calls == [1], "the second load must come from the cache"
    assert first == fresh and second == fresh
    assert [m.id for m in second.measures()] == [m.id for m in fresh.measures()]


def test_cached_rules_processing_form_and_countries_equal_the_yaml(cache: Path) -> None:
    files = rule_files(Path(CATALOG_DIR.parent / "rules"))
    fresh_rules = _to_cache(load_rules())
    for _ in range(2):
        cached = load_cached("rules", files, _CachedRules, lambda: _to_cache(load_rules()))
        assert cached.model_dump(by_alias=True) == fresh_rules.model_dump(by_alias=True)
    form_path = CATALOG_DIR.parent / "processing.yaml"
    fresh_form = load_processing_form(form_path)
    for _ in range(2):
        form = load_cached("processing", [form_path], ProcessingForm, lambda: fresh_form)
        assert form == fresh_form
    assert {p.name.split("-")[0] for p in cache.iterdir()} == {"rules", "processing"}


def test_countries_from_the_cache_equal_the_yaml(cache: Path) -> None:
    countries.cache_clear()
    try:
        first = countries()
        countries.cache_clear()
        second = countries()
    finally:
        countries.cache_clear()
    assert any(cache.glob("countries-*.pickle"))
    assert isinstance(second, Countries) and second == first
    assert second.names == first.names


def test_default_rules_from_the_cache_keep_origins_and_dependencies(cache: Path) -> None:
    from tomwizard.rules import loader

    loader.default_rules.cache_clear()
    try:
        first = loader.default_rules()
        loader.default_rules.cache_clear()
        second = loader.default_rules()  # from the entry the first call wrote
    finally:
        loader.default_rules.cache_clear()
    fresh = load_rules()
    assert any(cache.glob("rules-*.pickle"))
    for a, b, c in zip(first, second, fresh, strict=True):
        assert a.rule == b.rule == c.rule
        assert a.deps == b.deps == c.deps
        assert a.origin == b.origin == c.origin and ":" in c.origin
        assert a.measure_refs == b.measure_refs == c.measure_refs
        assert a.index == b.index == c.index


def test_an_edited_source_file_is_read_again(cache: Path, tmp_path: Path) -> None:
    source = tmp_path / "catalog"
    source.mkdir()
    for path in _catalog_sources():
        target = source / path.relative_to(CATALOG_DIR)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
    first = load_cached("catalog", _catalog_sources(source), Catalog, lambda: load_catalog(source))
    section_file = sorted((source / "sections").glob("*.yaml"))[0]
    old_title = first.sections[0].title.de
    text = section_file.read_text(encoding="utf-8")
    assert old_title in text
    section_file.write_text(text.replace(old_title, "Geänderter Titel", 1), encoding="utf-8")
    second = load_cached("catalog", _catalog_sources(source), Catalog, lambda: load_catalog(source))
    assert any(s.title.de == "Geänderter Titel" for s in second.sections)
    assert len(list(cache.glob("catalog-*.pickle"))) == 1, "the stale entry is dropped"


def test_links_to_the_sources_name_the_same_entry_as_the_sources(tmp_path: Path) -> None:
    """A folder or a file reached through a link has the key of the real path."""
    real = tmp_path / "real" / "catalog"
    (real / "sections").mkdir(parents=True)
    (real / "index.yaml").write_text("a: 1\n")
    (real / "sections" / "one.yaml").write_text("b: 2\n")
    (tmp_path / "elsewhere.yaml").write_text("c: 3\n")
    (real / "sections" / "two.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    (tmp_path / "link").symlink_to(tmp_path / "real")
    linked = tmp_path / "link" / "catalog"
    names = ["index.yaml", "sections/one.yaml", "sections/two.yaml"]
    direct = [real / name for name in names]
    through_link = [linked / name for name in names]
    assert content_cache.content_key("catalog", through_link) == content_cache.content_key(
        "catalog", direct
    )
    assert content_cache.source_folder(through_link) == str(tmp_path.resolve())


def test_the_key_names_each_source_by_its_real_path_below_the_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each folder is resolved once; the names in the key are still what ``Path.resolve`` and
    ``os.path.relpath`` give (through a linked folder, a linked file, a relative path)."""
    real = tmp_path / "real"
    (real / "sections").mkdir(parents=True)
    (real / "index.yaml").write_text("a: 1\n")
    (real / "sections" / "one.yaml").write_text("b: 2\n")
    (tmp_path / "elsewhere.yaml").write_text("c: 3\n")
    (real / "sections" / "two.yaml").symlink_to(tmp_path / "elsewhere.yaml")
    (tmp_path / "link").symlink_to(real)
    monkeypatch.chdir(real)
    sources = [Path("index.yaml"), tmp_path / "link" / "sections" / "one.yaml"]
    sources.append(real / "sections" / "two.yaml")
    resolved = [path.resolve() for path in sources]
    folder = os.path.commonpath(sorted({str(path.parent) for path in resolved}))
    assert content_cache.source_folder(sources) == folder == str(tmp_path.resolve())
    names = [os.path.relpath(path, folder) for path in resolved]
    assert names == ["real/index.yaml", "real/sections/one.yaml", "elsewhere.yaml"]
    assert content_cache._resolved(sources) == resolved


@pytest.mark.parametrize("damage", [b"", b"{not json", b'{"id": "x"}', b"\x00\xff" * 50])
def test_a_damaged_entry_is_ignored_and_written_anew(cache: Path, damage: bytes) -> None:
    load_cached("catalog", _catalog_sources(), Catalog, load_catalog)
    (entry,) = cache.glob("catalog-*.pickle")
    entry.write_bytes(damage)
    calls, load = _counting(load_catalog)
    again = load_cached("catalog", _catalog_sources(), Catalog, load)  # type: ignore[arg-type]
    assert calls == [1]
    assert again == load_catalog()
    assert entry.read_bytes() != damage


def test_invalid_content_is_reported_and_never_cached(cache: Path) -> None:
    def broken() -> Catalog:
        raise ContentError(["catalog.yaml:3: id: Field required"])

    with pytest.raises(ContentError):
        load_cached("catalog", _catalog_sources(), Catalog, broken)
    assert not cache.exists() or not any(cache.iterdir())


def test_entries_are_private_and_the_cache_can_be_turned_off(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    load_cached("catalog", _catalog_sources(), Catalog, load_catalog)
    (entry,) = cache.glob("catalog-*.pickle")
    if os.name == "posix":
        assert stat.S_IMODE(entry.stat().st_mode) == 0o600
        assert stat.S_IMODE(cache.stat().st_mode) == 0o700
    monkeypatch.setenv(content_cache.ENV_DIR, "")
    assert content_cache.cache_dir() is None
    entry.unlink()
    load_cached("catalog", _catalog_sources(), Catalog, load_catalog)
    assert not any(cache.iterdir())


def test_an_unwritable_cache_folder_does_not_stop_loading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(content_cache.ENV_DIR, str(blocker / "cache"))
    assert load_cached("catalog", _catalog_sources(), Catalog, load_catalog) == load_catalog()


def test_without_a_home_folder_there_is_no_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(content_cache.ENV_DIR, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(content_cache.os.path, "expanduser", lambda path: path)
    assert content_cache.cache_dir() is None


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="XDG applies to Linux and BSD")
def test_the_cache_folder_follows_xdg_cache_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(content_cache.ENV_DIR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert content_cache.cache_dir() == tmp_path / "tomwizard"


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG rule is written out for Linux")
@pytest.mark.parametrize("xdg", [None, "", "relative/cache", "/abs/xdg-cache"])
@pytest.mark.parametrize("home", [None, "", "relative-home", "/abs/home", "/abs/home/"])
def test_on_linux_the_cache_folder_is_where_platformdirs_puts_it(
    monkeypatch: pytest.MonkeyPatch, xdg: str | None, home: str | None
) -> None:
    import platformdirs

    monkeypatch.delenv(content_cache.ENV_DIR, raising=False)
    monkeypatch.delenv("ANDROID_DATA", raising=False)
    for name, value in (("XDG_CACHE_HOME", xdg), ("HOME", home)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    expected = Path(platformdirs.user_cache_dir("tomwizard", appauthor=False))
    assert content_cache.cache_dir() == expected


def _shipped_loaders() -> list[tuple[str, Callable[[], object]]]:
    from tomwizard.content import catalog, presets, processing_form, screening, synonyms, views
    from tomwizard.content import countries as countries_module
    from tomwizard.rules import loader

    return [
        ("catalog", catalog.default_catalog),
        ("rules", loader.default_rules),
        ("countries", countries_module.countries),
        ("processing", processing_form.processing_form),
        ("screening", screening.screening_form),
        ("views", views.view_specs),
        ("presets", presets._shipped),
        ("synonyms", synonyms.synonyms),
    ]


def test_every_shipped_content_comes_from_the_cache_on_the_next_start(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An entry that cannot be read back (something in it the reader refuses) would be
    loaded from YAML and written anew on every start: none may be."""
    loaders = _shipped_loaders()
    first = []
    for _, load in loaders:
        load.cache_clear()  # type: ignore[attr-defined]
        first.append(load())
    kinds = {path.name.split("-")[0] for path in cache.iterdir()}
    assert kinds == {kind for kind, _ in loaders}
    written: list[Path] = []
    monkeypatch.setattr(
        content_cache, "_write", lambda folder, kind, entry, data: written.append(entry)
    )
    try:
        for (kind, load), before in zip(loaders, first, strict=True):
            load.cache_clear()  # type: ignore[attr-defined]
            again = load()
            assert again == before, kind
    finally:
        for _, load in loaders:
            load.cache_clear()  # type: ignore[attr-defined]
    assert written == [], "read back from the cache, not loaded and written again"


def _entry_and_key(cache: Path, kind: str) -> tuple[Path, str]:
    (entry,) = cache.glob(f"{kind}-*.pickle")
    return entry, entry.name.removesuffix(".pickle").rsplit("-", 1)[1]


class _RunsCode:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.mkdir, (str(self.marker),))


def test_an_entry_that_would_run_code_is_refused_even_with_a_valid_checksum(
    cache: Path, tmp_path: Path
) -> None:
    load_cached("catalog", _catalog_sources(), Catalog, load_catalog)
    entry, key = _entry_and_key(cache, "catalog")
    marker = tmp_path / "ran"
    entry.write_bytes(content_cache.entry_bytes(_RunsCode(marker), key))  # type: ignore[arg-type]
    calls, load = _counting(load_catalog)
    again = load_cached("catalog", _catalog_sources(), Catalog, load)  # type: ignore[arg-type]
    assert not marker.exists(), "nothing in an entry may run"
    assert calls == [1] and again == load_catalog()


def test_a_changed_byte_or_another_kind_in_an_entry_is_not_trusted(cache: Path) -> None:
    load_cached("catalog", _catalog_sources(), Catalog, load_catalog)
    entry, key = _entry_and_key(cache, "catalog")
    data = bytearray(entry.read_bytes())
    data[-200] ^= 0x01  # inside the content: the checksum no longer matches
    entry.write_bytes(bytes(data))
    calls, load = _counting(load_catalog)
    assert load_cached("catalog", _catalog_sources(), Catalog, load) == load_catalog()  # type: ignore[arg-type]
    assert calls == [1]
    other = countries()
    entry, key = _entry_and_key(cache, "catalog")
    entry.write_bytes(content_cache.entry_bytes(other, key))  # a valid entry of another model
    calls, load = _counting(load_catalog)
    assert load_cached("catalog", _catalog_sources(), Catalog, load) == load_catalog()  # type: ignore[arg-type]
    assert calls == [1]


def test_the_key_follows_the_code_of_every_model_in_the_content() -> None:
    key = content_cache.code_key(_CachedRules)
    for module in (
        "tomwizard.rules.loader",
        "tomwizard.rules.predicates",
        "tomwizard.models.catalog",
    ):
        assert f"{module}:" in key
