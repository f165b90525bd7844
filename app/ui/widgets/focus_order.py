"""Tab order stated once, where building order would put it wrong (a part built later, buttons built first),
and Ctrl+Tab out of a widget that keeps the arrows or Tab for itself."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


def tab_stops_inside(container: QWidget) -> list[QWidget]:
    """The widgets inside `container` that Tab stops at, in their present order."""
    stops: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not container and widget is not None:
        if container.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            stops.append(widget)
        widget = widget.nextInFocusChain()
        if widget in stops:
            break
    return stops


def set_tab_order(*parts: QWidget) -> None:
    """Tab goes through `parts` in this order; a part with tab stops inside it goes through them in theirs."""
    chain: list[QWidget] = []
    for part in parts:
        inside = tab_stops_inside(part) if part.focusPolicy() == Qt.FocusPolicy.NoFocus else []
        chain.extend(inside or [part])
    for first, second in pairwise(chain):
        QWidget.setTabOrder(first, second)


def next_tab_stop_outside(widget: QWidget, *, forward: bool = True) -> QWidget | None:
    """The widget Tab (or Shift+Tab) reaches after leaving `widget` and everything inside it."""
    step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
    candidate = step(widget)
    while candidate is not None and candidate is not widget:
        if (not widget.isAncestorOf(candidate) and candidate.isVisible() and candidate.isEnabled()
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return candidate
        candidate = step(candidate)
    return None


class CtrlTabLeaves(QObject):
    """Ctrl+Tab and Ctrl+Shift+Tab move the focus out of the watched widget (a table whose cells take the arrows,
    a text where Tab types), as they do in the desktops' own text fields and tables."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(watched, QWidget):
            return False
        assert isinstance(event, QKeyEvent)
        if not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            return False
        if event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        target = next_tab_stop_outside(watched, forward=forward)
        if target is not None:
            target.setFocus(Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason)
        return True


def let_ctrl_tab_leave(widget: QWidget) -> None:
    """Ctrl+Tab leaves `widget` forward, Ctrl+Shift+Tab backward."""
    widget.installEventFilter(CtrlTabLeaves(widget))
