"""Short names of sub-measures (DSB review 6, N4): where a view prints a sub-measure in another
group than its parent, the partly implemented parent names it by its short name instead of a
quotation cut off mid-phrase. Every such sub-measure of the shipped catalog has one."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from pydantic import ValidationError

from tests.pdf_words import pdf_words
from tomwizard.content.catalog import default_catalog
from tomwizard.content.views import VIEW_IDS, assignment
from tomwizard.demo import demo_assessment
from tomwizard.export.pdf_annex import AnnexOptions, annex_pdf
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Measure, Text


def _quotable() -> set[str]:
    """The sub-measures some view places in another group than their parent."""
    catalog = default_catalog()
    found: set[str] = set()
    for view in VIEW_IDS:
        group = assignment(view, catalog)
        for parent in catalog.measures():
            found |= {c.id for c in parent.children if group[c.id] != group[parent.id]}
    return found


def test_every_sub_measure_a_view_places_elsewhere_has_a_short_name() -> None:
    quotable = _quotable()
    assert "verfuegbarkeit.notfalltest" in quotable and len(quotable) >= 5  # the scan works
    index = default_catalog().measure_index()
    missing = sorted(mid for mid in quotable if index[mid].short is None)
    assert not missing, f"short: (de and en) missing in forms/catalog/sections for {missing}"
    for mid in quotable:
        short = index[mid].short
        assert short is not None and short.de != short.en, mid
        assert not short.de.endswith(".") and len(short.de) < len(index[mid].text.de), mid


@pytest.mark.parametrize("name", ["Erprobung alle {months} Monate", "Erprobung.", "x" * 71])
def test_a_short_name_has_no_placeholder_and_no_full_stop(name: str) -> None:
    data = {
        "id": "a.b",
        "text": {"de": "Text.", "en": "Text."},
        "help": {"de": "Hilfe", "en": "Help"},
        "level": "basis",
        "refs": {"art32": ["32.1.b"]},
    }
    Measure.model_validate({**data, "short": {"de": "Erprobung", "en": "rehearsal"}})
    with pytest.raises(ValidationError, match="short"):
        Measure.model_validate({**data, "short": Text(de=name, en="rehearsal").model_dump()})


def test_the_partly_parent_names_its_sub_measure_by_its_short_name() -> None:
    """The emergency plan (lit. b/c) is partly implemented because its rehearsal (lit. d) is
    planned: art32 checklist and prose, German and English, name it whole, without „…“; in the
    prose's one list of measures not yet in place the rehearsal stands nested under the plan,
    as any other sub-measure does, not on its own two items later."""
    catalog = default_catalog()
    demo = demo_assessment(catalog)
    expected = {
        ("de", "checklist"): "(teilweise umgesetzt; noch nicht umgesetzt: regelmäßige Erprobung "
        "des Wiederanlaufs, siehe Nr. 6; vollständig bis 31.05.2027)",
        ("de", "prose"): "(teilweise umgesetzt; noch nicht umgesetzt: regelmäßige Erprobung "
        "des Wiederanlaufs; vollständig bis 31.05.2027)",
        ("en", "checklist"): "(partly implemented; not yet implemented: regular rehearsal of "
        "recovery, see no. 6; complete by 31 May 2027)",
        ("en", "prose"): "(partly implemented; not yet implemented: regular rehearsal of "
        "recovery; complete by 31 May 2027)",
    }
    child = {
        "de": "– Der Wiederanlauf nach dem Notfallplan wird mindestens alle 12 Monate in einer "
        "Übung oder einem technischen Test erprobt. (geplant, umzusetzen bis 31.05.2027)",
        "en": "– Recovery under the emergency plan is rehearsed in an exercise or a technical test "
        "at least every 12 months. (planned, to be implemented by 31 May 2027)",
    }
    for (lang, style), sentence in expected.items():
        options = AnnexOptions(lang=lang, view="art32", style=style)  # type: ignore[arg-type]
        text = pdf_words(annex_pdf(demo, catalog, options))
        assert sentence in text, (lang, style)
        assert not re.search(r"(umgesetzt|implemented): [„“][^)]*…", text), (lang, style)
        if style == "prose":  # one list: the rehearsal nested under the plan, and only there
            assert f"{sentence} {child[lang]}" in text, (lang, text[text.find(sentence) :][:400])
            assert text.count(child[lang][2:60]) == 1, lang


def test_two_pending_sub_measures_in_one_other_group_share_its_number() -> None:
    """Key management implemented, renewal planned and revocation not implemented: the
    kontrollen checklist names both by their short names, with the one group number."""
    catalog = default_catalog()
    demo = demo_assessment(catalog)
    demo.answers["krypto.schluesselverwaltung"] = Answer(status=Status.UMGESETZT)
    due = dt.date(2027, 4, 30)
    demo.answers["krypto.schluesselwechsel"] = Answer(status=Status.GEPLANT, planned_date=due)
    demo.answers["krypto.schluesselwiderruf"] = Answer(
        status=Status.NICHT_UMGESETZT, planned_date=due
    )
    options = AnnexOptions(view="kontrollen", style="checklist")
    text = pdf_words(annex_pdf(demo, catalog, options))
    found = re.search(
        r"noch nicht umgesetzt: rechtzeitige Erneuerung von Schlüsseln und Zertifikaten und "
        r"Widerruf kompromittierter oder nicht mehr benötigter Schlüssel, siehe Nr\. \d+; "
        r"vollständig bis 30\.04\.2027\)",
        text,
    )
    assert found, text[text.find("Schlüssel werden getrennt") :][:400]
