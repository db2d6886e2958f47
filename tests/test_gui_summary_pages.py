"""s6's walk-through: the Zusammenfassung's table has a row for every step that can hold
findings – also Organisation, Verarbeitung, Rahmenbedingungen and the sub-processors – with
the step list's titles; the demo's critical sub-processor finding is counted there, and a
double-click on such a row shows its page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import PutCustomMeasure
from tomwizard.models.assessment import Answer, CustomMeasure, Status
from tomwizard.models.finding import Severity
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE, SCREENING_PAGE

KRITISCH, MITTEL = 2, 4  # the columns: Abschnitt, Beantwortet, kritisch, hoch, mittel, Hinweis


def _rows(gui: MainController) -> dict[str, QTreeWidgetItem]:
    gui.navigation.go_to(gui.summary_index)
    assert gui.summary is not None
    tree = gui.summary.page.sections
    items = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return {item.text(0): item for item in items if item is not None}


def test_findings_outside_the_sections_have_rows(demo_gui: MainController, tmp_path: Path) -> None:
    gui = demo_gui
    rows = _rows(gui)
    titles = list(rows)
    assert titles[:3] == ["Organisation", "Verarbeitung und Schutzbedarf", "Rahmenbedingungen"]
    assert titles[3].startswith("1. ") and titles[-1] == "Unterauftragsverarbeiter"
    assert len(titles) == len(gui.catalog.sections) + 4
    assert all(item.toolTip(0) == title for title, item in rows.items())

    critical = [
        f
        for f in gui.document.findings
        if f.severity is Severity.KRITISCH and any(t.startswith("subprocessor:") for t in f.targets)
    ]
    assert critical  # the demo has one (red in the step list)
    assert rows["Unterauftragsverarbeiter"].text(KRITISCH) == str(len(critical))
    assert rows["Unterauftragsverarbeiter"].text(1) == "4 eingetragen"
    screening = [f for f in gui.document.findings if "field:screening" in f.targets]
    shown = sum(int(rows["Rahmenbedingungen"].text(c) or 0) for c in range(2, 6))
    assert shown == len(screening)
    assert "/" in rows["Rahmenbedingungen"].text(1)
    assert gui.summary is not None
    gui.summary.page.grab().save(str(tmp_path / "summary-rows.png"))

    tree = gui.summary.page.sections
    tree.itemActivated.emit(rows["Unterauftragsverarbeiter"], 0)
    assert gui.navigation.current == gui.subprocessor_index
    tree.itemActivated.emit(_rows(gui)["Rahmenbedingungen"], 0)
    assert gui.navigation.current == SCREENING_PAGE
    tree.itemActivated.emit(_rows(gui)["Organisation"], 0)
    assert gui.navigation.current == ORGANISATION_PAGE
    first = next(t for t in _rows(gui) if t.startswith("1. "))
    tree.itemActivated.emit(_rows(gui)[first], 0)
    assert gui.navigation.current == ORGANISATION_PAGE + 3  # the first section page


def test_a_custom_measures_finding_counts_in_its_section(demo_gui: MainController) -> None:
    """A finding about a custom measure („sonstige Maßnahme … geplant, aber ohne Termin“)
    counts in its section's row and step, as one about a catalog measure does."""
    gui = demo_gui
    index = next(i for i, s in enumerate(gui.catalog.sections) if s.id == "zugang")
    title = f"{index + 1}. {gui.catalog.sections[index].title.de}"
    before = _rows(gui)[title].text(MITTEL)
    step_before = gui.window.steps.item(ORGANISATION_PAGE + 3 + index).text()
    custom = CustomMeasure(
        id="t1", section_id="zugang", text="Hardware-Token", answer=Answer(status=Status.GEPLANT)
    )
    assert gui.document.apply([PutCustomMeasure(custom)], "sonstige")
    assert any("custom:t1" in f.targets for f in gui.document.findings)
    assert int(_rows(gui)[title].text(MITTEL) or 0) == int(before or 0) + 1
    assert gui.window.steps.item(ORGANISATION_PAGE + 3 + index).text() != step_before
