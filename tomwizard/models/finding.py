"""A finding (gap warning) produced by the gap rules."""

from enum import StrEnum

from pydantic import BaseModel, ConfigDict, Field

from tomwizard.models import empty_list
from tomwizard.models.catalog import Language, Text
from tomwizard.models.roles import swap_roles


class Severity(StrEnum):
    KRITISCH = "kritisch"
    HOCH = "hoch"
    MITTEL = "mittel"
    HINWEIS = "hinweis"

    @property
    def rank(self) -> int:
        """0 is the most severe."""
        return list(Severity).index(self)


class FindingKind(StrEnum):
    """What a finding is about: a gap in the measures, answers that contradict each other or
    the file's own data, or something not yet answered or confirmed."""

    LUECKE = "luecke"
    WIDERSPRUCH = "widerspruch"
    OFFEN = "offen"


class Finding(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    rule_id: str
    severity: Severity
    kind: FindingKind = FindingKind.LUECKE
    text: Text
    remedy: Text
    targets: list[str] = Field(default_factory=empty_list)  # "measure:<id>", "field:<path>", ...
    references: list[str] = Field(default_factory=empty_list)
    # what the finding is about when its rule says so (a target such as
    # "field:processing.places"); "" = derived from the targets (rules.summary.subject_of)
    subject: str = ""

    def said(self, lang: Language, roles: str = "verantwortlicher") -> str:
        """The text in ``lang`` with the role words of the file's pair (``roles``: its
        ``organisation.role_names``); the rules are written with Verantwortlicher and
        Auftragsverarbeiter."""
        return swap_roles(self.text.get(lang), roles)

    @property
    def blocks_final(self) -> bool:
        """A contradiction, an open point or a critical gap keeps the annex a draft (ENTWURF).

        The one definition ``export --final``, ``check --final``, the annex's draft note and
        the GUI use (review 2, finding 3: a critical gap failed ``check`` but not ``export``)."""
        return self.kind is not FindingKind.LUECKE or self.severity is Severity.KRITISCH
