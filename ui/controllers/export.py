"""Export: ask for the annex options, warn about kritisch findings, write the annex and the gap
report (PDF or Word) and the action plan, open them."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from tomwizard.editing import SetField, StoreError
from tomwizard.export.text_limits import refuse_long_texts, refuse_too_many
from tomwizard.models.catalog import Catalog, Language
from tomwizard.models.finding import Finding, Severity
from tomwizard.store.errors import write_reason
from ui import dialogs
from ui.controllers.document import DocumentController, step_label

# The blockers load with the first export, not at start-up.
if TYPE_CHECKING:  # the dialog loads when it is first shown (start-up)
    from tomwizard.export.writers import Format
    from tomwizard.history.versions import AnnexChanges
    from tomwizard.models.assessment import Assessment
    from tomwizard.rules.blockers import Blocker
    from ui.pages.export_dialog import ExportChoices


class ExportController(QObject):
    exported = Signal(object)  # list[Path]
    error_occurred = Signal(str, str)

    def __init__(
        self,
        document: DocumentController,
        catalog: Catalog,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.catalog = catalog
        self.last: ExportChoices | None = None
        self._parent: QWidget | None = None  # the window the dialog was shown over

    def critical_count(self) -> int:
        return sum(1 for f in self.document.findings if f.severity is Severity.KRITISCH)

    def initial(self, lang: str) -> ExportChoices:
        from tomwizard.export.pdf_annex import DEFAULT_PARTS
        from ui.pages.export_dialog import ExportChoices

        path = self.document.path or Path("bewertung.tomw")
        number = str(self.document.field("organisation.annex_number") or "")
        base = self.last or ExportChoices(
            number,
            "checklist",
            "catalog",
            lang,
            DEFAULT_PARTS,  # as `tomwizard export`
            False,
            True,
            "",
        )
        suffix = ".docx" if base.format == "docx" else ".pdf"
        target = str(path.with_name(f"{path.stem}-anlage-{number or 'x'}{suffix}"))
        return ExportChoices(
            number,
            base.style,
            base.view,
            base.lang,
            base.parts,
            base.list_entfaellt,
            base.gap_report,
            target,
            base.append_changes,
            base.action_plan,
            base.format,
        )

    def changes_unavailable(self) -> str:
        """Why the appendix of changes cannot be added ("" when it can)."""
        store = self.document.store
        if store is None or not store.versions():
            return self.tr("Noch keine festgeschriebene Version (Ansicht › Verlauf und Versionen).")
        return ""

    def stand_hint(self, lang: Language) -> str:
        """„Stand und Version anpassen? …“ when answers changed after the Stand ("" if not)."""
        found = self.document.stand_finding()
        return found.text.get(lang) if found is not None else ""

    def findings(self, assessment: Assessment) -> list[Finding]:
        """The rules' findings of the document, and an open point where its version and Stand
        are those of a frozen version its answers differ from (DSB review 7, M3): what
        ``tomwizard export`` counts, so that both make the same draft or final."""
        from tomwizard.history.same_version import version_findings

        store = self.document.store
        extra = version_findings(store, assessment, self.catalog) if store is not None else []
        return [*self.document.findings, *extra]

    def blockers(self, assessment: Assessment) -> list[Blocker]:
        from tomwizard.rules.blockers import blockers

        return blockers(assessment, self.catalog, self.findings(assessment))

    def ask(self, parent: QWidget | None, lang: str) -> list[Path]:
        """Show the dialog and export what the user chose; the written files."""
        from tomwizard.rules.blockers import counts
        from ui.pages.export_dialog import ExportDialog

        if not self.document.is_open:
            return []
        self._parent = parent
        count = self.critical_count()
        if count == 1:
            warning = self.tr("Achtung: 1 kritischer Hinweis ist offen.")
        elif count:
            warning = self.tr("Achtung: {count} kritische Hinweise sind offen.").format(count=count)
        else:
            warning = ""
        assessment = self.document.assessment
        if assessment is None:
            return []
        stand = self.stand_hint("en" if lang == "en" else "de")
        warning = "\n".join(text for text in (warning, stand) if text)
        found = self.blockers(assessment)
        if found:
            version = self.tr(
                "Entwurf („ENTWURF“ auf jeder Seite). Eine Endfassung ist erst möglich, wenn "
                "nichts mehr offen ist: {counts}. Die Zusammenfassung listet diese Punkte zuerst."
            ).format(counts=counts(found, "de" if lang == "de" else "en"))
        else:
            version = self.tr("Endfassung (nichts ist mehr offen)")
        dialog = ExportDialog(
            self.initial(lang),
            [("checklist", self.tr("Checkliste (☒/☐)")), ("prose", self.tr("Fließtext"))],
            [
                ("catalog", self.tr("nach Abschnitten des Katalogs")),
                ("art32", self.tr("nach Art. 32 Abs. 1 lit. a–d DSGVO")),
                ("kontrollen", self.tr("nach den klassischen Kontrollen")),
            ],
            [
                ("processing", self.tr("Beschreibung der Verarbeitung")),
                ("subprocessors", self.tr("Liste der Unterauftragsverarbeiter")),
                ("signature", self.tr("Unterschriftenblock")),
            ],
            warning,
            parent,
            self.changes_unavailable(),
            version,
        )
        from ui.help_viewer import add_help_key

        add_help_key(dialog, "en" if lang == "en" else "de", "export")
        while True:  # „Abbrechen“ on replacing a file leads back to the dialog (another name)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            choices = dialog.choices()
            # the annex's file dialog („Durchsuchen …“) has asked about that file already
            asked = dialog.path_row.confirmed
            existing = [
                p for p in self.targets(choices) if p.is_file() and not (asked and p == Path(asked))
            ]
            if not existing or dialogs.confirm_replace(parent, existing):
                break
        question = (
            self.tr(
                "Die Bewertung hat einen kritischen Hinweis. Eine Anlage mit dieser Lücke "
                "sollte nicht unterschrieben werden. Trotzdem exportieren?"
            )
            if count == 1
            else self.tr(
                "Die Bewertung hat {count} kritische Hinweise. Eine Anlage mit diesen Lücken "
                "sollte nicht unterschrieben werden. Trotzdem exportieren?"
            ).format(count=count)
        )
        if count and not dialogs.confirm(parent, self.tr("Kritische Hinweise"), question):
            return []
        return self.export(choices)

    def export(self, choices: ExportChoices, open_result: bool = True) -> list[Path]:
        from tomwizard.export.writers import write_annex, write_gap_report

        assessment = self.document.assessment
        if assessment is None or not choices.path:
            return []
        self.last = choices
        if choices.annex_number and not self.document.readonly:
            change = SetField("organisation.annex_number", choices.annex_number)
            self.document.apply([change], step_label("field"))
            assessment = self.document.assessment
            assert assessment is not None
        fmt: Format = "docx" if choices.format == "docx" else "pdf"
        out = self.targets(choices)[0]
        lang = cast(Language, choices.lang)
        written = [out]
        try:
            refuse_long_texts(self.document.path or out, assessment)
            refuse_too_many(self.document.path or out, assessment)
            changes = self._changes() if choices.append_changes else None
            write_annex(
                assessment,
                self.catalog,
                out,
                lang,
                fmt=fmt,
                style=cast(Any, choices.style),
                view=choices.view,
                parts=cast(Any, choices.parts),
                list_entfaellt=choices.list_entfaellt,
                changes=changes,
                # the rules already ran for this state (the document keeps their findings)
                found=self.blockers(assessment),
            )
            if choices.gap_report:
                report = gap_report_path(out)
                findings = self.findings(assessment)
                write_gap_report(assessment, self.catalog, report, lang, findings, fmt=fmt)
                written.append(report)
            if choices.action_plan:
                from tomwizard.export.action_plan_xlsx import write_action_plan_xlsx

                plan = action_plan_path(out)
                write_action_plan_xlsx(assessment, self.catalog, plan, lang, self.document.findings)
                written.append(plan)
        except StoreError as exc:
            self.error_occurred.emit(self.tr("Export fehlgeschlagen"), str(exc))
            return []
        except OSError as exc:
            self.error_occurred.emit(
                self.tr("Export fehlgeschlagen"),
                self.tr("{path}: {reason}").format(path=out, reason=write_reason(exc)),
            )
            return []
        if open_result:  # where the files went, with „Öffnen“ and „Ordner öffnen“
            note = self.logo_note(assessment)
            dialogs.show_exported(self._parent, written, note=note)
        self.exported.emit(written)
        return written

    def logo_note(self, assessment: Assessment) -> str:
        """Why the documents have no logo although the letterhead has one ("" if they have):
        an SVG with too much to draw, as ``tomwizard export`` says on the command line."""
        from tomwizard.i18n import format_number, message_language
        from tomwizard.logo_image import MAX_SVG_DRAWN
        from tomwizard.models.letterhead import logo_left_out

        if not logo_left_out(assessment.organisation.letterhead):
            return ""
        text = self.tr(
            "Hinweis: Das SVG-Logo im Briefkopf hat zu viele Formen (mehr als {most}); die "
            "Dokumente wurden ohne Logo erstellt. Bitte auf der Seite „Organisation“ unter "
            "„Briefkopf …“ ein einfacheres SVG oder ein PNG wählen."
        )
        return text.format(most=format_number(MAX_SVG_DRAWN, message_language()))

    @staticmethod
    def targets(choices: ExportChoices) -> list[Path]:
        """The files the export writes: the annex (its format's suffix added when missing),
        then the gap report and the action plan if chosen."""
        suffix = ".docx" if choices.format == "docx" else ".pdf"
        out = Path(choices.path)
        if out.suffix.lower() != suffix:
            out = out.with_name(out.name + suffix)
        files = [out]
        if choices.gap_report:
            files.append(gap_report_path(out))
        if choices.action_plan:
            files.append(action_plan_path(out))
        return files

    def _changes(self) -> AnnexChanges | None:
        """The changes against the latest version that differs from the current state."""
        from tomwizard.history.versions import annex_changes

        store = self.document.store
        return annex_changes(store, self.catalog) if store is not None else None


def gap_report_path(annex: Path) -> Path:
    """The gap report beside the annex, in the annex's format."""
    return annex.with_name(f"{annex.stem}-lueckenbericht{annex.suffix}")


def action_plan_path(annex: Path) -> Path:
    return annex.with_name(f"{annex.stem}-massnahmenplan.xlsx")
