"""The firm's letterhead ("Briefkopf") of one assessment: logo, sender line, footer lines and
an accent colour, printed on the annex (PDF and Word) and the gap report.

It lives in the organisation (``organisation.letterhead``), so it is stored in the ``.tomw``
(one field row per part, see :mod:`tomwizard.store.fields`) and travels in the JSON exchange
format: a consultant's file carries its customer's letterhead. The logo's bytes are base64 in
JSON; a logo is checked by :func:`tomwizard.logo_image.check_logo` whenever it is validated,
so a bad image cannot enter by any path (wizard, command line, exchange file).
"""

import base64
import binascii
from typing import TYPE_CHECKING, Annotated, Any, Self, cast

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema, model_validator
from pydantic_core import core_schema

from tomwizard.logo_image import (
    MAX_LOGO_BYTES,
    PNG,
    SVG,
    MediaType,
    check_logo,
    check_new_logo,
)
from tomwizard.models import empty_list

if TYPE_CHECKING:
    from pydantic import GetCoreSchemaHandler

MAX_SENDER = 160
MAX_FOOTER_LINES = 3
MAX_FOOTER_LINE = 160
ACCENT_PATTERN = r"^(#[0-9A-Fa-f]{6})?$"


def _from_base64(value: Any) -> Any:
    if isinstance(value, str):
        if len(value) > (MAX_LOGO_BYTES * 4) // 3 + 8:
            raise ValueError("logo too large")
        try:
            return base64.b64decode(value.encode("ascii"), validate=True)
        except (binascii.Error, UnicodeEncodeError) as exc:
            raise ValueError("logo data is not base64") from exc
    return value


def _to_base64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


class _Base64InJson:
    """Bytes written as base64 text in JSON (the ``.tomw`` rows, the exchange file): the
    serializer ``PlainSerializer(_to_base64, return_type=str, when_used="json")`` makes, set
    the way it sets it, without importing ``pydantic.functional_serializers`` (its dataclasses,
    compiled at import, cost about 9 M instructions of every start and export for this one
    field)."""

    def __get_pydantic_core_schema__(
        self, source: Any, handler: "GetCoreSchemaHandler"
    ) -> core_schema.CoreSchema:
        schema = handler(source)  # bytes (after the BeforeValidator)
        serializer = core_schema.plain_serializer_function_ser_schema(
            _to_base64,
            info_arg=False,  # (_to_base64 takes the value only)
            return_schema=handler.generate_schema(str),
            when_used="json",
        )
        cast(dict[str, Any], schema)["serialization"] = serializer
        return schema


LogoBytes = Annotated[
    bytes,
    BeforeValidator(_from_base64),
    _Base64InJson(),
    WithJsonSchema({"type": "string", "contentEncoding": "base64"}),
]


class Logo(BaseModel):
    """The logo image as the user chose it (PNG or SVG), checked."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    media_type: MediaType
    data: LogoBytes
    # An SVG logo drawn as PNG by the interface (QtSvg) when it was chosen there: Word
    # documents show it where a program cannot read SVG pictures (the core has no SVG
    # rasteriser). None for PNG logos and for SVG logos that came by the command line or JSON.
    png_fallback: LogoBytes | None = None

    @model_validator(mode="after")
    def _checked(self) -> Self:
        info = check_logo(self.data)  # LogoError is a ValueError: a validation error
        if info.media_type != self.media_type:
            raise ValueError(f"logo is {info.media_type}, not {self.media_type}")
        fallback = self.png_fallback
        if fallback is not None and (
            self.media_type != SVG or check_logo(fallback).media_type != PNG
        ):
            raise ValueError("png_fallback is a PNG, and only for an SVG logo")
        return self

    @classmethod
    def from_bytes(cls, data: bytes) -> Self:
        """A new logo of the type its bytes have; raises LogoError (German and English)."""
        return cls(media_type=check_new_logo(data).media_type, data=data)

    def __repr__(self) -> str:  # not a megabyte of bytes in a traceback
        return f"Logo({self.media_type}, {len(self.data)} bytes)"


FooterLine = Annotated[str, Field(max_length=MAX_FOOTER_LINE)]


class Letterhead(BaseModel):
    """Empty by default: then the documents look as without a letterhead."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True, defer_build=True)

    logo: Logo | None = None
    sender: str = Field(default="", max_length=MAX_SENDER)  # "Muster GmbH · Weg 1 · 12345 Ort"
    footer: list[FooterLine] = Field(default_factory=empty_list, max_length=MAX_FOOTER_LINES)
    accent: str = Field(default="", pattern=ACCENT_PATTERN)  # "#RRGGBB" or "" (none)

    @property
    def empty(self) -> bool:
        return self.logo is None and not self.sender.strip() and not self.lines and not self.accent

    @property
    def lines(self) -> list[str]:
        """The footer lines that have text."""
        return [line.strip() for line in self.footer if line.strip()]


def logo_left_out(letterhead: Letterhead) -> bool:
    """An SVG logo with too much to draw (stored before the bound, or imported from a JSON
    exchange file): the file keeps it, the documents leave it out."""
    logo = letterhead.logo
    return logo is not None and logo.media_type == SVG and check_logo(logo.data).too_much_to_draw
