"""Text boxes show whole lines (issue 14 leftover): scrolled anywhere, no line of a text box is
cut at its bottom edge — s6 saw the top pixels of the next line under the last whole one — at
the default font and at larger and smaller ones (another DPI scales the font the same way)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from ui.pages.form_fields import MultilineField

TEXT = "\n".join(f"Zeile {n}: Äußere Prüfung" for n in range(1, 11))  # no line wraps


def _cut_lines(field: MultilineField) -> list[tuple[int, int]]:
    """(scroll position, block) of every line partly shown, at every scroll position; and
    (position, -shown) where fewer than the box's lines are shown."""
    cut = []
    bar = field.verticalScrollBar()
    bottom = field.viewport().height() - 1  # the pixel Qt needs below the last line
    for position in range(bar.maximum() + 1):
        bar.setValue(position)
        QApplication.processEvents()
        block, shown = field.firstVisibleBlock(), 0
        while block.isValid():
            box = field.blockBoundingGeometry(block).translated(field.contentOffset())
            if box.top() < bottom and box.bottom() > 0:
                if box.top() < 0 or box.bottom() > bottom:
                    cut.append((position, block.blockNumber()))
                else:
                    shown += 1
            block = block.next()
        if shown != field._lines:
            cut.append((position, -shown))
    return cut


@pytest.mark.parametrize("lines", [2, 3, 4])
@pytest.mark.parametrize("scale", [1.0, 0.8, 1.5, 1.8])
def test_a_text_box_shows_whole_lines_only(qtbot: QtBot, lines: int, scale: float) -> None:
    field = MultilineField(lines=lines)
    qtbot.addWidget(field)
    font = field.font()
    font.setPointSizeF(font.pointSizeF() * scale)
    field.setFont(font)  # the height follows the font
    field.resize(420, field.height())
    field.show()
    qtbot.waitExposed(field)
    field.setPlainText("\n".join(TEXT.splitlines()[:lines]))
    QApplication.processEvents()
    assert field.verticalScrollBar().maximum() == 0, "as many lines as the box has: no scroll"
    field.setPlainText(TEXT)
    QApplication.processEvents()
    assert field.verticalScrollBar().maximum() == 10 - lines
    assert _cut_lines(field) == []
    # and on screen: below the last whole line only the box's background (no glimpse of ink)
    field.verticalScrollBar().setValue(3)
    QApplication.processEvents()
    image = field.viewport().grab().toImage()
    base = field.palette().color(QPalette.ColorRole.Base)
    top = field.viewport().height() - 1
    for y in range(top, image.height()):
        row = {QColor(image.pixel(x, y)).name() for x in range(image.width())}
        assert row == {base.name()}, (y, row)


def test_the_country_list_shows_whole_rows(qtbot: QtBot) -> None:
    """The same for a sub-processor's country list: five countries, four whole rows shown."""
    from ui.pages.country_fields import ROWS_SHOWN, CountryListField

    countries = [("DE", "Deutschland"), ("FR", "Frankreich"), ("AT", "Österreich")]
    countries += [("NL", "Niederlande"), ("PL", "Polen")]
    field = CountryListField(countries)
    qtbot.addWidget(field)
    field.show()
    field.set_value([code for code, _name in countries])
    QApplication.processEvents()
    rows = field.list
    height = rows.viewport().height()
    assert height == ROWS_SHOWN * rows.sizeHintForRow(0)
    for position in range(rows.verticalScrollBar().maximum() + 1):
        rows.verticalScrollBar().setValue(position)
        QApplication.processEvents()
        for n in range(rows.count()):
            box = rows.visualItemRect(rows.item(n))
            assert box.bottom() < 0 or box.top() >= height or box.bottom() < height, (n, box)
