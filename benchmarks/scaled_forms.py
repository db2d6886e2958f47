"""Write a whole ``forms/`` folder whose catalog is N times the shipped one.

Every section is repeated N times under new ids (``zugang.mfa`` → ``zugang.mfa-x2`` …; the
first copy keeps the real ids, so the rules and presets still find their measures), written as
YAML files like the real catalog, with the new ids added to the id register. Rules, presets,
views, countries and the processing form are copied as they are. Such a folder is used like a
firm's own catalog: ``TOMWIZARD_FORMS_DIR=FOLDER tomwizard …``.

Run: ``python -m benchmarks.scaled_forms 10 /tmp/forms-10x`` (the folder must not exist yet).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import yaml

from tomwizard.content.catalog import INDEX_NAME, default_catalog
from tomwizard.models.catalog import Catalog
from tomwizard.paths import data_dir

REGISTER = "id-register.txt"
_DUMPER: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the C emitter if libyaml


def _yaml(data: Any) -> str:
    return str(yaml.dump(data, Dumper=_DUMPER, allow_unicode=True))


def _renamed(node: Any, suffix: str) -> Any:
    """A copy of a section's data with the id of every section, sub-section and measure given
    ``suffix`` (parameter ids stay: the texts name them)."""
    if isinstance(node, dict):
        copy = {key: _renamed(value, suffix) for key, value in node.items()}
        if isinstance(node.get("id"), str) and ("title" in node or "help" in node):
            copy["id"] = f"{node['id']}{suffix}"
        return copy
    if isinstance(node, list):
        return [_renamed(item, suffix) for item in node]
    return node


def write_scaled_catalog(catalog: Catalog, folder: Path, factor: int) -> Path:
    """``catalog`` with each section ``factor`` times, as an index and one file per section
    in ``folder``; returns ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    data = catalog.model_dump(mode="json", exclude_defaults=True)
    names = []
    for copy in range(1, factor + 1):
        suffix = "" if copy == 1 else f"-x{copy}"
        for section in data["sections"]:
            name = f"{section['id']}{suffix}.yaml"
            text = _yaml(_renamed(section, suffix) if suffix else section)
            (folder / name).write_text(text, encoding="utf-8")
            names.append(name)
    index = {key: data[key] for key in ("id", "version", "languages", "title")}
    (folder / INDEX_NAME).write_text(_yaml({**index, "sections": names}), encoding="utf-8")
    return folder


def write_scaled_forms(target: Path, factor: int) -> Path:
    """A copy of the shipped forms folder at ``target`` with the catalog ``factor`` times."""
    shipped = data_dir("forms")
    shutil.copytree(shipped, target)
    catalog_dir = target / "catalog"
    for old in (catalog_dir / "sections").glob("*.yaml"):
        old.unlink()
    write_scaled_catalog(default_catalog(), catalog_dir / "sections", factor)
    # The index lives beside sections/ and names the section files below it.
    index = catalog_dir / "sections" / INDEX_NAME
    data = yaml.safe_load(index.read_text(encoding="utf-8"))
    data["sections"] = [f"sections/{name}" for name in data["sections"]]
    (catalog_dir / INDEX_NAME).write_text(_yaml(data), encoding="utf-8")
    index.unlink()
    register = catalog_dir / REGISTER
    if register.exists():
        known = set(register.read_text(encoding="utf-8").split())
        scaled = (m.id for m in _load(catalog_dir).measures())
        new = [mid for mid in scaled if mid not in known]
        with register.open("a", encoding="utf-8") as out:
            out.writelines(f"{mid}\n" for mid in new)
    return target


def _load(catalog_dir: Path) -> Catalog:
    from tomwizard.content.catalog import load_catalog

    return load_catalog(catalog_dir)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2 or not args[0].isdigit() or int(args[0]) < 1:
        print("usage: python -m benchmarks.scaled_forms FACTOR FOLDER", file=sys.stderr)
        return 2
    target = Path(args[1])
    if target.exists():
        print(f"{target}: exists already", file=sys.stderr)
        return 2
    write_scaled_forms(target, int(args[0]))
    print(f"{target}: catalog {args[0]} times the shipped one")
    return 0


if __name__ == "__main__":
    sys.exit(main())
