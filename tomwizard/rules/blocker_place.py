"""Where a blocker is: the section and the subject (a measure, a custom measure, a
sub-processor, a field) of a finding's first target, in both languages, for its line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial

from tomwizard.i18n import N_, NC_, say
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import LANGUAGES, Catalog, Language, render_text
from tomwizard.models.finding import Finding
from tomwizard.rules.field_labels import field_label
from tomwizard.rules.fields import Context, is_empty

SUBJECT_MAX = 70  # characters of a measure's text in a blocker line

Place = tuple[dict[Language, str], dict[Language, str]]  # section, subject

_NOWHERE: dict[Language, str] = {"de": "", "en": ""}
_PARTIES = NC_("field", "Vertragsparteien")


def _each(make: Callable[[Language], str]) -> dict[Language, str]:
    return {lang: make(lang) for lang in LANGUAGES}


class Locator:
    """Section and subject of a finding's first target, in both languages."""

    def __init__(self, assessment: Assessment, catalog: Catalog) -> None:
        self.a = assessment
        self.measures = catalog.measure_index()
        self.section_of = catalog.section_of()
        self.titles = {s.id: s.title for s in catalog.sections}

    def place(self, finding: Finding, named: bool = False) -> Place:
        """Section and subject of ``finding`` (``named``: its text names the measure already,
        the subject gives only its id)."""
        empty = self._empty_fields(finding.targets)
        if {p.split(".")[1] for p in empty if p.startswith("organisation.")} >= {
            "processor",
            "controller",
        }:  # both parties incomplete: the line names both (DSB review 4, N10)
            return self._angaben(), _each(partial(say, message=_PARTIES))
        for target in self._empty_first(finding.targets):
            found = self._locate(target, named)
            if found is not None:
                return found
        return _NOWHERE, _NOWHERE

    def _empty_fields(self, targets: list[str]) -> list[str]:
        """The paths of the fields among ``targets`` that are actually empty, in order."""
        context = Context(self.a, dt.date.today())
        out = []
        for target in targets:
            kind, _, path = target.partition(":")
            if kind == "field" and path.split(".")[0] in ("processing", "organisation"):
                try:
                    if is_empty(context.read(path)):
                        out.append(path)
                except AttributeError:  # a path the model does not have
                    continue
        return out

    def _empty_first(self, targets: list[str]) -> list[str]:
        """``targets`` with the first field that is actually empty moved to the front, so that
        the line names that field and not a filled one (DSB review 3, B7)."""
        empty = self._empty_fields(targets)
        if not empty:
            return targets
        first = f"field:{empty[0]}"
        return [first, *(t for t in targets if t != first)]

    def _angaben(self) -> dict[Language, str]:
        return _each(partial(say, message=N_("Angaben")))

    def _title(self, section_id: str) -> dict[Language, str]:
        title = self.titles.get(section_id)
        return _each(title.get) if title is not None else _NOWHERE

    def _locate(self, target: str, named: bool) -> Place | None:
        kind, _, ident = target.partition(":")
        measure = N_("Maßnahme {id}")
        if kind == "measure" and ident in self.measures:
            section = self._title(self.section_of.get(ident, ""))
            if named:
                return section, _each(lambda lang: say(lang, measure).format(id=ident))
            answer = self.a.answer(ident)
            roles = self.a.organisation.role_names
            shown = N_("Maßnahme {id} „{text}“")

            def subject(lang: Language) -> str:
                params = dict(answer.params)
                if lang == "de":  # the role words are German (as in the annex)
                    text = render_text(self.measures[ident], lang, params, roles)
                else:
                    text = render_text(self.measures[ident], lang, params)
                return say(lang, shown).format(id=ident, text=short(text))

            return section, _each(subject)
        if kind == "custom":
            custom = next((c for c in self.a.custom_measures if c.id == ident), None)
            if custom is not None and named:
                return self._title(custom.section_id), _each(
                    partial(say, message=N_("sonstige Maßnahme"))
                )
            if custom is not None:
                text = short(custom.text.strip())
                other = N_("sonstige Maßnahme „{text}“")
                return self._title(custom.section_id), _each(
                    lambda lang: say(lang, other).format(text=text)
                )
        if kind == "subprocessor":
            sub = next((s for s in self.a.subprocessors if s.id == ident), None)
            if sub is not None:
                name = short(sub.name.strip() or sub.id)
                quoted = N_("„{name}“")
                return _each(partial(say, message=N_("Unterauftragsverarbeiter"))), _each(
                    lambda lang: say(lang, quoted).format(name=name)
                )
        if kind == "section" and ident in self.titles:
            return self._title(ident), _NOWHERE
        if kind == "field":
            return self._angaben(), _each(lambda lang: field_label(ident, lang))
        return None


def short(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUBJECT_MAX:
        return text
    cut = text[: SUBJECT_MAX - 1]
    if " " in cut:  # at a word boundary, never mid-word (review 2, finding 29)
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:–-") + "…"
