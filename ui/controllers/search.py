"""Search across every measure (Ctrl+F): a completer over the measure texts that jumps to a hit."""

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
        self.model = QStringListModel(self)
        self.completer = QCompleter(self.model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
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
        self.model.setStringList(self._texts)
        self.field.setCompleter(self.completer)

    def hits(self, query: str) -> list[str]:
        """Measure ids whose text (or help) contains every word of ``query``."""
        self._load()
        words = query.casefold().split()
        index = self.catalog.measure_index()
        found = []
        for measure_id, text in zip(self._ids, self._texts, strict=True):
            haystack = f"{text} {index[measure_id].help.get(self.lang)}".casefold()
            if words and all(word in haystack for word in words):
                found.append(measure_id)
        return found

    @Slot(str)
    def _on_field_text_edited(self, text: str) -> None:
        self._load()

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
