"""What a section page shows of the open document: its rows and the editor's state of a measure.

``SectionRows`` builds the rows (tri-state ticks, status text, finding badges, the measures
ruled out by the screening folded into one line per reason, the custom measures under
„Sonstige“) and the editor's state of the current measure. It reads the document and writes
nothing; ``SectionController`` turns the user's actions into edits.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QCoreApplication, Qt

from tomwizard.editing.confirm import note_in
from tomwizard.models.assessment import Answer, CustomMeasure, Status
from tomwizard.models.catalog import Language, Measure, Section, render_text
from tomwizard.models.finding import Finding
from tomwizard.rules import findings_for
from ui.controllers import labels
from ui.controllers.document import DocumentController
from ui.controllers.screening import folded_groups, screened_measures, screening_tip
from ui.pages.measure_editor import EditorState, ParamState
from ui.pages.measure_rows import GroupRow, MeasureRow

CUSTOM = "custom:"  # the row id of a custom measure: CUSTOM + its id
translate = QCoreApplication.translate  # the texts keep the context SectionController


def check_state(status: Status) -> Qt.CheckState:
    """``offen`` is unticked, ``umgesetzt`` ticked, every other status half-ticked."""
    if status is Status.UMGESETZT:
        return Qt.CheckState.Checked
    if status is Status.OFFEN:
        return Qt.CheckState.Unchecked
    return Qt.CheckState.PartiallyChecked


class SectionRows:
    """The rows of one section as last shown: which findings badge them, which are folded."""

    def __init__(self, section: Section, document: DocumentController, lang: Language) -> None:
        self.section = section
        self.document = document
        self.lang: Language = lang
        self.measures = {m.id: m for m in section.measures()}
        self.badges: dict[str, list[Finding]] = {}  # target → its findings, as shown
        self.folded: dict[str, None] = {}  # measures shown folded (ruled out by screening)

    def badge_map(self, findings: list[Finding]) -> dict[str, list[Finding]]:
        mine: dict[str, list[Finding]] = {}
        for finding in findings:
            for target in finding.targets:
                kind, _, ident = target.partition(":")
                if (kind == "measure" and ident in self.measures) or kind == "custom":
                    mine.setdefault(target, []).append(finding)
        return mine

    def rows(self) -> list[GroupRow]:
        self.badges = self.badge_map(self.document.findings)
        self.folded = self.screened()
        groups = []
        for sub in self.section.subsections:
            shown = tuple(self.row(m) for m in sub.measures if m.id not in self.folded)
            if shown:
                groups.append(GroupRow(sub.id, sub.title.get(self.lang), shown))
        answer = self.document.answer
        groups += folded_groups(self.folded, self.measures, answer, self.row)
        customs = self._customs()
        if customs:
            rows = tuple(self.custom_row(c) for c in customs)
            groups.append(
                GroupRow(
                    f"{self.section.id}.sonstige", translate("SectionController", "Sonstige"), rows
                )
            )
        return groups

    @property
    def _roles(self) -> str:
        return self.document.role_names

    def screened(self) -> dict[str, None]:
        if not self.document.is_open:
            return {}
        return screened_measures(self.section, self.document.answer)

    def _customs(self) -> list[CustomMeasure]:
        items = self.document.assessment_list("custom")
        return [c for c in items if c.section_id == self.section.id]

    def row(self, measure: Measure, with_children: bool = True) -> MeasureRow:
        answer = self.document.answer(measure.id)
        found = findings_for(self.document.findings, f"measure:{measure.id}")
        children = tuple(self.row(c) for c in measure.children) if with_children else ()
        return MeasureRow(
            measure_id=measure.id,
            text=render_text(measure, self.lang, answer.params, self._roles),
            help=labels.measure_help_html(measure, found, self.lang, self._roles),
            check_state=self._display_state(measure),
            status_text=labels.status_text(answer, self.lang),
            children=children,
            badge=labels.severity_icon(labels.worst(found)) if found else None,
            badge_text="\n".join(
                t
                for t in (
                    screening_tip(answer),
                    labels.findings_tooltip(found, self.lang, self._roles),
                )
                if t
            ),
        )

    def custom_row(self, custom: CustomMeasure) -> MeasureRow:
        found = findings_for(self.document.findings, f"custom:{custom.id}")
        help_html = (
            "<p>"
            + escape(translate("SectionController", "Eine eigene Maßnahme dieses Abschnitts."))
            + "</p>"
        )
        return MeasureRow(
            measure_id=CUSTOM + custom.id,
            text=custom.text or translate("SectionController", "(noch ohne Text)"),
            help=help_html + "".join(labels.finding_html(f, self.lang, self._roles) for f in found),
            check_state=check_state(custom.answer.status),
            status_text=labels.status_text(custom.answer, self.lang),
            badge=labels.severity_icon(labels.worst(found)) if found else None,
            badge_text=labels.findings_tooltip(found, self.lang, self._roles),
        )

    def _display_state(self, measure: Measure) -> Qt.CheckState:
        """Tri-state parents: an open parent with answered sub-measures is half-ticked."""
        own = check_state(self.document.answer(measure.id).status)
        if own != Qt.CheckState.Unchecked or not measure.children:
            return own
        answered = any(
            self.document.answer(m.id).status is not Status.OFFEN
            for child in measure.children
            for m in child.walk()
        )
        return Qt.CheckState.PartiallyChecked if answered else own

    # -- the editor ------------------------------------------------------------------------

    def editor_state(self, measure_id: str) -> EditorState | None:
        if measure_id.startswith(CUSTOM):
            custom = self.document.custom_measure(measure_id.removeprefix(CUSTOM))
            if custom is None:
                return None
            state = _state(custom.answer, [], self.lang, custom=True, text=custom.text)
            return replace(
                state,
                link_choices=self._link_choices(),
                linked_measure=custom.linked_measure,
                link_kind=custom.link_kind.value,
            )
        measure = self.measures.get(measure_id)
        if measure is None or not self.document.is_open:
            return None
        answer = self.document.answer(measure_id)
        params = [
            ParamState(
                p.id,
                p.type,
                p.label.get(self.lang),
                p.unit.get(self.lang) if p.unit else "",
                list(p.choices),
                answer.params.get(p.id, p.default),
                _range_hint(p.recommended_min, p.recommended_max),
            )
            for p in measure.params
        ]
        return _state(answer, params, self.lang)

    def _link_choices(self) -> list[tuple[str, str]]:
        """The section's catalog measures a custom measure may replace or extend."""
        return [
            (m.id, _shortened(render_text(m, self.lang, {}, self._roles)))
            for m in self.section.measures()
        ]


def _state(
    answer: Answer, params: list[ParamState], lang: Language, custom: bool = False, text: str = ""
) -> EditorState:
    return EditorState(
        status=answer.status.value,
        planned_date=answer.planned_date,
        reason=answer.reason,
        note=note_in(answer.note, lang),  # a preset's note in the interface's language
        owner=answer.owner,
        remaining=answer.remaining,
        follow_up=answer.follow_up,
        params=params,
        custom=custom,
        custom_text=text,
    )


def _range_hint(low: int | None, high: int | None) -> str:
    if low is not None and high is not None:
        return translate("SectionController", "empfohlen: {low} bis {high}").format(
            low=low, high=high
        )
    if low is not None:
        return translate("SectionController", "empfohlen: mindestens {low}").format(low=low)
    if high is not None:
        return translate("SectionController", "empfohlen: höchstens {high}").format(
            low=low, high=high
        )
    return ""


def _shortened(text: str, limit: int = 70) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
