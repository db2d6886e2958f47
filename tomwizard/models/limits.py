"""How many entries each list of an assessment may hold.

A small business lists tens of Unterauftragsverarbeiter, not thousands; the largest published
lists of cloud providers hold a few hundred. The bounds are generous for real use and keep every
command fast: 500 sub-processors export in about 8 s (2 000 took 12 s, 8 000 took 95 s).

The bounds apply where entries come in (JSON import, merge, the GUI's add buttons): nothing
grows beyond them. A ``.tomw`` that already holds more (changed by other tools or an older
tomwizard) still opens, so that its owner can remove entries; the export refuses it with a
message naming the list (:func:`too_many` with ``before=None``).

They are not pydantic bounds on the model on purpose: a model bound would make such a file
unreadable (``DamagedError``) instead of fixable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tomwizard.i18n import N_, Msg, _, format_number, message_language, say

if TYPE_CHECKING:
    from tomwizard.models.assessment import Assessment

MAX_SUBPROCESSORS = 500
MAX_CUSTOM_MEASURES = 500  # the catalog itself has a few hundred measures
MAX_CERTIFICATES = 50
MAX_LIST_ENTRIES = 200  # each list of the processing description (purposes, places, …)
MAX_COUNTRIES = 300  # countries of one sub-processor (ISO 3166-1 has 249)
MAX_ANSWERS = 5_000  # answers by measure id: the catalog plus ids of earlier versions
MAX_PARAMS = 50  # parameters of one answer
MAX_SCREENING = 500  # answers to the screening questions
MAX_VERSIONS = 1_000  # frozen versions carried by an exchange file
MAX_CHANGES = 200_000  # change-log records carried by an exchange file

PROCESSING_LISTS: dict[str, Msg] = {
    "purposes": N_("Zwecke der Verarbeitung"),
    "data_subjects": N_("Kategorien betroffener Personen"),
    "data_categories": N_("Kategorien personenbezogener Daten"),
    "special_categories": N_("Besondere Kategorien personenbezogener Daten"),
    "steps": N_("Verarbeitungsschritte"),
    "places": N_("Orte der Verarbeitung"),
    "instructing_persons": N_("Weisungsberechtigte Personen"),
    "instruction_recipients": N_("Weisungsempfänger"),
}

# key -> (bound, label); the keys are the paths of SetField for the plain lists
BOUNDS: dict[str, tuple[int, Msg]] = {
    "subprocessors": (MAX_SUBPROCESSORS, N_("Unterauftragsverarbeiter")),
    "custom_measures": (MAX_CUSTOM_MEASURES, N_("Eigene Maßnahmen")),
    "organisation.certificates": (MAX_CERTIFICATES, N_("Zertifikate")),
    **{f"processing.{k}": (MAX_LIST_ENTRIES, label) for k, label in PROCESSING_LISTS.items()},
    "subprocessors.countries_processing": (
        MAX_COUNTRIES,
        N_("Länder der Verarbeitung eines Unterauftragsverarbeiters"),
    ),
    "answers": (MAX_ANSWERS, N_("Antworten")),
    "answers.params": (MAX_PARAMS, N_("Angaben einer Antwort")),
    "screening": (MAX_SCREENING, N_("Rahmenbedingungen")),
    "changelog": (MAX_CHANGES, N_("Änderungsprotokoll")),
    "versions": (MAX_VERSIONS, N_("Festgeschriebene Versionen")),
}


def counts(assessment: Assessment) -> dict[str, int]:
    """The length of every bounded list (for nested lists: the longest one)."""
    out = {
        "subprocessors": len(assessment.subprocessors),
        "custom_measures": len(assessment.custom_measures),
        "organisation.certificates": len(assessment.organisation.certificates),
        "answers": len(assessment.answers),
        "screening": len(assessment.screening),
        "subprocessors.countries_processing": max(
            (len(sub.countries_processing) for sub in assessment.subprocessors), default=0
        ),
        "answers.params": max((len(a.params) for a in assessment.answers.values()), default=0),
    }
    for key in PROCESSING_LISTS:
        out[f"processing.{key}"] = len(getattr(assessment.processing, key))
    return out


def too_many_message(key: str, count: int) -> str:
    """„Zu viele Einträge unter „Unterauftragsverarbeiter“ (8.000, höchstens 500).“"""
    most, label = BOUNDS[key]
    lang = message_language()
    n, shown_most = (format_number(x, lang) for x in (count, most))
    message = _("Zu viele Einträge unter „{what}“ ({n}, höchstens {most}).")
    return message.format(what=say(lang, label), n=n, most=shown_most)


def too_many(assessment: Assessment, before: Assessment | None = None) -> str | None:
    """The message for the first list of ``assessment`` over its bound that is also longer
    than in ``before`` (None: every list over its bound counts); None if there is none."""
    was = counts(before) if before is not None else {}
    for key, count in counts(assessment).items():
        if count > BOUNDS[key][0] and count > was.get(key, 0):
            return too_many_message(key, count)
    return None


def grows_too_long(key: str, old: int, new: int) -> str | None:
    """The message if a list ``key`` grows from ``old`` to ``new`` entries beyond its bound."""
    return too_many_message(key, new) if new > BOUNDS[key][0] and new > old else None
