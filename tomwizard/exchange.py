"""The JSON exchange format: a whole assessment as one JSON document.

``export → import → export`` gives the same text. Besides the assessment, a document can carry
the file's history: the change log and the frozen versions (both optional, left out when empty).

The JSON Schema is generated from the models and shipped as
``resources/schema/tomwizard-exchange.schema.json`` (a test keeps the shipped copy current;
``make schema`` rewrites it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tomwizard import __version__
from tomwizard.export.text_limits import MAX_TEXT as TEXT_LIMIT
from tomwizard.history.changelog import ChangeRecord, FrozenVersion
from tomwizard.i18n import N_, Msg, _, format_number, message_language, say
from tomwizard.input_errors import ExchangeError as ExchangeError  # the format's error, see there
from tomwizard.models.assessment import Assessment
from tomwizard.models.limits import grows_too_long, too_many
from tomwizard.validation_text import describe

FORMAT = "tomwizard-exchange"
FORMAT_VERSION = 1
SCHEMA_FILE = "tomwizard-exchange.schema.json"


class ExchangeDocument(BaseModel):
    """The top level of an exchange file."""

    model_config = ConfigDict(extra="forbid", title="tomwizard exchange document", defer_build=True)

    format: Literal["tomwizard-exchange"]
    format_version: Literal[1]
    generator: str = ""
    assessment: Assessment
    changelog: list[ChangeRecord] = Field(default_factory=list)
    versions: list[FrozenVersion] = Field(default_factory=list)


def export_json(
    assessment: Assessment,
    changelog: Sequence[ChangeRecord] = (),
    versions: Sequence[FrozenVersion] = (),
) -> str:
    """The exchange document; pass ``store.changes()`` and ``store.frozen_versions()`` to
    include the file's history."""
    document = ExchangeDocument(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        generator=f"tomwizard {__version__}",
        assessment=assessment,
        changelog=list(changelog),
        versions=list(versions),
    )
    data = document.model_dump(mode="json")
    for key in ("changelog", "versions"):
        if not data[key]:
            del data[key]
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def import_json(text: str) -> Assessment:
    """The assessment of an exchange document (its history is ignored)."""
    return import_document(text).assessment


def import_document(text: str) -> ExchangeDocument:
    """The whole exchange document, history included. Raises ExchangeError (one line)."""
    data = parse_json(text)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError(_("Das ist keine tomwizard-Austauschdatei (Feld „format“ fehlt)."))
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        message = _(
            "Die Austauschdatei hat Formatversion {version}; diese tomwizard-Version kennt bis "
            "{known}. Bitte tomwizard aktualisieren."
        )
        raise ExchangeError(message.format(version=version, known=FORMAT_VERSION))
    try:
        document = ExchangeDocument.model_validate(data)
    except ValidationError as exc:
        raise ExchangeError(describe(exc, prefix="assessment.")) from exc
    _check_unique(document)
    _check_counts(document)
    _check_countries(document.assessment)
    return document


_COUNTRY_CODE = re.compile(r"[A-Za-z]{2}")


def _check_countries(assessment: Assessment) -> None:
    """Country fields hold ISO 3166-1 codes (two letters, e.g. DE) or nothing: a name or a
    typo there would be printed as it is and read as a third country by the rules."""
    organisation = assessment.organisation
    fields = [
        ("organisation.processor.country", organisation.processor.country),
        ("organisation.controller.country", organisation.controller.country),
    ]
    for i, sub in enumerate(assessment.subprocessors):
        fields.append((f"subprocessors.{i}.country_seat", sub.country_seat))
        where = f"subprocessors.{i}.countries_processing"
        fields += [(f"{where}.{j}", code) for j, code in enumerate(sub.countries_processing)]
    for where, code in fields:
        if code and not _COUNTRY_CODE.fullmatch(code.strip()):
            message = _(
                "Ungültiger Wert bei „{where}“: „{value}“ ist kein Ländercode (zwei Buchstaben "
                "nach ISO 3166-1, z. B. DE)."
            )
            raise ExchangeError(message.format(where=f"assessment.{where}", value=_shown(code)))


def _check_counts(document: ExchangeDocument) -> None:
    """No list longer than its bound (:mod:`tomwizard.models.limits`)."""
    message = too_many(document.assessment)
    for key, count in (
        ("changelog", len(document.changelog)),
        ("versions", len(document.versions)),
    ):
        message = message or grows_too_long(key, 0, count)
    if message is not None:
        raise ExchangeError(message)
    for i, version in enumerate(document.versions):  # numbers count from 1 in every file;
        if version.number > MAX_VERSION_NUMBER:  # near SQLite's bound the next freeze fails
            n, most = (
                format_number(x, message_language()) for x in (version.number, MAX_VERSION_NUMBER)
            )
            message = _(
                "„versions.{i}.number“: die Versionsnummer {n} ist zu groß (höchstens {most})."
            )
            raise ExchangeError(message.format(i=i, n=n, most=most))


def _check_unique(document: ExchangeDocument) -> None:
    """What a ``.tomw`` keys by id must be unique here too (else the import fails half-way)."""
    assessment = document.assessment
    for where, keys in (
        ("changelog", [record.id for record in document.changelog]),
        ("versions", [version.number for version in document.versions]),
        ("assessment.custom_measures", [custom.id for custom in assessment.custom_measures]),
        ("assessment.subprocessors", [sub.id for sub in assessment.subprocessors]),
    ):
        seen: set[object] = set()
        for key in keys:
            if key in seen:
                shown = _shown(key) if isinstance(key, str) else key
                message = _("„{where}“: die Kennung „{id}“ kommt doppelt vor.")
                raise ExchangeError(message.format(where=where, id=shown))
            seen.add(key)


MAX_VERSION_NUMBER = 1_000_000
MAX_DEPTH = 64  # a real exchange document nests about eight levels deep
# One text of a measure or a field (the export refuses longer ones: tomwizard.export.text_limits)
MAX_TEXT = TEXT_LIMIT


def decode_json(data: bytes) -> str:
    """The text of a JSON file: UTF-8 (with or without BOM), or UTF-16/UTF-32 as Windows
    editors save it ("Unicode"), told apart by the BOM or the NUL bytes of the first
    characters (RFC 8259 section 8.1, as ``json.loads`` does for bytes)."""
    encoding = json.detect_encoding(data)
    try:
        return data.decode(encoding).removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        if encoding.startswith("utf-8"):
            message = _(
                "Die Datei ist kein UTF-8-Text (Byte {byte} ist ungültig); bitte als UTF-8 "
                "speichern."
            )
        else:
            message = _("Die Datei ist kein gültiger {encoding}-Text (Byte {byte} ist ungültig).")
        raise ExchangeError(
            message.format(
                byte=exc.start, encoding=encoding.upper().replace("-BE", "").replace("-LE", "")
            )
        ) from exc


# json's messages (CPython 3.11 to 3.13), for the user's language
_JSON_REASONS: dict[str, Msg] = {
    "Expecting value": N_("hier fehlt ein Wert"),
    "Expecting ',' delimiter": N_("hier fehlt ein Komma"),
    "Expecting ':' delimiter": N_("hier fehlt ein Doppelpunkt"),
    "Expecting property name enclosed in double quotes": N_(
        "hier wird ein Name in doppelten Anführungszeichen erwartet"
    ),
    "Unterminated string starting at": N_('ein Text endet nicht (das schließende " fehlt)'),
    "Invalid control character at": N_("ein Steuerzeichen (z. B. ein Zeilenumbruch) in einem Text"),
    "Invalid \\escape": N_("ungültige Maskierung mit \\ in einem Text"),
    "Invalid \\uXXXX escape": N_("ungültige Maskierung \\uXXXX in einem Text"),
    "Extra data": N_("nach dem Ende des JSON folgt noch etwas"),
    "Illegal trailing comma before end of object": N_(
        "überzähliges Komma vor dem Ende eines Objekts"
    ),
    "Illegal trailing comma before end of array": N_("überzähliges Komma vor dem Ende einer Liste"),
}


def _json_reason(error: json.JSONDecodeError) -> str:
    known = _JSON_REASONS.get(error.msg)
    return say(message_language(), known) if known else _("ungültige Schreibweise")


def parse_json(text: str) -> Any:
    """``json.loads`` that refuses what JSON parsers disagree about or what breaks later:
    duplicate keys, NaN/Infinity, nesting deeper than MAX_DEPTH, integers beyond 64 bits and
    lone UTF-16 surrogates (``"\\ud800"``), which no UTF-8 file can hold."""
    try:
        data = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        if not text.strip():
            raise ExchangeError(_("Die Datei ist leer (kein JSON).")) from exc
        message = _("Ungültiges JSON in Zeile {line}, Spalte {column}: {error}")
        raise ExchangeError(
            message.format(line=exc.lineno, column=exc.colno, error=_json_reason(exc))
        ) from exc
    except ExchangeError:
        raise
    except RecursionError as exc:
        raise ExchangeError(_too_deep()) from exc
    except ValueError as exc:  # an int of more digits than sys.get_int_max_str_digits()
        raise ExchangeError(_("Ungültiges JSON: eine Zahl hat zu viele Ziffern.")) from exc
    _check_values(data)
    return data


def _too_deep() -> str:
    return _("Das JSON ist zu tief verschachtelt (mehr als {n} Ebenen).").format(n=MAX_DEPTH)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            message = _("Der Schlüssel „{key}“ kommt in einem Objekt doppelt vor.")
            raise ExchangeError(message.format(key=_shown(key)))
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ExchangeError(_("„{name}“ ist in JSON nicht erlaubt.").format(name=name))


def _check_values(data: Any) -> None:
    """Walk the parsed document without recursion: depth and text that UTF-8 cannot hold."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        node, depth = stack.pop()
        if depth > MAX_DEPTH:
            raise ExchangeError(_too_deep())
        if isinstance(node, dict):
            for key, value in node.items():
                _check_text(key)
                stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((value, depth + 1) for value in node)
        elif isinstance(node, str):
            _check_text(node)
        elif isinstance(node, int) and not -(2**63) <= node < 2**63:  # SQLite's INTEGER
            raise ExchangeError(_("Eine Zahl ist zu groß (mehr als 64 Bit)."))


def _check_text(text: str) -> None:
    if len(text) > MAX_TEXT:
        message = _("Ein Text ist zu lang ({n} Zeichen, höchstens {most}; Anfang: „{before}“).")
        lang = message_language()
        n, most = (format_number(x, lang) for x in (len(text), MAX_TEXT))
        raise ExchangeError(message.format(n=n, most=most, before=_shown(text)))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = f"U+{ord(text[exc.start]):04X}"
        if exc.start:
            message = _(
                "Ein Text enthält ein ungültiges Zeichen ({code}, ein einzelnes "
                "UTF-16-Ersatzzeichen) nach „{before}“."
            ).format(code=code, before=_shown(text[: exc.start]))
        else:
            message = _(
                "Ein Text enthält ein ungültiges Zeichen ({code}, ein einzelnes "
                "UTF-16-Ersatzzeichen)."
            ).format(code=code)
        raise ExchangeError(message) from exc


def _shown(text: str) -> str:
    """At most 40 characters of ``text`` for a message, control characters escaped."""
    cut = text[:40] + ("…" if len(text) > 40 else "")
    return cut.encode("unicode_escape").decode("ascii") if not cut.isprintable() else cut


def json_schema() -> dict[str, Any]:
    schema = ExchangeDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "urn:tomwizard:exchange:1"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
