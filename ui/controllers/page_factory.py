"""Each page after the start page with its controller, built when the window first shows it.

``MainController`` decides when (the first visit); this module knows how: the page's title
and texts, its view and the controller that wires it to the document. The modules of the
pages other than the forms are imported on first use (start-up). The texts keep the
translation context ``MainController``, where the window lists its pages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from tomwizard.models.catalog import Catalog, Language
from ui.controllers import labels
from ui.controllers.document import DocumentController
from ui.controllers.forms import FormController, organisation_groups, processing_groups
from ui.pages.form_page import FormPage

if TYPE_CHECKING:
    from ui.controllers.screening import ScreeningController
    from ui.controllers.section import SectionController
    from ui.controllers.subprocessors import SubprocessorController
    from ui.controllers.summary import SummaryController

translate = QCoreApplication.translate
Countries = list[tuple[str, str]]  # (code, name) for the country pickers


def form(
    name: str, document: DocumentController, lang: Language, countries: Countries, parent: QObject
) -> FormController:
    """The form page „Organisation“ (``name`` "organisation") or „Verarbeitung und
    Schutzbedarf“ ("processing")."""
    if name == "organisation":
        title, groups = translate("MainController", "Organisation"), organisation_groups(lang)
    else:
        title = translate("MainController", "Verarbeitung und Schutzbedarf")
        groups = processing_groups(lang)
    return FormController(FormPage(title, groups, countries), document, lang, parent)


def screening(document: DocumentController, lang: Language, parent: QObject) -> ScreeningController:
    from ui.controllers.screening import ScreeningController, answer_labels, question_specs
    from ui.pages.screening_page import ScreeningPage

    page = ScreeningPage(
        translate("MainController", "Rahmenbedingungen"),
        translate(
            "MainController",
            "Einige Fragen zum Betrieb. Jede Antwort passt den Katalog an: Maßnahmen, "
            "die nicht zutreffen, werden mit Begründung als „entfällt“ beantwortet; "
            "andere werden erwartet. Eigene Antworten in den Abschnitten bleiben "
            "unverändert. Tasten: J, N, U (oder 1, 2, 3).",
        ),
        question_specs(lang),
        answer_labels(),
    )
    return ScreeningController(page, document, lang, parent)


def subprocessors(
    document: DocumentController, lang: Language, parent: QObject
) -> SubprocessorController:
    from ui.controllers.subprocessors import SubprocessorController, make_page

    page = make_page(translate("MainController", "Unterauftragsverarbeiter"), lang)
    return SubprocessorController(page, document, lang, parent)


def summary(document: DocumentController, lang: Language, parent: QObject) -> SummaryController:
    from ui.controllers.summary import SummaryController, severity_columns
    from ui.pages.summary_page import SummaryPage

    return SummaryController(SummaryPage(severity_columns()), document, lang, parent)


def section(
    catalog: Catalog, index: int, document: DocumentController, lang: Language, parent: QObject
) -> SectionController:
    """The page of the catalog's ``index``-th section (0-based)."""
    from ui.controllers.section import SectionController
    from ui.pages.section_page import SectionPage

    section = catalog.sections[index]
    heading = translate("MainController", "Abschnitt {number} von {total}: {title}").format(
        number=index + 1, total=len(catalog.sections), title=section.title.get(lang)
    )
    page = SectionPage(labels.statuses(lang))
    page.set_header(heading, section.intro.get(lang) if section.intro is not None else "")
    return SectionController(section, page, document, lang, parent)
