"""DSB review 7, N5: a preset's notice said that all pre-filled answers are marked for
follow-up, but its suggested description of the processing (e.g. „Gesundheitsdaten“ under
Art. 9) is not marked – only measures can carry a Rückfrage. Until the processing fields can,
the notice says which suggestions are not marked and must be checked too."""

from __future__ import annotations

import pytest

from tomwizard.content.presets import Preset, list_presets

# the annex's row labels of the processing fields a preset can suggest
LABELS = {
    "purposes": ("Zweck", "purpose"),
    "steps": ("Art der Verarbeitung", "nature of the processing"),
    "data_subjects": ("Kategorien betroffener Personen", "categories of data subjects"),
    "data_categories": ("Kategorien personenbezogener Daten", "categories of personal data"),
    "special_categories": ("Art. 9 DSGVO", "Art. 9 GDPR"),
}


@pytest.mark.parametrize("preset", list_presets(), ids=lambda p: p.id)
def test_the_notice_names_the_unmarked_processing_suggestions(preset: Preset) -> None:
    suggested = [name for name in LABELS if getattr(preset.processing, name)]
    assert suggested, "every preset suggests part of the processing description"
    de, en = preset.notice.de, preset.notice.en
    assert "zu den Maßnahmen sind als Rückfrage markiert" in de
    assert "Beschreibung der Verarbeitung" in de and "description of the processing" in en
    for name in suggested:
        assert LABELS[name][0] in de and LABELS[name][1] in en, name
