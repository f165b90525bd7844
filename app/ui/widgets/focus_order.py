"""Tab order stated once, where building order would put it wrong (a part built later, buttons built first)."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
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
