"""Paragraphs with an overlong unbroken word (a sub-processor name of 30,000 characters).

reportlab lays out the rest of a paragraph again on every page it splits to, and splits a word
wider than a line character by character each time: one paragraph holding such a word several
times costs time quadratic in its length. :func:`paragraphs` cuts such a paragraph inside its
overlong words into paragraphs of at most :data:`CHUNK` characters each, which split at most
once; each part repeats the tags open where it was cut. Text without such a word stays one
paragraph with exactly the markup given.
"""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle

from tomwizard.export.pdf_keep import StoryParagraph as Paragraph

CHUNK = 1000  # characters of one unbroken word per paragraph (more than a line, less than a page)
_TOKENS = re.compile(r"<[^>]*>|&#?\w+;|\s|[^<&\s]+|[<&]")
_TAG_NAME = re.compile(r"</?\s*(\w+)")


def paragraphs(markup: str, style: ParagraphStyle) -> list[Paragraph]:
    """``markup`` as one paragraph, or cut into several inside words longer than CHUNK."""
    parts = _cut(markup)
    if len(parts) == 1:
        return [Paragraph(markup, style)]
    last = len(parts) - 1
    return [
        Paragraph(
            part,
            style.clone(
                f"{style.name}Part",
                spaceBefore=style.spaceBefore if i == 0 else 0,
                spaceAfter=style.spaceAfter if i == last else 0,
            ),
        )
        for i, part in enumerate(parts)
    ]


def _cut(markup: str) -> list[str]:
    """The markup in parts: cut where an unbroken run of characters reaches CHUNK, each part
    closing the tags still open and the next one opening them again."""
    if len(markup) <= CHUNK:
        return [markup]
    parts: list[str] = []
    current: list[str] = []
    opened: list[tuple[str, str]] = []  # (name, opening tag)
    run = 0
    for match in _TOKENS.finditer(markup):
        token = match.group()
        if token.startswith("<") and len(token) > 1:
            _track(token, opened)
            current.append(token)
            continue
        if token.isspace():
            run = 0
            current.append(token)
            continue
        if token.startswith("&"):
            pieces = [token]  # an entity is one character
        else:
            pieces = (
                [token[i : i + 1] for i in range(len(token))]
                if run + len(token) > CHUNK
                else [token]
            )
        for piece in pieces:
            if run + len(piece) > CHUNK:
                current += [f"</{name}>" for name, _ in reversed(opened)]
                parts.append("".join(current))
                current = [tag for _, tag in opened]
                run = 0
            current.append(piece)
            run += len(piece)
    parts.append("".join(current))
    return parts


def _track(tag: str, opened: list[tuple[str, str]]) -> None:
    """Keep ``opened`` up to date with an opening or closing tag (``<br/>`` opens nothing)."""
    found = _TAG_NAME.match(tag)
    if found is None or tag.endswith("/>"):
        return
    name = found.group(1)
    if tag.startswith("</"):
        for index in range(len(opened) - 1, -1, -1):
            if opened[index][0] == name:
                del opened[index]
                break
    else:
        opened.append((name, tag))
