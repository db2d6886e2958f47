"""Every number in the „Keine Endfassung möglich – …“ line is as many lines of that kind below it
(DSB review 7, N8: „2 fehlende Genehmigungsdaten“, but one „[Genehmigung]“ line; the second
approval was a sentence inside a „[Widerspruch]“ line). Read back from the command line's
output, German and English, for the demo and for files built here."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from tests.rules_fixtures import clean_assessment
from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.i18n import set_message_language
from tomwizard.models.assessment import Answer, Assessment, Status, SubApproval, TransferBasis
from tomwizard.store import TomwStore

# the words of the count line → the label of its lines, per language (singular and plural)
KINDS = {
    "de": {
        r"unbeantwortete Maßnahmen?": "unbeantwortet",
        r"offene Rückfragen?": "Rückfrage",
        r"überschrittene[r]? Termine?": "Termin",
        r"fehlende[r]? Termine?": "ohne Termin",
        r"teilweise umgesetzte Maßnahmen? ohne Angabe, was fehlt": (
            "teilweise ohne Angabe, was fehlt"
        ),
        r"Widersprüche|Widerspruch": "Widerspruch",
        r"nicht erfüllte Pflicht(en)? aus dem AVV": "Pflicht aus dem AVV",
        r"fehlendes Genehmigungsdatum|fehlende Genehmigungsdaten": "Genehmigung",
        r"fehlende[s]? (Datum|Daten) zum Ablauf der Einspruchsfrist": "Einspruchsfrist",
        r"offene[r]? Punkte?": "offen",
        r"kritische Lücken?": "kritisch",
    },
    "en": {
        r"unanswered measures?": "unanswered",
        r"open follow-up questions?": "follow-up",
        r"target dates? passed": "date",
        r"missing target dates?": "no date",
        r"partly implemented measures? without what remains": "partly, without what remains",
        r"contradictions?": "contradiction",
        r"unmet dut(y|ies) under the DPA": "duty under the DPA",
        r"missing authorisation dates?": "authorisation",
        r"missing end dates? of the objection period": "objection period",
        r"open points?": "open",
        r"critical gaps?": "critical",
    },
}
HEAD = {
    "de": "tomwizard: Keine Endfassung möglich – ",
    "en": "tomwizard: No final version possible – ",
}


def _stderr(a: Assessment, lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / f"f-{lang}.tomw"
    if not path.exists():
        TomwStore.create(path, a).close()
    capsys.readouterr()
    try:
        assert main(["--lang", lang, "check", str(path), "--final"]) == 1
    finally:  # the command line language is global in this process
        set_message_language("de")
    return capsys.readouterr().err


def _counted_and_listed(err: str, lang: str) -> tuple[Counter[str], Counter[str]]:
    """The count line's numbers by label, and the lines below it by label."""
    lines = err.strip().splitlines()
    (at,) = [i for i, line in enumerate(lines) if line.startswith(HEAD[lang])]
    head = lines[at][len(HEAD[lang]) :]
    assert head.endswith(":")
    counted: Counter[str] = Counter()
    for part in re.split(r", (?=\d)", head[:-1]):
        n, words = part.split(" ", 1)
        (label,) = [lab for pat, lab in KINDS[lang].items() if re.fullmatch(pat, words)]
        counted[label] += int(n)
    listed: Counter[str] = Counter()
    for line in lines[at + 1 :]:
        match = re.match(r"\[([^\]]+)\] ", line)
        assert match, line
        listed[match.group(1)] += 1
    return counted, listed


def _built(approval: SubApproval) -> Assessment:
    """Three sub-processors without an approval date: one in a third country without a
    transfer basis (a critical gap), one without a contract date (a contradiction), one with
    nothing else; a partly implemented measure without a date and what remains, an unanswered
    one and an open Rückfrage."""
    a = clean_assessment()
    a.organisation.sub_approval = approval
    a.processing.places = ["DE", "US"]
    a.answers["auftrag.drittland"] = Answer(status=Status.GEPLANT, planned_date=dt.date(2099, 1, 1))
    first = a.subprocessors[0]
    a.subprocessors = [
        first.model_copy(
            update={
                "id": "us",
                "name": "Far Away Inc.",
                "country_seat": "US",
                "countries_processing": ["US"],
                "transfer_basis": TransferBasis.NONE,
                "approved_date": None,
            }
        ),
        first.model_copy(
            update={"id": "b", "name": "Zweit GmbH", "approved_date": None, "sub_avv_date": None}
        ),
        first.model_copy(update={"id": "c", "name": "Dritt GmbH", "approved_date": None}),
    ]
    a.answers["zugang.mfa"] = Answer(status=Status.TEILWEISE)
    a.answers["krypto.server"] = Answer(status=Status.OFFEN)
    a.answers["krypto.passwort_hashing"] = Answer(status=Status.UMGESETZT, follow_up=True)
    return a


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_demo_lists_as_many_lines_of_each_kind_as_it_counts(
    lang: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    err = _stderr(demo_assessment(default_catalog()), lang, tmp_path, capsys)
    counted, listed = _counted_and_listed(err, lang)
    assert counted == listed
    approval = "Genehmigung" if lang == "de" else "authorisation"
    assert counted[approval] == 2  # Sendwise's missing approval is a line of its own
    sendwise = [line for line in err.splitlines() if "Sendwise" in line and line.startswith("[")]
    assert [line.split("]")[0] for line in sendwise] == (
        ["[Widerspruch", "[Genehmigung"] if lang == "de" else ["[contradiction", "[authorisation"]
    )
    said = "genehmigt" if lang == "de" else "authorised"
    assert said not in sendwise[0]  # the approval is said once, on its own line


@pytest.mark.parametrize("approval", [SubApproval.EINZELN, SubApproval.ALLGEMEIN])
@pytest.mark.parametrize("lang", ["de", "en"])
def test_a_built_file_lists_as_many_lines_of_each_kind_as_it_counts(
    lang: str, approval: SubApproval, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    counted, listed = _counted_and_listed(_stderr(_built(approval), lang, tmp_path, capsys), lang)
    assert counted == listed
    labels = {"de": ("Genehmigung", "Einspruchsfrist"), "en": ("authorisation", "objection period")}
    dates = labels[lang][approval is SubApproval.ALLGEMEIN]
    assert counted[dates] == 3  # one per sub-processor, each on its own line
    # the third-country sub-processor's critical gap is counted and labelled as one (it was a
    # „[Genehmigung]“ line that the count left out)
    assert counted["kritisch" if lang == "de" else "critical"] == 1
    assert counted["Widerspruch" if lang == "de" else "contradiction"] >= 1
