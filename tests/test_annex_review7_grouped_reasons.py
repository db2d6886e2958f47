"""DSB review 7, S5: measures that „entfallen“ with one identical reason are not each followed
by that reason. The part „Entfallende Maßnahmen“ gives the reason once and lists the measures it
covers under it; measures with a reason of their own follow with it, as before. A checklist
gives the reason at the first such measure of an area and „(entfällt, Begründung wie oben)“ at
the next ones while the nearest reason above is the same. Every measure is still named."""

from __future__ import annotations

from tests.pdf_words import annex_words
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Answer, Assessment, Status

ROOMS = "Der Auftragsverarbeiter betreibt keine eigenen Büro- oder Serverräume."
OWN = "Die Räume stellt der Vermieter; er schließt sie ab."
LOCKED = "Büroräume und Außentüren werden verschlossen, wenn niemand anwesend ist."


def _zutritt(own_first: bool = False) -> tuple[Assessment, list[str]]:
    """The demo with every measure of the Zutrittskontrolle „entfällt“ for ROOMS (the first
    one for OWN if asked), and the German texts of those measures."""
    catalog = default_catalog()
    a = demo_assessment(catalog)
    measures = [m for s in catalog.sections if s.id == "zutritt" for m in s.measures()]
    for i, m in enumerate(measures):
        reason = OWN if own_first and i == 0 else ROOMS
        a.answers[m.id] = Answer(status=Status.ENTFAELLT, reason=reason)
    return a, [m.text.de for m in measures]


def _part(text: str, title: str) -> str:
    start = text.index(title)
    return text[start:]


def test_the_list_gives_one_shared_reason_once_and_names_every_measure() -> None:
    a, texts = _zutritt()
    listed = _part(annex_words(a, list_entfaellt=True), "Entfallende Maßnahmen Die folgenden")
    assert listed.count(ROOMS) == 1
    assert f"Die folgenden Maßnahmen entfallen mit derselben Begründung: {ROOMS} • " in listed
    assert f"(Begründung: {ROOMS})" not in listed
    for text in texts:  # every measure is still named (its first words; lines may break)
        assert " ".join(text.split("{")[0].split()[:4]) in listed, text
    en = annex_words(a, "en", list_entfaellt=True)
    assert en.count("reason as entered for all of them: “" + ROOMS + "”") == 1


def test_a_measure_with_its_own_reason_keeps_it_after_the_shared_one() -> None:
    a, _ = _zutritt(own_first=True)
    listed = _part(annex_words(a, list_entfaellt=True), "Entfallende Maßnahmen Die folgenden")
    assert listed.count(ROOMS) == 1
    others = listed.index("Die übrigen Maßnahmen entfallen aus dem jeweils genannten Grund: • ")
    assert listed.index(f"• {LOCKED} (Begründung: {OWN})") > others
    en = annex_words(a, "en", list_entfaellt=True)
    assert "The remaining measures do not apply, each for the reason given:" in en


def test_a_checklist_gives_the_reason_first_then_wie_oben() -> None:
    a, _ = _zutritt()
    text = annex_words(a, style="checklist", list_entfaellt=True)
    area = text[text.index("3. Zutrittskontrolle") : text.index("4. Zugangskontrolle")]
    assert area.count(ROOMS) == 1
    assert f"⊘ {LOCKED} (entfällt: {ROOMS})" in area
    assert area.count("(entfällt, Begründung wie oben)") >= 15
    en = annex_words(a, "en", style="checklist", list_entfaellt=True)
    assert "(not applicable; reason as above)" in en


def test_a_different_reason_above_is_not_called_wie_oben() -> None:
    a, _ = _zutritt(own_first=True)
    text = annex_words(a, style="checklist", list_entfaellt=True)
    area = text[text.index("3. Zutrittskontrolle") : text.index("4. Zugangskontrolle")]
    assert f"⊘ {LOCKED} (entfällt: {OWN})" in area
    # the second measure has the other reason: it says it, the ones after say „wie oben“
    after = area[area.index(OWN) + len(OWN) :]
    assert after.index(f"(entfällt: {ROOMS})") < after.index("(entfällt, Begründung wie oben)")
