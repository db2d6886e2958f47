"""What is merged in: the customer's ``.tomw``, JSON exchange file or filled-in questionnaire.

``load_merge_source(path, ours)`` reads any of the three (read-only) into a :class:`MergeSource`:
the customer's assessment, the frozen versions it carries, a known base (the questionnaire's
answers as written), and who changed what on the customer's side, so that the change log keeps
the customer's authors and times and names the file merged rows came from.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from tomwizard.exchange import ExchangeDocument
from tomwizard.history.changelog import FrozenVersion
from tomwizard.i18n import _
from tomwizard.input_errors import ExchangeError
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore
from tomwizard.store.records import Origin

QUESTIONNAIRE_SUFFIXES = (".xlsx",)


@dataclass(frozen=True)
class MergeSource:
    """The customer's file: its assessment and the versions it carries."""

    assessment: Assessment
    versions: list[FrozenVersion]
    name: str = ""  # the file's name, written into the change log as the rows' source
    base: Assessment | None = None  # a base known from the file itself (questionnaire)
    changes: dict[str, tuple[str, str]] = field(default_factory=dict)  # target → (at, author)
    author: str | None = None  # for rows without a record of their own (questionnaire)
    skipped: list[str] = field(default_factory=list)  # invalid cells left out (--skip-invalid)

    def origin(self) -> Origin:
        """How the store logs rows taken from this source (see ``TomwStore.replace_all``)."""
        return Origin(source=self.name, author=self.author, changes=dict(self.changes))


def last_changes(records: Iterable[tuple[str, str, str]]) -> dict[str, tuple[str, str]]:
    """target → (time, author) of the newest change, from (at, author, target) rows."""
    found: dict[str, tuple[str, str]] = {}
    for at, author, target in records:
        found[target] = (at, author)
    return found


def load_merge_source(
    path: Path, ours: Assessment | None = None, skip_invalid: bool = False
) -> MergeSource:
    """Read a ``.tomw`` (read-only), a JSON exchange file or a questionnaire (``.xlsx``, needs
    ``ours``: the questionnaire holds answers only) through the input gate
    (:func:`tomwizard.inputs.merge_source`). Raises StoreError or ExchangeError (the
    questionnaire's QuestionnaireError lists every invalid cell unless ``skip_invalid``)."""
    from tomwizard.inputs import merge_source  # the gate imports this module

    return merge_source(path, ours=ours, skip_invalid=skip_invalid)


def exchange_source(path: Path, document: ExchangeDocument) -> MergeSource:
    """A JSON exchange file already read by the gate, with its change log's authors."""
    changes = last_changes((r.at, r.author, r.target) for r in document.changelog)
    return MergeSource(document.assessment, document.versions, path.name, changes=changes)


def tomw_source(path: Path) -> MergeSource:
    """The customer's ``.tomw`` (read-only), with its change log's authors."""
    with TomwStore.open(path, readonly=True) as store:
        changes = last_changes((at, who, target) for at, who, target, *_values in store.changelog())
        return MergeSource(store.load(), store.frozen_versions(), path.name, changes=changes)


def questionnaire_source(path: Path, ours: Assessment | None, skip_invalid: bool) -> MergeSource:
    """A filled-in questionnaire, merged into ``ours``."""
    if ours is None:
        raise ExchangeError(_("Ein Fragebogen lässt sich nur in eine Datei zusammenführen."))
    return _questionnaire_source(path, ours, skip_invalid)


def _questionnaire_source(path: Path, ours: Assessment, skip_invalid: bool) -> MergeSource:
    from tomwizard.questionnaire.answers import questionnaire_states
    from tomwizard.questionnaire.read import QuestionnaireError, read_questionnaire

    questionnaire = read_questionnaire(path)
    if questionnaire.problems and not skip_invalid:
        raise QuestionnaireError(questionnaire.problem_message(), skippable=True)
    if questionnaire.catalog_id != ours.catalog_id:
        other = _("Der Fragebogen gehört zum Katalog „{theirs}“, diese Datei verwendet „{ours}“.")
        raise QuestionnaireError(
            other.format(theirs=questionnaire.catalog_id, ours=ours.catalog_id)
        )
    if questionnaire.catalog_version != ours.catalog_version:
        older = _(
            "Der Fragebogen wurde mit Katalogversion {theirs} geschrieben, die Datei verwendet "
            "{ours}; bitte einen neuen Fragebogen schreiben."
        )
        raise QuestionnaireError(
            older.format(theirs=questionnaire.catalog_version, ours=ours.catalog_version)
        )
    theirs, base = questionnaire_states(questionnaire, ours)
    theirs = theirs.model_copy(update={"assessment_id": questionnaire.assessment_id})
    who = questionnaire.filled_by or "Kunde"
    return MergeSource(
        theirs,
        [],
        path.name,
        base=base,
        author=f"{who} (Fragebogen)",
        skipped=[problem.line() for problem in questionnaire.problems],
    )
