"""What tomwizard relies on in reportlab beyond its public API still holds.

These tests fail loudly when a reportlab release changes the function the ToUnicode repair
wraps or removes an internal the page-keeping rooms read: then check whether the repair is
still needed (and record the new fingerprint) or adapt the accessor, and move the bound in
pyproject.toml.
"""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path
from typing import ClassVar

import reportlab
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Table
from reportlab.platypus.flowables import Flowable

from tomwizard.export import reportlab_compat as compat
from tomwizard.export.pdf_fonts import register_fonts


def test_reportlab_is_a_supported_version() -> None:
    assert compat.reportlab_major() in compat.SUPPORTED_MAJOR, reportlab.Version


def test_the_wrapped_to_unicode_function_is_the_one_the_repair_was_written_for() -> None:
    source = inspect.getsource(compat.original_to_unicode_cmap())
    fingerprint = hashlib.sha256(source.encode()).hexdigest()
    assert fingerprint in compat.TO_UNICODE_FINGERPRINTS, (
        f"reportlab {reportlab.Version} changed makeToUnicodeCMap (sha256 {fingerprint}): "
        "check whether emoji still need the surrogate-pair repair in reportlab_compat.py, "
        "then record the fingerprint"
    )


def test_the_repair_writes_surrogate_pairs_where_reportlab_does_not() -> None:
    register_fonts()
    from reportlab.pdfbase import ttfonts

    assert compat.repair_to_unicode_cmap()
    subset = [0x41, 0x1F600]
    raw = compat.original_to_unicode_cmap()("F", subset)
    assert "<01> <1F600>" in raw  # the defect the repair exists for
    repaired = ttfonts.makeToUnicodeCMap("F", subset)
    assert "<01> <D83DDE00>" in repaired and "<00> <0041>" in repaired


class _Probe(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """Reads the internals while being laid out, as ``pdf_keep.Room`` does."""

    seen: ClassVar[list[tuple[object, bool]]] = []

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        frame = compat.current_frame(self)
        self.seen.append((frame, compat.frame_at_top(frame)))
        return 0, 0

    def draw(self) -> None:
        pass


def test_the_layout_internals_the_rooms_read_exist(tmp_path: Path) -> None:
    style = getSampleStyleSheet()["Normal"]
    keep = KeepTogether([Paragraph("eins", style), Paragraph("zwei", style)])
    table = Table([["a", "b"], ["c", "d"]], colWidths=[50, 60])
    table.wrapOn(None, 200, 200)
    values, heights, cell_styles, widths = compat.table_cells(table)
    assert values == [["a", "b"], ["c", "d"]] and widths == [50, 60]
    assert len(heights) == 2 and cell_styles[1][1].leftPadding >= 0
    keep.wrapOn(None, 400, 400)
    assert compat.kept_height(keep) > 0
    _Probe.seen = []
    story = [_Probe(), Paragraph("Text", style), _Probe()]
    SimpleDocTemplate(str(tmp_path / "x.pdf"), pagesize=A4).build(story)
    (first_frame, first_top), (second_frame, second_top) = _Probe.seen
    assert first_frame is not None and first_frame is second_frame
    assert first_top and not second_top
