"""What changed between two states of an assessment, as an ordered list a person can read.

One :class:`DiffEntry` is one changed thing: a field, one aspect of an answer (status, values,
note …), a custom measure or subprocessor added or removed, or one of their attributes. Order:
catalog and language, organisation, processing, protection need, the measures in catalog order,
custom measures, subprocessors. Each entry carries German and English texts (for the CLI, the
GUI and the annex appendix) and the raw JSON values (for merging).
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from tomwizard.history import diff_labels as labels
from tomwizard.history.changelog import ChangeRecord
from tomwizard.i18n import N_, Msg, both, format_number, say, trc
from tomwizard.models.assessment import Answer, Assessment, CustomMeasure, Subprocessor
from tomwizard.models.catalog import Catalog, Language, Measure, Text, render_text
from tomwizard.store.fields import field_rows


class Area(StrEnum):
    META = "meta"
    ORGANISATION = "organisation"
    PROCESSING = "processing"
    MEASURE = "measure"
    CUSTOM = "custom_measure"
    SUBPROCESSOR = "subprocessor"


class ChangeKind(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


class DiffEntry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    area: Area
    key: str  # field path, measure id, custom measure id or subprocessor id
    aspect: str = ""  # "" for a field or a whole item; else e.g. "status", "answer.note"
    kind: ChangeKind = ChangeKind.CHANGED
    section_id: str | None = None
    subject: Text  # what: the measure's text, the field's name, the subprocessor's name
    aspect_label: Text | None = None
    old: Text | None = None  # shown value before (None when added)
    new: Text | None = None  # shown value after (None when removed)
    old_value: Any = None  # JSON
    new_value: Any = None  # JSON

    @property
    def entry_id(self) -> str:
        """Stable id of the changed thing, e.g. ``measure:zugang.mfa:status``."""
        return f"{self.area.value}:{self.key}" + (f":{self.aspect}" if self.aspect else "")

    def what(self, lang: Language = "de") -> str:
        """What changed: the subject, with the aspect where one attribute changed."""
        subject = self.subject.get(lang)
        if self.kind == ChangeKind.CHANGED and self.aspect_label:
            return f"{subject} – {self.aspect_label.get(lang)}"
        return subject

    def change(self, lang: Language = "de") -> str:
        """How it changed: "neu (…)", "entfernt", or "old → new"."""
        if self.kind == ChangeKind.ADDED:
            empty = labels.show_value(None, "").get(lang)  # "(leer)": nothing worth showing
            shown = f" ({self.new.get(lang)})" if self.new and self.new.get(lang) != empty else ""
            return trc(lang, "change", "neu") + shown
        if self.kind == ChangeKind.REMOVED:
            return trc(lang, "change", "entfernt")
        old = self.old.get(lang) if self.old else "—"
        new = self.new.get(lang) if self.new else "—"
        return f"{old} → {new}"

    def line(self, lang: Language = "de") -> str:
        """One line: "<what>: <old> → <new>", or "<subject> – neu/entfernt"."""
        separator = ": " if self.kind == ChangeKind.CHANGED else " – "
        return f"{self.what(lang)}{separator}{self.change(lang)}"


def _area_of(path: str) -> Area:
    head = path.split(".", 1)[0]
    return {"organisation": Area.ORGANISATION, "processing": Area.PROCESSING}.get(head, Area.META)


def field_entry(path: str, old: Any, new: Any) -> DiffEntry:
    name = path.rsplit(".", 1)[-1]
    return DiffEntry(
        area=_area_of(path),
        key=path,
        subject=labels.field_label(path),
        old=labels.show_value(old, name),
        new=labels.show_value(new, name),
        old_value=old,
        new_value=new,
    )


def _params_text(params: dict[str, Any], measure: Measure | None) -> Text:
    if not params:
        return labels.show_value(params, "params")
    by_id = {p.id: p for p in measure.params} if measure else {}
    parts: dict[str, list[str]] = {"de": [], "en": []}
    for key, value in params.items():
        for lang in ("de", "en"):
            param = by_id.get(key)
            name = param.label.get(lang) if param else key
            unit = f" {param.unit.get(lang)}" if param and param.unit else ""
            shown = format_number(value, lang) if _is_number(value) else value
            parts[lang].append(f"{name}: {shown}{unit}")
    return labels.text("; ".join(parts["de"]), "; ".join(parts["en"]))


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _measure_subject(measure_id: str, measure: Measure | None, params: dict[str, Any]) -> Text:
    if measure is None:
        return labels.text(measure_id, measure_id)
    return labels.text(render_text(measure, "de", params), render_text(measure, "en", params))


def _answer_aspects(
    old: dict[str, Any], new: dict[str, Any], measure: Measure | None, prefix: str = ""
) -> list[tuple[str, Text, Text, Text, Any, Any]]:
    """(aspect, label, old shown, new shown, old raw, new raw) for each differing attribute."""
    found = []
    for name in Answer.model_fields:
        before, after = old.get(name), new.get(name)
        if before == after:
            continue
        if name == "params":
            shown_old, shown_new = (
                _params_text(before or {}, measure),
                _params_text(after or {}, measure),
            )
        else:
            shown_old, shown_new = labels.show_value(before, name), labels.show_value(after, name)
        label = labels.aspect_label(labels.ANSWER_ASPECTS, name)
        found.append((f"{prefix}{name}", label, shown_old, shown_new, before, after))
    return found


def answer_entries(
    measure_id: str,
    old: Answer,
    new: Answer,
    catalog: Catalog | None = None,
    indexes: tuple[dict[str, Measure], dict[str, str]] | None = None,
) -> list[DiffEntry]:
    """The entries of one measure's answer; ``indexes`` (the catalog's measure index and
    section map) saves rebuilding them for every measure of a whole diff."""
    if indexes is None and catalog is not None:
        indexes = (catalog.measure_index(), catalog.section_of())
    measure = indexes[0].get(measure_id) if indexes else None
    section = indexes[1].get(measure_id) if indexes else None
    old_data, new_data = old.model_dump(mode="json"), new.model_dump(mode="json")
    subject = _measure_subject(measure_id, measure, new.params or old.params)
    return [
        DiffEntry(
            area=Area.MEASURE,
            key=measure_id,
            aspect=aspect,
            section_id=section or measure_id.split(".", 1)[0],
            subject=subject,
            aspect_label=label,
            old=shown_old,
            new=shown_new,
            old_value=before,
            new_value=after,
        )
        for aspect, label, shown_old, shown_new, before, after in _answer_aspects(
            old_data, new_data, measure
        )
    ]


def _custom_subject(item: CustomMeasure) -> Text:
    if not item.text:  # just added, no text yet: never show the internal id
        return both(N_("Eigene Maßnahme (noch ohne Text)"))
    return _filled(N_("Eigene Maßnahme: {text}"), text=item.text)


def custom_entries(old: CustomMeasure | None, new: CustomMeasure | None) -> list[DiffEntry]:
    item = new or old
    if item is None:
        return []
    base = {"area": Area.CUSTOM, "key": item.id, "section_id": item.section_id}
    if old is None or new is None:
        return [_whole(base, _custom_subject(item), item, new is not None, "answer")]
    entries = []
    for name in ("text", "section_id"):
        before, after = getattr(old, name), getattr(new, name)
        if before != after:
            entries.append(
                DiffEntry(
                    **base,
                    aspect=name,
                    subject=_custom_subject(new),
                    aspect_label=labels.aspect_label(labels.CUSTOM_ASPECTS, name),
                    old=labels.show_value(before, name),
                    new=labels.show_value(after, name),
                    old_value=before,
                    new_value=after,
                )
            )
    old_answer, new_answer = old.answer.model_dump(mode="json"), new.answer.model_dump(mode="json")
    for aspect, label, s_old, s_new, before, after in _answer_aspects(
        old_answer, new_answer, None, "answer."
    ):
        entries.append(
            DiffEntry(
                **base,
                aspect=aspect,
                subject=_custom_subject(new),
                aspect_label=label,
                old=s_old,
                new=s_new,
                old_value=before,
                new_value=after,
            )
        )
    return entries


def _subprocessor_subject(item: Subprocessor) -> Text:
    if not item.name.strip():  # just added, no name yet: never show the internal id
        return both(N_("Unterauftragsverarbeiter (noch ohne Namen)"))
    return _filled(N_("Unterauftragsverarbeiter: {name}"), name=item.name)


def _filled(message: Msg, **values: str) -> Text:
    return labels.text(say("de", message).format(**values), say("en", message).format(**values))


def subprocessor_entries(old: Subprocessor | None, new: Subprocessor | None) -> list[DiffEntry]:
    item = new or old
    if item is None:
        return []
    base = {"area": Area.SUBPROCESSOR, "key": item.id}
    if old is None or new is None:
        return [_whole(base, _subprocessor_subject(item), item, new is not None, "service")]
    old_data, new_data = old.model_dump(mode="json"), new.model_dump(mode="json")
    return [
        DiffEntry(
            **base,
            aspect=name,
            subject=_subprocessor_subject(new),
            aspect_label=labels.aspect_label(labels.SUBPROCESSOR_ASPECTS, name),
            old=labels.show_value(old_data[name], name),
            new=labels.show_value(new_data[name], name),
            old_value=old_data[name],
            new_value=new_data[name],
        )
        for name in Subprocessor.model_fields
        if name != "id" and old_data[name] != new_data[name]
    ]


def _whole(
    base: dict[str, Any], subject: Text, item: BaseModel, added: bool, summary: str
) -> DiffEntry:
    data = item.model_dump(mode="json")
    shown = data.get(summary)
    if isinstance(shown, dict):  # a custom measure's answer: show its status
        shown = shown.get("status")
        summary = "status"
    return DiffEntry(
        **base,
        kind=ChangeKind.ADDED if added else ChangeKind.REMOVED,
        subject=subject,
        new=labels.show_value(shown, summary) if added else None,
        old=None if added else labels.show_value(shown, summary),
        old_value=None if added else data,
        new_value=data if added else None,
    )


def diff_assessments(
    old: Assessment, new: Assessment, catalog: Catalog | None = None
) -> list[DiffEntry]:
    """Every difference from ``old`` to ``new``, in reading order (see module docstring)."""
    entries: list[DiffEntry] = []
    old_fields = dict(field_rows(old))
    for path, value in field_rows(new):
        if path == "assessment_id":  # the file's identity, not content (older versions: "")
            continue
        if old_fields.get(path) != value:
            entries.append(field_entry(path, old_fields.get(path), value))
    entries.sort(key=lambda e: _FIELD_AREA_ORDER[e.area])
    indexes = (catalog.measure_index(), catalog.section_of()) if catalog else None
    order = {mid: i for i, mid in enumerate(indexes[0])} if indexes else {}
    measure_ids = sorted(
        set(old.answers) | set(new.answers), key=lambda mid: (order.get(mid, len(order)), mid)
    )
    for measure_id in measure_ids:
        entries += answer_entries(
            measure_id, old.answer(measure_id), new.answer(measure_id), catalog, indexes
        )
    entries += _list_entries(old.custom_measures, new.custom_measures, custom_entries)
    entries += _list_entries(old.subprocessors, new.subprocessors, subprocessor_entries)
    return entries


_FIELD_AREA_ORDER = {Area.META: 0, Area.ORGANISATION: 1, Area.PROCESSING: 2}


def _list_entries(old: list[Any], new: list[Any], entries_for: Any) -> list[DiffEntry]:
    before = {item.id: item for item in old}
    after = {item.id: item for item in new}
    result: list[DiffEntry] = []
    for item in new:
        result += entries_for(before.get(item.id), item)
    for item in old:
        if item.id not in after:
            result += entries_for(item, None)
    return result


def record_entries(record: ChangeRecord, catalog: Catalog | None = None) -> list[DiffEntry]:
    """One change-log record as readable entries (for the change-log view).

    Records of frozen versions and unreadable old records give an empty list.
    """
    try:
        if record.kind == "field":
            return [field_entry(record.key, record.old, record.new)]
        if record.kind == "answer":
            old = Answer.model_validate(record.old) if record.old is not None else Answer()
            new = Answer.model_validate(record.new) if record.new is not None else Answer()
            return answer_entries(record.key, old, new, catalog)
        if record.kind == "custom":
            return custom_entries(
                _maybe(CustomMeasure, record.old), _maybe(CustomMeasure, record.new)
            )
        if record.kind == "subprocessor":
            return subprocessor_entries(
                _maybe(Subprocessor, record.old), _maybe(Subprocessor, record.new)
            )
    except ValueError:  # pydantic's ValidationError: a record from an older model
        return []
    return []


def _maybe(model: Any, value: Any) -> Any:
    return None if value is None else model.model_validate(value)
