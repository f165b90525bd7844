"""How item lists draw a row: the title in bold, a detail line below it, and a pin for pinned items.

A high-risk contact carries a warning sign before its name and "High risk" at the start of its detail
line: a marker in text, not in colour alone (the model's RiskRole; screen readers hear it through
AccessibleTextRole).

The delegate paints in logical coordinates and mirrors them with
`QStyle.visualRect`, so the pin sits at the trailing edge and the text at
the leading edge in both left-to-right and right-to-left layouts. Each line
runs in its own text's direction (an English title in a Dari list is cut at
its end, on the right, with the ellipsis there), aligned to the list's leading edge.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from amanat.app.ui.models.item_list_model import DetailRole, PinnedRole, RiskRole
from amanat.app.ui.widgets.text_direction import layout_direction
from amanat.app.ui.widgets.theme import current_scheme

Index = QModelIndex | QPersistentModelIndex
DetailText = Callable[[Index], str]

MARGIN_H = 10
MARGIN_V = 6
LINE_GAP = 2
PIN_WIDTH = 14
DETAIL_SCALE = 0.9
RISK_SIGN = "\u26a0"  # WARNING SIGN, drawn before a high-risk contact's name


class TwoLineDelegate(QStyledItemDelegate):
    """Two lines per row: DisplayRole in bold, then `detail(index)` (DetailRole by default) dimmed."""

    def __init__(self, parent: QWidget | None = None, *, detail: DetailText | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemListDelegate")
        self._detail = detail or self._detail_role
        self.risk_sign = RISK_SIGN  # the theme may replace it

    @staticmethod
    def _detail_role(index: Index) -> str:
        return str(index.data(DetailRole) or "")

    @staticmethod
    def _fonts(option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        detail = QFont(option.font)
        if detail.pointSizeF() > 0:
            detail.setPointSizeF(detail.pointSizeF() * DETAIL_SCALE)
        return title, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        title_font, detail_font = self._fonts(option)
        height = QFontMetrics(title_font).height() + QFontMetrics(detail_font).height()
        return QSize(200, height + LINE_GAP + 2 * MARGIN_V)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        title = str(opt.text)
        risk = str(index.data(RiskRole) or "")
        if risk:
            title = f"{self.risk_sign} {title}"
        opt.text = ""
        style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, widget)

        direction, bounds, state, palette = opt.direction, opt.rect, opt.state, opt.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        group = (QPalette.ColorGroup.Normal if state & QStyle.StateFlag.State_Enabled
                 else QPalette.ColorGroup.Disabled)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_colour = palette.color(group, text_role)
        detail_colour = text_colour if selected else palette.color(group, QPalette.ColorRole.PlaceholderText)
        if risk and not selected:
            detail_colour = QColor(current_scheme().high_risk)  # "High risk · date" in the state's colour, AA

        title_font, detail_font = self._fonts(opt)
        title_height = QFontMetrics(title_font).height()
        detail_height = QFontMetrics(detail_font).height()
        inner = bounds.adjusted(MARGIN_H, MARGIN_V, -MARGIN_H, -MARGIN_V)
        pinned = bool(index.data(PinnedRole))
        text_width = inner.width() - (PIN_WIDTH + MARGIN_H // 2 if pinned else 0)

        painter.save()
        painter.setLayoutDirection(direction)
        title_rect = QStyle.visualRect(direction, bounds,
                                       QRect(inner.left(), inner.top(), max(text_width, 0), title_height))
        painter.setPen(text_colour)
        draw_line(painter, title_rect, title, title_font, direction)
        detail_rect = QStyle.visualRect(direction, bounds, QRect(inner.left(), inner.top() + title_height + LINE_GAP,
                                                                 inner.width(), detail_height))
        detail = " ".join(self._detail(index).split())  # snippets may hold line breaks
        if risk:
            detail = f"{risk} · {detail}"
        painter.setPen(detail_colour)
        draw_line(painter, detail_rect, detail, detail_font, direction)
        if pinned:
            pin_rect = QStyle.visualRect(direction, bounds, QRect(inner.right() - PIN_WIDTH + 1, inner.top(),
                                                                  PIN_WIDTH, title_height))
            accent = text_colour if selected else palette.color(group, QPalette.ColorRole.Highlight)
            draw_pin(painter, pin_rect, accent)
        if state & QStyle.StateFlag.State_HasFocus:
            focus = QStyleOptionViewItem(opt)
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, widget)
        painter.restore()


def line_option(text: str, list_direction: Qt.LayoutDirection) -> QTextOption:
    """One line laid out in its own text's direction, against the list's leading edge (left or right)."""
    leading = Qt.AlignmentFlag.AlignLeft if list_direction == Qt.LayoutDirection.LeftToRight \
        else Qt.AlignmentFlag.AlignRight
    option = QTextOption(leading | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
    option.setTextDirection(layout_direction(text, list_direction))
    option.setWrapMode(QTextOption.WrapMode.NoWrap)
    return option


def draw_line(painter: QPainter, rect: QRect, text: str, font: QFont, list_direction: Qt.LayoutDirection) -> None:
    """`text` on one line of `rect`, cut with an ellipsis at its own end when it does not fit."""
    painter.setFont(font)
    option = line_option(text, list_direction)
    painter.save()
    painter.setLayoutDirection(option.textDirection())  # the ellipsis belongs to the text, not to the list
    elided = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    painter.drawText(QRectF(rect), elided, option)
    painter.restore()


def draw_pin(painter: QPainter, rect: QRect, colour: QColor) -> None:
    """A small push-pin: a round head on a short needle, centred in `rect`."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    centre_x = rect.center().x() + 0.5
    head = min(rect.width(), rect.height()) * 0.42
    top = rect.center().y() - head
    pen = QPen(colour)
    pen.setWidthF(1.6)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    painter.setPen(pen)
    painter.drawLine(QPointF(centre_x, top + head), QPointF(centre_x, top + 2 * head))
    painter.setBrush(colour)
    painter.drawEllipse(QPointF(centre_x, top + head / 2), head / 2, head / 2)
    painter.restore()
