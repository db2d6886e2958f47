"""The fixed wording of one document as the builders use it: in its language, with the file's
role words, typographic ties and the running numbers of its headings."""

from __future__ import annotations

import re
from collections.abc import Mapping

from tomwizard.export.document.model import Heading, Run, Runs
from tomwizard.export.document.typography import clean, tie
from tomwizard.models.catalog import Language
from tomwizard.models.roles import fill_roles, swap_roles

_EMPHASIS = re.compile(r"(</?[bi]>)")


def user(text: str) -> str:
    """User or catalog text as the model holds it: cleaned, with typographic ties."""
    return tie(clean(text))


class Words:
    """Language, wording and heading numbers shared by the part builders of one document.
    ``roles``: the RoleNames value whose role words the wording uses (placeholders filled,
    words of the first pair swapped: :mod:`tomwizard.models.roles`; values never)."""

    def __init__(
        self, lang: Language, wording: Mapping[str, str], roles: str = "verantwortlicher"
    ) -> None:
        self.lang = lang
        self.wording = wording
        self.roles = roles
        self._numbers = 0

    def text(self, key: str, **values: str) -> str:
        """Fixed wording with ``values`` (plain text) filled in, with typographic ties."""
        template = self.roled(self.wording[key])
        return tie(template.format(**values) if values else template)

    def runs(self, key: str, **values: str) -> Runs:
        """Fixed wording whose template marks emphasis with ``<b>``/``<i>``, as runs."""
        return emphasised(self.roled(self.wording[key]), **values)

    def roled(self, text: str) -> str:
        """Our own ``text`` (wording, a heading, a rule's message) in the file's role words."""
        return swap_roles(fill_roles(text, self.roles), self.roles)

    def next_number(self) -> int:
        self._numbers += 1
        return self._numbers

    def peek_number(self, ahead: int = 1) -> int:
        return self._numbers + ahead

    def heading(self, text: str, numbered: bool = True) -> Heading:
        """A part heading, numbered ("3.") unless told otherwise."""
        return Heading(tie(self.roled(text)), f"{self.next_number()}." if numbered else "")


def emphasised(template: str, **values: str) -> Runs:
    """``template`` (with ``<b>``/``<i>`` around emphasised words) filled with ``values``."""
    out: list[Run] = []
    bold = italic = False
    for piece in _EMPHASIS.split(template):
        if piece in ("<b>", "</b>"):
            bold = piece == "<b>"
        elif piece in ("<i>", "</i>"):
            italic = piece == "<i>"
        elif piece:
            out.append(Run(tie(piece.format(**values) if values else piece), bold, italic))
    return tuple(out)
