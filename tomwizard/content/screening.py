"""The Rahmenbedingungen (screening) as data (forms/screening.yaml).

A handful of plain questions about the business (ja / nein / unbekannt). Each answer may name
the measures it makes not applicable (they are answered "entfällt" with the answer's reason)
and the measures it makes more important (the gap rules then expect them, whatever their
level: predicate ``raised_by_screening``). ``unbekannt`` and an unanswered question change
nothing. The file is optional in a forms folder of one's own (``TOMWIZARD_FORMS_DIR``): without
it there are no questions.
"""

from functools import cache
from pathlib import Path
from typing import Self

from pydantic import Field, model_validator

from tomwizard.content.cache import load_cached
from tomwizard.content.yamlsource import load_yaml, validate
from tomwizard.models.assessment import ScreeningAnswer
from tomwizard.models.catalog import Catalog, Strict, Text
from tomwizard.paths import forms_path

SCREENING_ANSWERS: tuple[ScreeningAnswer, ...] = ("ja", "nein", "unbekannt")


class Effect(Strict):
    """What one answer to a question means for the catalog."""

    not_applicable: list[str] = Field(default_factory=list)  # measure ids (with sub-measures)
    reason: Text | None = None  # the reason written into the answers ruled out
    raises: list[str] = Field(default_factory=list)  # measure ids expected whatever their level

    @model_validator(mode="after")
    def _check(self) -> Self:
        if self.not_applicable and self.reason is None:
            raise ValueError("measures ruled out need a reason")
        both = set(self.not_applicable) & set(self.raises)
        if both:
            raise ValueError(f"ruled out and raised at once: {sorted(both)}")
        for ids in (self.not_applicable, self.raises):
            if len(set(ids)) != len(ids):
                raise ValueError("a measure is listed twice")
        return self


class Question(Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    text: Text
    help: Text | None = None
    ja: Effect = Field(default_factory=Effect)
    nein: Effect = Field(default_factory=Effect)

    def effect(self, answer: ScreeningAnswer | None) -> Effect | None:
        if answer == "ja":
            return self.ja
        if answer == "nein":
            return self.nein
        return None


class ScreeningForm(Strict):
    version: str = Field(min_length=1)
    questions: list[Question] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> Self:
        ids = [q.id for q in self.questions]
        twice = sorted({i for i in ids if ids.count(i) > 1})
        if twice:
            raise ValueError(f"question ids used twice: {twice}")
        return self

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)

    def problems(self, catalog: Catalog) -> list[str]:
        """Measure ids the catalog does not have, one message each."""
        known = catalog.measure_index()
        return [
            f"question '{q.id}', answer '{answer}': unknown measure '{mid}'"
            for q in self.questions
            for answer, effect in (("ja", q.ja), ("nein", q.nein))
            for mid in (*effect.not_applicable, *effect.raises)
            if mid not in known
        ]

    def raised(self, answers: dict[str, ScreeningAnswer]) -> dict[str, list[str]]:
        """Measure id -> the questions whose answers make it more important."""
        out: dict[str, list[str]] = {}
        for question in self.questions:
            effect = question.effect(answers.get(question.id))
            for mid in effect.raises if effect else ():
                out.setdefault(mid, []).append(question.id)
        return out


def screening_file() -> Path:
    return forms_path("screening.yaml")


def load_screening_form(path: Path | None = None) -> ScreeningForm:
    """The questions of ``path`` (default: the forms folder's); none when the file is absent."""
    path = path or screening_file()
    if not path.is_file():
        return ScreeningForm(version="0")
    data, lines = load_yaml(path)
    return validate(ScreeningForm, data, path, lines)


@cache
def screening_form() -> ScreeningForm:
    """The shipped questions (loaded once per process, from the content cache if unchanged)."""
    path = screening_file()
    if not path.is_file():
        return ScreeningForm(version="0")
    return load_cached("screening", [path], ScreeningForm, lambda: load_screening_form(path))
