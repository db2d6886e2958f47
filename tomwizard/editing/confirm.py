"""Confirming a pre-answer: a preset answers measures in advance with a Rückfrage and the note
„Vorbelegt aus der Vorlage … – bitte prüfen und bestätigen.“ (``content/presets.py``). The user
confirms one by clearing its Rückfrage, a whole section with „Abschnitt bestätigen“, or by
answering it differently (a changed status): then the Rückfrage and that note go, in the same
``SetAnswer`` (so in the same undo step); a note of the user's own stays."""

from __future__ import annotations

import re
from functools import cache

from tomwizard.i18n import say
from tomwizard.models.assessment import Answer
from tomwizard.models.catalog import LANGUAGES, Language


@cache
def _preset_note() -> re.Pattern[str]:
    """The preset's note in any language of the catalog, whichever preset's title it names
    (the title in the group ``t<n>`` of the language's alternative)."""
    from tomwizard.content.presets import PRESET_NOTE  # the presets load on first use

    forms = []
    for n, lang in enumerate(LANGUAGES):
        before, _, after = say(lang, PRESET_NOTE).partition("{title}")
        forms.append(f"{re.escape(before)}(?P<t{n}>[^\n]*?){re.escape(after)}")
    return re.compile("|".join(forms))


def note_in(note: str, lang: Language) -> str:
    """``note`` as shown in ``lang``: a preset's note in it, in whichever language the file was
    made, said in ``lang`` and naming the preset by its title in ``lang``; the user's own words
    as they were written. (The stored note is not changed.)"""
    if not note.strip():
        return note  # most notes: nothing to load
    from tomwizard.content.presets import PRESET_NOTE

    def said(match: re.Match[str]) -> str:
        title = next(t for t in match.groups() if t is not None)
        return say(lang, PRESET_NOTE).format(title=_title_in(title, lang))

    return _preset_note().sub(said, note)


def _title_in(title: str, lang: Language) -> str:
    """A shipped preset's ``title`` (in any language) in ``lang``; another title as it is."""
    from tomwizard.content.presets import list_presets

    for preset in list_presets():
        if title in (preset.title.get(other) for other in LANGUAGES):
            return preset.title.get(lang)
    return title


def is_pre_answer(answer: Answer) -> bool:
    """A preset's answer not yet confirmed: its Rückfrage is open and its note says so."""
    return answer.follow_up and _preset_note().search(answer.note) is not None


def confirmed(answer: Answer) -> Answer:
    """``answer`` confirmed: no Rückfrage, no preset note (the rest of the note stays)."""
    note = _preset_note().sub("", answer.note).strip()
    return answer.model_copy(update={"follow_up": False, "note": note})


def as_answered(old: Answer, new: Answer) -> Answer:
    """What to store when the user turns ``old`` into ``new``: a pre-answer whose status the
    user changed, or whose Rückfrage the user cleared, is confirmed; anything else as given."""
    if is_pre_answer(old) and (new.status != old.status or not new.follow_up):
        return confirmed(new)
    return new
