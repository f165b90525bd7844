"""Item lists cut a line at its own end: an English title in a Dari or Pashto list ends with its ellipsis on
the right, its first letters kept at the list's leading (right) edge; a Dari title in an English list the
other way round."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QListView

from amanat.app.ui.models.list_delegate import MARGIN_V, TwoLineDelegate, line_option

ENGLISH = "W" * 80  # the W is tall, the ellipsis is three low dots: the two ends tell which is which
DARI = "ک" * 80


def painted_list(qtbot, title: str, direction: Qt.LayoutDirection) -> tuple[QImage, int]:  # type: ignore[no-untyped-def]
    model = QStandardItemModel()
    model.appendRow(QStandardItem(title))
    view = QListView()
    view.setLayoutDirection(direction)
    view.setModel(model)
    view.setItemDelegate(TwoLineDelegate(view))
    view.resize(300, 120)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view.viewport().grab().toImage(), view.fontMetrics().height()


def ink_columns(image: QImage, top: int, bottom: int) -> dict[int, tuple[int, int]]:
    """For each column with dark pixels between `top` and `bottom`: the highest and lowest of them."""
    found: dict[int, tuple[int, int]] = {}
    for x in range(image.width()):
        rows = [y for y in range(top, bottom) if image.pixelColor(x, y).lightness() < 110]
        if rows:
            found[x] = (min(rows), max(rows))
    return found


def end_heights(qtbot, title: str, direction: Qt.LayoutDirection) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The ink height of the title's leftmost and rightmost few columns."""
    image, line = painted_list(qtbot, title, direction)
    columns = ink_columns(image, MARGIN_V, MARGIN_V + line + 2)
    xs = sorted(columns)
    left = [columns[x] for x in xs[:3]]
    right = [columns[x] for x in xs[-3:]]
    height = lambda spans: max(b for _a, b in spans) - min(a for a, _b in spans)  # noqa: E731
    return height(left), height(right)


def test_an_english_title_in_a_right_to_left_list_is_cut_at_its_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    left, right = end_heights(qtbot, ENGLISH, Qt.LayoutDirection.RightToLeft)
    assert left > 2 * right, (left, right)  # a W on the left, the ellipsis's dots on the right


def test_an_english_title_in_a_left_to_right_list_too(qtbot) -> None:  # type: ignore[no-untyped-def]
    left, right = end_heights(qtbot, ENGLISH, Qt.LayoutDirection.LeftToRight)
    assert left > 2 * right, (left, right)


def test_each_line_runs_in_its_own_direction_against_the_lists_leading_edge() -> None:
    option = line_option(ENGLISH, Qt.LayoutDirection.RightToLeft)
    assert option.textDirection() == Qt.LayoutDirection.LeftToRight
    assert option.alignment() & Qt.AlignmentFlag.AlignRight and option.alignment() & Qt.AlignmentFlag.AlignAbsolute
    option = line_option(DARI, Qt.LayoutDirection.LeftToRight)
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert option.alignment() & Qt.AlignmentFlag.AlignLeft
    assert line_option("2026-12-04", Qt.LayoutDirection.RightToLeft).textDirection() == Qt.LayoutDirection.RightToLeft
