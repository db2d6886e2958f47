"""What ``tomwizard merge`` prints: the lists, each conflict's decision, and one summary whose
counts are the counts of the lists above it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tomwizard.history.merge import Choice, MergeResult

_TAKEN = {"ours": "eigene Fassung", "theirs": "Fassung des Kunden"}


def _base_line(result: MergeResult) -> str:
    info = result.base_version
    if result.known_base:
        return "Basis: die Antworten, wie sie in den Fragebogen geschrieben wurden."
    if info is None:
        return (
            "Keine gemeinsame festgeschriebene Version: was beide Seiten verschieden ausgefüllt "
            "haben, ist ein Konflikt."
        )
    label = f" „{info.label}“" if info.label else ""
    return f"Gemeinsame Basis: Version {info.number}{label} vom {info.when.astimezone():%d.%m.%Y}."


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


@dataclass(frozen=True)
class MergeReport:
    result: MergeResult
    status: str  # "conflicts", "nothing", "dry-run", "merged"
    decisions: dict[str, Choice] = field(default_factory=dict)
    changed_rows: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line: n taken over, n conflicts decided (how) – the counts of the lists."""
        result = self.result
        auto = len(result.auto_applied)
        theirs = sum(1 for c in self.decisions.values() if c == "theirs")
        ours = len(self.decisions) - theirs
        decided = _plural(len(self.decisions), "Konflikt", "Konflikte") + " entschieden"
        if self.decisions:
            decided += f" – {theirs}× Fassung des Kunden, {ours}× eigene"
        elif not result.conflicts:
            decided = "keine Konflikte"
        counts = f"{auto} automatisch übernommen, {decided}"
        if self.status == "conflicts":
            open_count = len(result.conflicts) - len(self.decisions)
            return (
                f"{_plural(open_count, 'Konflikt', 'Konflikte')} nicht entschieden – nichts "
                "geändert. Entscheiden mit --decide ID=ours|theirs, --decisions DATEI.json "
                "oder --take ours|theirs für alle."
            )
        if self.status == "nothing":
            return f"Nichts zu ändern. {counts}."
        if self.status == "dry-run":
            return f"Probelauf (--dry-run): nichts geschrieben. {counts}."
        return f"Zusammengeführt: {counts}. Jede Änderung steht im Änderungsprotokoll."

    def text(self, target: Path, other: Path) -> list[str]:
        result = self.result
        lines = [f"Zusammenführen: {other} → {target}", _base_line(result)]
        lines += result.notes
        if self.skipped:
            lines.append(f"Ausgelassen (--skip-invalid, {len(self.skipped)}):")
            lines += [f"  {line}" for line in self.skipped]
        if result.auto_applied:
            lines.append(f"Automatisch übernommen ({len(result.auto_applied)}):")
            lines += [f"{n:4}. {e.line('de')}" for n, e in enumerate(result.auto_applied, start=1)]
        if result.conflicts:
            lines.append(f"Konflikte ({len(result.conflicts)}), eigene → des Kunden:")
            for n, conflict in enumerate(result.conflicts, start=1):
                choice = self.decisions.get(conflict.conflict_id)
                how = f"  [{_TAKEN[choice]}]" if choice else "  [offen]"
                remembered = (
                    " (wie beim letzten Mal)"
                    if (choice and result.remembered.get(conflict.conflict_id) == choice)
                    else ""
                )
                lines.append(f"{n:4}. {conflict.line('de')}{how}{remembered}")
                lines.append(f"      ID: {conflict.conflict_id}")
        lines.append(self.summary())
        return lines

    def document(self, target: Path, other: Path) -> dict[str, Any]:
        result = self.result
        info = result.base_version
        return {
            "file": str(target),
            "other": str(other),
            "base_version": info.model_dump(mode="json") if info is not None else None,
            "status": self.status,
            "changed_rows": self.changed_rows,
            "notes": result.notes,
            "skipped": self.skipped,
            "auto_applied": [
                {"id": e.entry_id, "line": {"de": e.line("de"), "en": e.line("en")}}
                for e in result.auto_applied
            ],
            "conflicts": [
                {
                    "id": c.conflict_id,
                    "what": {"de": c.what("de"), "en": c.what("en")},
                    "ours": {"de": c.side("ours", "de"), "en": c.side("ours", "en")},
                    "theirs": {"de": c.side("theirs", "de"), "en": c.side("theirs", "en")},
                    "decision": self.decisions.get(c.conflict_id),
                    "remembered": c.conflict_id in result.remembered,
                }
                for c in result.conflicts
            ],
            "summary": self.summary(),
        }
