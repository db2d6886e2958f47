"""The closed set of predicates a gap rule may use, and the rule itself (validated by pydantic).

A predicate is a YAML mapping with exactly one key, the predicate's name::

    all: [P, ...]            every P holds            any: [P, ...]   at least one P holds
    not: P                   P does not hold
    status: {measure?, in}   the measure's status is one of ``in`` (no measure: the current one)
    missing: ID              status is neither umgesetzt nor entfaellt (offen counts as missing)
    done: ID                 status is umgesetzt
    param: {measure?, name, lt|le|gt|ge|eq, when_absent, bind}
                             compare a parameter (value from the answer, else the default)
    out_of_range: true       a parameter of the current measure lies outside recommended_min/max
    empty: PATH              the field is unset, blank, or an empty list
    field: {path, equals|in|lt|le|gt|ge}
    contains: {paths, any_of}  a text (or list of texts) contains one of the words (any case)
    date: {path, older_than_months}  a date lies more than N months before today (0: before today)
    country: {path, in, quantifier}  country codes in a field belong to one of the groups
    count: {of, where?, at_least|at_most, bind?}  number of measures/subprocessors/custom measures
    protection_need: [normal|hoch|sehr_hoch]      level: [basis|standard|erhoeht]
    measure_in: [ID, ...]    the current measure is one of these     parent: P   P holds for the
                                                                     current measure's parent
    linked: P                P holds for the catalog measure the current custom measure
                             replaces or extends (false when it names none)
    replaced: true           a custom measure with a description replaces the current
                             measure (link „ersetzt“; the annex names it instead)
    naming: {bind, items: [{label, when}]}  at least one item's ``when`` holds; ``bind``
                             receives the labels of those that hold ("Anschrift und Leistung")
    among: {path, in_field, bind?}  every country code in ``path`` is listed in ``in_field``;
                             ``bind`` receives those that are not, for "verarbeitet in …"
    names_countries: {measure, param, outside, bind}  the text parameter names a country (by
                             name or code) that is not listed in the field ``outside``
                             (``omitting: true``: the field lists a country the text does not
                             name; "EU"/"EWR" in the text names every EU/EEA country)
    screening: {question, equals|in}  the answer to a Rahmenbedingungen question (ja, nein,
                             unbekannt; an unanswered question matches nothing)
    expired: {path, bind?}   a date at ``path`` (or the ``valid_until`` of each entry of a list
                             of certificates) lies before the Stand or today, whichever is
                             later; ``bind`` receives the expired entries with their dates
    raised_by_screening: true  an answer to the Rahmenbedingungen makes the current measure
                             more important (forms/screening.yaml, ``raises``)
    after_stand: PATH        a date lies after the annex's Stand (none entered: false)

Nothing here is evaluated as code: the engine (``engine.py``) interprets these models.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import Discriminator, Field, Tag, model_validator

from tomwizard.content.countries import CountryGroup
from tomwizard.models.assessment import ProtectionNeed, Status
from tomwizard.models.catalog import ID_PATTERN, Level, Strict, Text
from tomwizard.models.finding import FindingKind, Severity

MeasureId = Annotated[str, Field(pattern=ID_PATTERN)]
FieldPath = Annotated[str, Field(pattern=r"^[a-z_]+(?:\.[a-z_]+)*$")]
Name = Annotated[str, Field(pattern=r"^[a-z_][a-z0-9_]*$")]
Scalar = str | int | bool

Scope = Literal[
    "assessment", "section", "measure", "subprocessor", "subprocessor_country", "custom"
]
TARGET_PATTERN = r"^(measure|field|subprocessor|custom|section):[A-Za-z0-9_.\-*]+$"


class _Comparison(Strict):
    """At most one of lt, le, gt, ge, eq."""

    lt: int | None = None
    le: int | None = None
    gt: int | None = None
    ge: int | None = None
    eq: int | None = None

    def comparisons(self) -> list[tuple[str, int]]:
        pairs = (("lt", self.lt), ("le", self.le), ("gt", self.gt), ("ge", self.ge))
        return [(op, v) for op, v in (*pairs, ("eq", self.eq)) if v is not None]

    @model_validator(mode="after")
    def _one_comparison(self) -> _Comparison:
        if len(self.comparisons()) > 1:
            raise ValueError("use only one of lt, le, gt, ge, eq")
        return self


class AllOf(Strict):
    all: list[Predicate] = Field(min_length=1)


class AnyOf(Strict):
    any: list[Predicate] = Field(min_length=1)


class Not(Strict):
    not_: Predicate = Field(alias="not")


class StatusSpec(Strict):
    measure: MeasureId | None = None
    in_: list[Status] = Field(alias="in", min_length=1)


class StatusIs(Strict):
    status: StatusSpec


class Missing(Strict):
    missing: MeasureId


class Done(Strict):
    done: MeasureId


class ParamSpec(_Comparison):
    measure: MeasureId | None = None
    name: Name
    when_absent: bool = False  # the result when the parameter has no value and no default
    bind: Name | None = None  # placeholder that receives the value (with its unit)

    @model_validator(mode="after")
    def _needs_comparison(self) -> ParamSpec:
        if not self.comparisons():
            raise ValueError("a parameter comparison needs one of lt, le, gt, ge, eq")
        return self


class ParamIs(Strict):
    param: ParamSpec


class OutOfRange(Strict):
    out_of_range: Literal[True]


class Empty(Strict):
    empty: FieldPath


class FieldSpec(_Comparison):
    path: FieldPath
    equals: Scalar | None = None
    in_: list[Scalar] | None = Field(default=None, alias="in")

    @model_validator(mode="after")
    def _one_test(self) -> FieldSpec:
        tests = len(self.comparisons()) + (self.equals is not None) + (self.in_ is not None)
        if tests != 1:
            raise ValueError("a field test needs exactly one of equals, in, lt, le, gt, ge, eq")
        return self


class FieldIs(Strict):
    field: FieldSpec


class ContainsSpec(Strict):
    paths: list[FieldPath] = Field(min_length=1)
    any_of: list[Annotated[str, Field(min_length=2)]] = Field(min_length=1)


class Contains(Strict):
    contains: ContainsSpec


class DateSpec(Strict):
    path: FieldPath
    older_than_months: int = Field(ge=0)


class DateIs(Strict):
    date: DateSpec


class CountrySpec(Strict):
    path: FieldPath
    in_: list[CountryGroup] = Field(alias="in", min_length=1)
    quantifier: Literal["any", "all"] = "any"  # "all" over no recognisable code is false


class CountryIs(Strict):
    country: CountrySpec


class CountSpec(Strict):
    of: Literal["measures", "subprocessors", "custom_measures"]
    where: Predicate | None = None
    at_least: int | None = Field(default=None, ge=0)
    at_most: int | None = Field(default=None, ge=0)
    bind: Name | None = None

    @model_validator(mode="after")
    def _one_bound(self) -> CountSpec:
        if (self.at_least is None) == (self.at_most is None):
            raise ValueError("a count needs exactly one of at_least, at_most")
        return self


class CountIs(Strict):
    count: CountSpec


class NeedIs(Strict):
    protection_need: list[ProtectionNeed] = Field(min_length=1)


class LevelIs(Strict):
    level: list[Level] = Field(min_length=1)


class MeasureIn(Strict):
    measure_in: list[MeasureId] = Field(min_length=1)


class Parent(Strict):
    parent: Predicate


class Linked(Strict):
    linked: Predicate


class Replaced(Strict):
    replaced: Literal[True]


class NamingItem(Strict):
    label: Text
    when: Predicate


class NamingSpec(Strict):
    bind: Name
    items: list[NamingItem] = Field(min_length=1)


class Naming(Strict):
    naming: NamingSpec


class AmongSpec(Strict):
    path: FieldPath
    in_field: FieldPath
    bind: Name | None = None  # the codes of ``path`` not in ``in_field``, as "in Irland, den …"


class Among(Strict):
    among: AmongSpec


class ExpiredSpec(Strict):
    path: FieldPath
    bind: Name | None = None


class Expired(Strict):
    expired: ExpiredSpec


class NamesCountriesSpec(Strict):
    measure: MeasureId
    param: Name
    outside: FieldPath
    bind: Name | None = None
    omitting: bool = False  # reversed: a country of ``outside`` the text does not name


class NamesCountries(Strict):
    names_countries: NamesCountriesSpec


ScreeningValue = Literal["ja", "nein", "unbekannt"]


class ScreeningSpec(Strict):
    question: Name
    equals: ScreeningValue | None = None
    in_: list[ScreeningValue] | None = Field(default=None, alias="in")

    @model_validator(mode="after")
    def _one_test(self) -> ScreeningSpec:
        if (self.equals is None) == (self.in_ is None):
            raise ValueError("a screening test needs exactly one of equals, in")
        return self


class ScreeningIs(Strict):
    screening: ScreeningSpec


class RaisedByScreening(Strict):
    raised_by_screening: Literal[True]


class AfterStand(Strict):
    after_stand: FieldPath


PREDICATE_TYPES: dict[str, type[Strict]] = {
    "all": AllOf,
    "any": AnyOf,
    "not": Not,
    "status": StatusIs,
    "missing": Missing,
    "done": Done,
    "param": ParamIs,
    "out_of_range": OutOfRange,
    "empty": Empty,
    "field": FieldIs,
    "contains": Contains,
    "date": DateIs,
    "country": CountryIs,
    "count": CountIs,
    "protection_need": NeedIs,
    "level": LevelIs,
    "measure_in": MeasureIn,
    "parent": Parent,
    "linked": Linked,
    "replaced": Replaced,
    "naming": Naming,
    "among": Among,
    "expired": Expired,
    "names_countries": NamesCountries,
    "screening": ScreeningIs,
    "raised_by_screening": RaisedByScreening,
    "after_stand": AfterStand,
}
_TAG_OF_TYPE = {cls: tag for tag, cls in PREDICATE_TYPES.items()}


def _predicate_tag(value: Any) -> str | None:
    if isinstance(value, dict):
        return next(iter(value)) if len(value) == 1 else None
    return _TAG_OF_TYPE.get(type(value))


Predicate = Annotated[
    Union[  # noqa: UP007 - Tag annotations need the explicit Union
        Annotated[AllOf, Tag("all")],
        Annotated[AnyOf, Tag("any")],
        Annotated[Not, Tag("not")],
        Annotated[StatusIs, Tag("status")],
        Annotated[Missing, Tag("missing")],
        Annotated[Done, Tag("done")],
        Annotated[ParamIs, Tag("param")],
        Annotated[OutOfRange, Tag("out_of_range")],
        Annotated[Empty, Tag("empty")],
        Annotated[FieldIs, Tag("field")],
        Annotated[Contains, Tag("contains")],
        Annotated[DateIs, Tag("date")],
        Annotated[CountryIs, Tag("country")],
        Annotated[CountIs, Tag("count")],
        Annotated[NeedIs, Tag("protection_need")],
        Annotated[LevelIs, Tag("level")],
        Annotated[MeasureIn, Tag("measure_in")],
        Annotated[Parent, Tag("parent")],
        Annotated[Linked, Tag("linked")],
        Annotated[Replaced, Tag("replaced")],
        Annotated[Naming, Tag("naming")],
        Annotated[Among, Tag("among")],
        Annotated[Expired, Tag("expired")],
        Annotated[NamesCountries, Tag("names_countries")],
        Annotated[ScreeningIs, Tag("screening")],
        Annotated[RaisedByScreening, Tag("raised_by_screening")],
        Annotated[AfterStand, Tag("after_stand")],
    ],
    Discriminator(
        _predicate_tag,
        custom_error_type="predicate",
        custom_error_message=(
            "a predicate is a mapping with exactly one of the keys: " + ", ".join(PREDICATE_TYPES)
        ),
    ),
]


class Rule(Strict):
    """One gap rule: when ``when`` holds (for each instance of ``scope``), report a finding."""

    id: Annotated[str, Field(pattern=ID_PATTERN)]
    severity: Severity
    kind: FindingKind = FindingKind.LUECKE  # widerspruch: the answers contradict themselves
    scope: Scope = "assessment"
    when: Predicate
    text: Text
    remedy: Text
    references: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    targets: list[Annotated[str, Field(pattern=TARGET_PATTERN)]] = Field(default_factory=list)
    values: dict[Name, FieldPath] = Field(default_factory=dict)  # placeholder -> field
    # What the finding is about, where it is not its instance or first measure: findings of
    # several rules about one subject are reported as one (review 2, finding 18)
    subject: Annotated[str, Field(pattern=TARGET_PATTERN)] | None = None
    # A generic rule (baseline, parameter range) gives way where a specific rule already
    # points at the same measure, so that one gap is not reported twice.
    yields: bool = False


class RuleFile(Strict):
    rules: list[Rule] = Field(min_length=1)


# The recursive models (AllOf, AnyOf, Not, Parent,
# Linked, NamingItem, NamingSpec, CountSpec, Rule, RuleFile) are completed on
# first use (``defer_build`` in ``Strict``): a start with cached rules never pays for it.
