"""Whether the annex's Stand still fits its answers (review 4, N13).

A final may carry a Stand older than the answers it prints: the change log knows when the
answers changed. A hint (never a blocker): „Stand und Version anpassen?“ in ``check`` and in
the export dialog.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING

from tomwizard.history.changelog import ChangeRecord
from tomwizard.i18n import N_, format_date, say
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import LANGUAGES, Language, Text
from tomwizard.models.finding import Finding, Severity

if TYPE_CHECKING:
    from tomwizard.store import TomwStore

RULE_ID = "stand.aelter_als_angaben"
# setting the Stand or the version is what the hint asks for: not a change of the content
_STAND_TARGETS = frozenset({"field:organisation.stand", "field:organisation.version"})
_NOT_CONTENT_KINDS = frozenset({"version"})  # freezing a version changes no answer

_TEXT = N_(
    "Stand und Version anpassen? Seit dem Stand ({stand}) wurden Angaben geändert (zuletzt "
    "am {last})."
)
_REMEDY = N_(
    "Vor der Weitergabe einer neuen Fassung den Stand auf das Datum der Fassung setzen und die "
    "Versionsnummer erhöhen."
)


def last_change_after_stand(
    assessment: Assessment, changes: Iterable[ChangeRecord]
) -> dt.date | None:
    """The day (local time) of the last change to the content after the Stand's day; None when
    there is none or no Stand is entered."""
    stand = assessment.organisation.stand
    if stand is None:
        return None
    days = [
        change.when.astimezone().date()
        for change in changes
        if change.kind not in _NOT_CONTENT_KINDS and change.target not in _STAND_TARGETS
    ]
    return max((day for day in days if day > stand), default=None)


def changes_to_check(store: TomwStore) -> list[ChangeRecord]:
    """What the check needs of a file's change log: the newest change to the content and those
    shortly before it (:meth:`TomwStore.latest_changes`), not the whole log; the check finds the
    same day in these as in all changes."""
    return store.latest_changes(_NOT_CONTENT_KINDS, _STAND_TARGETS)


def stand_message(stand: dt.date, last: dt.date, lang: Language) -> str:
    """„Stand und Version anpassen? Seit dem Stand (…) wurden Angaben geändert (…).“"""
    return say(lang, _TEXT).format(stand=format_date(stand, lang), last=format_date(last, lang))


def stand_finding(assessment: Assessment, changes: Iterable[ChangeRecord]) -> Finding | None:
    """The hint for ``check`` (severity hinweis, does not block the final), or None."""
    stand = assessment.organisation.stand
    last = last_change_after_stand(assessment, changes)
    if stand is None or last is None:
        return None
    text = Text(**{lang: stand_message(stand, last, lang) for lang in LANGUAGES})
    remedy = Text(**{lang: say(lang, _REMEDY) for lang in LANGUAGES})
    return Finding(
        rule_id=RULE_ID,
        severity=Severity.HINWEIS,
        text=text,
        remedy=remedy,
        targets=["field:organisation.stand"],
    )
