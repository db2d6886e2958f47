"""Zusammenfassung: progress per section, every finding with jump-to, export (a view)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QIcon, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from ui.pages import layouts
from ui.pages.contrast import keep_arrows_visible
from ui.pages.wrapping import WrappingDelegate

TARGET_ROLE = Qt.ItemDataRole.UserRole
TEXT, WHERE = 1, 2  # the findings' columns: the text (it wraps) and where it points
FINDINGS_LINES = 8  # the findings list keeps at least this many lines of text in view


@dataclass(frozen=True)
class SectionLine:
    page: int  # the step it stands for (its index in the step list)
    title: str
    progress: str
    counts: tuple[int, int, int, int]  # kritisch, hoch, mittel, hinweis


@dataclass(frozen=True)
class FindingLine:
    target: str  # where a jump goes ("" for none)
    severity: str
    icon: QIcon
    text: str
    where: str
    remedy: str


class SummaryPage(QWidget):
    section_activated = Signal(int)  # a row's page
    finding_activated = Signal(str)
    export_requested = Signal()

    def __init__(self, severities: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Zusammenfassung"))
        title.setObjectName("pageTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        title.setFont(font)
        self.total_label = QLabel()
        self.total_label.setObjectName("summaryTotal")
        self.total_label.setWordWrap(True)

        self.sections = QTreeWidget()
        keep_arrows_visible(self.sections)
        self.sections.setObjectName("summarySections")
        self.sections.setAccessibleName(self.tr("Fortschritt je Abschnitt"))
        self.sections.setRootIsDecorated(False)
        self.sections.setHeaderLabels([self.tr("Abschnitt"), self.tr("Beantwortet"), *severities])
        header = self.sections.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 2 + len(severities)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

        self.findings = QTreeWidget()
        keep_arrows_visible(self.findings)
        self.findings.setObjectName("summaryFindings")
        self.findings.setAccessibleName(self.tr("Hinweise"))
        self.findings.setRootIsDecorated(False)
        self.findings.setWordWrap(True)
        self.findings.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.findings.setHeaderLabels([self.tr("Schwere"), self.tr("Hinweis"), self.tr("Wo")])
        # Long finding texts wrap (the rows grow) instead of ending in „…“; „Wo“ stays one line
        # (the section, then the start of the measure; all of it in the tooltip).
        self.findings.setUniformRowHeights(False)
        self.findings.setAlternatingRowColors(True)  # rows of two or three lines stay apart
        self.findings.setItemDelegate(WrappingDelegate(self.findings, (TEXT,)))
        fheader = self.findings.header()
        fheader.setStretchLastSection(False)
        fheader.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        fheader.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        fheader.setSectionResizeMode(WHERE, QHeaderView.ResizeMode.Interactive)
        fheader.resizeSection(WHERE, 240)
        fheader.sectionResized.connect(self._on_findings_header_section_resized)

        self.export_button = QPushButton(self.tr("&Exportieren …"))
        self.export_button.setObjectName("exportButton")
        self.export_button.setToolTip(self.tr("Anlage als PDF und Lückenbericht erstellen"))
        hint = QLabel(self.tr("Eingabe oder Doppelklick auf einen Hinweis springt zur Stelle."))
        hint.setEnabled(False)

        # The section table shows all its rows (a row per step: at 1100×720 the last ones
        # needed a scroll); the findings list, which scrolls anyway, takes the rest, at least
        # FINDINGS_LINES lines. A window too low for both shortens the table.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(self.findings)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([260, 300])
        buttons = layouts.row((hint, 1), self.export_button)
        layouts.column(self, title, self.total_label, (self.splitter, 1), buttons)
        self.setFocusProxy(self.findings)

        self.sections.itemActivated.connect(self._on_sections_item_activated)
        self.findings.itemActivated.connect(self._on_findings_item_activated)
        self.export_button.clicked.connect(self.export_requested)

    def show_summary(
        self, total: str, sections: list[SectionLine], findings: list[FindingLine]
    ) -> None:
        self.total_label.setText(total)
        self.sections.clear()
        for line in sections:
            counts = [str(n) if n else "" for n in line.counts]
            item = QTreeWidgetItem([line.title, line.progress, *counts])
            item.setData(0, TARGET_ROLE, line.page)
            item.setToolTip(0, line.title)  # whole, when a narrow window cuts it
            for column in range(1, 2 + len(counts)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignCenter)
            self.sections.addTopLevelItem(item)
        self.findings.clear()
        for finding in findings:
            item = QTreeWidgetItem([finding.severity, finding.text, finding.where])
            item.setIcon(0, finding.icon)
            item.setData(0, TARGET_ROLE, finding.target)
            item.setToolTip(TEXT, finding.remedy)
            item.setToolTip(WHERE, finding.where)
            self.findings.addTopLevelItem(item)
        first = self.findings.topLevelItem(0)
        if first is not None:
            self.findings.setCurrentItem(first)
        self._share_height()

    def sections_height(self) -> int:
        """The height of the section table with every row shown."""
        table = self.sections
        rows = table.topLevelItemCount()
        row = table.sizeHintForRow(0) if rows else 0
        return table.header().sizeHint().height() + rows * row + 2 * table.frameWidth()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._share_height()

    def _share_height(self) -> None:
        total = sum(self.splitter.sizes())
        if total <= 0:
            return  # not laid out yet: the first resize shares it
        findings = self.findings.header().sizeHint().height() + 2 * self.findings.frameWidth()
        findings += self.findings.fontMetrics().lineSpacing() * FINDINGS_LINES
        table = min(self.sections_height(), max(total - findings, total // 2))
        self.splitter.setSizes([table, total - table])

    @Slot(int, int, int)
    def _on_findings_header_section_resized(self, index: int, old_size: int, size: int) -> None:
        if index == TEXT and old_size != size:
            self.findings.doItemsLayout()  # wrapped rows change height with the width

    @Slot(QTreeWidgetItem, int)
    def _on_sections_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        index = item.data(0, TARGET_ROLE)
        if isinstance(index, int):
            self.section_activated.emit(index)

    @Slot(QTreeWidgetItem, int)
    def _on_findings_item_activated(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(0, TARGET_ROLE)
        if isinstance(target, str) and target:
            self.finding_activated.emit(target)
