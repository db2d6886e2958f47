"""What ``tomwizard merge`` prints: the lists, each conflict's decision, and one summary whose
counts are the counts of the lists above it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tomwizard.history.merge import Choice, MergeResult
from tomwizard.i18n import N_, format_date, say, tr, trc, trn
from tomwizard.models.catalog import Language

_TAKEN = {"ours": N_("eigene Fassung"), "theirs": N_("Fassung des Kunden")}


def _base_line(result: MergeResult, lang: Language) -> str:
    info = result.base_version
    if result.known_base:
        line = tr(lang, "Basis: die Antworten, wie sie in den Fragebogen geschrieben wurden.")
        if not result.auto_applied and not result.conflicts:
            line += " " + tr(lang, "Der Kunde hat nichts geändert; es gibt nichts zu übernehmen.")
        return line
    if info is None:
        return tr(
            lang,
            "Keine gemeinsame festgeschriebene Version: was beide Seiten verschieden ausgefüllt "
            "haben, ist ein Konflikt.",
        )
    label = " " + tr(lang, "„{label}“").format(label=info.label) if info.label else ""
    line = tr(lang, "Gemeinsame Basis: Version {n}{label} vom {date}.")
    return line.format(
        n=info.number, label=label, date=format_date(info.when.astimezone().date(), lang)
    )


def _conflicts(lang: Language, count: int) -> str:
    return trn(lang, "{n} Konflikt", "{n} Konflikte", count).format(n=count)


@dataclass(frozen=True)
class MergeReport:
    result: MergeResult
    status: str  # "conflicts", "nothing", "dry-run", "merged"
    decisions: dict[str, Choice] = field(default_factory=dict)
    changed_rows: int = 0
    skipped: list[str] = field(default_factory=list)

    def summary(self, lang: Language = "de") -> str:
        """One line: n taken over, n conflicts decided (how) – the counts of the lists."""
        result = self.result
        auto = len(result.auto_applied)
        theirs = sum(1 for c in self.decisions.values() if c == "theirs")
        ours = len(self.decisions) - theirs
        decided = tr(lang, "{conflicts} entschieden").format(
            conflicts=_conflicts(lang, len(self.decisions))
        )
        if self.decisions:
            how = tr(lang, " – {theirs}× Fassung des Kunden, {ours}× eigene")
            decided += how.format(theirs=theirs, ours=ours)
        elif not result.conflicts:
            decided = tr(lang, "keine Konflikte")
        counts = tr(lang, "{n} automatisch übernommen, {decided}").format(n=auto, decided=decided)
        if self.status == "conflicts":
            open_count = len(result.conflicts) - len(self.decisions)
            line = tr(
                lang,
                "{conflicts} nicht entschieden – nichts geändert. Entscheiden mit --decide "
                "ID=ours|theirs, --decisions DATEI.json oder --take ours|theirs für alle.",
            )
            return line.format(conflicts=_conflicts(lang, open_count))
        if self.status == "nothing":
            return tr(lang, "Nichts zu ändern. {counts}.").format(counts=counts)
        if self.status == "dry-run":
            return tr(lang, "Probelauf (--dry-run): nichts geschrieben. {counts}.").format(
                counts=counts
            )
        line = tr(lang, "Zusammengeführt: {counts}. Jede Änderung steht im Änderungsprotokoll.")
        return line.format(counts=counts)

    def text(self, target: Path, other: Path, lang: Language = "de") -> list[str]:
        result = self.result
        lines = [
            tr(lang, "Zusammenführen: {other} → {target}").format(other=other, target=target),
            _base_line(result, lang),
        ]
        lines += result.notes
        if self.skipped:
            lines.append(tr(lang, "Ausgelassen (--skip-invalid, {n}):").format(n=len(self.skipped)))
            lines += [f"  {line}" for line in self.skipped]
        if result.auto_applied:
            head = tr(lang, "Automatisch übernommen ({n}):")
            lines.append(head.format(n=len(result.auto_applied)))
            lines += [f"{n:4}. {e.line(lang)}" for n, e in enumerate(result.auto_applied, start=1)]
        if result.conflicts:
            head = tr(lang, "Konflikte ({n}), eigene → des Kunden:")
            lines.append(head.format(n=len(result.conflicts)))
            for n, conflict in enumerate(result.conflicts, start=1):
                choice = self.decisions.get(conflict.conflict_id)
                taken = say(lang, _TAKEN[choice]) if choice else trc(lang, "decision", "offen")
                remembered = (
                    " " + tr(lang, "(wie beim letzten Mal)")
                    if (choice and result.remembered.get(conflict.conflict_id) == choice)
                    else ""
                )
                lines.append(f"{n:4}. {conflict.line(lang)}  [{taken}]{remembered}")
                lines.append(f"      ID: {conflict.conflict_id}")
        lines.append(self.summary(lang))
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
