"""The wizard's fixed pages, by their index in the window's page stack: after the start page
(``START_PAGE`` = 0, navigation.py) the organisation, the processing and the
Rahmenbedingungen, then one page per catalog section from ``FIRST_SECTION_PAGE``; the
sub-processors and the summary follow the sections (their indexes depend on the catalog).
A module of its own so that main.py, jump.py and the help can all import it at the top."""

ORGANISATION_PAGE = 1
PROCESSING_PAGE = 2
SCREENING_PAGE = 3
FIRST_SECTION_PAGE = 4


def field_page(path: str) -> int:
    """The page a ``field:<path>`` target lies on: the Rahmenbedingungen for "screening", the
    organisation for "organisation…", else the processing page (Verarbeitung und Schutzbedarf)."""
    if path == "screening":
        return SCREENING_PAGE
    return ORGANISATION_PAGE if path.startswith("organisation") else PROCESSING_PAGE
