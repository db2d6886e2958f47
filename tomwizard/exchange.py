"""The JSON exchange format: a whole assessment as one JSON document.

``export → import → export`` gives the same text. The JSON Schema is generated from the
models and shipped as ``resources/schema/tomwizard-exchange.schema.json`` (a test keeps the
shipped copy current; ``make schema`` rewrites it).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError

from tomwizard import __version__
from tomwizard.models.assessment import Assessment

FORMAT = "tomwizard-exchange"
FORMAT_VERSION = 1
SCHEMA_FILE = "tomwizard-exchange.schema.json"


class ExchangeDocument(BaseModel):
    """The top level of an exchange file."""

    model_config = ConfigDict(extra="forbid", title="tomwizard exchange document")

    format: Literal["tomwizard-exchange"]
    format_version: Literal[1]
    generator: str = ""
    assessment: Assessment


class ExchangeError(ValueError):
    """The JSON text is not a valid exchange document; the message is one German line."""


def export_json(assessment: Assessment) -> str:
    document = ExchangeDocument(
        format=FORMAT,
        format_version=FORMAT_VERSION,
        generator=f"tomwizard {__version__}",
        assessment=assessment,
    )
    return json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def import_json(text: str) -> Assessment:
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
        return ExchangeDocument.model_validate(data).assessment
    except ValidationError as exc:
        first = exc.errors()[0]
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
