"""DSB review 6, what was left: the changes appendix and the gap report speak in the approval
model the contract chose, and the second sub-processor table's lead sentence is set off from the
first table (N9). Read back from the PDFs."""

from __future__ import annotations

import datetime as dt
from functools import cache

import pytest

from tests.builders import demo_with_model, version_info
from tests.pdf_boxes import word_boxes
from tests.pdf_words import pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.export.pdf_annex import PARTS, AnnexOptions, annex_pdf
from tomwizard.export.writers import gap_report_bytes
from tomwizard.history.diff import subprocessor_entries
from tomwizard.history.versions import AnnexChanges
from tomwizard.models.assessment import Assessment, SubApproval
from tomwizard.models.catalog import Catalog, Language, Text
from tomwizard.rules.field_labels import FIELD_LABELS
from tomwizard.rules.loader import default_rules

STAND = dt.date(2026, 11, 2)


@cache
def catalog() -> Catalog:
    return default_catalog()


def _changes(a: Assessment) -> AnnexChanges:
    """The first sub-processor's date entered since the version the controller holds."""
    new = a.subprocessors[0]
    old = new.model_copy(update={"approved_date": None})
    title = Text(de="Änderungen gegenüber Version 1", en="Changes since version 1")
    return AnnexChanges(since=version_info(), title=title, entries=subprocessor_entries(old, new))


@pytest.mark.parametrize(
    ("model", "lang", "label", "other"),
    [
        (SubApproval.ALLGEMEIN, "de", "Einspruchsfrist abgelaufen am:", "genehmigt am:"),
        (SubApproval.ALLGEMEIN, "en", "objection period ended on:", "authorised on:"),
        (SubApproval.EINZELN, "de", "genehmigt am:", "Einspruchsfrist"),
        (SubApproval.EINZELN, "en", "authorised on:", "objection period"),
        (None, "de", "genehmigt am:", "Einspruchsfrist abgelaufen"),
    ],
)
def test_the_changes_appendix_labels_the_date_in_the_contracts_model(
    model: SubApproval | None, lang: Language, label: str, other: str
) -> None:
    a = demo_with_model(model)
    options = AnnexOptions(lang=lang, parts=(), changes=_changes(a))
    text = pdf_words(annex_pdf(a, catalog(), options))
    appendix = text.split("Änderungen gegenüber Version 1" if lang == "de" else "Changes since")[-1]
    assert label in appendix, appendix[:400]
    assert other not in appendix


def _gap(model: SubApproval | None, lang: Language = "de") -> str:
    return pdf_words(gap_report_bytes(demo_with_model(model), catalog(), lang, None, STAND))


def test_the_gap_report_names_only_the_approval_model_chosen() -> None:
    """Einzeln: the missing date is a Genehmigung to obtain, no word of the allgemeine one;
    allgemein: the objection period only; not chosen: both, and the hint to choose."""
    einzeln = _gap(SubApproval.EINZELN)
    assert "Die gesonderte Genehmigung des Verantwortlichen einholen und ihr Datum eintragen" in (
        einzeln
    )
    assert "allgemeine" not in einzeln and "Einspruch" not in einzeln
    english = _gap(SubApproval.EINZELN, "en")
    assert "Obtain the controller’s specific authorisation and record its date" in english
    assert "general authorisation" not in english and "objection" not in english
    allgemein = _gap(SubApproval.ALLGEMEIN)
    assert "Einspruchsfrist" in allgemein
    assert "Genehmigung (oder" not in allgemein and "gesonderte Genehmigung" not in allgemein
    neither = _gap(None)
    assert "Die Genehmigung (oder die Information bei allgemeiner Genehmigung) einholen" in neither
    assert "die Regelung des Vertrags wählen" in neither


def test_every_field_a_rule_points_to_has_a_label() -> None:
    """The gap report's „Betrifft:“ names a field by its form label, never by its path (the
    hint to choose the approval model said „Angabe „organisation.sub_approval““)."""
    fields = {
        target.removeprefix("field:")
        for loaded in default_rules()
        for target in loaded.rule.targets
        if target.startswith("field:")
    }
    assert "organisation.sub_approval" in fields
    unlabelled = sorted(f for f in fields if f not in FIELD_LABELS)
    assert not unlabelled, f"tomwizard/rules/field_labels.py: no label for {unlabelled}"
    neither = _gap(None)
    assert "Betrifft: Angabe „Genehmigung von Unterauftragsverarbeitern“" in neither
    assert "organisation." not in neither and "organisation." not in _gap(None, "en")


def test_the_second_sub_processor_table_is_set_off_like_a_heading() -> None:
    """N9: between the first table's last line and the lead of the second there is as much
    space as between a part's last line and the next heading, not a table's cell padding."""
    a = demo_with_model(SubApproval.ALLGEMEIN)
    boxes, _ = word_boxes(annex_pdf(a, catalog(), AnnexOptions(parts=PARTS)))
    words = [b.text for b in boxes]

    def gap_above(i: int) -> float:
        """From the lowest word above box ``i``'s line (same page) down to that line."""
        box = boxes[i]
        return box.y0 - max(b.y1 for b in boxes if b.page == box.page and b.y1 < box.y0 - 1)

    lead = next(  # „Die folgenden Unterauftragsverarbeiter teilt der …“
        i
        for i in range(2, len(boxes))
        if words[i - 2 : i + 1] == ["Die", "folgenden", "Unterauftragsverarbeiter"]
        and words[i + 1] == "teilt"
    )
    heading = next(  # „12. Unterauftragsverarbeiter“
        i
        for i in range(1, len(boxes))
        if words[i] == "Unterauftragsverarbeiter" and words[i - 1].rstrip(".").isdigit()
    )
    assert gap_above(lead - 2) >= 0.8 * gap_above(heading - 1), (boxes[lead - 2], boxes[heading])
    assert gap_above(lead - 2) > 12


BAD_CALLS = [
    ("export", "a.tomw", "-o", "a.pdf", "--lang", "fr"),
    ("export", "a.tomw", "-o", "a.pdf", "--view", "xyz"),
    ("export", "a.tomw", "-o", "a.pdf", "--style", "foo"),
    ("export", "a.tomw", "-o", "a.pdf", "--parts", "xyz"),
    ("export", "a.tomw", "-o", "a.txt"),
    ("export",),
    ("export", "a.tomw", "-o", "a.pdf", "--nope"),
    ("export", "a.tomw", "-o", "a.pdf", "--final=3"),
    ("check", "a.tomw", "--format", "x"),
    ("check", "a.tomw", "--fail-on", "xx"),
]


def _exit_code(argv: list[str]) -> object:
    from tomwizard.cli.main import main

    try:
        return main(argv)
    except SystemExit as exc:  # argparse's own errors
        return exc.code


@pytest.mark.parametrize("args", BAD_CALLS, ids=lambda a: " ".join(a[-2:]))
def test_usage_errors_read_alike(args: tuple[str, ...], capsys: pytest.CaptureFixture[str]) -> None:
    """N6: argparse's and tomwizard's own usage errors are one kind of line: a capital letter
    after „tomwizard:“, a value in „…“ (never Python's '…'), the pointer to the command's
    --help, a full stop; German and English."""
    for lang, pointer in (("de", "--help“ zeigt, wie"), ("en", "--help” shows how")):
        assert _exit_code(["--lang", lang, *args]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("tomwizard: "), err
        line = err.removeprefix("tomwizard: ").rstrip("\n")
        assert line[0].isupper() and line.endswith(")."), line
        assert pointer in line, line
        if lang == "de":
            assert "'" not in line, line
