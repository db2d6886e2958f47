"""The shipped catalog's content: complete, bilingual, referenced, typed, and ids stay stable."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from tomwizard.cli.main import main
from tomwizard.content.catalog import default_catalog, default_catalog_dir
from tomwizard.content.upgrade import shipped_mappings
from tomwizard.models.catalog import LANGUAGES, Level, Measure, render_text

CATALOG = default_catalog()
MEASURES = list(CATALOG.measures())
# ISO/IEC 27001:2022 Annex A has 37 + 8 + 14 + 34 controls
ISO_RANGE = {"5": 37, "6": 8, "7": 14, "8": 34}
ISO_ID = re.compile(r"^A\.([5-8])\.(\d{1,2})$")
BSI_ID = re.compile(r"^(ISMS|ORP|CON|OPS|DER|APP|SYS|IND|NET|INF)(\.\d+){1,3}(\.A\d{1,2})?$")


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def test_size_matches_the_issue() -> None:
    levels = Counter(m.level for m in MEASURES)
    assert len(CATALOG.sections) == 15
    assert sum(len(s.subsections) for s in CATALOG.sections) >= 50
    assert 170 <= len(MEASURES) <= 260  # issue 11 added what real annexes have (2026.3)
    assert all(levels[level] >= 30 for level in Level), levels


def test_ids_are_unique_and_named_after_their_section() -> None:
    ids = [s.id for s in CATALOG.sections]
    ids += [sub.id for s in CATALOG.sections for sub in s.subsections]
    ids += [m.id for m in MEASURES]
    assert len(ids) == len(set(ids))
    for section in CATALOG.sections:
        for sub in section.subsections:
            assert sub.id.startswith(section.id + ".")
        for measure in section.measures():
            assert measure.id.startswith(section.id + "."), measure.id


@pytest.mark.parametrize("measure", MEASURES, ids=lambda m: m.id)
def test_every_measure_is_complete(measure: Measure) -> None:
    for lang in LANGUAGES:
        text, help_text = measure.text.get(lang), measure.help.get(lang)
        assert text.strip() and help_text.strip()
        assert text.endswith("."), f"{lang} text is not a sentence"
        assert help_text.endswith((".", "“", '"', ")")), f"{lang} help ends oddly"
        assert len(text) <= 260, "annex text too long for one bullet"
        assert "TODO" not in text + help_text
    assert measure.level in Level
    assert measure.refs.art32, "every measure names Art. 32 (1) letter, Art. 25 or Art. 32 (4)"
    assert measure.refs.kontrolle and measure.refs.sdm
    for iso in measure.refs.iso27001:
        match = ISO_ID.match(iso)
        assert match and 1 <= int(match[2]) <= ISO_RANGE[match[1]], iso
    for bsi in measure.refs.bsi:
        assert BSI_ID.match(bsi), bsi
    for param in measure.params:
        if param.type == "int":
            assert param.unit is not None and param.unit.de and param.unit.en
        low, high = param.recommended_min, param.recommended_max
        if isinstance(param.default, int):
            assert low is None or param.default >= low
            assert high is None or param.default <= high
    for lang in LANGUAGES:
        assert "{" not in render_text(measure, lang, {p.id: 1 for p in measure.params})


def test_no_two_measures_say_the_same() -> None:
    for lang in LANGUAGES:
        texts = Counter(_norm(m.text.get(lang)) for m in MEASURES)
        assert [t for t, n in texts.items() if n > 1] == []
        helps = Counter(_norm(m.help.get(lang)) for m in MEASURES)
        assert [t for t, n in helps.items() if n > 1] == []


# One term for each role and thing: the GDPR's German terms (Verantwortlicher,
# Auftragsverarbeiter, Beschäftigte) and one English spelling each.
AVOIDED_TERMS = {
    "de": ("auftraggeber", "auftragnehmer", "mitarbeiter"),
    "en": ("subprocessor", "e-mail", "remote support", "gatekeeper"),
}


def test_terminology_is_consistent() -> None:
    for section in CATALOG.sections:
        titles = [section.title, *(sub.title for sub in section.subsections)]
        for lang in LANGUAGES:
            words = " ".join(t.get(lang) for t in titles).lower()
            assert [t for t in AVOIDED_TERMS[lang] if t in words] == [], section.id
    for measure in MEASURES:
        for lang in LANGUAGES:
            words = f"{measure.text.get(lang)} {measure.help.get(lang)}".lower()
            assert [t for t in AVOIDED_TERMS[lang] if t in words] == [], (measure.id, lang)


def test_numbers_of_real_annexes_are_parameters() -> None:
    """Password length, lock time, failed attempts, log retention, backup interval, restore
    test, breach notice and DIN 66399 level can all be stated as numbers."""
    index = CATALOG.measure_index()
    expected = {
        "zugang.passwort": {"length"},
        "zugang.bildschirmsperre": {"minutes"},
        "zugang.fehlversuche": {"attempts", "lock_minutes"},
        "zugang.passwort_ablauf": {"months"},
        "eingabe.log_aufbewahrung": {"days"},
        "verfuegbarkeit.backup": {"hours"},
        "verfuegbarkeit.restore_test": {"months"},
        "verfuegbarkeit.wiederanlaufzeit": {"hours"},
        "vorfall.meldefrist": {"hours"},
        "technikgestaltung.vernichtung": {"din_level"},
    }
    for measure_id, params in expected.items():
        assert {p.id for p in index[measure_id].params} == params, measure_id


def _register() -> list[str]:
    path = default_catalog_dir() / "id-register.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def test_no_issued_id_disappears_without_a_mapping() -> None:
    """Ids are stable: each one ever issued is in the catalog or mapped away explicitly."""
    register = _register()
    assert len(register) == len(set(register))
    current = set(CATALOG.measure_index())
    assert current <= set(register), "new ids must be added to id-register.txt"
    mapped_away: set[str] = set()
    for step in shipped_mappings():
        mapped_away |= {*step.renamed, *step.split, *step.removed}
        mapped_away |= {old for olds in step.merged.values() for old in olds}
    assert set(register) - current <= mapped_away


def test_cli_catalog_validate_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["catalog", "validate"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("ok:") and f"{len(MEASURES)} Maßnahmen" in out
