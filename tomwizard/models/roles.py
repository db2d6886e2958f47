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
``{unterauftragsverarbeiter}`` Unterauftragsverarbeiter Unterauftragnehmer (der/die …)
``{unterauftragsverarbeitern}`` Unterauftragsverarbeitern Unterauftragnehmern (den …, dat. pl.)
``{unterauftragsverarbeiters}`` Unterauftragsverarbeiters Unterauftragnehmers (des …)
======================== ======================= =====================

Texts that are not the annex's own (the rules' messages, labels of fields, section titles) are
written with the words of the first pair; :func:`swap_roles` puts them into the file's pair
when a document prints them.

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
        "unterauftragsverarbeiter": "Unterauftragsverarbeiter",
        "unterauftragsverarbeitern": "Unterauftragsverarbeitern",
        "unterauftragsverarbeiters": "Unterauftragsverarbeiters",
    },
    "auftraggeber": {
        "verantwortlicher": "Auftraggeber",
        "verantwortlicher_titel": "Auftraggeber",
        "verantwortlichen": "Auftraggeber",
        "verantwortlichen_gen": "Auftraggebers",
        "verantwortlicher_pl": "Auftraggeber",
        "auftragsverarbeiter": "Auftragnehmer",
        "auftragsverarbeiters": "Auftragnehmers",
        "unterauftragsverarbeiter": "Unterauftragnehmer",
        "unterauftragsverarbeitern": "Unterauftragnehmern",
        "unterauftragsverarbeiters": "Unterauftragnehmers",
    },
}
ROLE_PLACEHOLDERS = frozenset(ROLE_WORDS["verantwortlicher"])
_ROLE = re.compile(r"\{(" + "|".join(sorted(ROLE_PLACEHOLDERS, key=len, reverse=True)) + r")\}")

# The words of each pair as they may stand in a document (any inflection), for the check that
# an annex uses one pair only; the sub-processor word belongs to its pair.
ROLE_PATTERN: dict[str, re.Pattern[str]] = {
    "verantwortlicher": re.compile(
        r"(?<![A-Za-zÄÖÜäöüß])(Verantwortliche[nrs]?|(?:Unter)?[Aa]uftragsverarbeiter[sn]?)"
        r"(?![a-zäöüß])"
    ),
    "auftraggeber": re.compile(
        r"(?<![A-Za-zÄÖÜäöüß])(Auftraggeber[sn]?|(?:Unter)?[Aa]uftragnehmer[sn]?)(?![a-zäöüß])"
    ),
}
_LETTER = "A-Za-zÄÖÜäöüß"
# A word of the first pair, with the article that decides the genitive of "Verantwortlichen".
_FIRST_PAIR = re.compile(
    rf"(?<![{_LETTER}\-])(?:(?P<gen>(?:des|eines|jedes|seines|ihres|dieses) )?"
    r"(?P<v>Verantwortliche[nr]?)|(?:(?P<u>Unter)a|A)uftragsverarbeiter(?P<end>[sn]?))"
    rf"(?![{_LETTER}])"
)


def fill_roles(text: str, roles: str = "verantwortlicher") -> str:
    """``text`` with its role placeholders replaced by the words of ``roles`` (a
    :class:`~tomwizard.models.assessment.RoleNames` value)."""
    if "{" not in text:
        return text
    words = ROLE_WORDS[roles]
    return _ROLE.sub(lambda m: words[m[1]], text)


def swap_roles(text: str, roles: str = "verantwortlicher") -> str:
    """German ``text`` written with the words of the first pair (Verantwortlicher,
    Auftragsverarbeiter, Unterauftragsverarbeiter), in the words of ``roles``. English text and
    the first pair are left as they are."""
    if roles == "verantwortlicher" or ("erantwortlich" not in text and "verarbeiter" not in text):
        return text
    words = ROLE_WORDS[roles]

    def replace(m: re.Match[str]) -> str:
        if m["v"] is not None:
            if m["gen"]:
                return m["gen"] + words["verantwortlichen_gen"]
            return words["verantwortlicher"]
        stem = words["auftragsverarbeiter"]
        return ("Unter" + stem[0].lower() + stem[1:] if m["u"] else stem) + m["end"]

    return _FIRST_PAIR.sub(replace, text)
