"""One way to say that a section has nothing to show: a large quiet icon, a heading, a sentence, an action.

Notes, Contacts and Strategy show it in place of the editor while no item is open (their list may be
empty, or nothing in it chosen yet); its button makes the section's first or next item.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from amanat.app.ui.widgets.icons import icon
from amanat.app.ui.widgets.theme import set_state, set_type

ICON_PIXELS = 64


class EmptyState(QWidget):
    """Icon, heading, explanation and one button, centred; `set_texts` fills them in the user's language."""

    def __init__(self, name: str, icon_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setProperty("emptyState", True)
        self.picture = QLabel()
        self.picture.setObjectName(f"{name}Icon")
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setPixmap(icon(icon_name, "empty_icon").pixmap(QSize(ICON_PIXELS, ICON_PIXELS)))
        self.heading = QLabel()
        self.heading.setObjectName(f"{name}Heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading.setWordWrap(True)
        set_type(self.heading, "heading")
        self.text = QLabel()
        self.text.setObjectName(f"{name}Text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        set_state(self.text, "muted")
        self.action = QPushButton()
        self.action.setObjectName(f"{name}Action")
        self.action.setIcon(icon("plus"))
        column = QWidget()
        column.setMaximumWidth(420)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(self.picture)
        inner.addWidget(self.heading)
        inner.addWidget(self.text)
        inner.addWidget(self.action, 0, Qt.AlignmentFlag.AlignHCenter)
        # Centred by stretches, not by an alignment: an aligned widget gets its size hint's width, and its
        # wrapped sentence then loses its last line.
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 4)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

    def set_texts(self, heading: str, text: str, action: str) -> None:
        """The heading, the sentence under it and the button's text."""
        self.heading.setText(heading)
        self.text.setText(text)
        self.action.setText(action)
        self.action.setAccessibleName(action)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(text)
