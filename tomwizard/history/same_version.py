"""A final annex never carries the version and Stand of a frozen version it differs from (DSB
review 7, M3).

A frozen version is an annex as it was issued. When the answers have changed since, but the
annex's version and Stand have not, two different documents would say „Version 2.1, Stand
02.11.2026“ and nobody could tell which one binds; with ``--changes`` the annex would even name
itself as the version it amends. Both keep the annex a draft: an open point until version and
Stand are set anew. "Differs" means what the appendix of changes shows (internal notes,
evidence, Rückfragen and owners are left out, as there), so an internal note added after
freezing does not force a new version.
"""

from __future__ import annotations

import datetime as dt
import re

from pydantic import ValidationError

from tomwizard.history.changelog import assessment_content, canonical_json, content_hash
from tomwizard.history.diff import DiffEntry, diff_assessments
from tomwizard.history.versions import frozen_assessment
from tomwizard.i18n import N_, NN_, format_date, say, trn
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import LANGUAGES, Catalog, Language, Text
from tomwizard.models.finding import Finding, FindingKind, Severity
from tomwizard.rules.blocker_place import short as _short
from tomwizard.store import TomwStore, errors

RULE_ID = "endfassung.version_unveraendert"

_TEXT = N_(
    "Die Angaben haben sich gegenüber der festgeschriebenen Version {n} („{version}“, Stand "
    "{stand}) geändert: {what}. Version und Stand der Anlage sind aber unverändert. {todo}"
)
_ONE = N_("„{what}“")
_MORE = NN_("„{what}“ und {n} weitere Angabe", "„{what}“ und {n} weitere Angaben")
_TODO = N_("Version und Stand der Anlage neu setzen (z. B. Version {version}, Stand {today}).")
_TODO_PLAIN = N_("Version und Stand der Anlage neu setzen.")
_REMEDY = N_(
    "Eine neue Versionsnummer und den Stand dieser Fassung eintragen; die Änderungen gegenüber "
    "der festgeschriebenen Version zeigt der Vergleich der Versionen."
)
_NUMBER_AT_END = re.compile(r"^(.*?)(\d+)$")


def next_version(version: str) -> str:
    """ "2.1" → "2.2", "3" → "4"; "" where the version does not end in a number."""
    found = _NUMBER_AT_END.match(version)
    if found is None:
        return ""
    head, number = found.groups()
    return f"{head}{int(number) + 1}"


def _shown_changes(old: Assessment, new: Assessment, catalog: Catalog) -> list[DiffEntry]:
    """The changes the appendix of changes would show (only when a version has this name)."""
    from tomwizard.export.annex_changes import INTERNAL_ASPECTS

    entries = diff_assessments(old, new, catalog)
    return [e for e in entries if e.aspect not in INTERNAL_ASPECTS]


def _same_name(content: object, version: str, stand: dt.date) -> bool:
    """Whether frozen content (JSON) carries this version and Stand."""
    org = content.get("organisation") if isinstance(content, dict) else None
    if not isinstance(org, dict):
        return False
    frozen = " ".join(str(org.get("version") or "").split())
    return frozen == version and org.get("stand") == stand.isoformat()


def unchanged_version(
    store: TomwStore, assessment: Assessment, catalog: Catalog, today: dt.date | None = None
) -> Finding | None:
    """The open point when ``assessment`` differs from a frozen version of ``store`` with the
    same version and Stand (the latest such one), else None. Without a Stand nothing is
    compared (the missing Stand blocks already); an unreadable version is passed over."""
    org = assessment.organisation
    if org.stand is None:
        return None
    frozen = store.versions()
    if not frozen:  # most files: no JSON of the answers made and hashed on every refresh
        return None
    version = " ".join(org.version.split())
    current = content_hash(canonical_json(assessment_content(assessment)))
    for info in reversed(frozen):
        if info.content_hash == current:
            continue
        try:
            if not _same_name(store.version(info.number).content, version, org.stand):
                continue
            changes = _shown_changes(frozen_assessment(store, info.number), assessment, catalog)
        except (errors.StoreError, ValidationError):
            continue
        if changes:
            return _finding(info.number, version, org.stand, changes, today or dt.date.today())
    return None


def _finding(
    number: int, version: str, stand: dt.date, changes: list[DiffEntry], today: dt.date
) -> Finding:
    following = next_version(version)

    def text(lang: Language) -> str:
        todo = (
            say(lang, _TODO).format(version=following, today=format_date(today, lang))
            if following
            else say(lang, _TODO_PLAIN)
        )
        first, more = _short(changes[0].what(lang)), len(changes) - 1
        what = (
            trn(lang, *_MORE, more).format(what=first, n=more)
            if more
            else say(lang, _ONE).format(what=first)
        )
        return say(lang, _TEXT).format(
            n=number, version=version, stand=format_date(stand, lang), what=what, todo=todo
        )

    return Finding(
        rule_id=RULE_ID,
        severity=Severity.MITTEL,
        kind=FindingKind.OFFEN,
        text=Text(**{lang: text(lang) for lang in LANGUAGES}),
        remedy=Text(**{lang: say(lang, _REMEDY) for lang in LANGUAGES}),
        # the Stand first: the line says „Angaben – Stand“, the GUI goes to that field
        targets=["field:organisation.stand", "field:organisation.version"],
        references=["Art. 5 Abs. 2 DSGVO", "Art. 28 Abs. 9 DSGVO"],
    )


def version_findings(store: TomwStore, assessment: Assessment, catalog: Catalog) -> list[Finding]:
    """:func:`unchanged_version` as a list, to go with the rules' findings: it blocks the final
    version (kind offen) wherever they do (``check``, ``export``, the GUI's export)."""
    found = unchanged_version(store, assessment, catalog)
    return [found] if found is not None else []
