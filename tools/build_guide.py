"""Build the user guide (``make guide``): docs/guide/<lang>/*.md plus a chapter generated from
the gap rules (forms/rules/*.yaml) into

- ``OUT/<lang>/index.html`` with ``img/``: the in-program help (ui/help_viewer.py; F1 opens the
  anchor of the current page). ``make guide`` writes it to resources/guide/, so that the wheel
  and the bundle ship it;
- ``PDF_DIR/tomwizard-handbuch-de.pdf`` and ``tomwizard-handbook-en.pdf``: the handbook.

    python tools/build_guide.py OUT [--images DIR] [--pdf PDF_DIR]

``--images`` is the folder the screenshots were rendered to (``tools/render_pages.py --guide``):
``DIR/<lang>/<name>.png``; without it the images are left out (their captions stay).
"""

from __future__ import annotations

import argparse
import html
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from guide_markdown import Block, inline, parse, plain

from tomwizard.models.catalog import Language
from tomwizard.models.finding import FindingKind, Severity
from tomwizard.rules.loader import load_rules

ROOT = Path(__file__).resolve().parent.parent
LANGS: tuple[Language, ...] = ("de", "en")
TITLES = {"de": "tomwizard – Handbuch", "en": "tomwizard – User guide"}
PDF_NAMES = {"de": "tomwizard-handbuch-de.pdf", "en": "tomwizard-handbook-en.pdf"}
# The topics F1 opens (ui/help_viewer.py); every one must be an anchor in both languages.
TOPICS = (
    "start",
    "organisation",
    "verarbeitung",
    "rahmenbedingungen",
    "massnahmen",
    "interview",
    "unterauftragsverarbeiter",
    "zusammenfassung",
    "export",
    "versionen",
    "zusammenfuehren",
    "fragebogen",
    "massnahmenplan",
    "daten",
    "befunde",
)

FINDINGS_TEXT = {
    "de": {
        "title": "Was die Befunde bedeuten",
        "intro": "Die Zusammenfassung, `tomwizard check` und der Lückenbericht zeigen Befunde. "
        "Jeder stammt aus einer Regel in `forms/rules/`; diese Liste wird aus denselben Dateien "
        "erzeugt. Die Kennung steht in der Ausgabe von `tomwizard check`. Platzhalter "
        "(Maßnahme, Abschnitt, Name) sind als „…“ gezeigt.",
        "remedy": "Was tun",
        "refs": "Grundlage",
        "kind": {
            FindingKind.LUECKE: "Lücke",
            FindingKind.WIDERSPRUCH: "Widerspruch – verhindert die Endfassung",
            FindingKind.OFFEN: "offen – verhindert die Endfassung",
        },
        "severity": {
            Severity.KRITISCH: "Kritisch",
            Severity.HOCH: "Hoch",
            Severity.MITTEL: "Mittel",
            Severity.HINWEIS: "Hinweis",
        },
    },
    "en": {
        "title": "What the findings mean",
        "intro": "The summary, `tomwizard check` and the gap report show findings. Each comes "
        "from a rule in `forms/rules/`; this list is generated from the same files. The id is "
        "what `tomwizard check` prints. Placeholders (measure, section, name) are shown as “…”.",
        "remedy": "What to do",
        "refs": "Basis",
        "kind": {
            FindingKind.LUECKE: "gap",
            FindingKind.WIDERSPRUCH: "contradiction – keeps the annex a draft",
            FindingKind.OFFEN: "open – keeps the annex a draft",
        },
        "severity": {
            Severity.KRITISCH: "Critical",
            Severity.HOCH: "High",
            Severity.MITTEL: "Medium",
            Severity.HINWEIS: "Note",
        },
    },
}


def findings_markdown(lang: Language) -> str:
    """The chapter on findings, from the rule files (one entry per rule, by severity)."""
    words = FINDINGS_TEXT[lang]
    lines = [f"# {words['title']} {{#befunde}}", "", str(words["intro"]), ""]
    rules = [loaded.rule for loaded in load_rules()]
    for severity in Severity:
        chosen = [rule for rule in rules if rule.severity == severity]
        if not chosen:
            continue
        lines += [f"## {words['severity'][severity]} ({len(chosen)})", ""]  # type: ignore[index]
        for rule in chosen:
            text = _unplaceholder(rule.text.get(lang) or rule.text.get("de") or "")
            remedy = _unplaceholder(rule.remedy.get(lang) or rule.remedy.get("de") or "")
            kind = words["kind"][rule.kind]  # type: ignore[index]
            lines += [
                f"### `{rule.id}` – {kind}",
                "",
                text,
                "",
                f"**{words['remedy']}:** {remedy}",
                "",
                f"*{words['refs']}: {'; '.join(rule.references)}*",
                "",
            ]
    return "\n".join(lines)


def _unplaceholder(text: str) -> str:
    import re

    return re.sub(r"\{[a-z_]+\}", "…", text)


def chapters(lang: Language) -> list[Block]:
    blocks: list[Block] = []
    for path in sorted((ROOT / "docs" / "guide" / lang).glob("*.md")):
        blocks += parse(path.read_text(encoding="utf-8"))
    return blocks + parse(findings_markdown(lang))


# -- HTML -------------------------------------------------------------------------------------


def write_html(lang: Language, out: Path, images: Path | None) -> Path:
    folder = out / lang
    if folder.exists():
        shutil.rmtree(folder)
    (folder / "img").mkdir(parents=True)
    blocks = chapters(lang)
    body: list[str] = [f"<h1>{html.escape(TITLES[lang])}</h1>", "<ul>"]
    body += [
        f'<li><a href="#{b.anchor}">{inline(b.text)}</a></li>'
        for b in blocks
        if b.kind == "heading" and b.level == 1 and b.anchor
    ]
    body.append("</ul>")
    for block in blocks:
        body.append(_html_block(block, folder, images, lang))
    page = (
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{html.escape(TITLES[lang])}</title></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    target = folder / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def _html_block(block: Block, folder: Path, images: Path | None, lang: Language) -> str:
    if block.kind == "heading":
        anchor = f'<a name="{block.anchor}"></a>' if block.anchor else ""
        return f"{anchor}<h{block.level + 1}>{inline(block.text)}</h{block.level + 1}>"
    if block.kind in ("ul", "ol"):
        items = "".join(f"<li>{inline(item)}</li>" for item in block.items)
        return f"<{block.kind}>{items}</{block.kind}>"
    if block.kind == "note":
        return (
            '<table width="100%" cellpadding="6" border="0" bgcolor="#eef3fa"><tr><td>'
            f"{inline(block.text)}</td></tr></table>"
        )
    if block.kind == "code":
        return f"<pre>{html.escape(block.text)}</pre>"
    if block.kind == "image":
        caption = f"<p><i>{inline(block.text)}</i></p>"
        source = images / lang / block.anchor if images else None
        if source is None or not source.is_file():
            return caption
        shutil.copyfile(source, folder / "img" / block.anchor)
        return f'<p><img src="img/{block.anchor}" width="640"></p>{caption}'
    return f"<p>{inline(block.text)}</p>"


# -- PDF --------------------------------------------------------------------------------------


def write_pdf(lang: Language, target: Path, images: Path | None) -> Path:
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (
        Flowable,
        Image,
        ListFlowable,
        Paragraph,
        Preformatted,
        SimpleDocTemplate,
        Spacer,
        Table,
        TableStyle,
    )

    from tomwizard.paths import resource_path

    for name, file in (
        ("GuideSans", "DejaVuSans.ttf"),
        ("GuideSans-Bold", "DejaVuSans-Bold.ttf"),
        ("GuideSans-Oblique", "DejaVuSans-Oblique.ttf"),
    ):
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", file))))
    pdfmetrics.registerFontFamily(
        "GuideSans",
        normal="GuideSans",
        bold="GuideSans-Bold",
        italic="GuideSans-Oblique",
        boldItalic="GuideSans-Bold",
    )
    body = ParagraphStyle("body", fontName="GuideSans", fontSize=10, leading=14, spaceAfter=6)
    sizes = {1: 18, 2: 14, 3: 11}
    heads = {
        level: ParagraphStyle(
            f"h{level}",
            parent=body,
            fontName="GuideSans-Bold",
            fontSize=size,
            leading=size * 1.3,
            spaceBefore=10 if level > 1 else 0,
            spaceAfter=6,
            textColor=colors.HexColor("#1e5aa8") if level < 3 else colors.black,
        )
        for level, size in sizes.items()
    }
    caption = ParagraphStyle("caption", parent=body, fontName="GuideSans-Oblique", fontSize=9)
    code = ParagraphStyle("code", fontName="Courier", fontSize=8.5, leading=11, spaceAfter=6)
    width = A4[0] - 40 * mm

    class Bookmark(Flowable):  # type: ignore[misc]
        def __init__(self, title: str, level: int) -> None:
            super().__init__()
            self.title, self.level = title, level
            self.key = f"b{id(self)}"

        def wrap(self, *_: float) -> tuple[float, float]:
            return 0, 0

        def draw(self) -> None:
            self.canv.bookmarkPage(self.key)
            self.canv.addOutlineEntry(self.title, self.key, level=self.level - 1)

    story: list[Flowable] = [Paragraph(html.escape(TITLES[lang]), heads[1]), Spacer(1, 4 * mm)]
    for block in chapters(lang):
        text = inline(block.text, code_face="Courier")
        if block.kind == "heading":
            if block.level == 1 and len(story) > 2:
                from reportlab.platypus import PageBreak

                story.append(PageBreak())
            story += [Bookmark(plain(block.text), block.level), Paragraph(text, heads[block.level])]
        elif block.kind in ("ul", "ol"):
            story.append(
                ListFlowable(
                    [Paragraph(inline(i, code_face="Courier"), body) for i in block.items],
                    bulletType="bullet" if block.kind == "ul" else "1",
                    bulletFontName="GuideSans",
                    bulletFontSize=9,
                    leftIndent=14,
                )
            )
        elif block.kind == "note":
            box = Table([[Paragraph(text, body)]], colWidths=[width])
            box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#eef3fa"))]))
            story += [box, Spacer(1, 3 * mm)]
        elif block.kind == "code":
            story.append(Preformatted(block.text, code))
        elif block.kind == "image":
            source = images / lang / block.anchor if images else None
            if source is not None and source.is_file():
                picture = Image(str(source))
                scale = min(1.0, width / picture.imageWidth)
                picture.drawWidth = picture.imageWidth * scale
                picture.drawHeight = picture.imageHeight * scale
                story.append(picture)
            story.append(Paragraph(text, caption))
        else:
            story.append(Paragraph(text, body))
    target.parent.mkdir(parents=True, exist_ok=True)

    def footer(canvas: object, doc: object) -> None:
        canvas.setFont("GuideSans", 8)  # type: ignore[attr-defined]
        canvas.drawRightString(A4[0] - 20 * mm, 12 * mm, str(doc.page))  # type: ignore[attr-defined]

    SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=18 * mm,
        bottomMargin=20 * mm,
        title=TITLES[lang],
        author="tomwizard",
        invariant=1,
    ).build(story, onFirstPage=footer, onLaterPages=footer)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path, help="folder for the HTML help (de/, en/)")
    parser.add_argument("--images", type=Path, help="screenshots: DIR/<lang>/<name>.png")
    parser.add_argument("--pdf", type=Path, help="folder for the PDF handbooks")
    args = parser.parse_args(argv)
    for lang in LANGS:
        page = write_html(lang, args.out, args.images)
        print(f"{page}")
        if args.pdf:
            print(write_pdf(lang, args.pdf / PDF_NAMES[lang], args.images))
    return 0


if __name__ == "__main__":
    sys.exit(main())
