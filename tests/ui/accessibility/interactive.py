"""Which widgets a keyboard or screen-reader user meets, and the name a screen reader says for each."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QAbstractButton, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractItemView, QComboBox,
               QAbstractSpinBox, QAbstractSlider)
# Qt's own parts of a composite widget: the composite carries the name (a spin box's line edit, a
# combo box's popup, a table's corner button and headers, a tab bar's scroll arrows, a line edit's
# clear button, which takes no focus).
COMPOSITES = (QAbstractSpinBox, QComboBox, QTabBar, QAbstractItemView, QScrollBar, QLineEdit)


def is_interactive(widget: QWidget) -> bool:
    return (isinstance(widget, INTERACTIVE) and not isinstance(widget, QHeaderView | QScrollBar)
            and not widget.objectName().startswith("qt_"))


def inside_a_composite(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, COMPOSITES) and not _is_item_editor(widget, parent):
            return True
        parent = parent.parentWidget()
    return False


def _is_item_editor(widget: QWidget, view: QWidget) -> bool:
    """An editor a delegate opened in a cell: the user types in it, so it needs its own name."""
    return isinstance(view, QAbstractItemView) and widget.parentWidget() is view.viewport()


def interactive_widgets(root: QWidget, *, visible_only: bool = False) -> list[QWidget]:
    """The interactive widgets of `root`'s window, hidden ones too unless `visible_only`."""
    found = [root] if is_interactive(root) else []
    for widget in root.findChildren(QWidget):
        if widget.window() is not root.window() or not is_interactive(widget) or inside_a_composite(widget, root):
            continue
        if visible_only and not widget.isVisibleTo(root):
            continue
        found.append(widget)
    return found


def buddy_text(widget: QWidget) -> str:
    for label in QApplication.allWidgets():
        if isinstance(label, QLabel) and label.buddy() is widget:
            return label.text()
    return ""


def own_name(widget: QWidget) -> str:
    """The name given on purpose: accessibleName, a label whose buddy it is, or the text it shows."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    label = buddy_text(widget)
    if label.strip():
        return label
    if isinstance(widget, QAbstractButton):
        return widget.text()
    return ""


def spoken_name(widget: QWidget) -> str:
    """What a screen reader says: Qt's accessible interface's name."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def describe(widget: QWidget) -> str:
    path = []
    node: QWidget | None = widget
    while node is not None and len(path) < 4:
        path.append(node.objectName() or type(node).__name__)
        node = node.parentWidget()
    return f"{type(widget).__name__} {' < '.join(path)}"
