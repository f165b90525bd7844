"""What Qt hands to screen readers, caught where Qt hands it over.

QAccessible::installUpdateHandler is Qt's own hook for the platform's accessibility bridge: every
QAccessible::updateAccessibility event goes to the installed handler instead of the bridge. PySide6 does
not expose it, so it is called in QtGui's library through ctypes (Linux: the Itanium C++ name)."""

from __future__ import annotations

import ctypes
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent

INSTALL_UPDATE_HANDLER = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
UpdateHandler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)


@dataclass(frozen=True)
class Sent:
    """One event as the bridge would receive it."""

    kind: QAccessible.Event
    object_name: str
    class_name: str
    text: str = ""  # an announcement's message
    assertive: bool = False


def _qt_gui() -> ctypes.CDLL:
    if not sys.platform.startswith("linux"):
        raise RuntimeError("the update handler is found by its Linux C++ name")
    return ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))


class AccessibilityEvents:
    """Records every accessibility event while installed (a context manager)."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        install = _qt_gui()[INSTALL_UPDATE_HANDLER]
        install.argtypes = [UpdateHandler]
        install.restype = ctypes.c_void_p
        self._install = install
        self._handler = UpdateHandler(self._record)

    def _record(self, address: int) -> None:
        event = shiboken6.wrapInstance(address, QAccessibleEvent)
        target = event.object()
        kind = event.type()
        sent = Sent(kind, target.objectName() if target else "", type(target).__name__ if target else "")
        if kind == QAccessible.Event.Announcement:
            announcement = shiboken6.wrapInstance(address, QAccessibleAnnouncementEvent)
            assertive = announcement.politeness() == QAccessible.AnnouncementPoliteness.Assertive
            sent = Sent(kind, sent.object_name, sent.class_name, announcement.message(), assertive)
        self.sent.append(sent)

    def __enter__(self) -> AccessibilityEvents:
        previous = self._install(self._handler)
        assert previous is None, "another update handler is installed"
        return self

    def __exit__(self, *_exc: object) -> None:
        self._install(ctypes.cast(None, UpdateHandler))

    def announcements(self) -> list[Sent]:
        return [sent for sent in self.sent if sent.kind == QAccessible.Event.Announcement]

    def alerts(self) -> list[Sent]:
        return [sent for sent in self.sent if sent.kind == QAccessible.Event.Alert]


def watching() -> Iterator[AccessibilityEvents]:
    with AccessibilityEvents() as events:
        yield events
