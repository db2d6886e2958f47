"""The processing page asks whether Art. 9 data are processed, as it asks for Art. 10 data
(DSB review 3, B1): „— bitte wählen —/Ja/Nein“ above the categories, stored as None, True,
False and undone like every edit."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.gui_support import isolated_settings  # noqa: F401 - autouse fixture
from tomwizard.content.catalog import default_catalog
from tomwizard.demo import demo_assessment
from tomwizard.models.assessment import Assessment
from tomwizard.store import TomwStore
from ui.controllers.main import PROCESSING_PAGE, MainController
from ui.pages.form_fields import YesNoField
from ui.pages.form_page import FormPage


def stored(path: Path) -> Assessment:
    with TomwStore.open(path, readonly=True) as store:
        return store.load()


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    demo = demo_assessment(default_catalog())
    demo.processing.special_data = None  # as a new file: not answered yet
    path = tmp_path / "demo.tomw"
    TomwStore.create(path, demo).close()
    return path


def test_art9_is_answered_yes_no_or_not_at_all(demo_gui: MainController, demo_file: Path) -> None:
    demo_gui.navigation.go_to(PROCESSING_PAGE)
    form = demo_gui.page_widget(PROCESSING_PAGE)
    assert isinstance(form, FormPage)
    field = form.editors["processing.special_data"]
    assert isinstance(field, YesNoField)
    assert [field.itemText(i) for i in range(field.count())] == ["— bitte wählen —", "Ja", "Nein"]
    assert field.currentIndex() == 0 and field.value() is None
    for index, expected in ((2, False), (1, True), (0, None)):
        field.setCurrentIndex(index)
        field.activated.emit(index)
        assert stored(demo_file).processing.special_data is expected
    demo_gui.document.undo()
    assert stored(demo_file).processing.special_data is True
    assert field.currentText() == "Ja"
