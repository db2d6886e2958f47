"""Country groups for third-country transfers, read from forms/countries.yaml."""

from __future__ import annotations

import datetime as dt
from functools import cache

from pydantic import Field

from tomwizard.models.catalog import Language, Strict, Text
from tomwizard.paths import forms_path
from tomwizard.yamlsource import load_yaml, validate


class Countries(Strict):
    eu: list[str]
    eea: list[str]
    adequacy: list[str]
    adequacy_checked: dt.date
    dpf: list[str]
    names: dict[str, Text] = Field(default_factory=dict)

    def is_eu_eea(self, code: str) -> bool:
        return code.upper() in self.eu or code.upper() in self.eea

    def is_third_country(self, code: str) -> bool:
        return bool(code) and not self.is_eu_eea(code)

    def has_adequacy(self, code: str) -> bool:
        return code.upper() in self.adequacy

    def name(self, code: str, lang: Language) -> str:
        text = self.names.get(code.upper())
        return text.get(lang) if text else code.upper()


@cache
def countries() -> Countries:
    path = forms_path("countries.yaml")
    data, lines = load_yaml(path)
    return validate(Countries, data, path, lines)
