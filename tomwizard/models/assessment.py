"""One assessment: the annex being filled in for one customer or one processing."""

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field

from tomwizard.i18n import N_, Labels
from tomwizard.models import empty_dict, empty_list
from tomwizard.models.catalog import Language
from tomwizard.models.letterhead import Letterhead


class Model(BaseModel):
    """Base for user data: unknown keys are errors, so a typo in JSON is reported, not lost."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)


class Status(StrEnum):
    OFFEN = "offen"
    UMGESETZT = "umgesetzt"
    TEILWEISE = "teilweise"
    GEPLANT = "geplant"
    NICHT_UMGESETZT = "nicht_umgesetzt"
    ENTFAELLT = "entfaellt"


STATUS_LABELS: Labels[Status] = Labels(  # STATUS_LABELS[status][lang]; English in tomwizard/locale
    {
        Status.OFFEN: N_("offen"),
        Status.UMGESETZT: N_("umgesetzt"),
        Status.TEILWEISE: N_("teilweise umgesetzt"),
        Status.GEPLANT: N_("geplant"),
        Status.NICHT_UMGESETZT: N_("nicht umgesetzt"),
        Status.ENTFAELLT: N_("entfällt"),
    }
)


class ProtectionNeed(StrEnum):
    NORMAL = "normal"
    HOCH = "hoch"
    SEHR_HOCH = "sehr_hoch"


ParamValue = int | str


class Answer(Model):
    """The answer to one catalog measure (or one custom measure)."""

    status: Status = Status.OFFEN
    note: str = ""
    params: dict[str, ParamValue] = Field(default_factory=empty_dict)
    follow_up: bool = False  # "Rückfrage": needs to be asked again
    evidence: str = ""
    planned_date: dt.date | None = None  # required when status is geplant
    reason: str = ""  # required when status is entfaellt
    owner: str = ""  # "verantwortlich": who sees to it (action plan); internal, not in the annex
    # "Was noch fehlt": for a partly implemented measure, the part still outstanding; printed in
    # the annex's part of measures not yet fully implemented (unlike the internal note)
    remaining: str = ""
    # Set by the Rahmenbedingungen (screening); a user's edit clears it, so that a later change
    # of a screening answer re-applies only what the screening itself decided.
    from_screening: bool = False


# The answer to one screening question ("Rahmenbedingungen", forms/screening.yaml).
ScreeningAnswer = Literal["ja", "nein", "unbekannt"]


class Party(Model):
    name: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "DE"  # ISO 3166-1 alpha-2
    contact: str = ""
    representative: str = ""  # who signs, with function


class Dsb(Model):
    """Datenschutzbeauftragter of the processor."""

    appointed: bool = False
    name: str = ""
    external: bool = False
    email: str = ""
    phone: str = ""


class RoleNames(StrEnum):
    """Which pair of role words the annex uses (English: controller/processor for both)."""

    VERANTWORTLICHER = "verantwortlicher"  # Verantwortlicher / Auftragsverarbeiter
    AUFTRAGGEBER = "auftraggeber"  # Auftraggeber / Auftragnehmer


class ContactPoint(Model):
    """Anlaufstelle of the processor for data protection questions of the controller."""

    name: str = ""  # person, team or function
    email: str = ""
    phone: str = ""


class Certificate(Model):
    """A certificate or attestation of the processor, printed in the annex when named."""

    name: str = ""  # e.g. "ISO/IEC 27001:2022"
    scope: str = ""
    issuer: str = ""
    valid_until: dt.date | None = None


class SubApproval(StrEnum):
    """How the AVV lets the controller approve sub-processors (Art. 28 Abs. 2 DSGVO)."""

    EINZELN = "einzeln"  # gesonderte Genehmigung: each one approved in advance
    ALLGEMEIN = "allgemein"  # allgemeine schriftliche Genehmigung with a right to object


def _unanswered(value: Any) -> Any:
    return None if value == "" else value  # the form's „Keine Angabe“


# None: not answered (files from before the choice existed): the annex names both models
SubApprovalAnswer = Annotated[SubApproval | None, BeforeValidator(_unanswered)]


class Organisation(Model):
    processor: Party = Field(default_factory=Party)  # Auftragsverarbeiter (Auftragnehmer)
    controller: Party = Field(default_factory=Party)  # Verantwortlicher (Auftraggeber)
    role_names: RoleNames = RoleNames.VERANTWORTLICHER
    dsb: Dsb = Field(default_factory=Dsb)
    contact_point: ContactPoint = Field(default_factory=ContactPoint)
    certificates: list[Certificate] = Field(default_factory=empty_list)
    place: str = ""
    contract_reference: str = ""
    annex_number: str = "3"
    stand: dt.date | None = None
    version: str = "1.0"
    sub_approval: SubApprovalAnswer = None  # review 5, P5
    letterhead: Letterhead = Field(default_factory=Letterhead)  # Briefkopf of the documents


class Processing(Model):
    """Beschreibung der Verarbeitung (Art. 28 Abs. 3 DSGVO)."""

    subject: str = ""
    duration: str = ""
    purposes: list[str] = Field(default_factory=empty_list)
    data_subjects: list[str] = Field(default_factory=empty_list)
    data_categories: list[str] = Field(default_factory=empty_list)
    special_categories: list[str] = Field(default_factory=empty_list)  # Art. 9 DSGVO
    # Art. 9 DSGVO, whether such data are processed: None = not answered yet (the annex prints
    # „keine Angabe“ and the final version is blocked); False = the explicit answer "none"
    special_data: bool | None = None
    # Art. 10 DSGVO: None = not answered yet (printed as „keine Angabe“, blocks the final version)
    criminal_data: bool | None = None
    steps: list[str] = Field(default_factory=empty_list)
    places: list[str] = Field(default_factory=empty_list)  # countries or sites of processing
    instructing_persons: list[str] = Field(default_factory=empty_list)  # Weisungsberechtigte (AG)
    instruction_recipients: list[str] = Field(default_factory=empty_list)  # Weisungsempfänger (AN)
    persons_processing: int | None = Field(default=None, ge=0)


class LinkKind(StrEnum):
    """How a custom measure relates to the catalog measure it names (review 4, N4)."""

    EXTENDS = "extends"  # ergänzt: the catalog measure still applies
    REPLACES = "replaces"  # ersetzt: the catalog measure entfällt, replaced by this one


class CustomMeasure(Model):
    """A measure the user added under "Sonstige" in a section."""

    id: str = Field(min_length=1)
    section_id: str
    text: str = ""
    answer: Answer = Field(default_factory=lambda: Answer(status=Status.UMGESETZT))
    # The catalog measure this one replaces or extends ("" = none). ``extends``: a rule reports
    # a custom measure marked implemented while that catalog measure is "entfällt";
    # ``replaces``: that catalog measure entfällt and the annex names this one instead. Files
    # from before the choice existed read as ``extends`` (the check they were written under).
    linked_measure: str = ""
    link_kind: LinkKind = LinkKind.EXTENDS


class TransferBasis(StrEnum):
    NONE = ""
    EU_EWR = "eu_ewr"
    ADEQUACY = "angemessenheit"
    DPF = "dpf"
    SCC = "scc"
    BCR = "bcr"
    ART49 = "art49"


class Subprocessor(Model):
    id: str = Field(min_length=1)
    name: str = ""
    address: str = ""
    country_seat: str = ""  # ISO 3166-1 alpha-2
    countries_processing: list[str] = Field(default_factory=empty_list)
    service: str = ""
    data_categories: str = ""
    transfer_basis: TransferBasis = TransferBasis.NONE
    dpf_checked: dt.date | None = None
    scc_module: str = ""
    tia_done: bool = False
    certification: str = ""
    certification_valid_until: dt.date | None = None
    sub_avv_date: dt.date | None = None
    approved_date: dt.date | None = None


class Assessment(Model):
    # (bounded: both appear in messages such as "uses catalog X version Y, run upgrade")
    catalog_id: str = Field(max_length=64)
    catalog_version: str = Field(max_length=64)
    # Stable identity (a UUID) given when the file is created; "" in files made before it
    # existed until their first write. Merging another assessment's file needs a confirmation.
    assessment_id: str = Field(default="", max_length=64)
    language: Language = "de"
    organisation: Organisation = Field(default_factory=Organisation)
    processing: Processing = Field(default_factory=Processing)
    protection_need: ProtectionNeed = ProtectionNeed.NORMAL
    answers: dict[str, Answer] = Field(default_factory=empty_dict)
    custom_measures: list[CustomMeasure] = Field(default_factory=empty_list)
    subprocessors: list[Subprocessor] = Field(default_factory=empty_list)
    # Rahmenbedingungen: question id -> answer; an unanswered question is not listed.
    screening: dict[str, ScreeningAnswer] = Field(default_factory=empty_dict)

    def answer(self, measure_id: str) -> Answer:
        """The answer to a measure; an unanswered measure reads as ``offen``."""
        return self.answers.get(measure_id) or Answer()
