"""Jump to the place a finding or a search hit points at ("measure:<id>", "section:<id>",
"custom:<id>", "subprocessor:<id>", "field:<path>")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.controllers.page_numbers import FIRST_SECTION_PAGE, SCREENING_PAGE, field_page
from ui.pages.form_page import FormPage

if TYPE_CHECKING:
    from ui.controllers.main import MainController


def jump_to(main: MainController, target: str) -> bool:
    """Show the place ``target`` points at; False if it is not there (any more)."""
    kind, _, ident = target.partition(":")
    if kind == "measure":
        section_id = main.catalog.section_of().get(ident)
        if section_id is None:
            return False
        index = main.section_index(section_id)
        main.navigation.go_to(FIRST_SECTION_PAGE + index)
        return main.section_page(index).select(ident)
    if kind == "section":
        return main.navigation.go_to(FIRST_SECTION_PAGE + main.section_index(ident))
    if kind == "custom":
        custom = main.document.custom_measure(ident)
        if custom is None:
            return False
        index = main.section_index(custom.section_id)
        main.navigation.go_to(FIRST_SECTION_PAGE + index)
        return main.section_page(index).select(f"custom:{ident}")
    if kind == "subprocessor":
        main.navigation.go_to(main.subprocessor_index)
        assert main.subprocessors is not None
        return main.subprocessors.page.select(ident)
    if kind == "field" and ident == "screening":
        return main.navigation.go_to(SCREENING_PAGE)
    if kind == "field":
        page_index = field_page(ident)
        main.navigation.go_to(page_index)
        page = main.page_widget(page_index)
        return isinstance(page, FormPage) and page.focus_field(ident)
    return False
