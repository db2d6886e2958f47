"""DSB review 6, N1: under the allgemeine Genehmigung the sub-processor's date field is labelled
as the end of the objection period; the stored field stays the same date, and with the
gesonderte Genehmigung or no model the label speaks of the approval as before."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import SetField
from ui.controllers.main import MainController

FIELD = "subprocessor.approved_date"


def _label(gui: MainController) -> str:
    assert gui.subprocessors is not None
    return gui.subprocessors.page.form.labels[FIELD].text()


def test_the_date_label_follows_the_approval_model(demo_gui: MainController, qtbot: QtBot) -> None:
    gui = demo_gui
    gui.navigation.go_to(gui.subprocessor_index)
    assert _label(gui) == "Vom Verantwortlichen genehmigt am"
    assert gui.document.apply([SetField("organisation.sub_approval", "allgemein")], "Feld")
    qtbot.waitUntil(lambda: _label(gui) == "Einspruchsfrist abgelaufen am")
    editor = gui.subprocessors.page.form.editors[FIELD]  # type: ignore[union-attr]
    assert editor.accessibleName() == "Einspruchsfrist abgelaufen am"
    assert gui.document.apply([SetField("organisation.sub_approval", "einzeln")], "Feld")
    qtbot.waitUntil(lambda: _label(gui) == "Vom Verantwortlichen genehmigt am")


def _kinds(gui: MainController) -> list[str]:
    assert gui.summary is not None
    tree = gui.summary.page.findings
    return [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]  # type: ignore[union-attr]


def test_the_summary_names_the_objection_period(demo_gui: MainController) -> None:
    gui = demo_gui
    gui.navigation.go_to(gui.summary_index)
    assert "Entwurf: Genehmigung" in _kinds(gui)
    assert gui.document.apply([SetField("organisation.sub_approval", "allgemein")], "Feld")
    gui.navigation.go_to(gui.summary_index)
    kinds = _kinds(gui)
    assert "Entwurf: Einspruchsfrist" in kinds and "Entwurf: Genehmigung" not in kinds
