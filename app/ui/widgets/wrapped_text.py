"""Dialogs whose word-wrapped texts are never cut off.

A top-level window sizes itself from its layout's size hints, which do not follow a wrapped label's
height for the width it finally gets: long warnings (in Dari and Pashto especially) then lose their
last lines. The filter below keeps the dialog at least as tall as its layout needs at its width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class _GrowToFitText(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QWidget) and event.type() in (QEvent.Type.Show, QEvent.Type.Resize):
            layout = watched.layout()
            if layout is not None and layout.hasHeightForWidth():
                needed = layout.totalHeightForWidth(watched.width())
                # Down as well as up: made wider, the window may be shorter again (it must still fit a
                # small screen once the user has widened it).
                if needed != watched.minimumHeight():
                    watched.setMinimumHeight(needed)
        return False


def keep_wrapped_text_whole(window: QWidget) -> None:
    """Make `window` (a dialog with a layout) at least as tall as its wrapped texts need."""
    window.installEventFilter(_GrowToFitText(window))
