"""The TOM catalog: sections → subsections → measures → sub-measures (content lives in forms/)."""

import re
from collections.abc import Iterator
from enum import StrEnum
from typing import Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from tomwizard.models.roles import ROLE_PLACEHOLDERS, ROLE_WORDS

ID_PATTERN = r"^[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*$"
_PLACEHOLDER = re.compile(r"\{([a-z_][a-z0-9_]*)\}")

Language = Literal["de", "en"]
LANGUAGES: tuple[Language, ...] = ("de", "en")


class Strict(BaseModel):
    """Base for content models: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class Text(Strict):
    """A text in both product languages."""

    de: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Language) -> str:
        return self.de if lang == "de" else self.en


class Level(StrEnum):
    """The protection need at which a measure is expected."""

    BASIS = "basis"
    STANDARD = "standard"
    ERHOEHT = "erhoeht"


class Kontrolle(StrEnum):
    """The classic controls of the annex to § 9 BDSG a.F., plus the organisation requirement."""

    ZUTRITT = "zutritt"
    ZUGANG = "zugang"
    ZUGRIFF = "zugriff"
    WEITERGABE = "weitergabe"
    EINGABE = "eingabe"
    AUFTRAG = "auftrag"
    VERFUEGBARKEIT = "verfuegbarkeit"
    TRENNUNG = "trennung"
    ORGANISATION = "organisation"


class SdmZiel(StrEnum):
    """Gewährleistungsziele of the Standard-Datenschutzmodell."""

    DATENMINIMIERUNG = "datenminimierung"
    VERFUEGBARKEIT = "verfuegbarkeit"
    INTEGRITAET = "integritaet"
    VERTRAULICHKEIT = "vertraulichkeit"
    NICHTVERKETTUNG = "nichtverkettung"
    TRANSPARENZ = "transparenz"
    INTERVENIERBARKEIT = "intervenierbarkeit"


# The provision a measure serves: Art. 32 (1) a–d, 32 (4), 25, or a duty of the processor that
# is not an Art. 32 measure: "28" (contract, Art. 28 (2)–(4)), "30" (records), "37" (DSB, 37–39).
Art32Ref = Literal["32.1.a", "32.1.b", "32.1.c", "32.1.d", "32.4", "25", "28", "30", "37"]
ART32_CITATION: dict[str, str] = {  # German; tomwizard.export.citations writes it in English
    "32.1.a": "Art. 32 Abs. 1 lit. a DSGVO",
    "32.1.b": "Art. 32 Abs. 1 lit. b DSGVO",
    "32.1.c": "Art. 32 Abs. 1 lit. c DSGVO",
    "32.1.d": "Art. 32 Abs. 1 lit. d DSGVO",
    "32.4": "Art. 32 Abs. 4 DSGVO",
    "25": "Art. 25 DSGVO",
    "28": "Art. 28 DSGVO",
    "30": "Art. 30 Abs. 2 DSGVO",
    "37": "Art. 37–39 DSGVO",
}


class References(Strict):
    art32: list[Art32Ref] = Field(default_factory=list)
    kontrolle: list[Kontrolle] = Field(default_factory=list)
    sdm: list[SdmZiel] = Field(default_factory=list)
    iso27001: list[str] = Field(default_factory=list)  # Annex A ids, e.g. "A.8.13"
    bsi: list[str] = Field(default_factory=list)  # IT-Grundschutz ids, e.g. "CON.3.A5"

    def is_empty(self) -> bool:
        return not (self.art32 or self.kontrolle or self.sdm or self.iso27001 or self.bsi)


class Parameter(Strict):
    """A typed value that renders into a measure's text, e.g. ``{minutes}``."""

    id: str = Field(pattern=r"^[a-z_][a-z0-9_]*$")
    type: Literal["int", "text", "choice"]
    label: Text
    unit: Text | None = None
    default: int | str | None = None
    recommended_min: int | None = None
    recommended_max: int | None = None
    choices: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check_type(self) -> Self:
        if self.type == "int" and self.unit is None:
            raise ValueError("a numeric parameter needs a unit")
        if self.type == "choice" and not self.choices:
            raise ValueError("a choice parameter needs choices")
        if self.type != "choice" and self.choices:
            raise ValueError("only a choice parameter has choices")
        return self


class Measure(Strict):
    id: str = Field(pattern=ID_PATTERN)
    text: Text
    help: Text
    level: Level
    refs: References
    params: list[Parameter] = Field(default_factory=list)
    children: list["Measure"] = Field(default_factory=list)
    question: Text | None = None  # interview phrasing (forms/catalog/questions/), not the annex
    # a sub-measure's name where the annex mentions it beside its parent (DSB review 6, N4)
    short: Text | None = None

    @model_validator(mode="after")
    def _check_placeholders(self) -> Self:
        declared = {p.id for p in self.params}
        if declared & ROLE_PLACEHOLDERS:
            raise ValueError(f"parameter ids {sorted(declared & ROLE_PLACEHOLDERS)} name roles")
        for lang in LANGUAGES:
            used = set(_PLACEHOLDER.findall(self.text.get(lang))) - ROLE_PLACEHOLDERS
            if used - declared:
                raise ValueError(
                    f"text.{lang} uses undeclared parameters {sorted(used - declared)}"
                )
            if declared - used:
                raise ValueError(f"text.{lang} does not use parameters {sorted(declared - used)}")
        if self.refs.is_empty():
            raise ValueError("a measure needs at least one reference")
        names = [self.short.get(lang) for lang in LANGUAGES] if self.short else []
        if any("{" in name or name.endswith(".") or len(name) > 70 for name in names):
            raise ValueError("short: a name without placeholders or full stop, at most 70 long")
        return self

    def walk(self) -> Iterator["Measure"]:
        yield self
        for child in self.children:
            yield from child.walk()


class Subsection(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: Text
    measures: list[Measure] = Field(min_length=1)


class Section(Strict):
    id: str = Field(pattern=ID_PATTERN)
    title: Text
    intro: Text | None = None
    subsections: list[Subsection] = Field(min_length=1)

    def measures(self) -> Iterator[Measure]:
        """Every measure of the section, sub-measures included, in catalog order."""
        for sub in self.subsections:
            for measure in sub.measures:
                yield from measure.walk()


class Catalog(Strict):
    id: str = Field(pattern=ID_PATTERN)
    version: str = Field(min_length=1)
    languages: list[Language]
    title: Text
    sections: list[Section] = Field(min_length=1)

    @model_validator(mode="after")
    def _check_unique_ids(self) -> Self:
        seen: set[str] = set()
        for section in self.sections:
            ids = [section.id, *(s.id for s in section.subsections)]
            ids += [m.id for m in section.measures()]
            for item_id in ids:
                if item_id in seen:
                    raise ValueError(f"id '{item_id}' is used twice")
                seen.add(item_id)
        return self

    def measures(self) -> Iterator[Measure]:
        for section in self.sections:
            yield from section.measures()

    def measure_index(self) -> dict[str, Measure]:
        return {m.id: m for m in self.measures()}

    def section_of(self) -> dict[str, str]:
        """Map every measure id to the id of its section."""
        return {m.id: s.id for s in self.sections for m in s.measures()}


def render_text(
    measure: Measure, lang: Language, values: dict[str, int | str], roles: str = "verantwortlicher"
) -> str:
    """Put parameter values (or their defaults, or an ellipsis) and the role words of ``roles``
    into the measure's text."""
    by_id = {p.id: p for p in measure.params}

    def fill(match: re.Match[str]) -> str:
        if match.group(1) in ROLE_PLACEHOLDERS:
            return ROLE_WORDS[roles][match.group(1)]
        param = by_id[match.group(1)]
        value = values.get(param.id, param.default)
        return "…" if value is None or value == "" else str(value)

    return _PLACEHOLDER.sub(fill, measure.text.get(lang))
