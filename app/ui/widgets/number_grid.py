"""A safety number as twelve large groups of five digits, read in the same order in every language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

WARNING_STYLE = "QLabel { background: #fde2e1; color: #7a1712; padding: 8px; }"


class NumberGrid(QWidget):
    """Twelve groups in three rows of four, left to right whatever the interface direction."""

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # both people read the groups in one order
        self._grid = QGridLayout(self)
        self._labels: list[QLabel] = []
        font = QFont("monospace")
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        for index in range(12):
            label = QLabel()
            label.setFont(font)
            label.setObjectName(f"{object_name}Group{index + 1}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._grid.addWidget(label, index // 4, index % 4)
            self._labels.append(label)

    def show_number(self, groups: list[str], localise: Callable[[str], str]) -> None:
        """Show `groups` (twelve of five digits) in the interface's digits."""
        for label, group in zip(self._labels, groups, strict=True):
            label.setText(localise(group))
        self.setAccessibleDescription(" ".join(localise(group) for group in groups))

    def groups_shown(self) -> list[str]:
        """The texts of the twelve groups, as shown."""
        return [label.text() for label in self._labels]


def digits_for(language: str) -> Callable[[str], str]:
    """ASCII digits into the digits of `language`'s locale (Persian digits for Dari and Pashto)."""
    from amanat.app.ui.widgets.i18n import LOCALES

    zero = LOCALES[language].zeroDigit() if language in LOCALES else "0"
    if zero == "0":
        return lambda text: text
    table = {ord("0") + digit: chr(ord(zero) + digit) for digit in range(10)}
    return lambda text: text.translate(table)
