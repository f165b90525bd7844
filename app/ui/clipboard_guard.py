"""Copying from the vault: the clipboard is cleared after a while if it still holds what we put there."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication


class ClipboardGuard(QObject):
    """Puts text on the clipboard and takes it back after `seconds` (and on lock)."""

    def __init__(self, seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)

    def copy(self, text: str) -> None:
        """Copy `text`; it will be cleared unless something else was copied since."""
        clipboard = QApplication.clipboard()
        clipboard.setText(text, QClipboard.Mode.Clipboard)
        self._copied = text
        self._timer.start(self.seconds * 1000)

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds the text we copied."""
        if self._copied is not None and QApplication.clipboard().text() == self._copied:
            QApplication.clipboard().clear()
        self._copied = None
        self._timer.stop()
