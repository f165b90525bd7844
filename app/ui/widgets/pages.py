"""Full-window pages (first run, unlock, recovery) and their layout helpers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from amanat.app.ui.widgets.i18n import LANGUAGE_NAMES
from amanat.app.ui.widgets.icons import app_icon


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


EMBLEM_PIXELS = 56


def emblem() -> QLabel:
    """Amanat's icon, centred: the first thing on the pages a person sees before the vault is open."""
    label = QLabel()
    label.setObjectName("amanatEmblem")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setPixmap(app_icon().pixmap(QSize(EMBLEM_PIXELS, EMBLEM_PIXELS)))
    label.setAccessibleName("Amanat")
    return label


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
