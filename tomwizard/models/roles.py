"""The role words of one annex: "Verantwortlicher/Auftragsverarbeiter" or
"Auftraggeber/Auftragnehmer" (English: controller/processor for both).

Catalog texts name the parties through placeholders, one per grammatical form, so that the
annex uses one pair of words throughout:

======================== ======================= =====================
placeholder              Verantwortlicher pair   Auftraggeber pair
======================== ======================= =====================
``{verantwortlicher}``   Verantwortliche         Auftraggeber          (der …, nominative)
``{verantwortlicher_titel}`` Verantwortlicher    Auftraggeber          (without article)
``{verantwortlichen}``   Verantwortlichen        Auftraggeber          (dem/den …)
``{verantwortlichen_gen}`` Verantwortlichen      Auftraggebers         (des …)
``{verantwortlicher_pl}`` Verantwortlicher       Auftraggeber          (verschiedener …)
``{auftragsverarbeiter}`` Auftragsverarbeiter    Auftragnehmer         (der/dem/den …)
``{auftragsverarbeiters}`` Auftragsverarbeiters  Auftragnehmers        (des …)
======================== ======================= =====================

English texts say "controller" and "processor" and need no placeholders.
"""

from __future__ import annotations

import re

ROLE_WORDS: dict[str, dict[str, str]] = {
    "verantwortlicher": {
        "verantwortlicher": "Verantwortliche",
        "verantwortlicher_titel": "Verantwortlicher",
        "verantwortlichen": "Verantwortlichen",
        "verantwortlichen_gen": "Verantwortlichen",
        "verantwortlicher_pl": "Verantwortlicher",
        "auftragsverarbeiter": "Auftragsverarbeiter",
        "auftragsverarbeiters": "Auftragsverarbeiters",
    },
    "auftraggeber": {
        "verantwortlicher": "Auftraggeber",
        "verantwortlicher_titel": "Auftraggeber",
        "verantwortlichen": "Auftraggeber",
        "verantwortlichen_gen": "Auftraggebers",
        "verantwortlicher_pl": "Auftraggeber",
        "auftragsverarbeiter": "Auftragnehmer",
        "auftragsverarbeiters": "Auftragnehmers",
    },
}
ROLE_PLACEHOLDERS = frozenset(ROLE_WORDS["verantwortlicher"])
_ROLE = re.compile(r"\{(" + "|".join(sorted(ROLE_PLACEHOLDERS, key=len, reverse=True)) + r")\}")

# The words of each pair as they may stand in a document (any inflection), for the check that
# an annex uses one pair only. "Unterauftragsverarbeiter" is not a role word of either pair.
ROLE_PATTERN: dict[str, re.Pattern[str]] = {
    "verantwortlicher": re.compile(
        r"(?<![A-Za-zÄÖÜäöüß])(Verantwortliche[nrs]?|Auftragsverarbeiter[sn]?)(?![a-zäöüß])"
    ),
    "auftraggeber": re.compile(
        r"(?<![A-Za-zÄÖÜäöüß])(Auftraggeber[sn]?|Auftragnehmer[sn]?)(?![a-zäöüß])"
    ),
}


def fill_roles(text: str, roles: str = "verantwortlicher") -> str:
    """``text`` with its role placeholders replaced by the words of ``roles`` (a
    :class:`~tomwizard.models.assessment.RoleNames` value)."""
    if "{" not in text:
        return text
    words = ROLE_WORDS[roles]
    return _ROLE.sub(lambda m: words[m[1]], text)
