"""Search across every measure (Ctrl+F): a completer over the measure texts that jumps to a hit.

The completer lists what :meth:`SearchController.hits` finds: every word of the query (or a
synonym of it from ``forms/synonyms.yaml``: "Authentifizierung" finds "Authentisierung",
"Kennwort" finds "Passwort") in the measure's text or help.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QStringListModel, Qt, Signal, Slot
from PySide6.QtWidgets import QCompleter, QLineEdit

from tomwizard.models.catalog import Catalog, Language

ID_ROLE = Qt.ItemDataRole.UserRole


class SearchController(QObject):
    """Entries read "<measure text> — <section>"; a hit emits ``measure_chosen(id)``."""

    measure_chosen = Signal(str)

    def __init__(
        self, field: QLineEdit, catalog: Catalog, lang: Language, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.field = field
        self.catalog = catalog
        self.lang: Language = lang
        self._ids: list[str] = []
        self._texts: list[str] = []
        self._haystacks: list[str] = []
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

    def _load(self) -> None:
        """Built on first use, not at start-up."""
        if self._loaded:
            return
        self._loaded = True
        for section in self.catalog.sections:
            title = section.title.get(self.lang)
            for measure in section.measures():
                text = measure.text.get(self.lang).replace("{", "").replace("}", "")
                self._ids.append(measure.id)
                self._texts.append(f"{text} — {title}")
                self._haystacks.append(f"{text} — {title} {measure.help.get(self.lang)}")
        self.field.setCompleter(self.completer)

    def hits(self, query: str) -> list[str]:
        """Measure ids whose text (or help) contains every word of ``query`` or a synonym."""
        from tomwizard.content.synonyms import synonyms  # loaded on the first search

        self._load()
        words = synonyms()
        return [
            measure_id
            for measure_id, haystack in zip(self._ids, self._haystacks, strict=True)
            if words.matches(query, haystack)
        ]

    @Slot(str)
    def _on_field_text_edited(self, text: str) -> None:
        found = set(self.hits(text))
        self.model.setStringList(
            [t for i, t in zip(self._ids, self._texts, strict=True) if i in found]
        )
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
