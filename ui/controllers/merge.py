"""„Zusammenführen …“: take over a file the customer filled in (``.tomw``, JSON or questionnaire).

The menu action asks for the customer's file, the dialog lists what is taken over automatically
and the conflicts, each decided by the user; „Zusammenführen“ writes the result through the
open document in one transaction (every change in the change log, the pages refresh) as one
undo step. The action is disabled while no file, or a read-only file, is open.

Construction is cheap: the merge code and the dialog load on first use (start-up).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot

from tomwizard.editing import ReplaceAll, StoreError, same_file
from tomwizard.models.catalog import Catalog
from ui.controllers import labels
from ui.controllers.base import DocumentAction

if TYPE_CHECKING:
    from tomwizard.history.merge import Choice, MergeResult, MergeSource
    from tomwizard.models.assessment import Assessment
    from ui.pages.merge_dialog import MergeDialog


class MergeController(DocumentAction):
    """Owns the „Zusammenführen“ dialog while it is open."""

    merged = Signal()  # the file now holds the merge
    summarised = Signal(str)  # one line after a merge: n taken over, n conflicts decided
    error_occurred = Signal(str, str)  # title, message

    dialog: MergeDialog | None = None
    _plan: tuple[Path, Assessment, MergeResult, MergeSource] | None = None

    # -- merging ---------------------------------------------------------------------------

    def start(self, path: Path) -> MergeDialog | None:
        """Read the customer's file at ``path`` and show what merging it would do."""
        from tomwizard.history.merge import MergeError, OtherAssessmentError, plan_merge
        from tomwizard.input_errors import ExchangeError
        from tomwizard.inputs import one_line
        from ui.pages.form_fields import flush_all

        store = self.document.store
        if store is None or self.document.readonly:
            return None
        flush_all()  # what was just typed is part of „my version“
        title = self.tr("Zusammenführen nicht möglich")
        if same_file(path, store.path):
            message = self.tr(
                "{path}: Das ist die geöffnete Datei selbst. Bitte die Datei wählen, die der "
                "Kunde ausgefüllt zurückgeschickt hat."
            )
            self.error_occurred.emit(title, message.format(path=path))
            return None
        try:
            ours = store.load()
            source = self._load_source(path, ours)
            if source is None:
                return None
            try:
                result = plan_merge(store, source, self._catalog_for(ours))
            except OtherAssessmentError as exc:
                if not self._confirm_other(str(exc)):
                    return None
                result = plan_merge(store, source, self._catalog_for(ours), allow_other=True)
        except (StoreError, ExchangeError, MergeError) as exc:
            message = one_line(str(exc))  # the input gate's line, as on the command line
            if not message.startswith(str(path)):
                message = f"{path}: {message}"
            self.error_occurred.emit(title, message)
            return None
        self._show(path, ours, result, source)
        return self.dialog

    def merge(self) -> bool:
        """Apply the open dialog's decisions; True when the file now holds the merge."""
        from tomwizard.history.merge import MergeError, apply_merge

        store, dialog, plan = self.document.store, self.dialog, self._plan
        if store is None or dialog is None or plan is None:
            return False
        path, ours, result, source = plan
        title = self.tr("Zusammenführen nicht möglich")
        if self.document.assessment != ours:
            message = self.tr("Die Bewertung wurde inzwischen geändert; bitte neu zusammenführen.")
            self.error_occurred.emit(title, message)
            return False
        decisions = dialog.decisions()
        chosen = {k: _choice(v) for k, v in decisions.items()}
        try:
            merged = apply_merge(ours, result, chosen)
        except MergeError as exc:
            self.error_occurred.emit(title, str(exc))
            return False
        step = self.tr("Zusammenführen mit {name}").format(name=path.name)
        # the customer's authors and times and the source file go into the change log, the
        # decisions are remembered for the next merge; undo and redo write without them
        rows = tuple(result.decision_rows(chosen))
        if not self.document.apply([ReplaceAll(merged, source.origin(), rows)], step):
            return False  # the document controller has reported why; the dialog stays open
        self._close_dialog()
        self.merged.emit()
        self.summarised.emit(self.summary(result, decisions))
        return True

    def summary(self, result: MergeResult, decisions: dict[str, str]) -> str:
        """n taken over automatically, n conflicts decided (how): the counts of the dialog."""
        theirs = sum(1 for choice in decisions.values() if choice == "theirs")
        if not decisions:
            text = self.tr("Zusammengeführt: {auto} automatisch übernommen, keine Konflikte.")
            return text.format(auto=len(result.auto_applied))
        text = self.tr(
            "Zusammengeführt: {auto} automatisch übernommen, {decided} Konflikte entschieden "
            "({theirs}× Fassung des Kunden, {ours}× eigene)."
        )
        return text.format(
            auto=len(result.auto_applied),
            decided=len(decisions),
            theirs=theirs,
            ours=len(decisions) - theirs,
        )

    def _load_source(self, path: Path, ours: Assessment) -> MergeSource | None:
        """The customer's file; for a questionnaire with invalid cells the user may merge the
        valid rest (None: the user declined)."""
        from tomwizard.history.merge import load_merge_source
        from tomwizard.questionnaire.read import QuestionnaireError
        from ui import dialogs

        try:
            return load_merge_source(path, ours)
        except QuestionnaireError as exc:
            if not exc.skippable:
                raise
            text = str(exc).replace(
                " (oder mit --skip-invalid nur die gültigen Zeilen übernehmen)", ""
            )
            question = self.tr(
                "{message}\n\nDie gültigen Zeilen trotzdem zusammenführen und die ungültigen "
                "auslassen?"
            ).format(message=text)
            if not dialogs.confirm(self.parent_widget, self.tr("Fragebogen prüfen"), question):
                return None
            return load_merge_source(path, ours, skip_invalid=True)

    def _confirm_other(self, message: str) -> bool:
        from ui import dialogs

        question = self.tr("{message}\n\nTrotzdem zusammenführen?").format(
            message=message.replace(" (--allow-other)", "")
        )
        return dialogs.confirm(self.parent_widget, self.tr("Andere Beurteilung"), question)

    # -- internals -------------------------------------------------------------------------

    def _catalog_for(self, ours: Assessment) -> Catalog | None:
        return self.catalog if ours.catalog_id == self.catalog.id else None

    def _show(self, path: Path, ours: Assessment, result: MergeResult, source: MergeSource) -> None:
        from ui.pages.merge_dialog import ConflictRow, MergeDialog

        lang = self.lang
        rows = [
            ConflictRow(c.conflict_id, c.what(lang), c.side("ours", lang), c.side("theirs", lang))
            for c in result.conflicts
        ]
        auto = [entry.line(lang) for entry in result.auto_applied]
        title = self.tr("Datei des Kunden: {name}").format(name=path.name)
        self._close_dialog()
        self._plan = (path, ours, result, source)
        self.dialog = MergeDialog(title, self._base_text(result), auto, rows, self.parent_widget)
        self.dialog.setToolTip(str(path))
        from ui.help_viewer import add_help_key

        add_help_key(self.dialog, lang, "zusammenfuehren")
        self.dialog.decisions_changed.connect(self._on_dialog_decisions_changed)
        self.dialog.merge_requested.connect(self._on_dialog_merge_requested)
        self.dialog.finished.connect(self._on_dialog_finished)
        for conflict_id, choice in result.remembered.items():  # as decided last time
            self.dialog.choose(conflict_id, choice)
        self._on_dialog_decisions_changed()
        self.dialog.show()
        self.dialog.raise_()

    def _base_text(self, result: MergeResult) -> str:
        info = result.base_version
        if result.known_base:  # a questionnaire brings its base: the answers as written
            return self.tr(
                "Verglichen mit den Antworten, wie sie in den Fragebogen geschrieben wurden: "
                "was nur der Kunde geändert hat, wird übernommen."
            )
        if info is None:
            return self.tr(
                "Die Dateien haben keine gemeinsame festgeschriebene Version: alles, was beide "
                "Seiten verschieden ausgefüllt haben, ist ein Konflikt."
            )
        quoted = "„{}“" if self.lang == "de" else "“{}”"
        label = " " + quoted.format(info.label) if info.label else ""
        text = self.tr(
            "Verglichen mit Version {number}{label} vom {date}, die beide Dateien enthalten: "
            "was nur der Kunde geändert hat, wird übernommen."
        )
        when = labels.date_text(info.when.astimezone().date(), self.lang)
        return text.format(number=info.number, label=label, date=when)

    def _close_dialog(self) -> None:
        dialog, self.dialog, self._plan = self.dialog, None, None
        if dialog is not None:
            dialog.finished.disconnect(self._on_dialog_finished)
            dialog.close()
            dialog.deleteLater()

    def _update_action(self) -> None:
        writable = self.document.is_open and not self.document.readonly
        self.action.setEnabled(writable)
        reason = self.document.readonly_reason or self.tr("Die Datei ist nur zum Lesen geöffnet.")
        self.action.setToolTip("" if writable or not self.document.is_open else reason)

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_action_triggered(self) -> None:
        from ui import dialogs

        path = dialogs.ask_merge_path(self.parent_widget)
        if path is not None:
            self.start(path)

    @Slot()
    def _on_document_document_closed(self) -> None:
        self._close_dialog()
        self._update_action()

    @Slot()
    def _on_dialog_decisions_changed(self) -> None:
        dialog, plan = self.dialog, self._plan
        if dialog is None or plan is None:
            return
        result = plan[2]
        total, decided = len(result.conflicts), len(dialog.decisions())
        if not total and not result.auto_applied:
            text = self.tr("Nichts zu übernehmen: die Datei des Kunden bringt nichts Neues.")
            dialog.set_status(text, False)
        elif not total:
            dialog.set_status(self.tr("Keine Konflikte zu entscheiden."), True)
        else:
            text = self.tr("{decided} von {total} Konflikten entschieden")
            dialog.set_status(text.format(decided=decided, total=total), decided == total)

    @Slot()
    def _on_dialog_merge_requested(self) -> None:
        self.merge()

    @Slot(int)
    def _on_dialog_finished(self, _result: int) -> None:
        self._close_dialog()


def _choice(value: str) -> Choice:
    return "theirs" if value == "theirs" else "ours"
