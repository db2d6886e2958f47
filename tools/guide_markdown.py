"""The small Markdown subset the user guide is written in, read into blocks that
tools/build_guide.py renders as HTML (for the in-program help) and as a PDF (reportlab).

Blocks: ``#``/``##``/``###`` headings (``{#topic}`` at the end names an anchor, the topics that
F1 opens), paragraphs, ``- `` and ``1. `` lists, ``> `` notes, fenced code, and an image alone on
a line (``![Caption](name.png)``). Inline: ``**bold**``, ``*italic*``, `` `code` ``, and
``[text](target)``. Everything else is text (escaped).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

HEADING = re.compile(r"^(#{1,3})\s+(.*?)(?:\s+\{#([a-z0-9-]+)\})?\s*$")
IMAGE = re.compile(r"^!\[(.*?)\]\((\S+?)\)\s*$")
BULLET = re.compile(r"^(?:-|\d+\.)\s+(.*)$")


@dataclass
class Block:
    kind: str  # heading, para, ul, ol, note, code, image
    text: str = ""
    level: int = 0
    anchor: str = ""
    items: list[str] = field(default_factory=list)


def parse(source: str) -> list[Block]:
    blocks: list[Block] = []
    lines = source.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index].rstrip()
        index += 1
        if not line.strip():
            continue
        if line.startswith("```"):
            code: list[str] = []
            while index < len(lines) and not lines[index].startswith("```"):
                code.append(lines[index])
                index += 1
            index += 1
            blocks.append(Block("code", "\n".join(code)))
        elif heading := HEADING.match(line):
            marks, text, anchor = heading.groups()
            blocks.append(Block("heading", text, len(marks), anchor or ""))
        elif image := IMAGE.match(line):
            blocks.append(Block("image", image.group(1), anchor=image.group(2)))
        elif BULLET.match(line):
            kind = "ol" if line[0].isdigit() else "ul"
            items: list[str] = []
            index -= 1
            while index < len(lines) and lines[index].strip():
                item = BULLET.match(lines[index].rstrip())
                if item:
                    items.append(item.group(1))
                elif items:  # an indented continuation line
                    items[-1] += " " + lines[index].strip()
                index += 1
            blocks.append(Block(kind, items=items))
        else:
            note = line.startswith(">")
            text = [line.lstrip("> ").strip()]
            while index < len(lines) and lines[index].strip() and not _starts_block(lines[index]):
                text.append(lines[index].lstrip("> ").strip() if note else lines[index].strip())
                index += 1
            blocks.append(Block("note" if note else "para", " ".join(text)))
    return blocks


def _starts_block(line: str) -> bool:
    return bool(line.startswith(("```", "#")) or IMAGE.match(line) or BULLET.match(line.rstrip()))


def inline(text: str, code_face: str = "") -> str:
    """Inline Markdown as the HTML subset both QTextBrowser and reportlab's Paragraph read.
    ``code_face``: a font face for code (reportlab), else ``<code>``."""
    parts = re.split(r"(`[^`]+`)", text)
    out: list[str] = []
    for part in parts:
        if part.startswith("`") and part.endswith("`") and len(part) > 1:
            code = html.escape(part[1:-1], quote=False)
            font = f'<font face="{code_face}">{code}</font>'
            out.append(font if code_face else f"<code>{code}</code>")
            continue
        escaped = html.escape(part, quote=False)
        escaped = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", escaped)
        escaped = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"<i>\1</i>", escaped)
        if code_face:
            escaped = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r"\1", escaped)
        else:
            escaped = re.sub(r"\[([^\]]+)\]\(([^)]+)\)", r'<a href="\2">\1</a>', escaped)
        out.append(escaped)
    return "".join(out)


def plain(text: str) -> str:
    """Inline Markdown without its marks (for bookmarks and the table of contents)."""
    text = re.sub(r"\[([^\]]+)\]\([^)]+\)", r"\1", text)
    return text.replace("**", "").replace("`", "").replace("*", "")
