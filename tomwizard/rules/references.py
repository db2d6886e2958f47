"""Unite the references of findings merged into one (gap report: one entry per subject).

References to the GDPR are ordered by article and a reference another one already covers is
left out: "Art. 44 DSGVO" beside "Art. 44–47 DSGVO", "Art. 28 Abs. 2 DSGVO" beside
"Art. 28 Abs. 2, 4 DSGVO", "Art. 32 Abs. 1 lit. b DSGVO" beside "Art. 32 Abs. 1 DSGVO". Other
references (BDSG, BSI, ISO, decisions) follow in their first order, without repeats.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_GDPR = re.compile(r"^Art\. (\d+)(?:[–-](\d+))?(?: (Abs\. .+?))? DSGVO$")
_PARAGRAPH = re.compile(r"^(\d+)(?: lit\. ([a-z](?:, [a-z])*))?$")


@dataclass(frozen=True)
class _Gdpr:
    first: int
    last: int
    detail: str | None  # "Abs. 2, 4", "Abs. 1 lit. b, d"; None: the whole article(s)

    def parts(self) -> frozenset[tuple[int, str | None]] | None:
        """(paragraph, letter) pairs of the detail; None where it cannot be read so."""
        if self.detail is None:
            return frozenset()
        items: set[tuple[int, str | None]] = set()
        for chunk in re.split(r",? Abs\. ", " " + self.detail.removeprefix("Abs. ")):
            chunk = chunk.strip()
            if not chunk:
                continue
            paragraph = _PARAGRAPH.match(chunk)
            if paragraph is not None:
                letters = paragraph[2].split(", ") if paragraph[2] else [None]
                items |= {(int(paragraph[1]), letter) for letter in letters}
                continue
            numbers = chunk.split(", ")
            if not all(n.isdigit() for n in numbers):
                return None
            items |= {(int(n), None) for n in numbers}
        return frozenset(items)

    def covers(self, other: _Gdpr) -> bool:
        if not (self.first <= other.first and other.last <= self.last):
            return False
        if self.detail is None:
            return True
        if other.detail is None or self.first != self.last:
            return False
        mine, theirs = self.parts(), other.parts()
        if mine is None or theirs is None:
            return self.detail == other.detail
        return all((p, None) in mine or (p, letter) in mine for p, letter in theirs)


def _parse(reference: str) -> _Gdpr | None:
    match = _GDPR.match(reference)
    if match is None:
        return None
    first = int(match[1])
    return _Gdpr(first, int(match[2] or first), match[3])


def unite(references: list[str]) -> list[str]:
    """The references without repeats and without ones another covers, GDPR first by article."""
    unique = list(dict.fromkeys(r.strip() for r in references if r.strip()))
    gdpr = [(r, parsed) for r in unique if (parsed := _parse(r)) is not None]
    others = [r for r in unique if _parse(r) is None]
    kept = [
        (r, g)
        for i, (r, g) in enumerate(gdpr)
        if not any(
            o.covers(g) and (not g.covers(o) or j < i) for j, (_, o) in enumerate(gdpr) if j != i
        )
    ]
    kept.sort(key=lambda item: (item[1].first, item[1].last, item[1].detail or ""))
    return [r for r, _ in kept] + others
