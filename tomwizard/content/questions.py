"""Interview questions: ``forms/catalog/questions/<section file>.yaml`` maps a measure id to a
short question in both languages, asked in interview mode (the statement stays the annex text).

The questions live beside the sections, in their own files, so that editing a question never
touches a section file. A section without a question file simply has no questions; an unknown
id, a question that does not end with "?" or one with a placeholder is an error naming file and
line. The loader puts each question into the measure's data before the catalog is validated, so
the validated (and cached) catalog carries them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tomwizard.content.yamlsource import ContentError, load_yaml
from tomwizard.models.catalog import LANGUAGES, Catalog

QUESTIONS_DIR = "questions"


def question_path(directory: Path, section_name: str) -> Path:
    """The question file of the section file ``section_name`` (relative to the index)."""
    return directory / QUESTIONS_DIR / Path(section_name).name


def _measure_dicts(node: Any) -> Iterator[dict[str, Any]]:
    """Every measure mapping of one section's raw data, sub-measures included."""
    if not isinstance(node, dict):
        return
    for sub in node.get("subsections") or []:
        if isinstance(sub, dict):
            for measure in sub.get("measures") or []:
                yield from _walk(measure)


def _walk(measure: Any) -> Iterator[dict[str, Any]]:
    if isinstance(measure, dict):
        yield measure
        for child in measure.get("children") or []:
            yield from _walk(child)


def merge_questions(directory: Path, names: list[str], sections: list[Any]) -> list[str]:
    """Put the questions of each section's question file into its raw measure data.

    Returns one "file:line: message" per problem (nothing is merged from a faulty entry)."""
    errors: list[str] = []
    for name, section in zip(names, sections, strict=True):
        path = question_path(directory, name)
        if not path.is_file():
            continue
        try:
            data, lines = load_yaml(path)
        except ContentError as exc:
            errors.extend(exc.lines)
            continue
        if not isinstance(data, dict):
            errors.append(f"{path}:1: expected a mapping of measure ids to questions")
            continue
        measures = {m.get("id"): m for m in _measure_dicts(section)}
        for measure_id, entry in data.items():
            line = lines.get((str(measure_id),), 1)
            problem = _check_entry(entry)
            if measure_id not in measures:
                problem = f"unknown measure id '{measure_id}' (not in {name})"
            if problem:
                errors.append(f"{path}:{line}: {measure_id}: {problem}")
                continue
            measures[measure_id]["question"] = {lang: entry[lang].strip() for lang in LANGUAGES}
    return errors


def _check_entry(entry: Any) -> str:
    if not isinstance(entry, dict) or set(entry) != set(LANGUAGES):
        return "expected exactly the keys de and en"
    for lang in LANGUAGES:
        text = entry[lang]
        if not isinstance(text, str) or not text.strip():
            return f"{lang}: the question is empty"
        if not text.strip().endswith("?"):
            return f"{lang}: a question ends with '?'"
        if "{" in text or "}" in text:
            return f"{lang}: a question has no placeholders"
    return ""


def without_question(catalog: Catalog) -> list[str]:
    """Ids of the measures that have no interview question."""
    return [m.id for m in catalog.measures() if m.question is None]
