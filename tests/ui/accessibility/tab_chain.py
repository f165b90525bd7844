"""The keyboard's way through a screen: Tab, pressed for real, from the first widget until it comes back."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QRadioButton, QTextBrowser, QWidget

from tests.ui.accessibility.interactive import describe, interactive_widgets

MAX_PRESSES = 250
MAX_LINKS = 40


@dataclass
class TabChain:
    """Where focus went, in order; `stuck` names a widget that kept the focus on Tab (a trap)."""

    visited: list[QWidget] = field(default_factory=list)
    stuck: str = ""
    places: dict[QWidget, QRect] = field(default_factory=dict)  # where each stood before Tab scrolled anything


def takes_tab_focus(widget: QWidget, root: QWidget) -> bool:
    if not (widget.isVisibleTo(root) and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
        return False
    if isinstance(widget, QRadioButton) and widget.autoExclusive() and not widget.isChecked():
        return False  # a radio group is one stop: its checked button; arrows choose within it
    return True


def first_in_chain(root: QWidget) -> QWidget:
    widget = root.nextInFocusChain()
    while widget is not root:
        if takes_tab_focus(widget, root) and widget.window() is root.window():
            return widget
        widget = widget.nextInFocusChain()
    raise AssertionError(f"nothing in {describe(root)} takes the focus")


def walk(root: QWidget, start: QWidget | None = None) -> TabChain:
    """Press Tab from `start` (by default what the window focuses when it opens) until the focus comes back."""
    root.window().activateWindow()
    (start or root.focusWidget() or first_in_chain(root)).setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()  # a focus proxy (a tab widget's tab bar) may have taken it
    assert first is not None
    places = {widget: on_screen(widget) for widget in root.window().findChildren(QWidget)}
    chain = TabChain([first], places=places)
    for _ in range(MAX_PRESSES):
        before = QApplication.focusWidget()
        assert before is not None
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        for _link in range(MAX_LINKS if isinstance(before, QTextBrowser) else 0):
            if now is not before:
                break
            QTest.keyClick(before, Qt.Key.Key_Tab)  # Tab goes from link to link in a text, then out
            now = QApplication.focusWidget()
        if now is before or now is None:
            chain.stuck = "" if len(reachable(root)) <= 1 else describe(before)
            return chain
        if now is first:
            return chain
        chain.visited.append(now)
    chain.stuck = f"no way back to {describe(first)} after {MAX_PRESSES} presses"
    return chain


def reachable(root: QWidget) -> list[QWidget]:
    """The widgets Tab should reach: the interactive ones shown and enabled, one stop per radio group."""
    return [w for w in interactive_widgets(root, visible_only=True) if takes_tab_focus(w, root)]


def on_screen(widget: QWidget) -> QRect:
    """The part of `widget` that can be seen (empty if it is scrolled out of sight), in screen coordinates."""
    seen = widget.visibleRegion().boundingRect()
    return QRect(widget.mapToGlobal(seen.topLeft()), seen.size()) if not seen.isEmpty() else QRect()


def from_the_top(chain: list[QWidget], places: dict[QWidget, QRect]) -> list[QWidget]:
    """The cycle read from its first widget in reading order: the highest, then the one nearest the start edge."""
    if not chain:
        return chain
    right_to_left = chain[0].isRightToLeft()

    def reading_position(widget: QWidget) -> tuple[int, int]:
        box = places[widget]
        return box.top(), -box.right() if right_to_left else box.left()

    shown = [widget for widget in chain if not places[widget].isEmpty()]
    top = chain.index(min(shown or chain, key=reading_position))
    return chain[top:] + chain[:top]


def out_of_reading_order(tabbed: TabChain) -> list[str]:
    """Pairs in one column (overlapping horizontally) where Tab, going round from the top, visits a button
    before a widget above it (places as they were before Tab scrolled anything)."""
    chain = from_the_top(tabbed.visited, tabbed.places)
    wrong = []
    for position, earlier in enumerate(chain):
        for later in chain[position + 1:]:
            a, b = tabbed.places[earlier], tabbed.places[later]
            if a.isEmpty() or b.isEmpty():
                continue  # scrolled out of sight: not above or below anything on screen
            same_column = a.left() < b.right() and b.left() < a.right()
            if same_column and a.top() >= b.bottom() and isinstance(earlier, QAbstractButton):
                wrong.append(f"{describe(earlier)} before {describe(later)} above it")
    return wrong
