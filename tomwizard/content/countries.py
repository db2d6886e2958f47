"""Country groups for third-country transfers and the country picker, from forms/countries.yaml.

Groups used by the gap rules (``CountryGroup``):

- ``eu``, ``eea`` (EWR without the EU), ``eu_eea`` (both);
- ``adequacy``: a country with an adequacy decision under Art. 45 DSGVO;
- ``dpf``: a country where the EU-US Data Privacy Framework applies (certified recipients only);
- ``third``: any known or unknown code outside the EU/EEA;
- ``third_unsafe``: a third country without adequacy decision (DPF does not count: it depends
  on the recipient's certification, which a rule checks separately).
"""

import datetime as dt
import unicodedata
from functools import cache
from typing import Literal, Self

from pydantic import Field, model_validator

from tomwizard.content.cache import cached_yaml
from tomwizard.models.catalog import Language, Strict, Text
from tomwizard.paths import forms_path

CountryGroup = Literal["eu", "eea", "eu_eea", "adequacy", "dpf", "third", "third_unsafe"]
Code = str


class Countries(Strict):
    eu: list[Code] = Field(min_length=1)
    eea: list[Code]
    adequacy: list[Code]
    adequacy_checked: dt.date
    dpf: list[Code]
    dpf_checked: dt.date
    names: dict[Code, Text] = Field(default_factory=dict)
    # the name after "in" where it takes an article ("in den Niederlanden"); else the name
    in_phrase: dict[Code, Text] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _check_codes(self) -> Self:
        groups = {"eu": self.eu, "eea": self.eea, "adequacy": self.adequacy, "dpf": self.dpf}
        for name, codes in groups.items():
            for code in codes:
                if len(code) != 2 or not code.isascii() or not code.isupper():
                    raise ValueError(f"{name}: '{code}' is not an ISO 3166-1 alpha-2 code")
                if code not in self.names:
                    raise ValueError(f"{name}: '{code}' has no entry under names")
        if set(self.eu) & set(self.eea):
            raise ValueError("eea lists EU members; it holds only the EEA states outside the EU")
        if set(self.adequacy) & (set(self.eu) | set(self.eea)):
            raise ValueError("adequacy lists EU/EEA members")
        return self

    # -- groups ----------------------------------------------------------------------------

    def is_known(self, code: str) -> bool:
        return code.strip().upper() in self.names

    def is_eu_eea(self, code: str) -> bool:
        code = code.strip().upper()
        return code in self.eu or code in self.eea

    def is_third_country(self, code: str) -> bool:
        return bool(code.strip()) and not self.is_eu_eea(code)

    def has_adequacy(self, code: str) -> bool:
        return code.strip().upper() in self.adequacy

    def in_group(self, code: str, group: CountryGroup) -> bool:
        code = code.strip().upper()
        if not code:
            return False
        match group:
            case "eu":
                return code in self.eu
            case "eea":
                return code in self.eea
            case "eu_eea":
                return self.is_eu_eea(code)
            case "adequacy":
                return code in self.adequacy
            case "dpf":
                return code in self.dpf
            case "third":
                return not self.is_eu_eea(code)
            case "third_unsafe":
                return not self.is_eu_eea(code) and code not in self.adequacy

    # -- names -----------------------------------------------------------------------------

    def name(self, code: str, lang: Language) -> str:
        text = self.names.get(code.strip().upper())
        return text.get(lang) if text else code.strip()

    def label(self, code: str) -> Text:
        """The country's name in both languages (the code itself if unknown)."""
        return Text(de=self.name(code, "de") or "?", en=self.name(code, "en") or "?")

    def in_phrase_of(self, code: str) -> Text:
        """The country after "in" in both languages: "den Niederlanden", "the Netherlands"."""
        return self.in_phrase.get(code.strip().upper()) or self.label(code)

    def picker(self, lang: Language) -> list[tuple[Code, str]]:
        """Every named country as (code, name), sorted by name the way a reader expects."""
        return sorted(
            ((code, text.get(lang)) for code, text in self.names.items()),
            key=lambda item: _sort_key(item[1]),
        )


def _sort_key(name: str) -> str:
    """Ä sorts with A, Ö with O (DIN 5007-1), independent of the system locale."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def countries() -> Countries:
    """The shipped country data (loaded once per process, from the content cache if unchanged)."""
    return cached_yaml("countries", forms_path("countries.yaml"), Countries)
