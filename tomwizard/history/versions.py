"""Versions of a file compared: for ``tomwizard diff``, the GUI's diff view and the annex.

A processor must tell its controllers what changed in its TOM. :func:`annex_changes` gives the
list for the appendix "Änderungen gegenüber Version N" as plain data; the PDF code renders it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import ValidationError

from tomwizard.history.changelog import (
    VersionInfo,
    assessment_content,
    canonical_json,
    content_hash,
)
from tomwizard.history.diff import DiffEntry, diff_assessments
from tomwizard.i18n import N_, _, format_date, say, tr
from tomwizard.models.assessment import Assessment, Organisation
from tomwizard.models.catalog import Catalog, Language, Text
from tomwizard.shell_words import shell_word
from tomwizard.store import TomwStore, errors

CURRENT = "current"


@dataclass(frozen=True)
class VersionDiff:
    """The changes from one version (``from_version``) to another or to the current state."""

    from_version: VersionInfo
    to_version: VersionInfo | None  # None: the current, not yet frozen state
    entries: list[DiffEntry] = field(default_factory=list)

    def title(self, lang: Language = "de") -> str:
        n = self.from_version.number
        if self.to_version is None:
            return tr(lang, "Änderungen von Version {n} zu aktuellem Stand").format(n=n)
        line = tr(lang, "Änderungen von Version {n} zu Version {to}")
        return line.format(n=n, to=self.to_version.number)

    def lines(self, lang: Language = "de") -> list[str]:
        return [entry.line(lang) for entry in self.entries]


@dataclass(frozen=True)
class AnnexChanges:
    """Plain data for the annex appendix "Änderungen gegenüber Version N"."""

    since: VersionInfo
    title: Text
    entries: list[DiffEntry]


def frozen_assessment(store: TomwStore, number: int) -> Assessment:
    """The assessment as frozen in version ``number``; StoreError if missing or unreadable."""
    version = store.version(number)
    try:
        return version.assessment()
    except ValidationError as exc:
        raise errors.DamagedError(
            store.path,
            _("Version {n} kann mit dieser tomwizard-Version nicht gelesen werden.").format(
                n=number
            ),
        ) from exc


def diff_versions(
    store: TomwStore,
    from_number: int | None = None,
    to_number: int | None = None,
    catalog: Catalog | None = None,
) -> VersionDiff:
    """Changes from version ``from_number`` (default: the latest) to ``to_number``
    (default: the current state). StoreError if the file has no such version."""
    versions = store.versions()
    if not versions:
        raise errors.StoreError(
            store.path,
            _(
                "Die Datei hat noch keine festgeschriebene Version "
                "(„tomwizard versions {file} --freeze“ legt eine an)."
            ).format(file=shell_word(store.path)),
        )
    by_number = {info.number: info for info in versions}
    start = versions[-1].number if from_number is None else from_number
    for number in (start, to_number):
        if number is not None and number not in by_number:
            known = ", ".join(str(n) for n in by_number)
            raise errors.StoreError(
                store.path,
                _("Version {n} gibt es nicht (vorhanden: {known}).").format(n=number, known=known),
            )
    old = frozen_assessment(store, start)
    new = store.load() if to_number is None else frozen_assessment(store, to_number)
    return VersionDiff(
        from_version=by_number[start],
        to_version=None if to_number is None else by_number[to_number],
        entries=diff_assessments(old, new, catalog),
    )


def annex_changes(
    store: TomwStore, catalog: Catalog | None = None, since: int | None = None
) -> AnnexChanges | None:
    """Changes of the current state against version ``since``; by default against the latest
    version whose content differs from the current state (so freezing the version being
    exported still compares with the one before). None when there is no such version."""
    versions = store.versions()
    if since is None:
        current = content_hash(canonical_json(assessment_content(store.load())))
        earlier = [info for info in versions if info.content_hash != current]
        if not earlier:
            return None
        since = earlier[-1].number
    result = diff_versions(store, since, None, catalog)
    org = frozen_assessment(store, result.from_version.number).organisation
    title = Text(**{lang: _title(result.from_version.number, org, lang) for lang in ("de", "en")})
    return AnnexChanges(since=result.from_version, title=title, entries=result.entries)


def _title(number: int, org: Organisation, lang: Language) -> str:
    """The annex the controller holds, by its own version and Stand („Änderungen gegenüber der
    Fassung 2.1 (Stand 02.11.2026)“), not by the internal version number and the day it was
    frozen (DSB review 4, N9); the internal number only where the annex had neither."""
    version = " ".join(org.version.split())
    stand = format_date(org.stand, lang) if org.stand else ""
    if version and stand:
        return say(lang, N_("Änderungen gegenüber der Fassung {v} (Stand {date})")).format(
            v=version, date=stand
        )
    if version:
        return say(lang, N_("Änderungen gegenüber der Fassung {v}")).format(v=version)
    if stand:
        return say(lang, N_("Änderungen gegenüber der Fassung vom {date}")).format(date=stand)
    return say(lang, N_("Änderungen gegenüber Version {n}")).format(n=number)
