"""Views of the annex as data (forms/views.yaml): the same answers grouped three ways.

``art32`` groups by Art. 32 (1) a–d, Art. 25 and Art. 32 (4); ``kontrollen`` by the classic
controls; ``catalog`` by the catalog's own sections. Every measure lands in exactly one group of
a view, derived from its own references (the first listed one wins). A sub-measure that lands in
its parent's group stays nested under it; one that lands elsewhere stands on its own there.
"""

from collections import Counter
from collections.abc import Callable
from functools import cache
from typing import Literal, Self

from pydantic import Field, model_validator

from tomwizard.content.cache import cached_yaml
from tomwizard.models.catalog import Catalog, Measure, SdmZiel, Strict, Text
from tomwizard.paths import forms_path

ViewId = Literal["art32", "kontrollen", "catalog"]
VIEW_IDS: tuple[ViewId, ...] = ("art32", "kontrollen", "catalog")


class GroupSpec(Strict):
    id: str = Field(pattern=r"^[a-z0-9_]+$")
    title: Text
    match: list[str] = Field(min_length=1)
    sdm: list[SdmZiel] = Field(default_factory=list)


class ViewSpec(Strict):
    id: ViewId
    key: Literal["art32", "kontrolle", "section"]
    title: Text
    fallback: str | None = None
    groups: list[GroupSpec] = Field(default_factory=list)

    @model_validator(mode="after")
    def _check(self) -> Self:
        ids = [g.id for g in self.groups]
        if len(set(ids)) != len(ids):
            raise ValueError("group ids must be unique")
        if self.key == "section":
            if self.groups or self.fallback:
                raise ValueError("the section view takes its groups from the catalog")
        elif self.fallback not in ids:
            raise ValueError(f"fallback '{self.fallback}' is not a group of this view")
        return self


class ViewFile(Strict):
    views: list[ViewSpec]

    @model_validator(mode="after")
    def _check_all(self) -> Self:
        if sorted(v.id for v in self.views) != sorted(VIEW_IDS):
            raise ValueError(f"views must be exactly {', '.join(VIEW_IDS)}")
        return self


@cache
def view_specs() -> dict[str, ViewSpec]:
    """The views of forms/views.yaml (from the content cache when the file is unchanged, so
    that an export parses no YAML)."""
    views = cached_yaml("views", forms_path("views.yaml"), ViewFile).views
    return {view.id: view for view in views}


# Node and Group: plain classes (a dataclass compiles its functions at import: about 4 M
# instructions of every export)


class Node:
    """A measure in a group, with the sub-measures that landed in the same group."""

    def __init__(self, measure: Measure, children: "list[Node] | None" = None) -> None:
        self.measure = measure
        self.children: list[Node] = [] if children is None else children


class Group:
    """A group of a view: its measures, and the sections whose custom measures it shows."""

    def __init__(
        self,
        id: str,
        title: Text,
        nodes: list[Node] | None = None,
        section_ids: list[str] | None = None,
    ) -> None:
        self.id = id
        self.title = title
        self.nodes: list[Node] = [] if nodes is None else nodes
        self.section_ids: list[str] = [] if section_ids is None else section_ids


def _refs_key(spec: ViewSpec, measure: Measure) -> str | None:
    values: list[str] = list(measure.refs.art32 if spec.key == "art32" else measure.refs.kontrolle)
    return values[0] if values else None


def group_of(spec: ViewSpec, measure: Measure) -> str:
    """The id of the group of ``spec`` that ``measure`` belongs to (not for the section view)."""
    key = _refs_key(spec, measure)
    candidates = [g for g in spec.groups if key in g.match]
    if not candidates:
        return spec.fallback or spec.groups[0].id
    if len(candidates) > 1:
        for goal in measure.refs.sdm:
            for group in candidates:
                if goal in group.sdm:
                    return group.id
    return candidates[0].id


def groups(view: str, catalog: Catalog) -> list[Group]:
    """The groups of ``view`` in order, each with its measures in catalog order."""
    spec = view_specs()[view]
    if spec.key == "section":
        return [
            Group(s.id, s.title, [_whole(m) for sub in s.subsections for m in sub.measures], [s.id])
            for s in catalog.sections
        ]
    result = {g.id: Group(g.id, g.title) for g in spec.groups}
    for section in catalog.sections:
        for sub in section.subsections:
            for measure in sub.measures:
                gid = group_of(spec, measure)
                result[gid].nodes.append(_tree(measure, lambda m: group_of(spec, m), gid, result))
    for section in catalog.sections:
        counts = Counter(group_of(spec, m) for m in section.measures())
        order = [g.id for g in spec.groups]
        best = max(counts, key=lambda gid: (counts[gid], -order.index(gid)))
        result[best].section_ids.append(section.id)
    return list(result.values())


def _whole(measure: Measure) -> Node:
    return Node(measure, [_whole(child) for child in measure.children])


def _tree(
    measure: Measure, group: Callable[[Measure], str], gid: str, result: dict[str, Group]
) -> Node:
    """``measure`` as a node of group ``gid``; children of other groups become roots there."""
    node = Node(measure)
    for child in measure.children:
        child_gid = group(child)
        child_node = _tree(child, group, child_gid, result)
        if child_gid == gid:
            node.children.append(child_node)
        else:
            result[child_gid].nodes.append(child_node)
    return node


def assignment(view: str, catalog: Catalog) -> dict[str, str]:
    """Map every measure id to the id of its group in ``view`` (for tests and the UI)."""
    out: dict[str, str] = {}

    def visit(node: Node, gid: str) -> None:
        if node.measure.id in out:
            raise ValueError(f"measure '{node.measure.id}' appears twice in view '{view}'")
        out[node.measure.id] = gid
        for child in node.children:
            visit(child, gid)

    for group in groups(view, catalog):
        for node in group.nodes:
            visit(node, group.id)
    return out
