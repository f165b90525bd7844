"""Status and error lines that a screen reader reads out when they change (a "live region").

A screen reader speaks what has the focus; a line of text that changes elsewhere ("Saved.", "Wrong
passphrase…") goes unheard unless the program announces it. `LiveLabel.setText` announces each new
non-empty text through Qt's accessibility layer: an announcement event (Qt 6.8 and later: UI Automation's
notification on Windows, AT-SPI's announcement on Linux), polite for a status, assertive for an error;
older Qt gets an alert event on the label, which screen readers read out too.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str, *, urgent: bool = False) -> None:
    """Have screen readers say `text`, as coming from `widget`; `urgent` interrupts what they are saying."""
    announcement_event = getattr(QtGui, "QAccessibleAnnouncementEvent", None)
    if announcement_event is None:  # Qt before 6.8
        QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.Alert))
        return
    event = announcement_event(widget, text)
    politeness = QAccessible.AnnouncementPoliteness
    event.setPoliteness(politeness.Assertive if urgent else politeness.Polite)
    QAccessible.updateAccessibility(event)


class LiveLabel(QLabel):
    """A line for statuses (or, with `urgent`, errors) whose every new text is announced.

    The same text set again is said again (the user tried again and failed the same way), unless
    `repeat` is off: for a line that checks a field as it is typed, which would repeat itself on every key.
    """

    def __init__(self, parent: QWidget | None = None, *, urgent: bool = False, repeat: bool = True) -> None:
        super().__init__(parent)
        self.urgent = urgent
        self.repeat = repeat

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if text.strip() and (changed or self.repeat):
            announce(self, text, urgent=self.urgent)
