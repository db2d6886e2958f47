"""The Unterauftragsverarbeiter page: rows from the assessment, checks from the gap rules."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import Slot

from tomwizard.content.countries import countries
from tomwizard.content.processing_form import processing_form
from tomwizard.editing import DeleteSubprocessor, PutSubprocessor
from tomwizard.models.assessment import Assessment, SubApproval, Subprocessor
from tomwizard.models.catalog import Language
from tomwizard.models.finding import Finding
from tomwizard.rules import findings_for
from ui.controllers import labels
from ui.controllers.base import PageController
from ui.controllers.document import step_label
from ui.controllers.forms import country_choices, from_form
from ui.pages import form_fields
from ui.pages.form_page import GroupSpec
from ui.pages.subprocessor_page import SubprocessorPage, SubprocessorRow

PREFIX = "subprocessor."


def subprocessor_group(lang: Language) -> GroupSpec:
    return from_form(processing_form().group("subprocessor"), "subprocessor", lang)


class SubprocessorController(PageController[SubprocessorPage]):
    def _set_up(self) -> None:
        page, document = self.page, self.document
        self._editing_id = ""
        group = processing_form().group("subprocessor")
        basis = next(f for f in group.fields if f.id == "transfer_basis")
        self._basis_labels = {c.id: c.label.get(self.lang) for c in basis.choices}
        approved = next(f for f in group.fields if f.id == "approved_date")
        self._approved_label = approved.label.get(self.lang)
        page.add_requested.connect(self._on_page_add_requested)
        page.remove_requested.connect(self._on_page_remove_requested)
        page.current_changed.connect(self._on_page_current_changed)
        page.field_edited.connect(self._on_page_field_edited)
        page.field_finished.connect(self._on_page_field_finished)
        document.document_opened.connect(self._on_document_document_opened)
        document.subprocessor_changed.connect(self._on_document_subprocessor_changed)
        document.findings_changed.connect(self._on_document_findings_changed)
        self._on_document_document_opened(document.assessment)

    def rows(self) -> list[SubprocessorRow]:
        out = []
        for sub in self.document.assessment_list("subprocessors"):
            found = findings_for(self.document.findings, f"subprocessor:{sub.id}")
            codes = list(dict.fromkeys([sub.country_seat, *sub.countries_processing]))
            names = ", ".join(countries().name(c, self.lang) for c in codes if c)
            check = (
                found[0].said(self.lang, self.document.role_names)
                if found
                else self.tr("in Ordnung")
            )
            if len(found) > 1:
                check = self.tr("{first} (+{more} weitere)").format(
                    first=check, more=len(found) - 1
                )
            out.append(
                SubprocessorRow(
                    sub.id,
                    sub.name,
                    names,
                    self._basis_labels.get(sub.transfer_basis.value, ""),
                    check,
                    labels.severity_icon(labels.worst(found)) if found else None,
                )
            )
        return out

    def _show_current(self) -> None:
        self._editing_id = self.page.current_id()
        sub = self.document.subprocessor(self._editing_id)
        data = sub.model_dump() if sub is not None else Subprocessor(id="-").model_dump()
        for path in self.page.form.editors:
            self.page.form.show_value(path, data.get(path.removeprefix(PREFIX)))
        self._label_approved_date()
        found = findings_for(self.document.findings, f"subprocessor:{sub.id}") if sub else []
        roles = self.document.role_names
        self.page.set_check("".join(labels.finding_html(f, self.lang, roles) for f in found))

    def _label_approved_date(self) -> None:
        """Under the allgemeine Genehmigung the date is the end of the objection period, not an
        approval (DSB review 6, N1); the stored field stays the same."""
        assessment = self.document.assessment
        model = assessment.organisation.sub_approval if assessment is not None else None
        label = self._approved_label
        if model is SubApproval.ALLGEMEIN:
            label = self.tr("Einspruchsfrist abgelaufen am")
        self.page.form.set_label(PREFIX + "approved_date", label)

    def _refresh(self) -> None:
        self.page.set_rows(self.rows())
        self.page.set_editable(self.document.is_open and not self.document.readonly)
        self._show_current()

    @Slot()
    def _on_page_add_requested(self) -> None:
        sub = Subprocessor(id=uuid.uuid4().hex[:12])
        if self.document.apply([PutSubprocessor(sub)], step_label("subprocessor")):
            self.page.select(sub.id)
            self.page.form.focus_field(PREFIX + "name")

    @Slot(str)
    def _on_page_remove_requested(self, sub_id: str) -> None:
        change = DeleteSubprocessor(sub_id)
        self.document.apply([change], step_label("subprocessor-removed"))

    @Slot(str)
    def _on_page_current_changed(self, sub_id: str) -> None:
        if sub_id != self._editing_id:
            form_fields.flush_in(self.page.form)  # typed text belongs to the previous row
        self._show_current()

    @Slot(str, object, bool)
    def _on_page_field_edited(self, path: str, value: Any, merge: bool) -> None:
        sub = self.document.subprocessor(self._editing_id)
        if sub is None:
            return
        name = path.removeprefix(PREFIX)
        try:
            changed = Subprocessor.model_validate({**sub.model_dump(), name: value})
        except ValueError:
            self._show_current()
            return
        key = f"sub:{sub.id}" if merge else ""
        if not self.document.apply([PutSubprocessor(changed)], step_label("subprocessor"), key):
            self._show_current()

    @Slot(str)
    def _on_page_field_finished(self, path: str) -> None:
        self.document.end_merge()

    @Slot(object)
    def _on_document_document_opened(self, assessment: Assessment | None) -> None:
        self._refresh()

    @Slot(str, object)
    def _on_document_subprocessor_changed(self, sub_id: str, sub: object) -> None:
        self._refresh()

    @Slot(object)
    def _on_document_findings_changed(self, findings: list[Finding]) -> None:
        self.page.set_rows(self.rows())
        self._show_current()


def make_page(title: str, lang: Language) -> SubprocessorPage:
    return SubprocessorPage(title, subprocessor_group(lang), country_choices(lang))
