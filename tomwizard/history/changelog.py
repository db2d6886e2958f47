"""What a file remembers: change-log records and frozen versions (plain data, no SQL).

The store (``tomwizard.store``) writes and reads these; the JSON exchange carries them; the GUI
shows them. A frozen version keeps the whole assessment as canonical JSON, so any two versions
can be compared later even after the catalog or the program changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from tomwizard.models.assessment import Assessment

JsonValue = Any

# Targets of change-log rows: "<kind>:<key>".
TARGET_KINDS = ("field", "answer", "custom", "subprocessor", "version")


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


def now_utc() -> str:
    """The timestamp format of the file: ISO 8601, UTC, milliseconds."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds")


def parse_time(text: str) -> dt.datetime:
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class ChangeRecord(_Record):
    """One row of the change log: who changed what when, from which value to which.

    ``old``/``new`` are JSON values; ``None`` means "did not exist" (a row added or deleted)
    or an empty field value.
    """

    id: int = Field(ge=1)
    at: str  # ISO 8601 as stored (kept as text so that export → import → export is lossless)
    author: str
    target: str
    old: JsonValue = None
    new: JsonValue = None
    source: str = ""  # the file a merged row came from ("" for edits made in this file)

    @field_validator("at")
    @classmethod
    def _check_time(cls, value: str) -> str:
        parse_time(value)
        return value

    @field_validator("target")
    @classmethod
    def _check_target(cls, value: str) -> str:
        kind, sep, key = value.partition(":")
        if not sep or not key or kind not in TARGET_KINDS:
            raise ValueError(f"unknown change target: {value!r}")
        return value

    @property
    def when(self) -> dt.datetime:
        return parse_time(self.at)

    @property
    def kind(self) -> str:
        """``field``, ``answer``, ``custom``, ``subprocessor`` or ``version``."""
        return self.target.partition(":")[0]

    @property
    def key(self) -> str:
        """The field path, measure id, custom measure id, subprocessor id or version number."""
        return self.target.partition(":")[2]

    @property
    def measure_id(self) -> str | None:
        return self.key if self.kind in ("answer", "custom") else None

    @property
    def section_id(self) -> str | None:
        """The catalog section a change belongs to (answers and custom measures only)."""
        if self.kind == "answer":
            return self.key.split(".", 1)[0]
        if self.kind == "custom":
            for value in (self.new, self.old):
                if isinstance(value, dict) and isinstance(value.get("section_id"), str):
                    return str(value["section_id"])
        return None


class VersionInfo(_Record):
    """A frozen version: what was exported, when, by whom, against which catalog."""

    number: int = Field(ge=1)
    frozen_at: str
    author: str
    catalog_id: str
    catalog_version: str
    label: str = ""  # e.g. the annex's own version string "1.0"
    content_hash: str = Field(pattern=r"^sha256:[0-9a-f]{64}$")

    @field_validator("frozen_at")
    @classmethod
    def _check_time(cls, value: str) -> str:
        parse_time(value)  # (as the change log's times: else ``versions`` fails on reading)
        return value

    @property
    def when(self) -> dt.datetime:
        return parse_time(self.frozen_at)


class FrozenVersion(VersionInfo):
    """A version with its content: the assessment as it was frozen (JSON)."""

    content: dict[str, JsonValue]

    @model_validator(mode="after")
    def _check_hash(self) -> FrozenVersion:
        if content_hash(canonical_json(self.content)) != self.content_hash:
            raise ValueError(f"version {self.number}: content does not match its hash")
        return self

    def info(self) -> VersionInfo:
        return VersionInfo.model_validate(self.model_dump(exclude={"content"}))

    def assessment(self) -> Assessment:
        """The frozen assessment. Raises pydantic's ValidationError if it no longer fits."""
        return Assessment.model_validate(self.content)


def canonical_json(data: JsonValue) -> str:
    """One text per value: sorted keys, no spaces, UTF-8 kept (the hashed form)."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(canonical: str) -> str:
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def assessment_content(assessment: Assessment) -> dict[str, JsonValue]:
    data: dict[str, JsonValue] = assessment.model_dump(mode="json")
    return data
