"""Search across every measure (Ctrl+F): a completer over the measure texts that jumps to a hit.

The completer lists what :meth:`SearchController.hits` finds: every word of the query (or a
synonym of it from ``forms/synonyms.yaml``: "Authentifizierung" finds "Authentisierung",
"Kennwort" finds "Passwort") in the measure's text or help. The measures that say the typed
words themselves come first, then those that say them in other words, then those that mention
them only in their help; Enter jumps to the first. Texts read as on the section pages: numbers
and role words filled in ("alle 12 Monate", not "alle months Monate") – with an open file its
own answers ("nach 5 Minuten") and role words, else the catalog's defaults.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit

from tomwizard.models.catalog import Catalog, Language, render_text

if TYPE_CHECKING:
    from ui.controllers.document import DocumentController

ID_ROLE = Qt.ItemDataRole.UserRole


class SearchController(QObject):
    """Entries read "<measure text> — <section>"; a hit emits ``measure_chosen(id)``."""

    measure_chosen = Signal(str)

    def __init__(
        self,
        field: QLineEdit,
        catalog: Catalog,
        lang: Language,
        parent: QObject | None = None,
        document: DocumentController | None = None,
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.catalog = catalog
        self.lang: Language = lang
        self.document = document
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._haystacks: list[str] = []
        self._measure_texts: list[str] = []  # the measure's own words, to rank the hits
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # the list is filtered here (with synonyms), not by the completer's own prefix match
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self._loaded = False
        field.textEdited.connect(self._on_field_text_edited)
        field.returnPressed.connect(self._on_field_return_pressed)
        self.completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._on_completer_activated
        )
        if document is not None:  # the texts follow the open file's answers
            document.document_opened.connect(self._on_document_changed)
            document.document_closed.connect(self._on_document_changed)
            document.committed.connect(self._on_document_changed)

    def _load(self) -> None:
        """Built on first use, not at start-up (again after a change to the file)."""
        if self._loaded:
            return
        self._loaded = True
        self._ids, self._texts, self._haystacks, self._measure_texts = [], [], [], []
        document = self.document if self.document is not None and self.document.is_open else None
        roles = document.role_names if document is not None else "verantwortlicher"
        for section in self.catalog.sections:
            title = section.title.get(self.lang)
            for measure in section.measures():
                # the file's values; the defaults (as a new file shows them) without a file
                params = document.answer(measure.id).params if document is not None else {}
                text = render_text(measure, self.lang, params, roles)
                self._ids.append(measure.id)
                self._texts.append(f"{text} — {title}")
                self._measure_texts.append(text)
                self._haystacks.append(f"{text} — {title} {measure.help.get(self.lang)}")
        self.field.setCompleter(self.completer)

    def hits(self, query: str) -> list[str]:
        """Measure ids whose text (or help) contains every word of ``query`` or a synonym: first
        those whose text has the typed words, then those whose text has synonyms, then the
        rest (the words only in the help or the section title); catalog order within each."""
        from tomwizard.content.synonyms import synonyms  # loaded on the first search

        self._load()
        words = synonyms()
        typed = query.casefold().split()
        ranked: list[tuple[int, int]] = []
        for index, haystack in enumerate(self._haystacks):
            if not words.matches(query, haystack):
                continue
            text = self._measure_texts[index]
            if all(word in text.casefold() for word in typed):
                rank = 0
            elif words.matches(query, text):
                rank = 1
            else:
                rank = 2
            ranked.append((rank, index))
        return [self._ids[index] for _rank, index in sorted(ranked)]

    @Slot()
    def _on_document_changed(self) -> None:
        self._loaded = False  # rebuilt with the file's values on the next search

    @Slot(str)
    def _on_field_text_edited(self, text: str) -> None:
        found = self.hits(text)
        position = {measure_id: index for index, measure_id in enumerate(self._ids)}
        self.model.setStringList([self._texts[position[measure_id]] for measure_id in found])
        if found:
            self.completer.complete()
        else:
            popup = self.completer.popup()
            if popup is not None:
                popup.hide()

    @Slot()
    def _on_field_return_pressed(self) -> None:
        popup = self.completer.popup()
        if popup is not None and popup.isVisible() and popup.currentIndex().isValid():
            return  # the completer reports the chosen entry itself
        hits = self.hits(self.field.text())
        if hits:
            self.measure_chosen.emit(hits[0])

    @Slot(QModelIndex)
    def _on_completer_activated(self, index: QModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if text in self._texts:
            self.measure_chosen.emit(self._ids[self._texts.index(text)])
