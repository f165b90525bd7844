"""Full-window pages (first run, unlock, recovery) and their layout helpers."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from amanat.app.ui.widgets.i18n import LANGUAGE_NAMES


class Page(QWidget):
    """A full-window page that retranslates itself on language change."""

    def retranslate(self) -> None:
        """Set every visible text."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def language_picker(current: str) -> QComboBox:
    """A language list whose entries are in their own language."""
    combo = QComboBox()
    combo.setObjectName("languagePicker")
    for code, name in LANGUAGE_NAMES.items():
        combo.addItem(name, code)
    combo.setCurrentIndex(list(LANGUAGE_NAMES).index(current))
    return combo


def centred(*widgets: QWidget, width: int = 560) -> QVBoxLayout:
    """A column of widgets of a readable width in the middle of the window."""
    column = QWidget()
    column.setMaximumWidth(width)
    inner = QVBoxLayout(column)
    for widget in widgets:
        inner.addWidget(widget)
    outer = QVBoxLayout()
    outer.addStretch(1)
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(column, 4)
    row.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
    return outer
