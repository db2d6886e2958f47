"""Review 5: the Zusammenfassung lists the Stand hint of ``check`` („Stand und Version
anpassen? …“) when answers changed after the Stand – as a hint, never as a blocker – and it
follows the answers and the Stand while the page is shown."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import QTreeWidgetItem

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.editing import SetAnswer, SetField
from tomwizard.models.assessment import Answer, Status
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE

HINT = "Stand und Version anpassen?"


def _rows(gui: MainController) -> list[QTreeWidgetItem]:
    assert gui.summary is not None
    tree = gui.summary.page.findings
    return [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]  # type: ignore[misc]


def _stand_rows(gui: MainController) -> list[QTreeWidgetItem]:
    return [row for row in _rows(gui) if row.text(1).startswith(HINT)]


def test_the_summary_asks_to_adjust_an_old_stand(demo_gui: MainController, tmp_path: Path) -> None:
    gui = demo_gui
    stand = dt.date.today() - dt.timedelta(days=40)
    gui.document.apply([SetField("organisation.stand", stand)], "Stand")  # not a content change
    gui.navigation.go_to(gui.summary_index)
    assert _stand_rows(gui) == []
    total = gui.summary.page.total_label.text() if gui.summary else ""

    answer = Answer(status=Status.UMGESETZT, note="geprüft")
    gui.document.apply([SetAnswer("zugang.mfa", answer)], "Antwort")  # the page is shown
    (row,) = _stand_rows(gui)
    today = dt.date.today()
    assert row.text(1) == (
        f"{HINT} Seit dem Stand ({stand:%d.%m.%Y}) wurden Angaben geändert "
        f"(zuletzt am {today:%d.%m.%Y})."
    )
    assert row.text(0) == "Hinweis" and row.text(2) == "Organisation"  # not „Entwurf: …“
    assert "Stand auf das Datum der Fassung setzen" in row.toolTip(1)
    assert gui.summary is not None
    assert gui.summary.page.total_label.text() != total  # counted with the other hints
    blockers = [r for r in _rows(gui) if r.text(0).startswith("Entwurf")]
    assert _rows(gui).index(row) > max(_rows(gui).index(r) for r in blockers)

    gui.summary.page.findings.itemActivated.emit(row, 1)  # jumps to the Stand
    assert gui.navigation.current == ORGANISATION_PAGE
    gui.summary.page.grab().save(str(tmp_path / "summary-stand.png"))

    gui.document.apply([SetField("organisation.stand", today)], "Stand")
    gui.navigation.go_to(gui.summary_index)
    assert _stand_rows(gui) == []
    gui.document.undo()  # the old Stand again: the hint is back on the shown page
    assert len(_stand_rows(gui)) == 1
