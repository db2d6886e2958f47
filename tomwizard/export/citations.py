"""References as the gap report prints them: German citations ("Art. 32 Abs. 1 lit. b DSGVO")
stay as they are in German and become English citations ("Art. 32(1)(b) GDPR") in English.

The rules cite in German; an English report should not. The conversion covers the forms the
rules use: articles of the GDPR with paragraph, sentence, point and number, sections of German
acts (BDSG, StGB), and the names of the sources around them (implementing decisions, guidance,
the SDM). A reference it does not recognise is printed as written.
"""

from __future__ import annotations

import re

from tomwizard.i18n import NC_, say
from tomwizard.models.catalog import Language

# "Art. 32 Abs. 1, 2 S. 2 lit. b, c Nr. 5 DSGVO", also "Art. 44–46 DSGVO", "Art. 45 ff. DSGVO"
_CITATION = re.compile(
    r"(?P<kind>Art\.|§) (?P<number>\d+[a-z]?(?:(?:–|-|, )\d+[a-z]?)*)"
    r"(?: Abs\. (?P<para>\d+(?:(?:, |–)\d+)*))?"
    r"(?: S\. (?P<sentence>\d+))?"
    r"(?: lit\. (?P<point>[a-z](?:, [a-z])*))?"
    r"(?: Nr\. (?P<no>\d+(?:(?:–|, )\d+)*))?"
    r"(?P<ff> ff\.)?"
    r" (?P<act>DSGVO|BDSG|StGB|TDDDG|TTDSG)\b"
)
_ACTS = {"DSGVO": "GDPR"}
# Whole words and phrases of the sources the rules cite (German; English in tomwizard/locale).
_PHRASES = (
    NC_("citation", "Durchführungsbeschluss"),
    NC_("citation", "DSK-Orientierungshilfe E-Mail-Verschlüsselung"),
    NC_("citation", "EDSA-Leitlinien"),
    NC_("citation", "EuGH"),
    NC_("citation", "Klausel"),
    NC_("citation", "Anhang"),
    NC_("citation", "Schutzbedarfsfeststellung"),
    NC_("citation", "Schutzbedarf sehr hoch"),
    NC_("citation", "Schutzbedarf hoch"),
    NC_("citation", "Schutzbedarf normal"),
    NC_("citation", "SDM Baustein"),
    NC_("citation", "SDM Evaluierbarkeit"),
    NC_("citation", "Stand der Technik"),
)


def cite(reference: str, lang: Language) -> str:
    """``reference`` as cited in ``lang``."""
    if lang == "de":
        return reference
    text = _CITATION.sub(_english, reference)
    for phrase in _PHRASES:
        if phrase.msgid in text:
            text = text.replace(phrase.msgid, say(lang, phrase))
    return text


def _english(match: re.Match[str]) -> str:
    """One citation in English form: Art. 32(1)(b) GDPR, Sec. 22(2) sentence 2 no. 5 BDSG."""
    act = match["act"]
    head = ("Sec. " if match["kind"] == "§" else "Art. ") + match["number"]
    if match["para"]:
        head += _brackets(match["para"])
    if match["sentence"]:
        head += f" sentence {match['sentence']}"
    if match["point"]:
        head += _brackets(match["point"])
    if match["no"]:
        # Art. 4 Nr. 13 DSGVO is a point of the definitions article; in the BDSG a number.
        head += _brackets(match["no"]) if act == "DSGVO" else f" no. {match['no']}"
    if match["ff"]:
        head += " et seq."
    return f"{head} {_ACTS.get(act, act)}"


def _brackets(items: str) -> str:
    """ "1, 2" → "(1), (2)"; "13–15" → "(13)–(15)"."""
    return re.sub(r"(\d+|[a-z])", r"(\1)", items)
