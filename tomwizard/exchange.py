"""The JSON exchange format: a whole assessment as one JSON document.

``export → import → export`` gives the same text. Besides the assessment, a document can carry
the file's history: the change log and the frozen versions (both optional, left out when empty).

The JSON Schema is generated from the models and shipped as
``resources/schema/tomwizard-exchange.schema.json`` (a test keeps the shipped copy current;
``make schema`` rewrites it).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from tomwizard import __version__
from tomwizard.history.changelog import ChangeRecord, FrozenVersion
from tomwizard.models.assessment import Assessment

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


class ExchangeError(ValueError):
    """The JSON text is not a valid exchange document; the message is one German line."""


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
    """The whole exchange document, history included. Raises ExchangeError."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"Ungültiges JSON in Zeile {exc.lineno}, Spalte {exc.colno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExchangeError("Das ist keine tomwizard-Austauschdatei (Feld „format“ fehlt).")
    version = data.get("format_version")
    if isinstance(version, int) and version > FORMAT_VERSION:
        raise ExchangeError(
            f"Die Austauschdatei hat Formatversion {version}; diese tomwizard-Version "
            f"kennt bis {FORMAT_VERSION}. Bitte tomwizard aktualisieren."
        )
    try:
        return ExchangeDocument.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]  # loc and msg name the place, not the (private) input
        where = ".".join(str(part) for part in first["loc"])
        more = f" (und {exc.error_count() - 1} weitere Fehler)" if exc.error_count() > 1 else ""
        raise ExchangeError(f"Ungültiger Wert bei „{where}“: {first['msg']}{more}") from exc


def json_schema() -> dict[str, Any]:
    schema = ExchangeDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "urn:tomwizard:exchange:1"
    return schema


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
