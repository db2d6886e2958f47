"""The annex appendix "Änderungen gegenüber Version N": PDF content, escaping and the CLI."""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from tests.builders import digest, version_info
from tests.test_versions import _catalog, ten_changes
from tomwizard.cli.main import main
from tomwizard.export.annex_changes import changes_blocks, changes_part
from tomwizard.export.document.model import Paragraph, Table
from tomwizard.export.document.words import Words
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.export.pdf_document import Document
from tomwizard.export.wording import ANNEX
from tomwizard.history.diff import (
    DiffEntry,
    answer_entries,
    custom_entries,
    subprocessor_entries,
)
from tomwizard.history.versions import AnnexChanges, annex_changes
from tomwizard.models.assessment import Answer, CustomMeasure, Status, Subprocessor
from tomwizard.models.catalog import Catalog, Language, Text
from tomwizard.store import TomwStore

TITLE = "Änderungen gegenüber der Fassung 2.1 (Stand 02.11.2026)"  # the annex's own


def _text(pdf: bytes) -> str:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return " ".join(" ".join((page.extract_text() or "").split()) for page in pages)


def _appendix(text: str) -> str:
    assert text.count(TITLE) == 1
    return text.split(TITLE, 1)[1]


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_appendix_after_ten_changes_shows_exactly_those_ten(
    demo_file: Path, tmp_path: Path
) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        ten_changes(store)
        entries = annex_changes(store, _catalog())
    assert entries is not None and len(entries.entries) == 10
    out = tmp_path / "anlage.pdf"
    argv = ["export", str(demo_file), "-o", str(out), "--changes-since", "1", "--parts", "all"]
    assert main(argv) == 0
    appendix = _appendix(_text(out.read_bytes()))
    before_signatures = re.split(r"\d+\. Unterschriften", appendix)[0]
    numbers = [int(n) for n in re.findall(r"(?:^| )(\d{1,2})\. ", before_signatures)]
    assert numbers == list(range(1, 10))  # nine rows: the change of a note alone is left out
    squeezed = _squeeze(before_signatures)  # pypdf breaks lines inside table cells
    for entry in entries.entries:
        if entry.aspect != "note":
            assert _squeeze(entry.subject.de)[:40] in squeezed
    assert "Schutzbedarf hoch sehr hoch" in before_signatures
    assert "Druckhaus Nord – neu aufgenommen" in before_signatures
    assert "entfernt" in before_signatures
    assert "Test im Mai 2027" not in appendix  # notes are internal (review 4, N9)
    assert "interner Vermerk" not in before_signatures and "Notiz" not in before_signatures


def test_no_appendix_without_the_option_and_english_title(demo_file: Path) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        store.set_field("organisation.place", "Hamburg")
        changes = annex_changes(store, _catalog())
        assessment = store.load()
    assert changes is not None
    plain = _text(annex_pdf(assessment, _catalog(), AnnexOptions()))
    assert "Änderungen gegenüber" not in plain
    english = _text(annex_pdf(assessment, _catalog(), AnnexOptions(lang="en", changes=changes)))
    assert "Changes since version 2.1 (as of 2 November 2026)" in english
    assert "Place of signature Lüneburg Hamburg" in english


SINCE = version_info(label="<1.0 & so>")


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=60))
def test_user_text_in_the_appendix_is_escaped(name: str) -> None:
    """Any subprocessor name or custom measure text becomes a valid paragraph."""
    sub = Subprocessor(id="sp-x", name=name)
    custom = CustomMeasure(id="c-x", section_id="zugang", text=name)
    entries = subprocessor_entries(None, sub) + custom_entries(None, custom)
    title = Text(de=TITLE, en="Changes since version 1")
    changes = AnnexChanges(since=SINCE, title=title, entries=entries)
    for lang in ("de", "en"):
        # building the paragraphs parses their markup: unescaped text would raise here
        assert changes_part(Document(lang, ANNEX[lang]), changes)


def test_markup_in_user_text_is_printed_literally(demo_file: Path) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        store.put_subprocessor(Subprocessor(id="sp-x", name="<b>Fett</b> & Co <br/>"))
        changes = annex_changes(store, _catalog())
        assessment = store.load()
    text = _text(annex_pdf(assessment, _catalog(), AnnexOptions(changes=changes)))
    assert "<b>Fett</b> & Co <br/>" in _appendix(text)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--changes-since", "4"], "Version 4 gibt es nicht (vorhanden: 1)"),
        (["--changes-since", "x"], "„x“ ist keine Versionsnummer"),
        (["--changes-since", "0"], "„0“ ist keine Versionsnummer"),
        (["--changes", "--format", "json"], "gehören zur Anlage (.pdf oder .docx)"),
    ],
)
def test_cli_bad_version_is_one_line_exit_2_and_nothing_written(
    demo_file: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
    before = digest(demo_file)
    out = tmp_path / "anlage.pdf"
    assert main(["export", str(demo_file), "-o", str(out), *extra]) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not out.exists()
    assert digest(demo_file) == before


def test_cli_changes_uses_the_version_before_the_one_just_frozen(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "anlage.pdf"
    assert main(["export", str(demo_file), "-o", str(out), "--changes"]) == 2
    assert "keine festgeschriebene Version" in capsys.readouterr().err
    with TomwStore.open(demo_file) as store:
        store.freeze_version()
        store.set_field("organisation.place", "Hamburg")
        store.freeze_version()  # frozen while exporting: compare with version 1
    assert main(["export", str(demo_file), "-o", str(out), "--changes"]) == 0
    appendix = _appendix(_text(out.read_bytes()))
    assert "Ort der Unterzeichnung Lüneburg Hamburg" in appendix


def _cells(changes: AnnexChanges, lang: Language) -> tuple[str, list[list[str]]]:
    """The lead sentence and the table's body cells as plain text."""
    blocks = changes_blocks(Words(lang, ANNEX[lang]), changes)
    lead, table = blocks[1], blocks[2]
    assert isinstance(lead, Paragraph) and isinstance(table, Table)
    text = [["".join(run.text for run in cell) for cell in row] for row in table.rows]
    return "".join(run.text for run in lead.runs), text


def _retention_cut(catalog: Catalog) -> list[DiffEntry]:
    """Backups kept 14 days instead of 30: a value reduced."""
    return answer_entries(
        "verfuegbarkeit.backup_aufbewahrung",
        Answer(status=Status.UMGESETZT, params={"days": 30}),
        Answer(status=Status.UMGESETZT, params={"days": 14}),
        catalog,
    )


def test_a_status_reads_with_its_date_and_a_lower_one_is_marked() -> None:
    """Review 3 #22: „umgesetzt“ → „teilweise umgesetzt, vollständig bis 28.02.2027“ (not
    „Status: umgesetzt geplant bis: –“), a lower status lowers the level of protection, a
    shorter retention period is not shown as a neutral change, and the lead sentence does not
    repeat the heading."""
    catalog = _catalog()
    mfa = answer_entries(
        "zugang.mfa",
        Answer(status=Status.UMGESETZT),
        Answer(status=Status.TEILWEISE, planned_date=dt.date(2027, 2, 28)),
        catalog,
    )
    kept = _retention_cut(catalog)
    better = answer_entries(
        "zugang.passwort", Answer(status=Status.GEPLANT), Answer(status=Status.UMGESETZT), catalog
    )
    changes = AnnexChanges(SINCE, Text(de=TITLE, en="Changes since version 1"), mfa + kept + better)
    lead, rows = _cells(changes, "de")
    assert lead == "Gegenüber dieser Fassung wurden die folgenden Angaben geändert:"
    assert rows[0][2] == "Status: umgesetzt"  # the label stands with the values (review 5, P4)
    assert "Status" not in rows[0][1]
    assert "teilweise umgesetzt" in rows[0][3] and "28.02.2027" in rows[0][3]
    assert rows[0][3].endswith("\nsenkt das Schutzniveau") and "geplant bis" not in rows[0][3]
    assert rows[1][3].endswith("\nWert verringert")
    assert rows[2][2:] == ["Status: geplant", "Status: umgesetzt"]  # a higher status: no mark
    _lead, english = _cells(changes, "en")
    assert "complete by 28" in english[0][3] and "lowers the level of protection" in english[0][3]
    assert english[1][3].endswith("\nvalue reduced")


def test_internal_changes_are_left_out_and_values_carry_their_own_labels() -> None:
    """DSB review 4, N9: a measure whose note, owner or evidence alone changed has no row; a
    status change that came with a new note shows the status only; a changed value reads
    „Vorhaltedauer: 30 Tage“ without a stray „Werte“ label under the measure."""
    catalog = _catalog()
    note_only = answer_entries(
        "zugang.mfa",
        Answer(status=Status.UMGESETZT),
        Answer(status=Status.UMGESETZT, note="intern", owner="IT", evidence="Ticket 4"),
        catalog,
    )
    with_note = answer_entries(
        "zugang.passwort",
        Answer(status=Status.GEPLANT),
        Answer(status=Status.UMGESETZT, note="erledigt"),
        catalog,
    )
    kept = _retention_cut(catalog)
    changes = AnnexChanges(SINCE, Text(de=TITLE, en="x"), note_only + with_note + kept)
    _lead, rows = _cells(changes, "de")
    assert [row[0] for row in rows] == ["1.", "2."]
    assert "Passw" in rows[0][1] and rows[0][2:] == ["Status: geplant", "Status: umgesetzt"]
    assert "Werte" not in rows[1][1] and rows[1][2].startswith("Vorhaltedauer: 30")
    assert not any("Notiz" in cell or "intern" in cell for row in rows for cell in row)
    only_internal = AnnexChanges(SINCE, Text(de=TITLE, en="x"), note_only)
    blocks = changes_blocks(Words("de", ANNEX["de"]), only_internal)
    assert isinstance(blocks[1], Paragraph)
    assert (
        "".join(r.text for r in blocks[1].runs)
        == "Gegenüber dieser Fassung gibt es keine Änderungen."
    )
