"""The input gate: every file that comes in passes here before anything uses or writes it.

The command line (``export``, ``import``, ``check``, ``merge``, ``versions``, ``diff``,
``catalog validate``, ``gui FILE``) and the interface (Datei › Öffnen, Zusammenführen, drag and
drop, the file named at start-up) read their input through these functions. Whatever is wrong
with it ends as a :data:`INPUT_ERRORS` exception whose text is one German line naming the file;
the command line prints it and exits 2, the interface shows it in a dialog. The input is only
read, never changed, and nothing is created beside it.

- ``.tomw`` files: :func:`open_tomw` (and every ``TomwStore.open``) looks at the path and the
  header first (:mod:`tomwizard.store.probe`: missing, link loop, folder, pipe, device,
  unreadable, empty, foreign, truncated), then checks the whole content read-only.
- JSON exchange files: :func:`read_exchange` refuses files over :data:`MAX_JSON_BYTES`,
  bytes that are not UTF-8, JSON the parsers disagree about (duplicate keys, NaN, deep nesting,
  lone surrogates; :func:`tomwizard.exchange.parse_json`), values of the wrong type, and measure
  ids that are neither in the catalog nor in the id register (:func:`check_measure_ids`).
- Letterhead logos (PNG or SVG): :func:`read_logo` refuses files over 1 MiB and anything
  :func:`tomwizard.logo_image.check_logo` does not accept (no real PNG, too many pixels, SVG
  with scripts, entities or external references) with a :class:`LogoError` (German and English).
- Questionnaires (``.xlsx``, merge only): :mod:`tomwizard.questionnaire.read` bounds the
  workbook before openpyxl reads it and lists every invalid answer cell.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from tomwizard.content.catalog import default_catalog
from tomwizard.content.yamlsource import ContentError
from tomwizard.i18n import _, ngettext, tr
from tomwizard.input_errors import ExchangeError
from tomwizard.logo_image import MAX_LOGO_BYTES, LogoError
from tomwizard.models.assessment import Assessment
from tomwizard.models.catalog import LANGUAGES, Catalog
from tomwizard.models.letterhead import Logo
from tomwizard.paths import forms_path
from tomwizard.store import StoreError, TomwStore
from tomwizard.store.opening import same_file
from tomwizard.store.probe import check_path

if TYPE_CHECKING:
    from tomwizard.exchange import ExchangeDocument
    from tomwizard.history.merge_source import MergeSource

# The upgrade, exchange and merge-source modules load where they are used: an export or the
# GUI's start reads no JSON.

__all__ = [
    "INPUT_ERRORS",
    "MAX_JSON_BYTES",
    "LogoError",
    "check_measure_ids",
    "merge_source",
    "one_line",
    "open_tomw",
    "read_exchange",
    "read_logo",
    "same_file",
]

MAX_JSON_BYTES = 64 * 1024 * 1024  # an exchange file with a long history is well under 1 MB


# the errors of bad input (a QuestionnaireError is an ExchangeError)
INPUT_ERRORS: tuple[type[Exception], ...] = (StoreError, ExchangeError, LogoError)


def one_line(message: str) -> str:
    """``message`` as one line: line breaks and other control characters (from a file name or
    a name in a customer's file, say) are shown escaped, so that stderr and a dialog get
    exactly one line and no terminal escape sequence (ESC, CR, bidi overrides) takes effect.
    Spaces stay as they are (also the non-breaking ones of German typography)."""
    if message.isprintable():
        return message
    return "".join(_escaped(c) if _hidden(c) else c for c in message)


def shortened(value: object, limit: int = 60) -> str:
    """A value the user typed, for a message: at most ``limit`` characters (then „…“), so
    that a mistyped 50,000-character option does not fill the terminal."""
    text = str(value)
    return text if len(text) <= limit else f"{text[: limit - 1]}…"


_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _hidden(char: str) -> bool:
    return unicodedata.category(char) in _HIDDEN


def _escaped(char: str) -> str:
    return char.encode("unicode_escape").decode("ascii")


def open_tomw(path: Path, readonly: bool = False, author: str | None = None) -> TomwStore:
    """Open a ``.tomw`` file through the gate (the store runs the checks; see the module)."""
    return TomwStore.open(path, readonly=readonly, author=author)


def read_exchange(path: Path, catalog: Catalog | None = None) -> ExchangeDocument:
    """The exchange document in the JSON file ``path``, checked (see the module docstring).

    Raises StoreError (the path) or ExchangeError (the content), both one line with the path.
    """
    from tomwizard.exchange import decode_json, import_document

    info = check_path(path, _("keine JSON-Datei"))
    if info.st_size > MAX_JSON_BYTES:
        too_large = _(
            "{path}: Die Datei ist zu groß für eine Austauschdatei "
            "({size} MB, höchstens {most} MB)."
        )
        raise ExchangeError(
            too_large.format(path=path, size=info.st_size // 2**20, most=MAX_JSON_BYTES // 2**20)
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        unreadable = _("{path}: Die Datei kann nicht gelesen werden ({reason}).")
        raise ExchangeError(unreadable.format(path=path, reason=exc.strerror or exc)) from exc
    try:
        document = import_document(decode_json(data))
    except ExchangeError as exc:
        raise ExchangeError(f"{path}: {exc}") from exc
    check_measure_ids(path, document.assessment, catalog)
    return document


def read_logo(path: Path) -> Logo:
    """The letterhead logo in the image file ``path`` (PNG or SVG), checked; raises StoreError
    (the path) or LogoError (the content), one line naming the file, in German (``str``) and
    English (``.en``). Only the first 1 MiB + 1 byte is ever read."""
    check_path(path, _("kein Bild"))
    try:
        with path.open("rb") as stream:
            data = stream.read(MAX_LOGO_BYTES + 1)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        raise LogoError(
            *(
                one_line(
                    tr(lang, "{path}: Die Datei kann nicht gelesen werden ({reason}).").format(
                        path=path, reason=reason
                    )
                )
                for lang in LANGUAGES
            )
        ) from exc
    try:
        return Logo.from_bytes(data)
    except LogoError as exc:
        raise LogoError(one_line(f"{path}: {exc}"), one_line(f"{path}: {exc.en}")) from exc


def merge_source(
    path: Path,
    catalog: Catalog | None = None,
    ours: Assessment | None = None,
    skip_invalid: bool = False,
) -> MergeSource:
    """The customer's file for a merge: a JSON exchange file, a ``.tomw`` (read-only) or a
    filled-in questionnaire (``.xlsx``; merged into ``ours``; its own bounds, see
    :mod:`tomwizard.questionnaire.read`)."""
    from tomwizard.history.merge_source import (
        QUESTIONNAIRE_SUFFIXES,
        exchange_source,
        questionnaire_source,
        tomw_source,
    )

    suffix = path.suffix.lower()
    if suffix in QUESTIONNAIRE_SUFFIXES:
        check_path(path, _("keine Excel-Arbeitsmappe"))
        return questionnaire_source(path, ours, skip_invalid)
    if suffix == ".json":
        return exchange_source(path, read_exchange(path, catalog))
    source = tomw_source(path)
    check_measure_ids(path, source.assessment, catalog)
    return source


def check_measure_ids(path: Path, assessment: Assessment, catalog: Catalog | None = None) -> None:
    """Refuse answers to measure ids that are neither in the catalog nor in the id register
    (ids of earlier catalog versions, mapped on by the upgrade). An assessment made with
    another catalog is not checked here: the commands refuse a foreign catalog themselves."""
    catalog = catalog or default_catalog()
    if assessment.catalog_id != catalog.id:
        return
    known = _known_ids(catalog) | {custom.id for custom in assessment.custom_measures}
    unknown = [measure_id for measure_id in assessment.answers if measure_id not in known]
    if unknown:
        message = ngettext(
            "{path}: Die Datei enthält Antworten zu einer unbekannten Maßnahme (erste: „{first}“), "
            "die weder im Katalog noch im ID-Register stehen; nichts übernommen.",
            "{path}: Die Datei enthält Antworten zu {n} unbekannten Maßnahmen (erste: „{first}“), "
            "die weder im Katalog noch im ID-Register stehen; nichts übernommen.",
            len(unknown),
        )
        raise ExchangeError(
            one_line(message.format(path=path, n=len(unknown), first=unknown[0][:80]))
        )
    _check_custom_measures(path, assessment, catalog)


def _check_custom_measures(path: Path, assessment: Assessment, catalog: Catalog) -> None:
    """A custom measure the annex would not show, or would confuse with a catalog measure,
    is refused instead of being lost in silence: an id of the catalog (or of an earlier
    version), and, for the program's catalog version, a section or a linked measure the
    catalog does not have."""
    known = _known_ids(catalog)
    current = assessment.catalog_version == catalog.version
    sections = {section.id for section in catalog.sections}
    measures = {measure.id for measure in catalog.measures()}
    for i, custom in enumerate(assessment.custom_measures):
        where = f"assessment.custom_measures.{i}"
        if custom.id in known:
            message = _(
                "{path}: „{where}.id“: die Kennung „{id}“ gehört einer Maßnahme des Katalogs; "
                "nichts übernommen."
            )
            value = custom.id
        elif current and custom.section_id not in sections:
            message = _(
                "{path}: „{where}.section_id“: einen Abschnitt „{id}“ hat der Katalog nicht; "
                "nichts übernommen."
            )
            value = custom.section_id
        elif current and custom.linked_measure and custom.linked_measure not in measures:
            message = _(
                "{path}: „{where}.linked_measure“: eine Maßnahme „{id}“ hat der Katalog nicht; "
                "nichts übernommen."
            )
            value = custom.linked_measure
        else:
            continue
        raise ExchangeError(one_line(message.format(path=path, where=where, id=value[:80])))


def _known_ids(catalog: Catalog) -> frozenset[str]:
    return frozenset(m.id for m in catalog.measures()) | _register_ids()


@cache
def _register_ids() -> frozenset[str]:
    """Every id ever issued (forms/catalog/id-register.txt) and every id a mapping names."""
    from tomwizard.content.upgrade import shipped_mappings

    ids: set[str] = set()
    register = forms_path("catalog", "id-register.txt")
    try:
        lines: Iterable[str] = register.read_text(encoding="utf-8").splitlines()
    except OSError:  # a firm's own forms folder may have no register
        lines = ()
    ids.update(line.strip() for line in lines if line.strip() and not line.startswith("#"))
    try:
        mappings = shipped_mappings()
    except ContentError:  # reported by `tomwizard catalog validate`
        mappings = ()
    for step in mappings:
        ids.update(step.renamed, step.split, step.removed)
        ids.update(old for group in step.merged.values() for old in group)
    return frozenset(ids)
