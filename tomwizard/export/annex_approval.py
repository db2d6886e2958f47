"""The annex in the approval model the contract chose for sub-processors (review 5, P5).

Art. 28 Abs. 2 DSGVO knows two: a gesonderte Genehmigung of each sub-processor in advance, or
an allgemeine schriftliche Genehmigung under which the processor announces every new or changed
sub-processor and the controller may object. With the model entered
(``organisation.sub_approval``), the duty on the Hinzuziehung oder Ersetzung of a sub-processor
states only that model, and with the allgemeine Genehmigung the sub-processor part
speaks of the objection period instead of an approval. Not entered (files from before the
choice existed), the annex reads as before: the duty names both models.
"""

from __future__ import annotations

from tomwizard.export.wording import ANNEX
from tomwizard.i18n import N_, NC_, Wording
from tomwizard.models.assessment import SubApproval
from tomwizard.models.catalog import Language, Text
from tomwizard.models.roles import fill_roles

APPROVAL_MEASURE = "auftrag.sub_genehmigung"
DUTY = "sub_approval_duty"  # the wording key of that measure's text in the chosen model
APPROVED_ASPECT = "sub_approved_aspect"  # the date's label in the changes appendix

_WORDING: dict[SubApproval, Wording] = {
    SubApproval.EINZELN: Wording(
        {
            # in the statute's terms: Hinzuziehung oder Ersetzung (review 6, N8)
            DUTY: N_(
                "Jede Hinzuziehung oder Ersetzung eines {unterauftragsverarbeiters} nimmt der "
                "{auftragsverarbeiter} erst vor, wenn der {verantwortlicher} sie vorher gesondert "
                "schriftlich genehmigt hat (Art. 28 Abs. 2 DSGVO)."
            ),
        }
    ),
    SubApproval.ALLGEMEIN: Wording(
        {
            DUTY: N_(
                "Der {auftragsverarbeiter} teilt dem {verantwortlichen} jede beabsichtigte "
                "Hinzuziehung oder Ersetzung eines {unterauftragsverarbeiters} vorher mit und "
                "nimmt sie erst vor, wenn der {verantwortlicher} innerhalb der vereinbarten Frist "
                "keinen Einspruch dagegen erhoben hat (allgemeine schriftliche Genehmigung, "
                "Art. 28 Abs. 2 DSGVO)."
            ),
            "sub_lead": N_(
                "Gegen die Beauftragung der folgenden Unterauftragsverarbeiter hat der "
                "{verantwortlicher} keinen Einspruch erhoben (Ablauf der Einspruchsfrist in der "
                "Tabelle):"
            ),
            "sub_pending_lead": N_(
                "Die folgenden Unterauftragsverarbeiter teilt der {auftragsverarbeiter} dem "
                "{verantwortlichen} mit dieser Anlage mit; sie werden erst eingesetzt, wenn er "
                "innerhalb der vereinbarten Frist keinen Einspruch erhebt:"
            ),
            "sub_contract": N_("Vertrag und Einspruchsfrist"),  # the column head (review 6, N2)
            "sub_approved": N_("Einspruchsfrist abgelaufen am {date}"),
            # the date's label in the changes appendix (review 6)
            APPROVED_ASPECT: NC_("aspect", "Einspruchsfrist abgelaufen am"),
            "sub_not_approved": N_("Einspruchsfrist läuft noch"),
            "place_pending": N_(
                "Erst nach Ablauf der Einspruchsfrist des {verantwortlichen_gen} eingesetzt: "
                "{names}."
            ),
            "p_place_pending": N_("{place} – erst nach Ablauf der Einspruchsfrist für {names}"),
        }
    ),
}


def annex_wording(lang: Language, model: SubApproval | None) -> dict[str, str]:
    """The annex's wording in ``lang`` for the approval model (None: the wording as before)."""
    wording = ANNEX[lang]
    if model is not None:
        wording.update(_WORDING[model][lang])
    return wording


def duty_text(model: SubApproval | None) -> Text | None:
    """The approval duty as the annex prints it for ``model`` (None without a model: the
    catalog's text, which names both), in the first pair of role words; a rule message that
    quotes the measure quotes this (DSB review 7, N2; the message is put in the file's role
    words when it is shown, as every rule message)."""
    if model is None:
        return None
    wording = _WORDING[model]
    return Text(de=fill_roles(wording["de"][DUTY]), en=fill_roles(wording["en"][DUTY]))
