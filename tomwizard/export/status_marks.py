"""One status vocabulary for every output: each status has its own mark and its own words.

The annex shows a measure with the status it can stand behind (:func:`shown_status`): an answer
with an open Rückfrage (``follow_up``, e.g. a preset's pre-answer not yet confirmed) is *offen*,
whatever its status says; a measure marked implemented whose sub-measures are not all
implemented (partly implemented, planned or not implemented) is *teilweise*; an open
sub-measure leaves the parent's own status alone. Only *umgesetzt* gets the crossed box ☒:
in a German form the cross is the affirmative mark ("angekreuzt"), so no other status has a
cross or a tick. *nicht umgesetzt* is the empty box ☐ (the box not crossed), always followed
by the words "(nicht umgesetzt …)"; *offen* is "?", never the empty box.

All marks are in DejaVu Sans, the PDF's font (regular, bold and oblique); Word sets them in its
symbol font (Segoe UI Symbol; LibreOffice falls back to a font that has them).
"""

from __future__ import annotations

from collections.abc import Iterable

from tomwizard.i18n import N_, Labels
from tomwizard.models.assessment import Answer, Status
from tomwizard.models.catalog import Language

MARKS: dict[Status, str] = {
    Status.UMGESETZT: "☒",
    Status.TEILWEISE: "◐",
    Status.GEPLANT: "◷",
    Status.NICHT_UMGESETZT: "☐",  # the box not crossed (a ✗ would read as crossed)
    Status.ENTFAELLT: "⊘",
    Status.OFFEN: "?",
}
# the order of the legend
ORDER: tuple[Status, ...] = (
    Status.UMGESETZT,
    Status.TEILWEISE,
    Status.GEPLANT,
    Status.NICHT_UMGESETZT,
    Status.ENTFAELLT,
    Status.OFFEN,
)
LEGEND_WORDS: Labels[Status] = Labels(  # LEGEND_WORDS[status][lang]; English in tomwizard/locale
    {
        Status.UMGESETZT: N_("umgesetzt"),
        Status.TEILWEISE: N_("teilweise umgesetzt"),
        Status.GEPLANT: N_("geplant"),
        Status.NICHT_UMGESETZT: N_("nicht umgesetzt"),
        Status.ENTFAELLT: N_("entfällt"),
        Status.OFFEN: N_("offen (nicht beantwortet oder nicht bestätigt)"),
    }
)
DONE = (Status.UMGESETZT, Status.ENTFAELLT)  # a sub-measure in this state leaves its parent whole
# a sub-measure in this state makes its implemented parent partly implemented; an open one
# (unanswered or unconfirmed) does not: it is shown as open itself (review 2, finding 7)
PENDING = (Status.TEILWEISE, Status.GEPLANT, Status.NICHT_UMGESETZT)


def own_status(answer: Answer) -> Status:
    """The status an answer can stand behind on its own: *offen* while a Rückfrage is open."""
    return Status.OFFEN if answer.follow_up else answer.status


def shown_status(answer: Answer, children: Iterable[Status]) -> Status:
    """The status printed for a measure whose sub-measures are shown as ``children``."""
    status = own_status(answer)
    if status == Status.UMGESETZT and any(c in PENDING for c in children):
        return Status.TEILWEISE
    return status


def legend_text(statuses: Iterable[Status], lang: Language) -> str:
    """The legend as plain text (non-breaking spaces inside each entry, three between them)."""
    used = set(statuses)
    gap = "\u00a0" * 3 + " "  # entries wrap between each other, never inside
    return gap.join(
        f"{MARKS[s]}\u00a0{LEGEND_WORDS[s][lang].replace(' ', chr(0xA0))}"
        for s in ORDER
        if s in used
    )
