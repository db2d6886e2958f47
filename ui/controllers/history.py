"""„Verlauf“: the change log (filtered), the frozen versions, freezing and comparing them.

Reads the open store through the document controller; the only thing it writes is a new
frozen version („Version festschreiben“), which a read-only file refuses with its reason.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal, Slot

from tomwizard.editing import StoreError
from tomwizard.history.changelog import ChangeRecord, VersionInfo, parse_time
from tomwizard.models.catalog import Language
from ui.controllers import labels
from ui.controllers.base import DocumentAction

if TYPE_CHECKING:  # the dialog and the diff code load when the dialog first opens (start-up)
    from tomwizard.history.diff import DiffEntry
    from ui.pages.history_dialog import ChangeFilter, ChangeRow, HistoryDialog, VersionRow


def entry_row(record: ChangeRecord, entry: DiffEntry | None, lang: Language) -> ChangeRow:
    """One table row: local time, author (with the file a merged row came from), what changed,
    old → new."""
    from ui.pages.history_dialog import ChangeRow

    when = labels.time_text(parse_time(record.at), lang, seconds=True)
    author = f"{record.author} · {record.source}" if record.source else record.author
    if entry is None:
        return ChangeRow(when, author, record.target, "", record.target)
    return ChangeRow(when, author, entry.what(lang), entry.change(lang), record.target)


def version_row(info: VersionInfo, lang: Language) -> VersionRow:
    from ui.pages.history_dialog import VersionRow

    return VersionRow(
        number=info.number,
        label=info.label,
        when=labels.time_text(info.when, lang),
        author=info.author,
        catalog=f"{info.catalog_id} {info.catalog_version}",
    )


class HistoryController(DocumentAction):
    """Owns the „Verlauf“ dialog while it is open; the window's menu action opens it."""

    version_frozen = Signal(object)  # VersionInfo
    error_occurred = Signal(str, str)

    dialog: HistoryDialog | None = None

    def _set_up(self) -> None:
        self.document.committed.connect(self._on_document_committed)

    # -- opening ---------------------------------------------------------------------------

    def show(self) -> HistoryDialog | None:
        """Open (or raise) the dialog for the open file."""
        if not self.document.is_open:
            return None
        if self.dialog is None:
            from ui.pages.history_dialog import HistoryDialog

            sections = [(s.id, s.title.get(self.lang)) for s in self.catalog.sections]
            self.dialog = HistoryDialog(sections, self.parent_widget)
            from ui.help_viewer import add_help_key

            add_help_key(self.dialog, self.lang, "versionen")
            self.dialog.filters_changed.connect(self._on_dialog_filters_changed)
            self.dialog.freeze_requested.connect(self._on_dialog_freeze_requested)
            self.dialog.compare_requested.connect(self._on_dialog_compare_requested)
        self.refresh()
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def refresh(self) -> None:
        if self.dialog is None:
            return
        self.refresh_changes()
        self.refresh_versions()

    # -- change log ------------------------------------------------------------------------

    def refresh_changes(self) -> None:
        store, dialog = self.document.store, self.dialog
        if store is None or dialog is None:
            return
        wanted = dialog.change_filter()
        try:
            records = store.changes(
                section=wanted.section, since=_start(wanted.since), until=_end(wanted.until)
            )
            total = store.change_count()
        except StoreError as exc:
            self.error_occurred.emit(self.tr("Verlauf kann nicht gelesen werden"), str(exc))
            return
        rows: list[ChangeRow] = []
        shown = 0  # change-log entries with a row shown (one entry can make several rows)
        for record in records:
            matching = [row for row in self._rows(record) if _matches(row, wanted)]
            shown += bool(matching)
            rows += matching
        rows.reverse()  # newest first
        dialog.set_changes(rows, shown, total)

    def _rows(self, record: ChangeRecord) -> list[ChangeRow]:
        from tomwizard.history.diff import record_entries
        from ui.pages.history_dialog import ChangeRow

        if record.kind == "version":
            text = self.tr("Version {n} festgeschrieben").format(n=record.key)
            when = entry_row(record, None, self.lang).when
            return [ChangeRow(when, record.author, text, "", record.target)]
        entries = record_entries(record, self.catalog)
        if not entries:
            return [entry_row(record, None, self.lang)]
        return [entry_row(record, entry, self.lang) for entry in entries]

    # -- versions --------------------------------------------------------------------------

    def refresh_versions(self) -> None:
        store, dialog = self.document.store, self.dialog
        if store is None or dialog is None:
            return
        infos = store.versions()
        dialog.set_versions([version_row(i, self.lang) for i in infos], self.tr("aktuellem Stand"))
        reason = self.document.readonly_reason or self.tr("Die Datei ist nur zum Lesen geöffnet.")
        dialog.set_freeze_allowed(not self.document.readonly, "" if not store.readonly else reason)
        if infos:
            self.compare(infos[-1].number, None)
        else:
            dialog.set_diff(self.tr("Noch keine festgeschriebene Version."), [])

    def freeze(self, label: str | None) -> VersionInfo | None:
        """„Version festschreiben“ with ``label`` (None: the annex's own version string)."""
        opened = self.document.opened
        if opened is None:
            return None
        try:
            info = opened.freeze_version(label)
        except StoreError as exc:
            self.error_occurred.emit(self.tr("Version kann nicht festgeschrieben werden"), str(exc))
            return None
        self.version_frozen.emit(info)
        self.refresh()
        return info

    def compare(self, start: int | None, end: int | None) -> list[str]:
        """Show the changes from version ``start`` to ``end`` (None: the current state)."""
        from tomwizard.history.versions import diff_versions

        store, dialog = self.document.store, self.dialog
        if store is None:
            return []
        try:
            result = diff_versions(store, start, end, self.catalog)
        except StoreError as exc:
            self.error_occurred.emit(self.tr("Versionen können nicht verglichen werden"), str(exc))
            return []
        lines = result.lines(self.lang)
        if dialog is not None:
            if not lines:
                count = self.tr("keine Änderungen")
            elif len(lines) == 1:
                count = self.tr("1 Änderung")
            else:
                count = self.tr("{count} Änderungen").format(count=len(lines))
            dialog.set_diff(f"{result.title(self.lang)} – {count}", lines)
        return lines

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_action_triggered(self) -> None:
        self.show()

    @Slot(object)
    def _on_document_document_opened(self, _assessment: object) -> None:
        self._update_action()
        if self.dialog is not None and self.dialog.isVisible():
            self.refresh()

    @Slot()
    def _on_document_document_closed(self) -> None:
        self._update_action()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    @Slot()
    def _on_document_committed(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.refresh()

    @Slot()
    def _on_dialog_filters_changed(self) -> None:
        self.refresh_changes()

    @Slot()
    def _on_dialog_freeze_requested(self) -> None:
        if self.dialog is None:
            return
        suggestion = str(self.document.field("organisation.version") or "")
        label = self.dialog.ask_label(suggestion)
        if label is not None:
            self.freeze(label)

    @Slot()
    def _on_dialog_compare_requested(self) -> None:
        if self.dialog is not None:
            self.compare(*self.dialog.compare_choice())


def _start(day: dt.date | None) -> dt.datetime | None:
    return dt.datetime.combine(day, dt.time()) if day is not None else None


def _end(day: dt.date | None) -> dt.datetime | None:
    """The inclusive last day as the exclusive start of the next one."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time()) if day is not None else None


def _matches(row: ChangeRow, wanted: ChangeFilter) -> bool:
    text = wanted.text.casefold()
    return not text or any(text in part.casefold() for part in (row.what, row.change, row.target))
