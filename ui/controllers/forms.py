"""The Organisation and Verarbeitung pages: field descriptions → form pages → the document.

The processing description and the DSB come from ``forms/processing.yaml`` (content as data);
the parties of the contract are described here, since they are the assessment's own fields.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Slot

from tomwizard.content.countries import countries
from tomwizard.content.processing_form import FormGroup, processing_form
from tomwizard.editing import SetField
from tomwizard.models.assessment import Assessment, ProtectionNeed, RoleNames, SubApproval
from tomwizard.models.catalog import Language
from ui.controllers.base import PageController
from ui.controllers.document import step_label
from ui.pages.form_page import FieldSpec, FormPage, GroupSpec


def country_choices(lang: Language) -> list[tuple[str, str]]:
    """(code, name) for the picker; EU/EWR and adequacy decisions are named beside the name."""
    known = countries()
    out = []
    for code, name in known.picker(lang):
        if known.is_eu_eea(code):
            name = QCoreApplication.translate("forms", "{name} (EU/EWR)").format(name=name)
        elif known.has_adequacy(code):
            name = QCoreApplication.translate("forms", "{name} (Angemessenheitsbeschluss)").format(
                name=name
            )
        out.append((code, name))
    return out


def _party(prefix: str, title: str) -> GroupSpec:
    return GroupSpec(
        title,
        "",
        [
            FieldSpec(
                f"{prefix}.name", "text", QCoreApplication.translate("forms", "Name"), required=True
            ),
            FieldSpec(
                f"{prefix}.street",
                "text",
                QCoreApplication.translate("forms", "Straße und Hausnummer"),
            ),
            FieldSpec(
                f"{prefix}.postcode", "text", QCoreApplication.translate("forms", "Postleitzahl")
            ),
            FieldSpec(f"{prefix}.city", "text", QCoreApplication.translate("forms", "Ort")),
            FieldSpec(f"{prefix}.country", "country", QCoreApplication.translate("forms", "Land")),
            FieldSpec(
                f"{prefix}.contact", "text", QCoreApplication.translate("forms", "Ansprechpartner")
            ),
            FieldSpec(
                f"{prefix}.representative",
                "text",
                QCoreApplication.translate("forms", "Unterschrift durch"),
                QCoreApplication.translate(
                    "forms",
                    "Wer die Anlage unterschreibt, mit Funktion, z. B. „Anna Beispiel, GF“.",
                ),
            ),
        ],
    )


def from_form(group: FormGroup, prefix: str, lang: Language) -> GroupSpec:
    """A group of ``forms/processing.yaml`` as form fields for a page."""
    fields = [
        FieldSpec(
            f"{prefix}.{f.id}",
            f.kind,
            f.label.get(lang),
            f.help.get(lang),
            [(c.id, c.label.get(lang)) for c in f.choices],
            f.required,
        )
        for f in group.fields
    ]
    intro = group.intro.get(lang) if group.intro is not None else ""
    return GroupSpec(group.title.get(lang), intro, fields)


def organisation_groups(lang: Language) -> list[GroupSpec]:
    contract = GroupSpec(
        QCoreApplication.translate("forms", "Vertrag und Anlage"),
        "",
        [
            FieldSpec(
                "organisation.contract_reference",
                "text",
                QCoreApplication.translate("forms", "Bezeichnung des Vertrags"),
                QCoreApplication.translate(
                    "forms",
                    "Wie der Vertrag überschrieben ist, z. B. „AVV Lohnabrechnung vom "
                    "01.03.2024“. Steht auf dem Deckblatt als „Vertragsbezeichnung: …“.",
                ),
            ),
            FieldSpec(
                "organisation.annex_number",
                "text",
                QCoreApplication.translate("forms", "Nummer der Anlage"),
            ),
            FieldSpec(
                "organisation.place",
                "text",
                QCoreApplication.translate("forms", "Ort der Unterschrift"),
            ),
            FieldSpec("organisation.stand", "date", QCoreApplication.translate("forms", "Stand")),
            FieldSpec(
                "organisation.version", "text", QCoreApplication.translate("forms", "Version")
            ),
            FieldSpec(
                "organisation.role_names",
                "choice",
                QCoreApplication.translate("forms", "Bezeichnung der Vertragsparteien"),
                QCoreApplication.translate(
                    "forms",
                    "Wie der Vertrag die Parteien nennt; die Anlage verwendet durchgehend dieses "
                    "Paar (englisch: controller/processor).",
                ),
                [
                    (
                        RoleNames.VERANTWORTLICHER.value,
                        QCoreApplication.translate(
                            "forms", "Verantwortlicher / Auftragsverarbeiter"
                        ),
                    ),
                    (
                        RoleNames.AUFTRAGGEBER.value,
                        QCoreApplication.translate("forms", "Auftraggeber / Auftragnehmer"),
                    ),
                ],
            ),
            _sub_approval(),
        ],
    )
    dsb = from_form(processing_form().group("dsb"), "organisation.dsb", lang)
    contact = from_form(
        processing_form().group("contact_point"), "organisation.contact_point", lang
    )
    certificates = GroupSpec(
        QCoreApplication.translate("forms", "Zertifikate und Testate"),
        QCoreApplication.translate(
            "forms",
            "Erscheinen in der Anlage, sobald ein Zertifikat eingetragen ist. Nur aufnehmen, "
            "was für die Verarbeitung im Auftrag gilt.",
        ),
        [
            FieldSpec(
                "organisation.certificates",
                "certificates",
                QCoreApplication.translate("forms", "Zertifikate"),
                QCoreApplication.translate(
                    "forms",
                    "Je Zeile ein Zertifikat oder Testat: Bezeichnung (z. B. ISO/IEC 27001), "
                    "Geltungsbereich, ausstellende Stelle, gültig bis (TT.MM.JJJJ).",
                ),
            )
        ],
    )
    return [
        _party(
            "organisation.processor",
            QCoreApplication.translate("forms", "Auftragsverarbeiter (Auftragnehmer)"),
        ),
        _party(
            "organisation.controller",
            QCoreApplication.translate("forms", "Verantwortlicher (Auftraggeber)"),
        ),
        dsb,
        contact,
        certificates,
        contract,
    ]


def _sub_approval() -> FieldSpec:
    """Which of the two approval models of Art. 28 Abs. 2 DSGVO the contract chose (review 5,
    P5); unanswered, the annex names both as before."""
    translate = QCoreApplication.translate
    return FieldSpec(
        "organisation.sub_approval",
        "choice",
        translate("forms", "Genehmigung von Unterauftragsverarbeitern"),
        translate(
            "forms",
            "Wie der Vertrag den Einsatz neuer oder geänderter Unterauftragsverarbeiter regelt "
            "(Art. 28 Abs. 2 DSGVO). Die Anlage nennt dann nur diese Regelung; ohne Angabe "
            "nennt sie beide.",
        ),
        [
            (None, translate("forms", "Keine Angabe")),
            (
                SubApproval.EINZELN.value,
                translate("forms", "Gesonderte Genehmigung jedes Unterauftragsverarbeiters"),
            ),
            (
                SubApproval.ALLGEMEIN.value,
                translate("forms", "Allgemeine Genehmigung mit Einspruchsrecht"),
            ),
        ],
    )


def processing_groups(lang: Language) -> list[GroupSpec]:
    need = GroupSpec(
        QCoreApplication.translate("forms", "Schutzbedarf"),
        QCoreApplication.translate(
            "forms",
            "Der Schutzbedarf der verarbeiteten Daten bestimmt, welche Maßnahmen erwartet "
            "werden: bei „hoch“ die Stufe Standard, bei „sehr hoch“ auch die Stufe Erhöht.",
        ),
        [
            FieldSpec(
                "protection_need",
                "choice",
                QCoreApplication.translate("forms", "Schutzbedarf"),
                QCoreApplication.translate(
                    "forms",
                    "Normal, hoch oder sehr hoch – nach dem höchsten Risiko für die Betroffenen.",
                ),
                [
                    (ProtectionNeed.NORMAL.value, QCoreApplication.translate("forms", "normal")),
                    (ProtectionNeed.HOCH.value, QCoreApplication.translate("forms", "hoch")),
                    (
                        ProtectionNeed.SEHR_HOCH.value,
                        QCoreApplication.translate("forms", "sehr hoch"),
                    ),
                ],
            )
        ],
    )
    return [from_form(processing_form().group("processing"), "processing", lang), need]


class FormController(PageController[FormPage]):
    """One form page: committed values → editors; edits → undoable commands."""

    def _set_up(self) -> None:
        page, document = self.page, self.document
        page.field_edited.connect(self._on_page_field_edited)
        page.field_finished.connect(self._on_page_field_finished)
        document.document_opened.connect(self._on_document_document_opened)
        document.field_changed.connect(self._on_document_field_changed)
        if document.is_open:
            self._on_document_document_opened(document.assessment)

    def paths(self) -> list[str]:
        return list(self.page.editors)

    @Slot(str, object, bool)
    def _on_page_field_edited(self, path: str, value: Any, merge: bool) -> None:
        key = f"field:{path}" if merge else ""
        if not self.document.apply([SetField(path, value)], step_label("field"), key):
            self.page.show_value(path, self.document.field(path))  # show what is stored

    @Slot(str)
    def _on_page_field_finished(self, path: str) -> None:
        self.document.end_merge()

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment | None) -> None:
        for path in self.paths():
            self.page.show_value(path, self.document.field(path))
        self.page.set_editable(not self.document.readonly)

    @Slot(str, object)
    def _on_document_field_changed(self, path: str, value: Any) -> None:
        self.page.show_value(path, value)
