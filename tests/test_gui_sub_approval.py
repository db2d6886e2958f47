"""Review 5, P5 in the window: Organisation › Vertrag und Anlage offers the approval model of
Art. 28 Abs. 2 DSGVO as a drop-down, „Keine Angabe“ first (what every older file shows); a
choice is one undo step, and „Keine Angabe“ again stores the field as unanswered."""

from __future__ import annotations

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.models.assessment import SubApproval
from ui.controllers.main import MainController
from ui.controllers.page_numbers import ORGANISATION_PAGE
from ui.pages.form_fields import ChoiceField
from ui.pages.form_page import FormPage

PATH = "organisation.sub_approval"


def test_the_approval_model_is_chosen_on_the_organisation_page(
    demo_gui: MainController,
) -> None:
    gui = demo_gui
    gui.navigation.go_to(ORGANISATION_PAGE)
    page = gui.page_widget(ORGANISATION_PAGE)
    assert isinstance(page, FormPage)
    field = page.editors[PATH]
    assert isinstance(field, ChoiceField)
    assert [field.itemText(i) for i in range(field.count())] == [
        "Keine Angabe",
        "Gesonderte Genehmigung jedes Unterauftragsverarbeiters",
        "Allgemeine Genehmigung mit Einspruchsrecht",
    ]
    assert field.currentIndex() == 0 and field.value() is None  # the demo leaves it open

    field.setCurrentIndex(2)
    field.activated.emit(2)  # as a click on the entry
    assert gui.document.assessment is not None
    assert gui.document.assessment.organisation.sub_approval is SubApproval.ALLGEMEIN
    assert gui.window.undo_action.text().replace("&", "") == "Rückgängig Feld ändern"

    count = gui.document.undo_count()
    field.setCurrentIndex(0)
    field.activated.emit(0)
    assert gui.document.assessment.organisation.sub_approval is None
    field.activated.emit(0)  # „Keine Angabe“ once more changes nothing: no further step
    assert gui.document.undo_count() == count + 1

    gui.document.undo()
    assert field.currentIndex() == 2  # the page follows the undo
