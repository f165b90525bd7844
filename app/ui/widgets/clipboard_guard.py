"""Copying from the vault: every copy is marked secret for clipboard managers and cleared after a while.

Two places can hold vault text outside Amanat:
- the clipboard: what the app copies (`ClipboardGuard.copy`) and what a field copies on Ctrl+C. Each copy
  carries the marks password managers use (KeePassXC's set), so KDE's Klipper, Windows' clipboard history
  and cloud clipboard and macOS managers do not keep it; it is cleared after `seconds` and on lock unless
  something else was copied since.
- the X11 primary selection: whatever is selected in an Amanat field, readable by any program on the display
  (middle click). It is cleared after `seconds` and on lock whenever Amanat still owns it: while Amanat owns
  it, it can only hold text selected in Amanat's own fields, and any of them may show vault content. A
  selection another program owns is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard
from PySide6.QtWidgets import QApplication

from amanat.app.platform.clipboard_marks import KDE_MANAGER_HINT, secret_marks


def mark_secret(mime: QMimeData, text: str) -> QMimeData:
    """Add every platform's "do not keep this" mark to `mime` (app/platform/clipboard_marks.py)."""
    for mime_format, data in secret_marks(text):
        mime.setData(mime_format, data)
    return mime


def secret_mime_data(text: str) -> QMimeData:
    """`text` as clipboard data that clipboard managers are asked not to keep: the one form of every copy."""
    mime = QMimeData()
    mime.setText(text)
    return mark_secret(mime, text)


def is_marked_secret(mime: QMimeData | None) -> bool:
    """True if the clipboard data carries our marks."""
    return mime is not None and mime.hasFormat(KDE_MANAGER_HINT)


class ClipboardGuard(QObject):
    """Puts text on the clipboard marked secret and takes it back after `seconds` (and on lock); the same
    for the primary selection while Amanat owns it."""

    def __init__(self, seconds: int = 30, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seconds = seconds
        self._copied: str | None = None
        self._adopting = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.clear_if_ours)
        self._selection_timer = QTimer(self)
        self._selection_timer.setSingleShot(True)
        self._selection_timer.timeout.connect(self.clear_selection_if_ours)
        clipboard = QApplication.clipboard()
        clipboard.dataChanged.connect(self._adopt_copy_from_a_field)
        clipboard.selectionChanged.connect(self._selection_changed)

    def copy(self, text: str) -> None:
        """Copy `text`, marked secret; it will be cleared unless something else was copied since."""
        self._adopting = True
        try:
            QApplication.clipboard().setMimeData(secret_mime_data(text), QClipboard.Mode.Clipboard)
        finally:
            self._adopting = False
        self._copied = text
        self._timer.start(self.seconds * 1000)

    def _adopt_copy_from_a_field(self) -> None:
        """Ctrl+C in one of our fields: the same marks and the same clearing as our own copies."""
        clipboard = QApplication.clipboard()
        if self._adopting or not clipboard.ownsClipboard():
            return
        mime = clipboard.mimeData(QClipboard.Mode.Clipboard)
        if mime is None or is_marked_secret(mime) or not mime.hasText():
            return
        self.copy(mime.text())

    def _selection_changed(self) -> None:
        clipboard = QApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            self._selection_timer.start(self.seconds * 1000)

    def clear_selection_if_ours(self) -> None:
        """Empty the primary selection if text selected in Amanat is what it holds."""
        self._selection_timer.stop()
        clipboard = QApplication.clipboard()
        if clipboard.supportsSelection() and clipboard.ownsSelection():
            clipboard.clear(QClipboard.Mode.Selection)

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds the text we copied, and the selection if we own it."""
        clipboard = QApplication.clipboard()
        if self._copied is not None and clipboard.text() == self._copied:
            clipboard.clear()
        self._copied = None
        self._timer.stop()
        self.clear_selection_if_ours()
